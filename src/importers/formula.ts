/**
 * Spreadsheet formula injection guard for the report files the kit writes (CSV/TSV injection): buyers write the
 * comments, and a cell starting with `=`, `+`, `-` or `@` runs as a formula when the file is opened in a
 * spreadsheet. The writer prefixes such a cell (and one that already starts with `'`s before such a character)
 * with one `'`; the reader removes that one `'` again, so the text round-trips unchanged.
 * @internal
 */
const GUARDED = /^'*[=+\-@]/;

/** The text as written to a cell: `=1+1` → `'=1+1`, `'=x` → `''=x`; any other text unchanged. */
export const guardFormula = (text: string): string => (GUARDED.test(text) ? `'${text}` : text);

/** The reverse of `guardFormula`: `'=1+1` → `=1+1`, `''=x` → `'=x`; any other text unchanged. */
export const unguardFormula = (text: string): string =>
  text.startsWith("'") && GUARDED.test(text) ? text.slice(1) : text;
