import type { Feedback, FeedbackQuestions, FulfillmentChannel } from '../data/models.js';
import { decodeBlob, decodeSlices, gunzipReport, asBytes, isGzip, type ReportInput, type TextSink } from './decode.js';
import { reportFormatFor, type ReportDateFormat } from './date-formats.js';
import { ReportError, problem, type ReportProblem } from './errors.js';
import { unguardFormula } from './formula.js';
import { decideDateFormat, DateFormatError, type DateFormatAnswer, type DateFormatQuestion } from './date-detect.js';
import { parseReportDate } from './date-formats.js';

export interface ParseFeedbackOptions {
  /** Amazon marketplace id; selects the report's date format (and the legacy encoding for JP). */
  marketplaceId: string;
  /**
   * The date format, when the caller knows it (an answer to a {@link DateFormatQuestion}). Without it the format
   * comes from the file and the marketplace; see {@link parseSellerFeedbackReport}.
   */
  dateFormat?: ReportDateFormat;
  /**
   * Ask (throw `ReportError('date-format')`, or call `askDateFormat`) also when every date can be read in more
   * than one format and nothing in the file decides. Default false: the marketplace's format is used then, as the
   * caller named the marketplace. The drop zone, whose marketplace is only a default, sets it.
   */
  askIfAmbiguous?: boolean;
  /** Encoding of byte input: `'utf-8'`, `'windows-1252'`, `'iso-8859-1'`, `'shift_jis'` or any WHATWG label. */
  encoding?: string;
  /** Size guard, default 50 MiB; larger input throws `ReportError('too-large')` before it is decoded. */
  maxBytes?: number;
  /** Today, for telling readings apart: a reading that puts a date in the future is not plausible. */
  now?: Date | number;
}

export interface ParseFeedbackAsyncOptions extends ParseFeedbackOptions {
  /** Stops the parse between two slices with an `AbortError`. */
  signal?: AbortSignal;
  /** Called with the fraction of the input read (0–1) after each slice. */
  onProgress?: (fraction: number) => void;
  /**
   * Called when the file does not settle its date format (see {@link DateFormatQuestion}); resolve with the
   * reading to use, or null to cancel (the promise then rejects with an `AbortError`). Without it such a file
   * rejects with `ReportError('date-format')`, as the synchronous parser throws.
   */
  askDateFormat?: (question: DateFormatQuestion) => Promise<DateFormatAnswer | null>;
}

export interface FeedbackReportResult {
  feedback: Feedback[];
  /** Rows that were skipped, with their 1-based line numbers, in line order. */
  problems: ReportProblem[];
  /** The header's column names, trimmed, as the file wrote them. */
  columns: string[];
  /** Always false: Amazon's report holds only 1–3 star rows, so positive feedback is unknown. */
  positiveKnown: false;
  /** Encoding the bytes were decoded with (`'string'` for string input). */
  encoding: string;
  /** The date format the rows were read in. */
  dateFormat: ReportDateFormat;
  /** The marketplace the rows belong to: the option's, or the one an answer named. */
  marketplaceId: string;
  /** The marketplace the file itself names through its rater e-mail aliases, or null. */
  fileMarketplaceId: string | null;
  /** Whether the input was gzip-compressed. */
  compressed: boolean;
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
  /** Every header cell was wrapped in double quotes: the writer quotes every cell ("quote all text"). */
  quoted: boolean;
  /**
   * The cell separator: a tab in Amazon's own file; a comma or a semicolon when a spreadsheet saved it again as
   * CSV (Excel's "Save as CSV" writes the list separator of the user's region: a semicolon in much of Europe).
   */
  separator: '\t' | ',' | ';';
}

const unwrap = (cell: string): string =>
  cell.length >= 2 && cell.charCodeAt(0) === 34 && cell.charCodeAt(cell.length - 1) === 34
    ? cell.slice(1, -1).replaceAll('""', '"')
    : cell;

