import type { Feedback } from '../data/models.js';
import { formatReportDate, reportFormatFor } from './date-formats.js';
import { ReportError } from './errors.js';
import { guardFormula } from './formula.js';

export const FEEDBACK_REPORT_HEADER = ['Date', 'Rating', 'Comments', 'Response', 'Order ID', 'Rater Email'] as const;

/**
 * Makes a text safe for one cell of the tab-separated report: tabs, CR, LF (and CRLF) become single spaces,
 * since the format has no quoting; a text a spreadsheet would run as a formula (it starts with `=`, `+`, `-` or
 * `@`: buyers write the comments) gets a leading `'`, which `parseSellerFeedbackReport` removes again.
 * Everything else is kept verbatim.
 */
function cell(text: string | null | undefined): string {
  if (!text) return '';
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) {
      out += text.slice(from, i) + ' ';
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  return guardFormula(from === 0 ? text : out + text.slice(from));
}

/**
 * Writes feedback in Amazon's own Seller Feedback report format (`GET_SELLER_FEEDBACK_DATA`): header
 * `Date	Rating	Comments	Response	Order ID	Rater Email`, tab-separated, unquoted, LF line ends with a final LF,
 * dates in the marketplace's report format (two-digit years except SE).
 *
 * The output round-trips through `parseSellerFeedbackReport` with the same marketplace id, with these losses,
 * all due to the format: tabs and line breaks inside text become spaces; the reply date, `fulfillment`,
 * `removal` and `questions` are not written (the report has no columns for them); years outside 2000–2099
 * do not survive two-digit formats.
 */
export function formatSellerFeedbackReport(feedback: readonly Feedback[], marketplaceId: string): string {
  const format = reportFormatFor(marketplaceId);
  if (!format) throw new ReportError('unknown-marketplace', { marketplaceId: String(marketplaceId) });
  const lines: string[] = [FEEDBACK_REPORT_HEADER.join('\t')];
  for (const f of feedback) {
    lines.push(
      [
        formatReportDate(f.date, format.dateFormat),
        String(f.rating),
        cell(f.comments),
        cell(f.reply?.text),
        cell(f.orderId),
        cell(f.raterEmail),
      ].join('\t'),
    );
  }
  return lines.join('\n') + '\n';
}
