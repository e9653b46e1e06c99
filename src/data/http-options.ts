/**
 * `createHttpAdapter`'s options, and what it checks and fixes when it is called. A module of its own because both
 * the lazy shell (./http-adapter.js, which re-exports the types) and the implementation (./http-client.js, for its
 * eager variant) need them, and the implementation must not import the shell.
 */

import type { AdapterCapabilities } from './models.js';

export type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface HttpAdapterOptions {
  /** Base URL of the REST API, absolute or relative to the page (`'/api'`). */
  baseUrl: string;
  /** Extra request headers, or a (sync or async) function returning them, called again for every attempt. */
  headers?: HeadersSource;
  /** A `fetch` implementation (default: the global one). */
  fetch?: typeof fetch;
  /** Per-attempt timeout in milliseconds (default 15 000; 0 disables it). */
  timeoutMs?: number;
  /** How many times a failed call is tried again (default 2). */
  retries?: number;
  /** Base backoff delay in milliseconds, doubled on every retry, with jitter (default 300). */
  retryDelayMs?: number;
  /** Longest `Retry-After` the adapter waits for by itself (default 30 000 ms). */
  maxRetryAfterMs?: number;
  /**
   * Who acts, for the activity records this adapter keeps itself (SPEC §8: a send that got no answer from the
   * server). Default: the session's `sellerName` once `getSession` has answered, else `''`.
   */
  actor?: string;
  /**
   * SPEC §9: what the backend offers an API for, per action, over what it says itself. The adapter's
   * `capabilities` are those `GET /session` carried (known once the session has loaded; undefined before, which
   * elements read as `'api'`), with these on top: `{ postFeedbackReply: 'manual' }` links that action to Seller
   * Central whatever the server says.
   */
  capabilities?: AdapterCapabilities;
}

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