/** Separators tried, in order: Amazon's tab first, then what a spreadsheet writes when it saves as CSV. */
const SEPARATORS = ['\t', ',', ';'] as const;

/**
 * Reads a header line; `null` unless it has Date, Rating and Order ID columns. Cells may be quoted. The header
 * decides the separator: a tab when it splits on tabs into those columns, else a comma, else a semicolon.
 */
export function readFeedbackHeader(line: string): FeedbackHeader | null {
  for (const separator of SEPARATORS) {
    const raw = line.split(separator).map((c) => c.trim());
    if (raw.length < 3) continue;
    const quoted = raw.every((c) => c.length >= 2 && c.startsWith('"') && c.endsWith('"'));
    const columns = raw.map((c) => unwrap(c).trim());
    const index: Partial<Record<Field, number>> = {};
    columns.forEach((name, i) => {
      const field = HEADER_FIELDS[normalizeHeader(name)];
      if (field && index[field] === undefined) index[field] = i;
    });
    if (index.date !== undefined && index.rating !== undefined && index.orderId !== undefined) {
      return { columns, index, quoted, separator };
    }
  }
  return null;
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

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const NEED_MORE = -1;

/**
 * The one pass over the text: takes it slice by slice (`push`), splits rows — tab-separated, with the quoting a
 * spreadsheet adds when it saves the file again — and validates everything but the dates, whose format is settled
 * once every date has been seen.
 */
export class FeedbackReader implements TextSink {
  header: FeedbackHeader | null = null;
  /** Rows parsed but not yet dated: `date` holds the raw text until the format is settled. */
  rows: Feedback[] = [];
  /** The line number of each row. */
  lines: number[] = [];
  problems: ReportProblem[] = [];
  /** Raw date text → its number in `dateText` / `dateCount`: rows share one string per distinct date. */
  private dateIndex = new Map<string, number>();
  private dateText: string[] = [];
  private dateCount: number[] = [];
  /** Rater e-mail domain (lower case) → rows. */
  domains = new Map<string, number>();
  private carry = '';
  private lineNo = 0;
  /** CR-only line ends (classic Mac), decided on the first slice. */
  private crOnly: boolean | null = null;
  private fields: string[] = [];
  /**
   * Ids given as the rows are read, while the order id's text is at hand; right unless a row is later dropped for
   * its date (then settleRows gives them again).
   */
  ids = new IdGiver();
  /** The last rater e-mail domain seen (most rows share it): counted without a new string. */
  private lastDomain = '';

  /** Raw date text → rows carrying it. */
  get dates(): Map<string, number> {
    return new Map(this.dateText.map((text, i) => [text, this.dateCount[i]!]));
  }

  restart(): void {
    this.header = null;
    this.rows = [];
    this.lines = [];
    this.problems = [];
    this.dateIndex.clear();
    this.dateText = [];
    this.dateCount = [];
    this.domains.clear();
    this.lastDomain = '';
    this.ids = new IdGiver();
    this.carry = '';
    this.lineNo = 0;
    this.crOnly = null;
  }

  push(slice: string, final: boolean): void {
    // The line cut by the slice's start is finished on its own, and the rest of the slice read where it is: the
    // rows' strings then point into the decoder's own text instead of a 64 KiB copy made per slice (carry + slice),
    // whose originals the garbage collector had to free by the hundred in one long pause.
    if (this.carry !== '' && this.crOnly === false) {
      const nl = slice.indexOf('\n');
      if (nl !== -1 && nl + 1 < slice.length) {
        const line = this.carry + slice.slice(0, nl + 1);
        this.carry = '';
        this.pushText(line, false);
        // A quoted cell running on past that line is left in `carry`, and read on from its start with the rest.
        this.pushText(slice.slice(nl + 1), final);
        return;
      }
    }
    this.pushText(slice, final);
  }

  private pushText(slice: string, final: boolean): void {
    let text = this.carry === '' ? slice : this.carry + slice;
    this.carry = '';
    if (this.crOnly === null) {
      if (text.indexOf('\n') !== -1) this.crOnly = false;
      else if (text.indexOf('\r') !== -1 && (final || text.length > 65536)) this.crOnly = true;
      else if (!final) {
        this.carry = text;
        return;
      }
    }
    if (this.crOnly) text = text.replaceAll('\r', '\n');
    const len = text.length;
    let pos = 0;
    let nextTab = -1;
    let nextQuote = -1;
    const fields = this.fields;

    while (pos < len) {
      let nl = text.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) break;
        nl = len;
      }
      const start = pos;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;

      if (!this.header) {
        this.lineNo++;
        pos = nl + 1;
        if (isBlank(text, start, end)) continue;
        this.header = readFeedbackHeader(text.slice(start, end));
        if (!this.header) throw new ReportError('wrong-file', {}, 'importers.wrong-file.feedback');
        continue;
      }
      if (end === start) {
        this.lineNo++;
        pos = nl + 1;
        continue;
      }
      const first = text.charCodeAt(start);
      if ((first === 32 || first === TAB) && isBlank(text, start, end)) {
        this.lineNo++;
        pos = nl + 1;
        continue;
      }

      if (nextQuote < start) {
        nextQuote = text.indexOf('"', start);
        if (nextQuote === -1) nextQuote = len + 1;
      }
      const line = this.lineNo + 1;
      if (nextQuote < end) {
        // Quotes on this line: the careful path, which may take further lines (a line break inside a quoted cell).
        const after = this.splitQuoted(text, start, final);
        if (after === NEED_MORE) break;
        pos = after;
      } else {
        // Split on the separator (a tab in Amazon's file). `nextTab` is reused while it lies ahead, so lines
        // without one never rescan the rest.
        fields.length = 0;
        let fs = start;
        const sep = this.header.separator;
        for (;;) {
          if (nextTab < fs) {
            nextTab = text.indexOf(sep, fs);
            if (nextTab === -1) nextTab = len + 1;
          }
          const tab = nextTab < end ? nextTab : end;
          fields.push(text.slice(fs, tab));
          if (tab === end) break;
          fs = tab + 1;
        }
        this.lineNo++;
        pos = nl + 1;
      }
      this.row(line);
    }
    if (pos < len) this.carry = text.slice(pos);
    if (final && !this.header) throw new ReportError('empty');
  }

  /**
   * Splits the record starting at `start` into `this.fields`, honouring spreadsheet quoting: a cell that starts
   * with `"` and ends with `"` before a tab or the line end, inner quotes doubled, may hold tabs and line breaks.
   * Amazon's own file is unquoted, so a cell is unquoted only when the quoting is well formed and was needed
   * (doubled quotes, a tab, comma or line break inside), when the header shows that every cell is quoted, or in the
   * Date, Rating and Order ID columns; otherwise its quotes are text. A cell does not run on into the next line
   * when that line is a complete row by itself (an unclosed quote in Amazon's unquoted text). Returns the
   * position after the record, or NEED_MORE when the slice ends inside it.
   */
  private splitQuoted(text: string, start: number, final: boolean): number {
    const fields = this.fields;
    const header = this.header!;
    const SEP = header.separator.charCodeAt(0);
    const len = text.length;
    fields.length = 0;
    let i = start;
    let lines = 1;
    for (;;) {
      const col = fields.length;
      let value: string | null = null;
      let next = -1; // position of the char after the cell (tab, CR, LF or len)
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let content = '';
        let needed = false;
        let crossed = 0;
        for (;;) {
          const q = text.indexOf('"', j);
          const nl = text.indexOf('\n', j);
          if (nl !== -1 && (q === -1 || nl < q)) {
            // A line break inside the quotes: only if the next line is not a complete row of its own.
            const nextEnd = text.indexOf('\n', nl + 1);
            if (nextEnd === -1 && !final) return NEED_MORE;
            if (this.isCompleteRow(text, nl + 1, nextEnd === -1 ? len : nextEnd)) break;
            crossed++;
            needed = true;
            content += text.slice(j, nl + 1);
            j = nl + 1;
            continue;
          }
          if (q === -1) {
            if (!final) return NEED_MORE;
            break;
          }
          if (q + 1 >= len && !final) return NEED_MORE;
          const c = text.charCodeAt(q + 1);
          if (c === QUOTE) {
            content += text.slice(j, q + 1);
            j = q + 2;
            needed = true;
            continue;
          }
          if (q + 1 >= len || c === SEP || c === LF || (c === CR && (q + 2 >= len || text.charCodeAt(q + 2) === LF))) {
            content += text.slice(j, q);
            // Excel quotes a cell holding a tab, a line break, a quote, a comma or (in CSV) its separator, even in
            // tab-separated text.
            if (!needed && (/[\t\r,]/.test(content) || content.includes(header.separator))) needed = true;
            const structural = col === header.index.date || col === header.index.rating || col === header.index.orderId;
            value = needed || header.quoted || structural ? content.replaceAll('\r\n', '\n') : text.slice(i, q + 1);
            next = q + 1;
            lines += crossed;
          }
          break;
        }
      }
      if (value === null) {
        // Text as it stands, up to the next separator or the line end.
        let k = i;
        while (k < len) {
          const ch = text.charCodeAt(k);
          if (ch === SEP || ch === LF) break;
          k++;
        }
        if (k >= len && !final) return NEED_MORE;
        let e = k;
        if (e > i && text.charCodeAt(e - 1) === CR && (k >= len || text.charCodeAt(k) === LF)) e--;
        value = text.slice(i, e);
        next = e;
      }
      fields.push(value);
      const c = next < len ? text.charCodeAt(next) : -1;
      if (c === SEP) {
        i = next + 1;
        continue;
      }
      // End of the record: CR? LF or the end of the text.
      let after = next;
      if (c === CR) after++;
      if (after < len && text.charCodeAt(after) === LF) after++;
      this.lineNo += lines;
      return after;
    }
  }

  /** Whether text[start, end) alone is a full row: the header's column count, a 1–5 rating and a date. */
  private isCompleteRow(text: string, start: number, end: number): boolean {
    const h = this.header!;
    if (end > start && text.charCodeAt(end - 1) === CR) end--;
    const cells = text.slice(start, end).split(h.separator);
    if (cells.length < h.columns.length) return false;
    const rating = cells[h.index.rating!]!.trim();
    const date = cells[h.index.date!]!.trim();
    return (
      rating.length === 1 && rating >= '1' && rating <= '5' && date.length >= 5 && date[0]! >= '0' && date[0]! <= '9'
    );
  }

  /** Validates the split row of `line` and keeps it (date still raw) or records its problem. */
  private row(line: number): void {
    const fields = this.fields;
    const ix = this.header!.index;
    const ncols = this.header!.columns.length;
    let count = fields.length;
    if (count > ncols) {
      // Trailing empty cells (a stray tab at the end) are harmless.
      let extraText = false;
      for (let k = ncols; k < count; k++) if (fields[k] !== '') extraText = true;
      if (!extraText) count = ncols;
    }
    if (count !== ncols) {
      this.problems.push(problem(line, 'column-count', { line, expected: ncols, found: count }));
      return;
    }
    let rawDate = fields[ix.date!]!.trim();
    const rawRating = fields[ix.rating!]!.trim();
    const rc = rawRating.length === 1 ? rawRating.charCodeAt(0) - 48 : -1;
    if (rc < 1 || rc > 5) {
      this.problems.push(problem(line, 'bad-rating', { line, value: rawRating }));
      return;
    }
    const orderId = fields[ix.orderId!]!.trim();
    if (orderId === '') {
      this.problems.push(problem(line, 'missing-order-id', { line }));
      return;
    }
    // Every row of a date keeps the first row's string: one string per distinct date, not one per row (200 000
    // short strings surviving until the dates are settled made the young generation's collections long).
    let d = this.dateIndex.get(rawDate);
    if (d === undefined) {
      d = this.dateText.push(rawDate) - 1;
      this.dateCount.push(0);
      this.dateIndex.set(rawDate, d);
    }
    this.dateCount[d] = this.dateCount[d]! + 1;
    rawDate = this.dateText[d]!;

    // A `'` the kit's own export put before a would-be formula is removed (./formula.ts).
    const response = ix.response !== undefined ? unguardFormula(fields[ix.response]!) : '';
    const email = ix.raterEmail !== undefined ? unguardFormula(fields[ix.raterEmail]!.trim()) : '';
    if (email !== '') {
      const last = this.lastDomain;
      const at = email.length - last.length - 1;
      if (last !== '' && at > 0 && email.charCodeAt(at) === 64 && email.endsWith(last)) {
        this.domains.set(last, this.domains.get(last)! + 1);
      } else {
        const i = email.lastIndexOf('@');
        if (i !== -1) {
          const domain = email.slice(i + 1).toLowerCase();
          this.domains.set(domain, (this.domains.get(domain) ?? 0) + 1);
          // Reused only when the e-mail wrote it in lower case.
          if (email.endsWith(domain)) this.lastDomain = domain;
        }
      }
    }
    let fulfillment: FulfillmentChannel = 'mfn';
    if (ix.fulfillment !== undefined) {
      const f = fields[ix.fulfillment]!.trim().toLowerCase();
      if (f === 'afn' || f === 'fba' || f.startsWith('amazon') || f.includes('by amazon')) fulfillment = 'afn';
    }
    const item: Feedback = {
      id: '',
      orderId,
      date: rawDate,
      rating: rc,
      comments: ix.comments !== undefined ? unguardFormula(fields[ix.comments]!) : '',
      raterEmail: email === '' ? null : email,
      fulfillment,
      reply: isBlank(response, 0, response.length) ? null : { text: response, postedAt: rawDate },
      removal: null,
    };
    if (ix.arrivedOnTime !== undefined || ix.itemAsDescribed !== undefined || ix.promptCourteousService !== undefined) {
      const q: FeedbackQuestions = {};
      if (ix.arrivedOnTime !== undefined) q.arrivedOnTime = yesNo(fields[ix.arrivedOnTime]!);
      if (ix.itemAsDescribed !== undefined) q.itemAsDescribed = yesNo(fields[ix.itemAsDescribed]!);
      if (ix.promptCourteousService !== undefined) q.promptCourteousService = yesNo(fields[ix.promptCourteousService]!);
      item.questions = q;
    }
    this.ids.give(item);
    this.rows.push(item);
    this.lines.push(line);
  }
}

