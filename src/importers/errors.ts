import en from '../i18n/en/importers.js';

export type ReportParams = Record<string, string | number>;

/** Codes of {@link ReportError}: the whole file cannot be imported. */
export type ReportErrorCode =
  | 'wrong-file'
  | 'empty'
  | 'too-large'
  | 'truncated'
  | 'invalid-json'
  | 'decode'
  | 'compressed'
  | 'unknown-marketplace'
  | 'date-format';

/** A problem with one row of a report; the row was skipped and the rest imported. */
export interface ReportProblem {
  /** 1-based physical line number in the file (the header is usually line 1). */
  line: number;
  /** `column-count` | `bad-date` | `bad-rating` | `missing-order-id`. */
  code: string;
  /** English text; a UI translates `messageKey` with `params` instead. */
  message: string;
  /** `importers.<code>` in the string tables (`src/i18n/<lang>/importers.ts`). */
  messageKey: string;
  params?: Record<string, string | number>;
}

/** Interpolates `{param}` placeholders into the English string of `key`. */
export function englishMessage(key: string, params: ReportParams = {}): string {
  const entry = (en as Record<string, string | { one?: string; other: string }>)[key];
  let text = entry === undefined ? key : typeof entry === 'string' ? entry : entry.other;
  if (typeof entry === 'object' && typeof params.count === 'number' && params.count === 1 && entry.one) {
    text = entry.one;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The file as a whole cannot be imported: it is not the expected report, empty, too large, cut off, not JSON,
 * or not decodable. `message` is English; `messageKey` + `params` are for the UI's string tables.
 */
export class ReportError extends Error {
  readonly code: ReportErrorCode;
  readonly messageKey: string;
  readonly params: ReportParams;

  constructor(code: ReportErrorCode, params: ReportParams = {}, messageKey = `importers.${code}`) {
    super(englishMessage(messageKey, params));
    this.name = 'ReportError';
    this.code = code;
    this.messageKey = messageKey;
    this.params = params;
  }
}

export function problem(line: number, code: string, params: ReportParams): ReportProblem {
  const messageKey = `importers.${code}`;
  return { line, code, message: englishMessage(messageKey, params), messageKey, params };
}
