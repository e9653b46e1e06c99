/**
 * Which date format a Seller Feedback report uses, read from the file itself, so that a report is never read
 * in the wrong day/month order without a word (issue 15). Evidence, strongest first:
 *
 * 1. the rater e-mail aliases: Amazon writes `<alias>@marketplace.amazon.<domain>`, the domain of the marketplace
 *    the feedback was left on (`marketplace.amazon.co.uk` → UK);
 * 2. dates that can be read only one way (`13/5/25` is 13 May; `5/13/25` is 13 May too, the other way round),
 *    readings that would put a date in the future, which a downloaded report cannot hold, and readings that
 *    spread the dates over years when another keeps them within months (days read as years);
 * 3. the marketplace the caller named.
 *
 * When the file contradicts the marketplace named, or (if asked to) when every date reads several ways and
 * nothing decides, the answer is a question with three dates under each reading.
 */
import { DAY_MS, utcDay } from '../data/dates.js';
import { MARKETPLACES } from '../policy/marketplaces.js';
import { parseReportDate, reportFormatFor, type ReportDateFormat } from './date-formats.js';
import { ReportError } from './errors.js';
import type { FeedbackReportResult } from './feedback.js';

const FORMATS: readonly ReportDateFormat[] = ['M/D/YY', 'D/M/YY', 'D.M.YY', 'YY/M/D', 'YYYY-MM-DD'];

/** One way to read the file's dates. */
export interface DateFormatOption {
  dateFormat: ReportDateFormat;
  /** The marketplace this reading stands for (the file's or the one selected), or null for another reading. */
  marketplaceId: string | null;
  /** ISO date (`YYYY-MM-DD`) of each of the question's `samples` in this reading, null where it does not read. */
  dates: (string | null)[];
  /** Rows whose date reads (and is not in the future) in this reading. */
  rows: number;
}

/**
 * The file does not settle how its dates read. `reason`: `marketplace` — the rater e-mail aliases name another
 * marketplace than the one selected; `dates` — the dates cannot all be read in the selected marketplace's format
 * but can in another; `ambiguous` — every date reads in more than one format and nothing in the file decides.
 */
export interface DateFormatQuestion {
  reason: 'marketplace' | 'dates' | 'ambiguous';
  selectedMarketplaceId: string;
  /** The marketplace the aliases name, or null. */
  fileMarketplaceId: string | null;
  /** Up to three date texts from the file, chosen where the readings differ. */
  samples: string[];
  /** The readings to choose from, the file's first; at least one. */
  options: DateFormatOption[];
  /** Rows with a date. */
  rows: number;
  /** The explanation for a UI: `importers.date-format.<reason>` with the marketplaces' domains as params. */
  messageKey: string;
  params: { file: string; selected: string };
}

/** The reading chosen; `marketplaceId` (when the option names one) becomes the result's marketplace. */
export interface DateFormatAnswer {
  dateFormat: ReportDateFormat;
  marketplaceId?: string | null;
}

/**
 * `ReportError('date-format')`: the file does not settle its date format. Nothing was imported; `question` says
 * why and shows the readings; `answer(reading)` finishes the import with one of them, without parsing again.
 */
export class DateFormatError extends ReportError {
  readonly question: DateFormatQuestion;
  readonly answer: (answer: DateFormatAnswer) => FeedbackReportResult;

  constructor(question: DateFormatQuestion, answer: (answer: DateFormatAnswer) => FeedbackReportResult) {
    super('date-format', { ...question.params }, question.messageKey);
    this.name = 'DateFormatError';
    this.question = question;
    this.answer = answer;
  }
}

/** `marketplace.amazon.co.uk` → UK's id, for every marketplace of the table. */
const ALIAS_DOMAINS: ReadonlyMap<string, string> = new Map(MARKETPLACES.map((m) => [`marketplace.${m.domain}`, m.id]));

/**
 * The marketplace named by most rater e-mail aliases, if at least 80 % of the aliases with a known domain name
 * it; else null (no aliases, or a mix).
 */
export function marketplaceFromAliases(domains: ReadonlyMap<string, number>): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const [domain, n] of domains) {
    const id = ALIAS_DOMAINS.get(domain);
    if (!id) continue;
    counts.set(id, (counts.get(id) ?? 0) + n);
    total += n;
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [id, n] of counts) {
    if (n > bestN) {
      best = id;
      bestN = n;
    }
  }
  return best && bestN >= total * 0.8 ? best : null;
}

/** `amazon.co.uk` for UK's id; the id itself for one the table lacks; '' for null. */
export const marketplaceDomain = (id: string | null): string =>
  id ? (MARKETPLACES.find((m) => m.id === id)?.domain ?? id) : '';

export type DateDecision =
  | { dateFormat: ReportDateFormat; fileMarketplaceId: string | null }
  | { question: DateFormatQuestion; fileMarketplaceId: string | null };