/** Rows dated per step of {@link settleRows} (a step then takes a millisecond or two). */
const SETTLE_STEP = 1_000;

/**
 * The ids already given, without their `fb-` prefix. Amazon's order ids (`DDD-DDDDDDD-DDDDDDD`, nearly every key)
 * live as two numbers in an open-addressing table of typed arrays: a `Set` of 200 000 strings cost hundreds of
 * milliseconds (hashing fresh strings, a table rebuilt as it grows, and strings the young generation had to copy).
 * Any other key goes to a `Set`. Each key has one form, so both agree on what was given.
 */
class IdKeys {
  private hi = new Float64Array(1024);
  private lo = new Int32Array(1024);
  private mask = 1023;
  private count = 0;
  private other = new Set<string>();

  /** Adds `key` and says true, or says false when it was given already. */
  add(key: string): boolean {
    // DDD-DDDDDDD-DDDDDDD: the first ten digits (below 2^34, exact in a double) and the last seven.
    let hi = 0;
    let lo = 0;
    let amazon = key.length === 19 && key.charCodeAt(3) === 45 && key.charCodeAt(11) === 45;
    for (let i = 0; amazon && i < 19; i++) {
      if (i === 3 || i === 11) continue;
      const d = key.charCodeAt(i) - 48;
      if (d < 0 || d > 9) amazon = false;
      else if (i < 11) hi = hi * 10 + d;
      else lo = lo * 10 + d;
    }
    if (!amazon) {
      if (this.other.has(key)) return false;
      this.other.add(key);
      return true;
    }
    if (!this.put(hi + 1, lo)) return false;
    if (++this.count * 2 > this.hi.length) this.grow();
    return true;
  }

