import en from './locales/en.js';
import { LOCALES, type Locale, type Params, type Strings } from './types.js';

export type { Locale, Params, Strings, PluralMessage } from './types.js';
export { LOCALES } from './types.js';

/**
 * String tables. English is bundled; the other locales load lazily (one chunk each), so the English bundle
 * stays small. A key missing from a loaded locale falls back to English, then to the key itself.
 */
const tables = new Map<Locale, Strings>([['en', en]]);
const pending = new Map<Locale, Promise<void>>();

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Strings }>> = {
  it: () => import('./locales/it.js'),
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
};

/** Maps any BCP 47 tag ('de-DE', 'fr-CA', 'ja') to a supported locale; unknown tags give English. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

export function isLocaleLoaded(locale: Locale): boolean {
  return tables.has(locale);
}

/** Loads a locale's table once; resolves at once for English or a table already loaded. */
export function loadLocale(locale: Locale): Promise<void> {
  if (tables.has(locale)) return Promise.resolve();
  let p = pending.get(locale);
  if (!p) {
    p = loaders[locale as Exclude<Locale, 'en'>]()
      .then((m) => {
        tables.set(locale, m.default);
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, p);
  }
  return p;
}

/** Registers or replaces a table (tests, or a host adding its own locale overrides). */
export function registerStrings(locale: Locale, strings: Strings): void {
  tables.set(locale, { ...(tables.get(locale) ?? {}), ...strings });
}

const pluralRules = new Map<string, Intl.PluralRules>();

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The message for `key` in `locale`, with `{param}` placeholders filled and plural forms chosen by `count`. */
export function translate(locale: Locale, key: string, params?: Params): string {
  const msg = tables.get(locale)?.[key] ?? en[key];
  if (msg === undefined) return key;
  if (typeof msg === 'string') return interpolate(msg, params);
  const count = Number(params?.count ?? 0);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = count === 0 && msg.zero !== undefined ? 'zero' : rules.select(count);
  return interpolate(msg[form] ?? msg.other, params);
}

/** Every key of the English table (the completeness test compares each locale against it). */
export function englishKeys(): string[] {
  return Object.keys(en);
}
