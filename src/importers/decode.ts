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

/**
 * windows-1252 bytes 0x80–0x9F → Unicode (WHATWG Encoding Standard index). The kit maps them itself: Node's
 * `TextDecoder('windows-1252')` (20.18.3+, 22.13+, 24) decodes them as ISO-8859-1 C1 controls, so curly quotes,
 * dashes, € and ™ became invisible (nodejs/node#56542, #60888). Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * map to the same code point, as the standard says.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes windows-1252 bytes (every byte maps to a character: never fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 0x2000;
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  let out = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const n = end - start;
    for (let i = 0; i < n; i++) {
      const b = bytes[start + i]!;
      units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode.apply(null, (n === units.length ? units : units.subarray(0, n)) as unknown as number[]);
  }
  return out;
}

/** A streaming decoder: `decode(bytes, true)` for every slice but the last. */
export interface SliceDecoder {
  readonly encoding: string;
  /** Throws a `TypeError` on invalid bytes (fatal decoding). */
  decode(bytes: Uint8Array, stream: boolean): string;
}

/** The WHATWG name of an encoding label (`latin1`, `iso-8859-1`, `cp1252` → `windows-1252`), or null if unknown. */
function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** A fatal streaming decoder for a label; windows-1252 (and its aliases) by the kit's own table. */
export function sliceDecoder(label: string): SliceDecoder {
  const encoding = canonicalEncoding(label.trim().toLowerCase());
  if (encoding === null) throw new ReportError('decode', { encoding: label });
  if (encoding === 'windows-1252') return { encoding, decode: (bytes) => decodeWindows1252(bytes) };
  const decoder = new TextDecoder(encoding, { fatal: true });
  return { encoding, decode: (bytes, stream) => decoder.decode(bytes, { stream }) };
}

function decodeWith(bytes: Uint8Array, label: string): string | null {
  const decoder = sliceDecoder(label);
  try {
    return decoder.decode(bytes, false);
  } catch {
    return null;
  }
}

/** Whether bytes start with the gzip magic number (a `.gz` download of a report document). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip bytes with the platform's `DecompressionStream` (browsers, Node 18+, Deno, Bun): Amazon's
 * report documents are gzip-compressed when `compressionAlgorithm` is `GZIP`, and saving the download URL keeps
 * them so. Bytes that are not gzip are returned as they are. Output over `maxBytes` stops with `too-large`, a
 * damaged or cut-off archive with `decode` (`{encoding: 'gzip'}`); `signal` aborts.
 */
export async function gunzipReport(
  input: Uint8Array,
  opts: { maxBytes?: number; signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  if (!isGzip(input)) return input;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof DecompressionStream !== 'function') throw new ReportError('decode', { encoding: 'gzip' });
  const stream = new Blob([input as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      opts.signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel();
        throw tooLarge(total, maxBytes);
      }
      parts.push(value);
    }
  } catch (e) {
    if (e instanceof ReportError || (e as Error)?.name === 'AbortError') throw e;
    throw new ReportError('decode', { encoding: 'gzip' });
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
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

/** Receives decoded text slice by slice; `restart` drops what it was given (the encoding changed). */
export interface TextSink {
  push(text: string, final: boolean): void;
  restart(): void;
}

/** Bytes (or UTF-16 units of a string) decoded per slice. */
export const SLICE_SIZE = 64 * 1024;

/**
 * Decodes report input slice by slice into `sink`, yielding the fraction done after each slice, and returns the
 * encoding used. The rules are those of {@link decodeInput}. Slices keep every step short, so a caller can give the
 * page a turn between them. When UTF-8 turns out to be wrong part-way, decoding goes on in the fallback encoding
 * from that slice if everything before was ASCII (identical in both), else `sink.restart()` is called and the
 * input is decoded again from the start.
 */
export function* decodeSlices(
  input: unknown,
  sink: TextSink,
  opts: { maxBytes?: number; encoding?: string; fallback?: string; sliceSize?: number } = {},
): Generator<number, string> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = opts.sliceSize ?? SLICE_SIZE;
  const bytes = asBytes(input);
  if (bytes === null) {
    const s = input as string;
    checkSize(s, maxBytes);
    const from = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (s.length <= from) sink.push('', true);
    for (let i = from; i < s.length; i += size) {
      const end = Math.min(s.length, i + size);
      sink.push(s.slice(i, end), end === s.length);
      if (end < s.length) yield end / s.length;
    }
    return 'string';
  }
  checkSize(bytes, maxBytes);
  if (isGzip(bytes)) throw new ReportError('compressed');
  const labels = opts.encoding
    ? [opts.encoding]
    : [utf16Bom(bytes) ?? 'utf-8', opts.fallback ?? 'windows-1252', 'windows-1252'];
  let attempt = 0;
  let start = 0;
  let decoder = sliceDecoder(labels[0]!);
  let ascii = true;
  let first = true;
  if (bytes.length === 0) sink.push('', true);
  while (start < bytes.length) {
    const end = Math.min(bytes.length, start + size);
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(start, end), end < bytes.length);
    } catch {
      if (opts.encoding) throw new ReportError('decode', { encoding: opts.encoding });
      do attempt++;
      while (attempt < labels.length - 1 && canonicalEncoding(labels[attempt]!) === decoder.encoding);
      decoder = sliceDecoder(labels[attempt]!);
      if (!ascii) {
        sink.restart();
        start = 0;
        ascii = true;
        first = true;
      }
      continue;
    }
    // Every byte so far was ASCII when every byte gave one UTF-16 unit (UTF-8 only: other decoders never switch).
    if (ascii && text.length !== end - start) ascii = false;
    if (first) {
      // TextDecoder drops a UTF-8 / UTF-16 BOM itself; a U+FEFF that survived (own decoders) is removed here.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    sink.push(text, end === bytes.length);
    start = end;
    if (end < bytes.length) yield end / bytes.length;
  }
  return decoder.encoding;
}