  /** Puts hi1 (the first digits + 1, so that 0 marks an empty slot) and lo; false when there already. */
  private put(hi1: number, lo: number): boolean {
    const hi = hi1 - 1;
    let h = Math.imul((hi % 4294967296) ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) ^ ((hi / 4294967296) | 0);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const there = this.hi[at]!;
      if (there === 0) {
        this.hi[at] = hi1;
        this.lo[at] = lo;
        return true;
      }
      if (there === hi1 && this.lo[at] === lo) return false;
    }
  }

  private grow(): void {
    const hi = this.hi;
    const lo = this.lo;
    this.hi = new Float64Array(hi.length * 2);
    this.lo = new Int32Array(hi.length * 2);
    this.mask = hi.length * 2 - 1;
    for (let i = 0; i < hi.length; i++) if (hi[i] !== 0) this.put(hi[i]!, lo[i]!);
  }
}

/** Gives ids in row order: `fb-` + the order id, numbered from 2 when it repeats. */
class IdGiver {
  private used = new IdKeys();
  /** Order id → the next number to try for it. */
  private nextNumber = new Map<string, number>();

  give(item: Feedback): void {
    const orderId = item.orderId;
    if (this.used.add(orderId)) {
      item.id = 'fb-' + orderId;
      return;
    }
    // Numbers below the last one given to this id are all taken: start after it (repeats stay linear).
    let n = this.nextNumber.get(orderId) ?? 2;
    while (!this.used.add(orderId + '-' + n)) n++;
    this.nextNumber.set(orderId, n + 1);
    item.id = 'fb-' + orderId + '-' + n;
  }
}

