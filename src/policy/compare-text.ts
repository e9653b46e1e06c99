/** The portfolio's text order (worst-first ties and the column sort). @internal */
let collator: Intl.Collator | undefined;
/** Names compare the same way in every locale and engine (base letters, numbers by value), so the order is stable. */
export const byText = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b) ||
  (a < b ? -1 : a > b ? 1 : 0);