/** What {@link decodeBlob} reads its chunks through. */
interface ChunkReader {
  read(): Promise<ReadableStreamReadResult<Uint8Array>>;
  cancel(reason?: unknown): Promise<void>;
}

/**
 * Decodes a `Blob` (a dropped `File`) as it streams, chunk by chunk, into `sink`, with the rules of
 * {@link decodeSlices}: gzip (by its magic number) is decompressed on the way, the whole file is never held as one
 * buffer. Calls `step(fraction)` after each chunk (the fraction of the file read) and awaits it, so the caller can
 * give the page a turn. Returns the encoding used and whether the file was compressed. A file that yields more
 * bytes than its size (it changed since it was picked) throws a `NotReadableError` `DOMException`.
 */
export async function decodeBlob(
  blob: Blob,
  sink: TextSink,
  step: (fraction: number) => Promise<void> | void,
  opts: { maxBytes?: number; encoding?: string; fallback?: string; signal?: AbortSignal; sliceSize?: number } = {},
): Promise<{ encoding: string; compressed: boolean }> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const total = Math.max(1, blob.size);
  let read = 0;
  let compressed = false;
  const open = async (): Promise<ChunkReader> => {
    read = 0;
    const raw = blob.stream().getReader();
    const first = await raw.read();
    const head = first.done ? new Uint8Array(0) : first.value;
    compressed = isGzip(head);
    if (!compressed) {
      // Plain bytes are read from the file's own stream (a second stream around it cost a turn of its machinery
      // per chunk): the chunk already read first, then the rest, counted.
      let pending: Uint8Array | null = head.byteLength ? head : null;
      let ended = first.done;
      read += head.byteLength;
      return {
        async read() {
          if (pending) {
            const value = pending;
            pending = null;
            return { done: false, value };
          }
          if (ended) return { done: true, value: undefined };
          const r = await raw.read();
          if (r.done) {
            ended = true;
            return r;
          }
          read += r.value.byteLength;
          if (read > blob.size) {
            void raw.cancel();
            throw new DOMException('File changed', 'NotReadableError');
          }
          return r;
        },
        cancel: (reason?: unknown) => raw.cancel(reason),
      };
    }
    // The chunk already read goes first, then the rest, counting the file's own bytes for the progress.
    const counted = new ReadableStream<Uint8Array>({
      start(c) {
        if (head.byteLength) {
          read += head.byteLength;
          c.enqueue(head);
        }
        if (first.done) c.close();
      },
      async pull(c) {
        const { done, value } = await raw.read();
        if (done) c.close();
        else {
          read += value.byteLength;
          if (read > blob.size) {
            void raw.cancel();
            c.error(new DOMException('File changed', 'NotReadableError'));
            return;
          }
          c.enqueue(value);
        }
      },
      cancel: (reason) => raw.cancel(reason),
    });
    return (counted as unknown as ReadableStream<BufferSource>)
      .pipeThrough(new DecompressionStream('gzip'))
      .getReader() as ReadableStreamDefaultReader<Uint8Array>;
  };

  let reader = await open();
  let labels: string[] | null = null;
  let attempt = 0;
  let decoder: SliceDecoder | null = null;
  let ascii = true;
  let first = true;
  let size = 0;
  /** Decodes with the current decoder, falling back further while it fails (windows-1252 never does). */
  const decodeFalling = (bytes: Uint8Array, stream: boolean): string => {
    for (;;) {
      try {
        return decoder!.decode(bytes, stream);
      } catch {
        attempt++;
        decoder = sliceDecoder(labels![Math.min(attempt, labels!.length - 1)]!);
      }
    }
  };
  try {
    return await pump();
  } catch (e) {
    // Stopped (cancelled, too large, undecodable): the file is not read any further.
    reader.cancel().catch(() => undefined);
    throw e;
  }

  async function pump(): Promise<{ encoding: string; compressed: boolean }> {
    const slice = opts.sliceSize ?? SLICE_SIZE;
    reading: for (;;) {
      opts.signal?.throwIfAborted();
      let chunk: Uint8Array | null;
      try {
        const r = await reader.read();
        chunk = r.done ? null : r.value;
      } catch (e) {
        if (e instanceof DOMException && e.name === 'NotReadableError') throw e;
        if (compressed) throw new ReportError('decode', { encoding: 'gzip' });
        throw e;
      }
      if (chunk) {
        size += chunk.byteLength;
        if (size > maxBytes) throw tooLarge(size, maxBytes);
      }
      const whole = chunk ?? new Uint8Array(0);
      if (!labels) {
        labels = opts.encoding
          ? [opts.encoding]
          : [utf16Bom(whole) ?? 'utf-8', opts.fallback ?? 'windows-1252', 'windows-1252'];
        decoder = sliceDecoder(labels[0]!);
      }
      // A chunk can be megabytes: it is decoded and parsed in slices, with a turn for the page between them.
      for (let i = 0; i < whole.byteLength || (chunk === null && i === 0); i += slice) {
        const bytes = whole.subarray(i, i + slice);
        const last = chunk === null;
        let text: string;
        try {
          text = decoder!.decode(bytes, !last);
        } catch {
          if (opts.encoding) throw new ReportError('decode', { encoding: opts.encoding });
          do attempt++;
          while (attempt < labels.length - 1 && canonicalEncoding(labels[attempt]!) === decoder!.encoding);
          decoder = sliceDecoder(labels[attempt]!);
          if (!ascii) {
            // Decoded wrongly so far: start again in the new encoding.
            reader.cancel().catch(() => undefined);
            sink.restart();
            reader = await open();
            size = 0;
            ascii = true;
            first = true;
            continue reading;
          }
          text = decodeFalling(bytes, !last);
        }
        if (ascii && text.length !== bytes.byteLength) ascii = false;
        if (first && text !== '') {
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          first = false;
        }
        sink.push(text, last);
        if (last) break reading;
        await step(Math.min(1, (read - whole.byteLength + i + bytes.byteLength) / total));
      }
    }
    return { encoding: decoder!.encoding, compressed };
  }
}

