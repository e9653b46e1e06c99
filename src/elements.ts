/**
 * The kit's tag registry: every custom element the kit registers, in registration order, each with its define module
 * (`src/define/<tag>.ts`). The one list that `src/define.ts`, `rollup.config.mjs` (one `define/<tag>.js` entry
 * each) and `scripts/check-size.mjs` (one budget row each) read; `npm run new:element -- <tag>` appends to it.
 *
 * Plain data, no imports: node scripts read it with a regular expression (see `scripts/elements.mjs`), so keep one
 * `'<tag>',` per line.
 */
export const ELEMENT_TAGS = [
  'review-kit-provider',
  'review-list',
  'contact-customer-dialog',
  'feedback-table',
  'account-health-tiles',
  'report-file-drop',
  'account-portfolio',
  'activity-log',
] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];
