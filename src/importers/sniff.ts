import { asBytes, type ReportInput } from './decode.js';
import { readFeedbackHeader } from './feedback.js';

export type ReportKind = 'seller-feedback' | 'seller-performance' | 'unknown';

const PREFIX_BYTES = 64 * 1024;

/** Whether text starts (after blank lines) with a Seller Feedback report header. */
export function looksLikeFeedbackReport(text: string): boolean {
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const line = text.slice(pos, nl).trim();
    pos = nl + 1;
    if (line === '') continue;
    return readFeedbackHeader(line) !== null;
  }
  return false;
}

function kindOf(text: string, complete: boolean): ReportKind | null {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || c === 32 || c === 9 || c === 10 || c === 13) i++;
    else break;
  }
  const first = text.charAt(i);
  if (first === '{') {
    if (text.includes('"performanceMetrics"') || text.includes('"accountStatuses"')) return 'seller-performance';
    return complete ? 'unknown' : null;
  }
  if (first === '[') return 'unknown';
  // Only the header line matters; it lies within the prefix.
  return looksLikeFeedbackReport(text.slice(i, i + PREFIX_BYTES)) ? 'seller-feedback' : 'unknown';
}

/**
 * Tells which Amazon report a dropped file holds, from its first bytes: `seller-feedback` (a tab-separated
 * header with Date, Rating and Order ID), `seller-performance` (JSON naming `performanceMetrics` or
 * `accountStatuses`) or `unknown`. It does not validate the whole file; the parsers do.
 */
export function sniffReport(input: ReportInput): ReportKind {
  let bytes: Uint8Array | null;
  try {
    bytes = asBytes(input);
  } catch {
    return 'unknown';
  }
  if (bytes === null) return kindOf(input as string, true) ?? 'unknown';
  // The header and the JSON keys are ASCII: a lenient UTF-8 decode of a prefix is enough to tell.
  const decoder = new TextDecoder('utf-8');
  const complete = bytes.byteLength <= PREFIX_BYTES;
  const kind = kindOf(decoder.decode(complete ? bytes : bytes.subarray(0, PREFIX_BYTES)), complete);
  if (kind !== null) return kind;
  return kindOf(decoder.decode(bytes), true) ?? 'unknown';
}
