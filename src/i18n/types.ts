/** A plural message: one form per Intl.PluralRules category; `other` is required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** One string table: message key → text with `{param}` placeholders, or plural forms. */
export type Strings = Record<string, string | PluralMessage>;

export type Params = Record<string, string | number>;

/**
 * The UI languages. `pt-BR` is Brazilian Portuguese (amazon.com.br); any `pt` tag resolves to it. `ar` is written
 * right to left (see `localeDirection`).
 */
export const LOCALES = ['en', 'it', 'de', 'fr', 'es', 'ja', 'nl', 'sv', 'pl', 'tr', 'pt-BR', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