/**
 * Settles the date format of a parsed file (`dates`: raw date text → rows; `domains`: rater e-mail domain →
 * rows) for the marketplace selected. See the module comment.
 */
export function decideDateFormat(
  evidence: { dates: ReadonlyMap<string, number>; domains: ReadonlyMap<string, number> },
  opts: { marketplaceId: string; dateFormat?: ReportDateFormat; askIfAmbiguous?: boolean; now?: Date | number },
): DateDecision {
  const fileMarketplaceId = marketplaceFromAliases(evidence.domains);
  if (opts.dateFormat) return { dateFormat: opts.dateFormat, fileMarketplaceId };
  const selected = opts.marketplaceId;
  const selectedFormat = reportFormatFor(selected)!.dateFormat;
  let total = 0;
  for (const n of evidence.dates.values()) total += n;
  if (total === 0) return { dateFormat: selectedFormat, fileMarketplaceId };

  const now = opts.now === undefined ? Date.now() : typeof opts.now === 'number' ? opts.now : opts.now.getTime();
  // A day of slack: the report's dates are in the marketplace's time zone.
  const latest = utcDay(now + DAY_MS);
  const read = (raw: string, f: ReportDateFormat): string | null => {
    const iso = parseReportDate(raw, f);
    return iso !== null && iso <= latest ? iso : null;
  };
  const readable = new Map<ReportDateFormat, number>();
  for (const f of FORMATS) {
    let n = 0;
    for (const [raw, count] of evidence.dates) if (read(raw, f) !== null) n += count;
    readable.set(f, n);
  }
  const best = Math.max(...readable.values());
  let candidates = best > 0 ? FORMATS.filter((f) => readable.get(f) === best) : [];
  if (candidates.length > 1) {
    // A report's dates lie close together. Read the wrong way, D/M/YY as YY/M/D (or back) turns days into years
    // and spreads them over many: a reading spanning over a year more than the tightest one is not the file's.
    const span = (f: ReportDateFormat): number => {
      let min = Infinity;
      let max = -Infinity;
      for (const raw of evidence.dates.keys()) {
        const iso = read(raw, f);
        if (iso === null) continue;
        const t = Date.parse(iso);
        if (t < min) min = t;
        if (t > max) max = t;
      }
      return max - min;
    };
    const spans = new Map(candidates.map((f) => [f, span(f)]));
    const tightest = Math.min(...spans.values());
    candidates = candidates.filter((f) => spans.get(f)! <= tightest + 366 * DAY_MS);
  }
  const fileFormat = fileMarketplaceId ? reportFormatFor(fileMarketplaceId)!.dateFormat : null;

  let reason: DateFormatQuestion['reason'] | null = null;
  if (fileMarketplaceId && fileMarketplaceId !== selected) reason = 'marketplace';
  else if (fileMarketplaceId) reason = candidates.includes(selectedFormat) || best === 0 ? null : 'dates';
  else if (candidates.length === 0 || (candidates.length === 1 && candidates[0] === selectedFormat)) reason = null;
  else if (!candidates.includes(selectedFormat)) reason = 'dates';
  else if (opts.askIfAmbiguous) reason = 'ambiguous';
  if (reason === null) return { dateFormat: selectedFormat, fileMarketplaceId };

  // The readings: the file's marketplace, the selected one, then the other formats that read best.
  const options: DateFormatOption[] = [];
  const add = (f: ReportDateFormat, marketplaceId: string | null) => {
    if ((readable.get(f) ?? 0) === 0) return;
    if (options.some((o) => o.dateFormat === f && (o.marketplaceId === marketplaceId || marketplaceId === null)))
      return;
    options.push({ dateFormat: f, marketplaceId, dates: [], rows: readable.get(f)! });
  };
  if (fileFormat) add(fileFormat, fileMarketplaceId);
  add(selectedFormat, selected);
  for (const f of candidates) add(f, null);
  if (options.length === 0) return { dateFormat: selectedFormat, fileMarketplaceId };

  // Samples: dates whose readings differ first, in file order.
  const raws = [...evidence.dates.keys()].filter((raw) => options.some((o) => read(raw, o.dateFormat) !== null));
  const differs = (raw: string) => new Set(options.map((o) => read(raw, o.dateFormat))).size > 1;
  const samples = [...raws.filter(differs), ...raws.filter((r) => !differs(r))].slice(0, 3);
  for (const o of options) o.dates = samples.map((raw) => read(raw, o.dateFormat));

  return {
    question: {
      reason,
      selectedMarketplaceId: selected,
      fileMarketplaceId,
      samples,
      options,
      rows: total,
      messageKey: `importers.date-format.${reason}`,
      params: { file: marketplaceDomain(fileMarketplaceId), selected: marketplaceDomain(selected) },
    },
    fileMarketplaceId,
  };
}