/**
 * Dates every kept row in `format` (a row whose date does not read is a problem). The ids were given as the rows
 * were read; when rows are dropped here, the kept ones get theirs again, as if the dropped rows had never been.
 */
function* settleRows(
  reader: FeedbackReader,
  format: ReportDateFormat,
): Generator<void, { feedback: Feedback[]; problems: ReportProblem[] }> {
  const cache = new Map<string, string | null>();
  const rows = reader.rows;
  const lines = reader.lines;
  /** The kept rows: `rows` itself while every date reads (no copy), a new array from the first bad date on. */
  let feedback: Feedback[] | null = null;
  const problems = [...reader.problems];
  for (let r = 0; r < rows.length; r++) {
    if (r > 0 && r % SETTLE_STEP === 0) yield;
    const item = rows[r]!;
    const raw = item.date;
    let date = cache.get(raw);
    if (date === undefined) {
      date = parseReportDate(raw, format);
      cache.set(raw, date);
    }
    if (date === null) {
      const line = lines[r]!;
      problems.push(problem(line, 'bad-date', { line, value: raw, format }));
      feedback ??= rows.slice(0, r);
      continue;
    }
    item.date = date;
    if (item.reply) item.reply.postedAt = date;
    feedback?.push(item);
  }
  if (!feedback) return { feedback: rows, problems };
  problems.sort((a, b) => a.line - b.line);
  const ids = new IdGiver();
  for (let r = 0; r < feedback.length; r++) {
    if (r > 0 && r % SETTLE_STEP === 0) yield;
    ids.give(feedback[r]!);
  }
  return { feedback, problems };
}

