import { LOCALES, type Locale, type Params, type Strings } from './types.js';

export type { Locale, Params, Strings, PluralMessage } from './types.js';
export type { MessageKey, MessageKeyArg } from './keys.js';
export { LOCALES } from './types.js';

/**
 * String tables. English comes with the code that uses it: an element class names the English tables its first
 * render needs (`static strings`), and a lazily loaded chunk — a view, a composer, a dialog — adds its own
 * (`addEnglish`) when it loads, so an element's bundle carries only its own strings. The other locales load lazily,
 * whole (one chunk each). A key missing from a loaded locale falls back to English, then to the key.
 */
const english: Strings = {};
/** English wording a host set with `registerStrings('en', …)`: kept over the kit's tables, whenever those load. */
const hostEnglish: Strings = {};
const added = new WeakSet<Strings>();
const tables = new Map<Locale, Strings>();
const pending = new Map<Locale, Promise<void>>();

/** Languages a tag's primary subtag maps to when the kit's locale carries a region (`pt` → `pt-BR`). */
const REGIONAL: Record<string, Locale> = { pt: 'pt-BR' };

/** Locales written right to left. */
const RTL = new Set<Locale>(['ar']);

/** The writing direction of a supported locale: `'rtl'` for Arabic, else `'ltr'`. */
export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The tag the kit formats numbers and dates with for a host's tag: the host's own tag, except that Arabic is
 * written with Western digits (0–9) unless the tag asks for a numbering system, as Amazon's Arabic stores
 * (amazon.ae, amazon.sa, amazon.eg) write prices, order numbers and dates (see src/i18n/README.md).
 */
export function formatTag(tag: string, locale: Locale): string {
  if (locale !== 'ar' || /-nu-/i.test(tag)) return tag;
  return /-u-/i.test(tag) ? tag.replace(/-u-/i, '-u-nu-latn-') : `${tag}-u-nu-latn`;
}

/**
 * Maps any BCP 47 tag ('de-DE', 'fr-CA', 'ja', 'pt-PT', 'ar-SA') to a supported locale by its language; any `pt`
 * tag gives `pt-BR`; unknown tags give English.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (REGIONAL[base]) return REGIONAL[base];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/** Adds English tables (idempotent): element classes when constructed, lazy chunks when loaded. */
export function addEnglish(...more: Strings[]): void {
  for (const t of more) {
    if (added.has(t)) continue;
    added.add(t);
    Object.assign(english, t, hostEnglish);
  }
}

export function isLocaleLoaded(locale: Locale): boolean {
  return locale === 'en' || tables.has(locale);
}

/** Loads a locale's table once; resolves at once for English or a table already loaded. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  let p = pending.get(locale);
  if (!p) {
    // The loaders live in a chunk of their own: an element's first load carries one import, not one per locale.
    p = import('./loaders.js')
      .then((l) => l.loaders[locale as Exclude<Locale, 'en'>]())
      .then((m) => {
        tables.set(locale, m.default);
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, p);
  }
  return p;
}

/**
 * Registers or replaces a table (tests, or a host adding its own locale overrides). A host's English wording stays
 * over the kit's English tables, including those that load later with an element's view or a composer.
 */
export function registerStrings(locale: Locale, strings: Strings): void {
  if (locale === 'en') Object.assign(english, Object.assign(hostEnglish, strings));
  else tables.set(locale, { ...(tables.get(locale) ?? {}), ...strings });
}

const pluralRules = new Map<string, Intl.PluralRules>();

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Fills `{param}` placeholders; a number is written the locale's way ("60,000", "60.000", "60 000"). In a right-to-left
 * locale each value is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069), the plain-text
 * `<bdi>`: an order id, an ASIN, a Latin name or an e-mail address keeps its own direction inside the Arabic sentence
 * and does not reorder the words around it.
 */
function interpolate(locale: Locale, text: string, params?: Params): string {
  if (!params) return text;
  let nf = numberFormats.get(locale);
  const isolate = RTL.has(locale);
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const v = params[name];
    let out: string;
    if (typeof v !== 'number') out = String(v);
    else {
      if (!nf) numberFormats.set(locale, (nf = new Intl.NumberFormat(formatTag(locale, locale))));
      out = nf.format(v);
    }
    return isolate ? `\u2068${out}\u2069` : out;
  });
}

/** Whether `key` has a message in `locale` or, as every lookup falls back to it, in English. */
export function hasMessage(locale: Locale, key: string): boolean {
  return (locale !== 'en' && tables.get(locale)?.[key] !== undefined) || english[key] !== undefined;
}

/** The message for `key` in `locale`, with `{param}` placeholders filled and plural forms chosen by `count`. */
export function translate(locale: Locale, key: string, params?: Params): string {
  const msg = (locale === 'en' ? undefined : tables.get(locale)?.[key]) ?? english[key];
  if (msg === undefined) return key;
  if (typeof msg === 'string') return interpolate(locale, msg, params);
  const count = Number(params?.count ?? 0);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = count === 0 && msg.zero !== undefined ? 'zero' : rules.select(count);
  return interpolate(locale, msg[form] ?? msg.other, params);
}

/** Every English key added so far. */
export function englishKeys(): string[] {
  return Object.keys(english);
}
