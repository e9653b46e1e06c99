/**
 * feedback-table's report download, loaded on its first use: every row of the filter and sort (the confirmed edits
 * in place of what the adapter returns), in Amazon's own tab-separated report format, and the file to save.
 * @internal
 */
import { collectFeedback } from '../../data/collect-feedback.js';
import type { Feedback, FeedbackQuery, SellerKitAdapter, Session } from '../../data/models.js';
import { formatSellerFeedbackReport } from '../../importers/export.js';
import { reportFilename } from './feedback-format.js';
import { saveText } from './save-text.js';

export interface FeedbackReport {
  text: string;
  filename: string;
  count: number;
  /** Offers the file to the user (an `<a download>` in `root`). */
  save(root: Node): void;
}

export async function buildFeedbackReport(
  adapter: SellerKitAdapter,
  query: Pick<FeedbackQuery, 'category' | 'sort'>,
  session: Session,
  edits: ReadonlyMap<string, Feedback>,
  now: Date,
  progress: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
): Promise<FeedbackReport> {
  const collected = await collectFeedback(adapter, query, progress);
  const rows = collected.map((f) => edits.get(f.id) ?? f);
  const text = formatSellerFeedbackReport(rows, session.marketplaceId);
  const filename = reportFilename(now);
  return { text, filename, count: rows.length, save: (root) => saveText(text, filename, root) };
}
