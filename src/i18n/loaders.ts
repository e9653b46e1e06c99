import type { Locale, Strings } from './types.js';

/**
 * Each locale's table, one chunk per locale, behind one lazily loaded module (`loadLocale`): adding a locale adds
 * nothing to an element's first load.
 * @internal
 */
export const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Strings }>> = {
  it: () => import('./locales/it.js'),
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  nl: () => import('./locales/nl.js'),
  sv: () => import('./locales/sv.js'),
  pl: () => import('./locales/pl.js'),
  tr: () => import('./locales/tr.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ar: () => import('./locales/ar.js'),
};
