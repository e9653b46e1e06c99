import type { Feedback, FeedbackQuestions } from '../data/models.js';
import { decodeInput, type ReportInput } from './decode.js';
import { parseReportDate, reportFormatFor } from './date-formats.js';
import { ReportError, problem, type ReportProblem } from './errors.js';
import { unguardFormula } from './formula.js';

export interface ParseFeedbackOptions {
  /** Amazon marketplace id; selects the report's date format (and the legacy encoding for JP). */
  marketplaceId: string;
  /** Encoding of byte input: `'utf-8'`, `'windows-1252'`, `'iso-8859-1'`, `'shift_jis'` or any WHATWG label. */
  encoding?: string;
  /** Size guard, default 50 MiB; larger input throws `ReportError('too-large')` before it is decoded. */
  maxBytes?: number;
}

export interface FeedbackReportResult {
  feedback: Feedback[];
  /** Rows that were skipped, with their 1-based line numbers. */
  problems: ReportProblem[];
  /** The header's column names, trimmed, as the file wrote them. */
  columns: string[];
  /** Always false: Amazon's report holds only 1–3 star rows, so positive feedback is unknown. */
  positiveKnown: false;
  /** Encoding the bytes were decoded with (`'string'` for string input). */
  encoding: string;
}

/** Normalises a header name: lower case, only letters and digits (`Order ID`, ` order-id ` → `orderid`). */
export function normalizeHeader(name: string): string {
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += lower[i];
  }
  return out;
}

type Field =
  | 'date'
  | 'rating'
  | 'comments'
  | 'response'
  | 'orderId'
  | 'raterEmail'
  | 'arrivedOnTime'
  | 'itemAsDescribed'
  | 'promptCourteousService'
  | 'fulfillment';

const HEADER_FIELDS: Record<string, Field> = {
  date: 'date',
  rating: 'rating',
  comments: 'comments',
  comment: 'comments',
  response: 'response',
  yourresponse: 'response',
  orderid: 'orderId',
  rateremail: 'raterEmail',
  arrivedontime: 'arrivedOnTime',
  itemasdescribed: 'itemAsDescribed',
  customerservice: 'promptCourteousService',
  // Not in Amazon's report; accepted if a seller's own export carries one.
  fulfillment: 'fulfillment',
  fulfillmentchannel: 'fulfillment',
  fulfillmenttype: 'fulfillment',
  fulfilledby: 'fulfillment',
  // `Rater Role` (older files) is ignored.
};

export interface FeedbackHeader {
  columns: string[];
  index: Partial<Record<Field, number>>;
}

/** Reads a header line; `null` unless it has Date, Rating and Order ID columns. */
export function readFeedbackHeader(line: string): FeedbackHeader | null {
  const columns = line.split('\t').map((c) => c.trim());
  const index: Partial<Record<Field, number>> = {};
  columns.forEach((name, i) => {
    const field = HEADER_FIELDS[normalizeHeader(name)];
    if (field && index[field] === undefined) index[field] = i;
  });
  if (index.date === undefined || index.rating === undefined || index.orderId === undefined) return null;
  return { columns, index };
}

const YES = new Set(['yes', 'y', 'true', '1', 'ja', 'oui', 'sí', 'si', 'sim', 'tak', 'evet', 'はい']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'não', 'nao', 'nie', 'nee', 'hayır', 'いいえ']);

