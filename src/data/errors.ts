/** Every failure an adapter reports (SPEC §4). */
export const ERROR_CODES = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'policy-violation',
  'rate-limited',
  'invalid-response',
  'server',
] as const;

export type SellerKitErrorCode = (typeof ERROR_CODES)[number];

export interface SellerKitErrorInit {
  /** HTTP status, when the failure came from HTTP. */
  status?: number;
  /** Policy reason codes (from `./policy.js`) behind a `policy-violation` or `conflict`. */
  reasons?: string[];
  /** Seconds to wait before retrying, from `Retry-After`. */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * The one error type adapters reject with. `code` is stable and machine-readable; `message` is English
 * developer text — elements show a localised message chosen by `code`, never `message`.
 */
export class SellerKitError extends Error {
  readonly code: SellerKitErrorCode;
  readonly status?: number;
  readonly reasons: string[];
  readonly retryAfter?: number;

  constructor(code: SellerKitErrorCode, message: string, init: SellerKitErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'SellerKitError';
    this.code = code;
    this.status = init.status;
    this.reasons = init.reasons ?? [];
    this.retryAfter = init.retryAfter;
  }

  /** Whether trying the same call again at once may succeed (`retryMode(this) === 'auto'`). */
  get retryable(): boolean {
    return retryMode(this) === 'auto';
  }

  toJSON(): { code: SellerKitErrorCode; message: string; reasons: string[] } {
    return { code: this.code, message: this.message, reasons: this.reasons };
  }
}

export function isSellerKitError(e: unknown): e is SellerKitError {
  return (
    e instanceof SellerKitError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'SellerKitError' &&
      typeof (e as { code?: unknown }).code === 'string')
  );
}

/** Statuses of a transient failure: the HTTP answers worth repeating the same request for. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * The kit's one answer to "may this failure be tried again?":
 * - `auto`: transient (`network`, `timeout`, and `rate-limited` / `server` unless the HTTP status says otherwise,
 *   e.g. 501 Not Implemented). The HTTP adapter repeats the call by itself (same idempotency key); the elements
 *   offer Retry.
 * - `manual`: the same answer is likely until something changes (`unauthorized` until the user signs in again,
 *   `conflict` and `not-found` of a read until the data is reloaded, `invalid-response`): never repeated
 *   automatically, but the elements offer Retry.
 * - `never`: the answer cannot change (`forbidden`, `policy-violation` — "you may not"; and `not-found` of a
 *   write: what it writes to is gone). No Retry.
 */
export function retryMode(
  e: Pick<SellerKitError, 'code' | 'status'>,
  op: 'read' | 'write' = 'read',
): 'auto' | 'manual' | 'never' {
  switch (e.code) {
    case 'network':
    case 'timeout':
      return 'auto';
    case 'rate-limited':
    case 'server':
      return e.status === undefined || TRANSIENT_STATUSES.has(e.status) ? 'auto' : 'manual';
    case 'forbidden':
    case 'policy-violation':
      return 'never';
    case 'not-found':
      return op === 'write' ? 'never' : 'manual';
    default:
      return 'manual';
  }
}

/** A bug in code (the kit's, a host's, an adapter's), not a failure of the data source. */
function isProgrammerError(e: unknown): boolean {
  return e instanceof TypeError || e instanceof ReferenceError || e instanceof RangeError;
}

/**
 * Turns anything thrown into a SellerKitError (an abort stays an AbortError: callers ignore those).
 *
 * SPEC §4 fixes the set of codes, so anything that is not a SellerKitError gets the closest one,
 * `invalid-response` ("the kit could not use what it got"). A programmer's error (a `TypeError`, `ReferenceError`
 * or `RangeError` raised by the page's own code, not by an adapter) keeps that code too, but `isInternalError` tells
 * it apart from the raw error, and elements say "an error in this page's code" rather than "the server sent data
 * the kit could not read". The original error stays the `cause`, with its stack, for developers.
 */
export function toSellerKitError(e: unknown): SellerKitError {
  if (isSellerKitError(e)) return e;
  return new SellerKitError('invalid-response', e instanceof Error ? e.message : String(e), { cause: e });
}

/**
 * A failure that is a bug in the page's own code: a `TypeError`, `ReferenceError` or `RangeError` that reached an
 * element raw. (What an adapter throws arrives as a SellerKitError — `guardAdapter` — and is never internal.)
 */
export function isInternalError(e: unknown): boolean {
  return !isSellerKitError(e) && isProgrammerError(e);
}

export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}