interface Prepared {
  marketplaceId: string;
  fallback: string;
}

function prepare(opts: ParseFeedbackOptions): Prepared {
  const format = reportFormatFor(opts.marketplaceId);
  if (!format) throw new ReportError('unknown-marketplace', { marketplaceId: String(opts.marketplaceId) });
  return { marketplaceId: opts.marketplaceId, fallback: format.legacyEncoding };
}

function decodeOptions(opts: ParseFeedbackOptions, fallback: string) {
  const o: { maxBytes?: number; encoding?: string; fallback: string } = { fallback };
  if (opts.maxBytes !== undefined) o.maxBytes = opts.maxBytes;
  if (opts.encoding !== undefined) o.encoding = opts.encoding;
  return o;
}

/** The date-format question as an error whose `answer` settles the rows already read (no second parse). */
function questionError(
  reader: FeedbackReader,
  question: DateFormatQuestion,
  encoding: Parameters<typeof result>[2],
  marketplaceId: string,
  fileMarketplaceId: Parameters<typeof result>[5],
  compressed: boolean,
): DateFormatError {
  return new DateFormatError(question, (answer) =>
    result(
      reader,
      runToEnd(settleRows(reader, answer.dateFormat)),
      encoding,
      answer.dateFormat,
      answer.marketplaceId ?? marketplaceId,
      fileMarketplaceId,
      compressed,
    ),
  );
}

