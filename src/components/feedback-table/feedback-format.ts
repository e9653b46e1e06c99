/** Small pure helpers of `<feedback-table>` (no DOM, no Lit). */
import type { FeedbackSort } from '../../data/models.js';

/** `x7k9q2@marketplace.amazon.com` → `x7k***@marketplace.amazon.com`; text without `@` keeps its first 3 characters. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  return `${local.slice(0, Math.min(3, Math.max(1, local.length - 1)))}***${at < 0 ? '' : email.slice(at)}`;
}

/** The excerpt around `[start, end)` of `text`, with up to `context` characters either side, as three text slices. */
export function excerpt(
  text: string,
  start: number,
  end: number,
  context = 40,
): { before: string; match: string; after: string } {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}

/** Confidence 0–1 in words (a key suffix): high ≥ 0.85, medium ≥ 0.65, else low. */
export function confidenceLevel(c: number): 'high' | 'medium' | 'low' {
  return c >= 0.85 ? 'high' : c >= 0.65 ? 'medium' : 'low';
}

export type SortColumn = 'date' | 'rating' | 'order';

const SORTS: Record<SortColumn, [asc: FeedbackSort, desc: FeedbackSort]> = {
  date: ['oldest', 'newest'],
  rating: ['rating-asc', 'rating-desc'],
  order: ['order-asc', 'order-desc'],
};

/** The column and direction a sort stands for; `attention` ("Needs attention", the default) is no column's. */
export function sortState(sort: FeedbackSort): { column: SortColumn | null; dir: 'ascending' | 'descending' } {
  if (sort === 'attention') return { column: null, dir: 'descending' };
  for (const column of Object.keys(SORTS) as SortColumn[]) {
    const i = SORTS[column].indexOf(sort);
    if (i >= 0) return { column, dir: i ? 'descending' : 'ascending' };
  }
  return { column: 'date', dir: 'descending' };
}

/**
 * The sort after activating a column header: the same column flips direction; a new column starts newest first
 * (date), lowest rating first (rating: negative feedback first) or ascending (order id).
 */
export function nextSort(current: FeedbackSort, column: SortColumn): FeedbackSort {
  const s = sortState(current);
  if (s.column === column) return SORTS[column][s.dir === 'ascending' ? 1 : 0];
  return column === 'date' ? 'newest' : SORTS[column][0];
}

/** `Feedback-YYYY-MM-DD.txt` for a date (UTC calendar day). */
export function reportFilename(now: Date): string {
  return `Feedback-${now.toISOString().slice(0, 10)}.txt`;
}