function concat(parts: Uint8Array[], n: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(n);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** Up to about `n` bytes from the start of a stream (all of it when shorter); `tooMany` checks the count read. */
async function readUpTo(stream: ReadableStream<Uint8Array>, n: number, tooMany?: (read: number) => boolean) {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let read = 0;
  try {
    while (read < n) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      if (tooMany?.(read)) throw new DOMException('File changed', 'NotReadableError');
      parts.push(value);
    }
  } catch (e) {
    // A gzip stream cut off by the head's own end: what decoded is kept.
    if (!tooMany)
      return concat(
        parts,
        parts.reduce((s, p) => s + p.byteLength, 0),
      );
    throw e;
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return concat(parts, read);
}

/**
 * The first `n` bytes (at most) of a report file's content, read as the browser streams it — decompressed when the
 * file is gzip — to tell which report it is without reading it whole. A file that yields more bytes than its size
 * (changed since it was picked) throws a `NotReadableError` `DOMException`.
 */
export async function readReportHead(blob: Blob, n = 64 * 1024): Promise<Uint8Array> {
  const head = await readUpTo(blob.stream(), n, (read) => read > blob.size);
  // A disk-backed file can come in chunks of megabytes: only the first `n` bytes are looked at (and decoded).
  if (!isGzip(head)) return head.subarray(0, n);
  const gz = new Blob([head as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return (await readUpTo(gz, n)).subarray(0, n);
}
