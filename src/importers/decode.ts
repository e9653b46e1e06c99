import { ReportError } from './errors.js';

/** Default size guard: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export type ReportInput = string | ArrayBuffer | Uint8Array;

export interface DecodedText {
  text: string;
  /** The encoding the text was decoded with (`'string'` when the input already was a string). */
  encoding: string;
}

const mib = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function tooLarge(bytes: number, maxBytes: number): ReportError {
  return new ReportError('too-large', { bytes, maxBytes, sizeMiB: mib(bytes), maxMiB: mib(maxBytes) });
}

/** UTF-8 length of a string, counting no further than just past `limit`. */
function utf8LengthUpTo(s: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of an input, or `null` for a string; anything else is not a report. */
export function asBytes(input: unknown): Uint8Array | null {
  if (typeof input === 'string') return null;
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new ReportError('wrong-file', {}, 'importers.wrong-file');
}

/**
 * Enforces the size guard before anything is decoded. A string is measured in UTF-8 bytes (what the file
 * held), exactly but only as far as needed.
 */
export function checkSize(input: string | Uint8Array, maxBytes: number): void {
  if (typeof input === 'string') {
    // More UTF-16 units than allowed bytes: too large already (the length is a lower bound of the bytes).
    if (input.length > maxBytes) throw tooLarge(input.length, maxBytes);
    if (input.length * 3 > maxBytes) {
      const n = utf8LengthUpTo(input, maxBytes);
      if (n > maxBytes) throw tooLarge(n, maxBytes);
    }
  } else if (input.byteLength > maxBytes) {
    throw tooLarge(input.byteLength, maxBytes);
  }
}

function decodeWith(bytes: Uint8Array, label: string): string | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new ReportError('decode', { encoding: label });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** `utf-16le` / `utf-16be` for bytes that start with that byte order mark (Excel's "Unicode Text"), else null. */
export function utf16Bom(bytes: Uint8Array): string | null {
  const a = bytes[0];
  const b = bytes[1];
  return a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : null;
}

/**
 * Turns report input into text, BOM removed.
 *
 * - a string is used as given;
 * - bytes with an explicit `encoding` are decoded strictly in it (invalid bytes → `ReportError('decode')`);
 *   note that per the WHATWG Encoding Standard `iso-8859-1` is decoded as `windows-1252`;
 * - bytes without one that start with a UTF-16 byte order mark are UTF-16 (Excel saves "Unicode Text" so);
 * - other bytes are tried as UTF-8 and, if not valid UTF-8, decoded as `fallback` (Shift_JIS for the JP
 *   marketplace, else windows-1252, which maps every byte: nothing is lost). A Shift_JIS fallback that fails
 *   in turn falls back to windows-1252.
 */
export function decodeInput(
  input: unknown,
  opts: { maxBytes?: number; encoding?: string; fallback?: string } = {},
): DecodedText {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = asBytes(input);
  if (bytes === null) {
    const s = input as string;
    checkSize(s, maxBytes);
    return { text: s.charCodeAt(0) === 0xfeff ? s.slice(1) : s, encoding: 'string' };
  }
  checkSize(bytes, maxBytes);
  let text: string | null;
  let encoding: string;
  if (opts.encoding) {
    encoding = opts.encoding.trim().toLowerCase();
    text = decodeWith(bytes, encoding);
    if (text === null) throw new ReportError('decode', { encoding: opts.encoding });
  } else {
    encoding = utf16Bom(bytes) ?? 'utf-8';
    text = decodeWith(bytes, encoding);
    if (text === null) {
      encoding = opts.fallback ?? 'windows-1252';
      text = decodeWith(bytes, encoding);
      if (text === null) {
        encoding = 'windows-1252';
        text = decodeWith(bytes, encoding) ?? '';
      }
    }
  }
  // TextDecoder drops a UTF-8 BOM itself; strip one that survived (e.g. a BOM in windows-1252 bytes is
  // mojibake and is left alone, only U+FEFF is removed).
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding };
}