function result(
  reader: FeedbackReader,
  settled: { feedback: Feedback[]; problems: ReportProblem[] },
  encoding: string,
  dateFormat: ReportDateFormat,
  marketplaceId: string,
  fileMarketplaceId: string | null,
  compressed: boolean,
): FeedbackReportResult {
  return {
    feedback: settled.feedback,
    problems: settled.problems,
    columns: reader.header!.columns,
    positiveKnown: false,
    encoding,
    dateFormat,
    marketplaceId,
    fileMarketplaceId,
    compressed,
  };
}

function runToEnd<T>(gen: Generator<unknown, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

/**
 * Parses Amazon's Seller Feedback report (`GET_SELLER_FEEDBACK_DATA`): tab-separated, one header line (a copy a
 * spreadsheet saved as CSV, comma- or semicolon-separated, is read the same way; the header decides).
 *
 * - Columns are found by header name (case, spaces and punctuation ignored; BOM stripped). `Response` and
 *   `Your Response` both fill `reply`; older files' `Arrived on Time`, `Item as Described`, `Customer Service`
 *   fill `questions` (Yes/No → booleans, empty → null); `Rater Role` is ignored.
 * - A file saved again by a spreadsheet is read as such: quoted cells, doubled quotes, line breaks inside a quoted
 *   cell (kept as `\n`), CRLF and LF mixed. Amazon's own unquoted text keeps its quotes.
 * - The date format is never a silent guess. The file is asked first: its rater e-mail aliases
 *   (`…@marketplace.amazon.co.uk`) name a marketplace, and dates that can be read only one way decide the format.
 *   When the file contradicts `marketplaceId` (aliases of another marketplace, or dates that read only in another
 *   format), or, with `askIfAmbiguous`, when every date reads in several formats and nothing decides, it throws
 *   `ReportError('date-format')` (a {@link DateFormatError}) whose `question` shows three dates under each
 *   reading and whose `answer(reading)` finishes the import without parsing again. `dateFormat` skips all this.
 *   Dates are returned as ISO `YYYY-MM-DD` (two-digit years → 20YY).
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
 * - Bytes are decoded as described for the encodings (UTF-8, else the marketplace's legacy encoding; windows-1252
 *   by the kit's own table, so every runtime gives the same text). Gzip bytes need
 *   {@link parseSellerFeedbackReportAsync}, which decompresses them.
 *
 * Throws `ReportError`: `too-large` (before decoding), `decode`, `compressed`, `empty`, `wrong-file` (no
 * Date/Rating/Order ID header, e.g. another CSV or JSON), `unknown-marketplace`, `date-format`.
 */
export function parseSellerFeedbackReport(input: ReportInput, opts: ParseFeedbackOptions): FeedbackReportResult {
  const { marketplaceId, fallback } = prepare(opts);
  const reader = new FeedbackReader();
  const encoding = runToEnd(decodeSlices(input, reader, { ...decodeOptions(opts, fallback), sliceSize: 1 << 30 }));
  const decision = decideDateFormat(reader, opts);
  const fileMarketplaceId = decision.fileMarketplaceId;
  if ('question' in decision) {
    throw questionError(reader, decision.question, encoding, marketplaceId, fileMarketplaceId, false);
  }
  const settled = runToEnd(settleRows(reader, decision.dateFormat));
  return result(reader, settled, encoding, decision.dateFormat, marketplaceId, fileMarketplaceId, false);
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Gives the page (or Node's event loop) a turn: a new task, behind input, rendering and timers already queued —
 * not `scheduler.yield()`, whose continuations run before other tasks, nor `setTimeout`, clamped to 4 ms once
 * nested.
 */
function yieldNow(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(0);
  });
}

/** Milliseconds of work between two turns given to the page. */
const BUDGET_MS = 8;

async function drive<T>(gen: Generator<unknown, T>, signal: AbortSignal | undefined, onStep?: (v: unknown) => void) {
  let last = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = gen.next();
    if (step.done) return step.value;
    onStep?.(step.value);
    if (performance.now() - last > BUDGET_MS) {
      await yieldNow();
      last = performance.now();
    }
  }
}

