/**
 * `createHttpAdapter` — a `SellerKitAdapter` that speaks the REST contract of SPEC §5 (`openapi.yaml`).
 *
 * - Timeouts per attempt (`timeoutMs`, default 15 000) → `SellerKitError('timeout')`.
 * - Caller aborts (`signal`) → a `DOMException` named `AbortError`, never retried.
 * - Retries (`retries`, default 2) with exponential backoff and jitter on network errors, timeouts, 429 and
 *   500/502/503/504, for reads and mutations alike: every mutation carries an `Idempotency-Key` (the caller's
 *   `idempotencyKey` or a generated UUID), the same key on every attempt. `Retry-After` (seconds or an HTTP
 *   date) is honoured; when it asks for longer than `maxRetryAfterMs` (default 30 000) the call fails at once
 *   with `rate-limited` and `retryAfter` instead of waiting.
 * - Status → code: 401 unauthorized, 403 forbidden, 404/410 not-found, 408 timeout, 409 conflict,
 *   422 policy-violation, 429 rate-limited, 5xx server. 400: the body's `error.code` when it is one of the
 *   kit's non-transport codes (e.g. `policy-violation`), else `invalid-response` (client and server disagree
 *   on the contract). Any other status → `invalid-response`. `error.reasons` → `SellerKitError.reasons`.
 * - Every 2xx body is parsed and validated (`./validate.js`); non-JSON or wrongly shaped → `invalid-response`.
 * - No logging at all; header values never appear in errors.
 *
 * - Agency workspace (SPEC §8): `listAccounts()` is `GET /accounts`; `forAccount(id)` is, synchronously, the same
 *   client with every path of §5 under `/accounts/{id}` (the id URL-encoded), the same object for the same id.
 *
 * - Capabilities (SPEC §9): `GET /session` carries what the backend offers an API for (`capabilities`, e.g.
 *   `postFeedbackReply: 'manual'` over Amazon); the adapter's `capabilities` are the last ones its session carried
 *   (each account's adapter its own), with the `capabilities` option on top. Unknown actions or modes are ignored;
 *   a `capabilities` that is not an object of strings is `invalid-response`. The returned `Session` has no
 *   `capabilities` field.
 * - Review counts (issue 21): `countReviews(q)` is `GET /reviews/counts` with the filters of `GET /reviews` (no sort
 *   or paging); a server answering 404 there cannot count: the call resolves `undefined` (no counts, no error) and
 *   the client stops asking. A malformed body is `invalid-response` like any other.
 *
 * - Activity log (SPEC §8): `listActivity(q)` is `GET /activity` (repeated `type=`, `from`, `to`, `targetId`,
 *   `offset`, `limit`), `recordActivity(entry)` is `POST /activity` (201 with the `Activity`), both also under
 *   `/accounts/{id}`. The server records every mutation it answers. A mutation the server never answered
 *   (`network`, `timeout`, `rate-limited`, `server`, `unauthorized`, after the retries) is kept by the adapter as a
 *   `failed` activity (text and linter findings included), handed to the server with `POST /activity` before the next
 *   `listActivity` / `recordActivity`, and merged by time into `listActivity`'s pages while the server cannot take it.
 *   Such records live in the adapter object: a page reload before the server took them loses them.
 *
 * This module is the small synchronous shell (option checks); the implementation (./http-client.js, with the
 * response validators of ./validate.js and the query-string builders) loads with `import()` on the first call.
 */
import { forwardAdapter, lazyAdapter } from './lazy-adapter.js';
import { loadCode } from './load-code.js';
import type { SellerKitAdapter } from './models.js';
import { fixHttpOptions, type HttpAdapterOptions } from './http-options.js';

export type { HeadersSource, HttpAdapterOptions } from './http-options.js';

/**
 * Creates the HTTP adapter: options are checked (a missing `baseUrl` throws a `TypeError`) and fixed now
 * (./http-options.js); the implementation (./http-client.js, with the response validators) loads on the first call.
 */
export function createHttpAdapter(options: HttpAdapterOptions): SellerKitAdapter {
  const fixed = fixHttpOptions(options);
  const lazy = lazyAdapter(
    () => loadCode(import('./http-client.js')).then((m) => m.createHttpClient(options, fixed)),
    // SPEC §8: `GET /accounts`, and `forAccount(id)`, the same client under `/accounts/{id}` (at once, synchronously).
    // SPEC §8 activity log; SPEC §9: `POST /feedback/{id}/buyer-removal-request` (a backend without one of these
    // answers 404 `not-found`).
    // SPEC §9: `capabilities` are those the session carried (`options.capabilities` on top; those alone before the
    // implementation has loaded), read through on every access. Issue 21: `GET /reviews/counts` (a backend without
    // it: no counts, `countReviews` resolves undefined).
    {
      accounts: true,
      methods: ['listActivity', 'recordActivity', 'askBuyerToRemoveFeedback', 'countReviews'],
      ...(options.capabilities ? { capabilities: options.capabilities } : {}),
    },
  );
  // A list query is read when the call is made, as before the implementation loaded lazily: a caller changing
  // its query object (or its arrays) afterwards changes nothing.
  const copy = <T>(v: T): T => (Array.isArray(v) ? ([...v] as T) : v);
  const copying = (a: SellerKitAdapter, extra: Partial<SellerKitAdapter> = {}) =>
    forwardAdapter(a, {
      listReviews: (q, o) => a.listReviews(q && { ...q, ratings: copy(q.ratings), brandIds: copy(q.brandIds) }, o),
      countReviews: (q, o) => a.countReviews!(q && { ...q, ratings: copy(q.ratings), brandIds: copy(q.brandIds) }, o),
      listFeedback: (q, o) => a.listFeedback(q && { ...q }, o),
      ...extra,
    });
  const scoped = new Map<string, SellerKitAdapter>();
  return copying(lazy, {
    forAccount: (accountId) => {
      const id = String(accountId);
      let one = scoped.get(id);
      if (!one) {
        // A scoped adapter has no accounts of its own (lazyAdapter's scoped adapters have none).
        one = copying(lazy.forAccount!(id));
        scoped.set(id, one);
      }
      return one;
    },
  });
}