function yesNo(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (v === '') return null;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** Whether text[start, end) holds only spaces, tabs and CRs. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Parses Amazon's Seller Feedback report (`GET_SELLER_FEEDBACK_DATA`): tab-separated, unquoted, one header line.
 *
 * - Columns are found by header name (case, spaces and punctuation ignored; BOM stripped). `Response` and
 *   `Your Response` both fill `reply`; older files' `Arrived on Time`, `Item as Described`, `Customer Service`
 *   fill `questions` (Yes/No → booleans, empty → null); `Rater Role` is ignored.
 * - Dates are read in the marketplace's format and returned as ISO `YYYY-MM-DD` (two-digit years → 20YY).
 * - Text is kept verbatim (HTML, entities, quotes, backslashes, emoji, surrounding spaces of Comments): the
 *   kit renders it as text, never as HTML.
 * - `reply.postedAt` is the feedback date: the report carries no reply date.
 * - `fulfillment` is `'mfn'` because the report has no column for it, unless a `Fulfillment` /
 *   `Fulfillment Channel` column exists (`AFN`, `FBA`, `Amazon…` → `'afn'`).
 * - `id` is `fb-<orderId>`, `fb-<orderId>-2`, … for repeated order ids: stable across imports of one file.
 * - A bad row (wrong column count, bad date, rating not 1–5, missing order id) is skipped and listed in
 *   `problems` with its 1-based line number; blank lines are skipped silently.
 * - 4–5 star rows are parsed if present, but `positiveKnown` is false: the report cannot hold positive
 *   feedback.
 *
 * Throws `ReportError`: `too-large` (before decoding), `decode`, `empty`, `wrong-file` (no Date/Rating/Order ID
 * header, e.g. another CSV or JSON), `unknown-marketplace`.
 */
export function parseSellerFeedbackReport(input: ReportInput, opts: ParseFeedbackOptions): FeedbackReportResult {
  const format = reportFormatFor(opts.marketplaceId);
  if (!format) throw new ReportError('unknown-marketplace', { marketplaceId: String(opts.marketplaceId) });
  const decodeOpts: { maxBytes?: number; encoding?: string; fallback: string } = { fallback: format.legacyEncoding };
  if (opts.maxBytes !== undefined) decodeOpts.maxBytes = opts.maxBytes;
  if (opts.encoding !== undefined) decodeOpts.encoding = opts.encoding;
  const decoded = decodeInput(input, decodeOpts);
  let text = decoded.text;
  // Files saved with classic-Mac line ends (CR only).
  if (text.indexOf('\n') === -1 && text.indexOf('\r') !== -1) text = text.replaceAll('\r', '\n');

  const len = text.length;
  const dateFormat = format.dateFormat;
  let pos = 0;
  let lineNo = 0;
  let header: FeedbackHeader | null = null;

  // Header: the first line that is not blank.
  while (pos < len) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = len;
    lineNo++;
    const start = pos;
    pos = nl + 1;
    if (isBlank(text, start, nl)) continue;
    let end = nl;
    if (text.charCodeAt(end - 1) === 13) end--;
    header = readFeedbackHeader(text.slice(start, end));
    if (!header) throw new ReportError('wrong-file', {}, 'importers.wrong-file.feedback');
    break;
  }
  if (!header) throw new ReportError('empty');

  const ncols = header.columns.length;
  const ix = header.index;
  const iDate = ix.date!;
  const iRating = ix.rating!;
  const iOrder = ix.orderId!;
  const iComments = ix.comments ?? -1;
  const iResponse = ix.response ?? -1;
  const iEmail = ix.raterEmail ?? -1;
  const iArrived = ix.arrivedOnTime ?? -1;
  const iDescribed = ix.itemAsDescribed ?? -1;
  const iService = ix.promptCourteousService ?? -1;
  const iFulfillment = ix.fulfillment ?? -1;
  const hasQuestions = iArrived >= 0 || iDescribed >= 0 || iService >= 0;

  const feedback: Feedback[] = [];
  const problems: ReportProblem[] = [];
  const usedIds = new Set<string>();
  const nextNumber = new Map<string, number>();
  const dateCache = new Map<string, string | null>();
  const fields: string[] = [];
  let nextTab = -1;

  while (pos < len) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = len;
    lineNo++;
    const start = pos;
    pos = nl + 1;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (end === start) continue;
    const first = text.charCodeAt(start);
    if ((first === 32 || first === 9) && isBlank(text, start, end)) continue;

    // Split on tabs.
    fields.length = 0;
    let fs = start;
    for (;;) {
      // `nextTab` is reused while it lies ahead, so lines without tabs never rescan the rest of the file.
      if (nextTab < fs) {
        nextTab = text.indexOf('\t', fs);
        if (nextTab === -1) nextTab = len + 1;
      }
      const tab = nextTab < end ? nextTab : end;
      fields.push(text.slice(fs, tab));
      if (tab === end) break;
      fs = tab + 1;
    }

    let count = fields.length;
    if (count > ncols) {
      // Trailing empty cells (a stray tab at the end) are harmless.
      let extraText = false;
      for (let k = ncols; k < count; k++) if (fields[k] !== '') extraText = true;
      if (!extraText) count = ncols;
    }
    if (count !== ncols) {
      problems.push(problem(lineNo, 'column-count', { line: lineNo, expected: ncols, found: count }));
      continue;
    }

    const rawDate = fields[iDate]!.trim();
    let date = dateCache.get(rawDate);
    if (date === undefined) {
      date = parseReportDate(rawDate, dateFormat);
      dateCache.set(rawDate, date);
    }
    if (date === null) {
      problems.push(problem(lineNo, 'bad-date', { line: lineNo, value: rawDate, format: dateFormat }));
      continue;
    }

    const rawRating = fields[iRating]!.trim();
    const rc = rawRating.length === 1 ? rawRating.charCodeAt(0) - 48 : -1;
    if (rc < 1 || rc > 5) {
      problems.push(problem(lineNo, 'bad-rating', { line: lineNo, value: rawRating }));
      continue;
    }

    const orderId = fields[iOrder]!.trim();
    if (orderId === '') {
      problems.push(problem(lineNo, 'missing-order-id', { line: lineNo }));
      continue;
    }

    let id = 'fb-' + orderId;
    if (usedIds.has(id)) {
      // Numbers below the last one given to this id are all taken: start after it (repeats stay linear).
      let n = nextNumber.get(id) ?? 2;
      while (usedIds.has(id + '-' + n)) n++;
      nextNumber.set(id, n + 1);
      id = id + '-' + n;
    }
    usedIds.add(id);

    // A `'` the kit's own export put before a would-be formula is removed (./formula.ts).
    const response = iResponse >= 0 ? unguardFormula(fields[iResponse]!) : '';
    const email = iEmail >= 0 ? unguardFormula(fields[iEmail]!.trim()) : '';
    let fulfillment: 'afn' | 'mfn' = 'mfn';
    if (iFulfillment >= 0) {
      const f = fields[iFulfillment]!.trim().toLowerCase();
      if (f === 'afn' || f === 'fba' || f.startsWith('amazon') || f.includes('by amazon')) fulfillment = 'afn';
    }

    const item: Feedback = {
      id,
      orderId,
      date,
      rating: rc,
      comments: iComments >= 0 ? unguardFormula(fields[iComments]!) : '',
      raterEmail: email === '' ? null : email,
      fulfillment,
      reply: isBlank(response, 0, response.length) ? null : { text: response, postedAt: date },
      removal: null,
    };
    if (hasQuestions) {
      const q: FeedbackQuestions = {};
      if (iArrived >= 0) q.arrivedOnTime = yesNo(fields[iArrived]!);
      if (iDescribed >= 0) q.itemAsDescribed = yesNo(fields[iDescribed]!);
      if (iService >= 0) q.promptCourteousService = yesNo(fields[iService]!);
      item.questions = q;
    }
    feedback.push(item);
  }

  return { feedback, problems, columns: header.columns, positiveKnown: false, encoding: decoded.encoding };
}