/**
 * {@link parseSellerFeedbackReport} in slices that give the page a turn every few milliseconds (no frozen page
 * on a 200 000-row report), with progress, cancellation (`signal`), gzip decompression (a `.gz` report document)
 * and a callback for the date-format question. Same result as the synchronous parser for the same input, in
 * every runtime.
 */
export async function parseSellerFeedbackReportAsync(
  input: ReportInput | Blob,
  opts: ParseFeedbackAsyncOptions,
): Promise<FeedbackReportResult> {
  const { marketplaceId, fallback } = prepare(opts);
  const reader = new FeedbackReader();
  let encoding: string;
  let compressed = false;
  if (typeof Blob === 'function' && input instanceof Blob) {
    // A file streams through decoder and parser: never held as one buffer.
    let last = performance.now();
    const out = await decodeBlob(
      input,
      reader,
      async (fraction) => {
        opts.onProgress?.(fraction);
        if (performance.now() - last > BUDGET_MS) {
          await yieldNow();
          last = performance.now();
        }
      },
      { ...decodeOptions(opts, fallback), ...(opts.signal ? { signal: opts.signal } : {}) },
    );
    encoding = out.encoding;
    compressed = out.compressed;
  } else {
    let data = input as ReportInput;
    const bytes = asBytes(input);
    if (bytes && isGzip(bytes)) {
      compressed = true;
      const o: { maxBytes?: number; signal?: AbortSignal } = {};
      if (opts.maxBytes !== undefined) o.maxBytes = opts.maxBytes;
      if (opts.signal) o.signal = opts.signal;
      data = await gunzipReport(bytes, o);
    }
    encoding = await drive(decodeSlices(data, reader, decodeOptions(opts, fallback)), opts.signal, (v) =>
      opts.onProgress?.(v as number),
    );
  }
  opts.onProgress?.(1);
  const decision = decideDateFormat(reader, opts);
  let dateFormat: ReportDateFormat;
  let usedMarketplace = marketplaceId;
  if ('question' in decision) {
    if (!opts.askDateFormat) {
      throw questionError(reader, decision.question, encoding, marketplaceId, decision.fileMarketplaceId, compressed);
    }
    const answer = await opts.askDateFormat(decision.question);
    if (!answer) throw new DOMException('The import was cancelled.', 'AbortError');
    dateFormat = answer.dateFormat;
    usedMarketplace = answer.marketplaceId ?? marketplaceId;
  } else dateFormat = decision.dateFormat;
  const settled = await drive(settleRows(reader, dateFormat), opts.signal);
  return result(reader, settled, encoding, dateFormat, usedMarketplace, decision.fileMarketplaceId, compressed);
}

export type { DateFormatQuestion, DateFormatAnswer };
