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

  /** Whether trying the same call again may succeed. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout' || this.code === 'rate-limited' || this.code === 'server';
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

/** Turns anything thrown into a SellerKitError (an abort stays an AbortError: callers ignore those). */
export function toSellerKitError(e: unknown): SellerKitError {
  if (isSellerKitError(e)) return e;
  return new SellerKitError('invalid-response', e instanceof Error ? e.message : String(e), { cause: e });
}

export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}
