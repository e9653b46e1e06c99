/**
 * Amazon report importers (`./importers.js`): parse the Seller Feedback report and the Account Health report
 * into the kit's models, sniff which one a dropped file is, and write feedback back in Amazon's report format.
 */
export { parseSellerFeedbackReport, parseSellerFeedbackReportAsync, normalizeHeader } from './feedback.js';
export type { ParseFeedbackOptions, ParseFeedbackAsyncOptions, FeedbackReportResult } from './feedback.js';
export { DateFormatError, decideDateFormat, marketplaceFromAliases, marketplaceDomain } from './date-detect.js';
export type { DateFormatQuestion, DateFormatOption, DateFormatAnswer } from './date-detect.js';
export { parseSellerPerformanceReport, normalizeTimestamp, warningTitle } from './performance.js';
export type { ParsePerformanceOptions } from './performance.js';
export { sniffReport } from './sniff.js';
export type { ReportKind } from './sniff.js';
export { formatSellerFeedbackReport, FEEDBACK_REPORT_HEADER } from './export.js';
export { ReportError } from './errors.js';
export type { ReportErrorCode, ReportProblem, ReportParams } from './errors.js';
export { REPORT_FORMATS, reportFormatFor, parseReportDate, formatReportDate } from './date-formats.js';
export type { ReportDateFormat, MarketplaceReportFormat } from './date-formats.js';
export { DEFAULT_MAX_BYTES, decodeWindows1252, gunzipReport, isGzip, readReportHead } from './decode.js';
export type { ReportInput } from './decode.js';
export { createReportAdapter, type ReportAdapter, type ReportAdapterOptions } from './report-adapter.js';
