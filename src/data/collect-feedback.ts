import type { Feedback, FeedbackQuery, SellerKitAdapter } from './models.js';

/** Rows per request when collecting a whole report. */
export const EXPORT_PAGE = 500;

export interface CollectOptions {
  /** Aborts the collection: the request under way is aborted and the promise rejects with an abort error. */
  signal?: AbortSignal;
  /** Called after each page with the rows collected so far and the total the adapter reported. */
  onProgress?(done: number, total: number): void;
  /** Rows per request (default {@link EXPORT_PAGE}). */
  pageSize?: number;
}

/**
 * Every feedback entry matching `query` (its `offset` and `limit` are ignored), read page by page in the query's
 * sort order until the adapter's total is reached or a page comes back empty. No DOM: the report export of
 * `<feedback-table>` builds its file from it.
 */
export async function collectFeedback(
  adapter: Pick<SellerKitAdapter, 'listFeedback'>,
  query: Omit<FeedbackQuery, 'offset' | 'limit'>,
  { signal, onProgress, pageSize = EXPORT_PAGE }: CollectOptions = {},
): Promise<Feedback[]> {
  const rows: Feedback[] = [];
  for (;;) {
    signal?.throwIfAborted();
    const page = await adapter.listFeedback({ ...query, offset: rows.length, limit: pageSize }, { signal });
    signal?.throwIfAborted();
    rows.push(...page.items);
    onProgress?.(rows.length, page.total);
    if (!page.items.length || rows.length >= page.total) return rows;
  }
}
