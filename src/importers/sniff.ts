import { asBytes, utf16Bom, type ReportInput } from './decode.js';
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

/** Inputs up to this size are sniffed exactly (JSON parsed); larger ones by their first bytes. */
const EXACT_LIMIT = 8 * 1024 * 1024;

function jsonKind(text: string, complete: boolean): ReportKind | null {
  if (complete && text.length <= EXACT_LIMIT) {
    try {
      const value: unknown = JSON.parse(text);
      const ok =
        typeof value === 'object' &&
        value !== null &&
        Array.isArray((value as { performanceMetrics?: unknown }).performanceMetrics);
      return ok ? 'seller-performance' : 'unknown';
    } catch {
      // Cut off or broken: fall through to the key search, the parser then says what is wrong.
    }
  }
  if (text.includes('"performanceMetrics"') || text.includes('"accountStatuses"')) return 'seller-performance';
  return complete ? 'unknown' : null;
}

function kindOf(text: string, complete: boolean): ReportKind | null {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || c === 32 || c === 9 || c === 10 || c === 13) i++;
    else break;
  }
  const first = text.charAt(i);
  if (first === '{') return jsonKind(text, complete);
  if (first === '[') return 'unknown';
  // Only the header line matters; it lies within the prefix.
  return looksLikeFeedbackReport(text.slice(i, i + PREFIX_BYTES)) ? 'seller-feedback' : 'unknown';
}

/**
 * Tells which Amazon report a dropped file holds: `seller-feedback` (a tab-, comma- or semicolon-separated header
 * with Date, Rating and Order ID), `seller-performance` (a JSON object with a `performanceMetrics` array; for files over 8 MiB,
 * or JSON that is cut off, one naming `performanceMetrics` or `accountStatuses` in its first 64 KiB)
 * or `unknown`. It does not validate rows; the parsers do.
 */
export function sniffReport(input: ReportInput): ReportKind {
  let bytes: Uint8Array | null;
  try {
    bytes = asBytes(input);
  } catch {
    return 'unknown';
  }
  if (bytes === null) return kindOf(input as string, true) ?? 'unknown';
  // The header and the JSON keys are ASCII: a lenient UTF-8 (or, after its BOM, UTF-16) decode is enough to tell.
  const decoder = new TextDecoder(utf16Bom(bytes) ?? 'utf-8');
  const complete = bytes.byteLength <= EXACT_LIMIT;
  const kind = kindOf(decoder.decode(complete ? bytes : bytes.subarray(0, PREFIX_BYTES)), complete);
  if (kind !== null) return kind;
  return 'unknown';
}
