/**
 * What `createHttpAdapter` checks and fixes when it is called. A module of its own because both the lazy shell
 * (./http-adapter.js) and the implementation (./http-client.js, for its eager variant) need it, and the
 * implementation must not import the shell.
 */
import type { HttpAdapterOptions } from './http-adapter.js';

export interface HttpClientInit {
  /** `baseUrl` without trailing slashes. */
  base: string;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxRetryAfterMs: number;
}

/** Checks `options` (a missing `baseUrl` throws a `TypeError`) and reads the numbers now. */
export function fixHttpOptions(options: HttpAdapterOptions): HttpClientInit {
  if (!options || typeof options.baseUrl !== 'string') throw new TypeError('createHttpAdapter: baseUrl is required');
  return {
    base: options.baseUrl.replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: Math.max(0, options.retries ?? 2),
    retryDelayMs: options.retryDelayMs ?? 300,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
  };
}
