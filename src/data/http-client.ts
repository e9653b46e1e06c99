/**
 * The HTTP adapter's implementation (requests, timeouts, retries, error mapping, response validation). It is a
 * module of its own so that it and the validators (./validate.js) load with `import()` on the first call of an
 * adapter made by `createHttpAdapter` (src/data/http-adapter.ts, which documents the behaviour): the main entry
 * and the CDN module carry only that small synchronous shell, and a page that never calls an HTTP adapter never
 * loads this. It must not import the shell (or ./lazy-adapter.js) at run time: lazily loaded code reaches it
 * directly.
 */
import { abortError, sleep } from './abort.js';
import { SellerKitError, retryMode, type SellerKitErrorCode } from './errors.js';
import { activityMatcher, makeActivity, mergeActivity, queryActivity, toActivityLint } from './activity.js';
import type {
  AccountHealth,
  AccountSummary,
  AdapterCapabilities,
  Activity,
  ActivityInput,
  ActivityQuery,
  ActivityType,
  CallOptions,
  ContactReason,
  Feedback,
  FeedbackQuery,
  FeedbackSummary,
  Page,
  RemovalReason,
  Review,
  ReviewCounts,
  ReviewQuery,
  SellerKitAdapter,
} from './models.js';
import {
  ShapeError,
  validateAccountHealth,
  validateAccountSummaries,
  validateActivity,
  validateActivityPage,
  validateFeedback,
  validateFeedbackPage,
  validateFeedbackSummary,
  validateReview,
  validateReviewCounts,
  validateReviewPage,
  validateSessionReply,
} from './validate.js';
import { fixHttpOptions, type HttpAdapterOptions, type HttpClientInit } from './http-options.js';

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';
type Query = [string, string][];

interface RequestSpec<T> {
  method: Method;
  path: string;
  query?: Query;
  body?: unknown;
  validate: (v: unknown) => T;
  options?: CallOptions;
}

/** Codes a 400 body may name; transport-level codes (network, timeout, server, rate-limited) are not trusted. */
const BODY_CODES_FOR_400 = new Set<SellerKitErrorCode>([
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'policy-violation',
  'invalid-response',
]);
/**
 * The abort reason of a timed-out attempt. An Error, not a symbol: WebKit never settles `response.text()` on a
 * ReadableStream body errored with a symbol (a Response that a custom `fetch` option builds), so a timeout
 * during a slow body would hang there instead of failing.
 */
const timeoutReason = () => new DOMException('The request timed out', 'TimeoutError');

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, Math.ceil((t - now) / 1000));
}

function statusCode(status: number, bodyCode: unknown): SellerKitErrorCode {
  switch (status) {
    case 400:
      return typeof bodyCode === 'string' && BODY_CODES_FOR_400.has(bodyCode as SellerKitErrorCode)
        ? (bodyCode as SellerKitErrorCode)
        : 'invalid-response';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 422:
      return 'policy-violation';
    case 429:
      return 'rate-limited';
    default:
      return status >= 500 && status <= 599 ? 'server' : 'invalid-response';
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorFromResponse(res: Response, text: string): SellerKitError {
  const parsed = parseJson(text) as { error?: { code?: unknown; message?: unknown; reasons?: unknown } } | undefined;
  const err =
    parsed && typeof parsed === 'object' && parsed.error && typeof parsed.error === 'object' ? parsed.error : {};
  const code = statusCode(res.status, err.code);
  const reasons = Array.isArray(err.reasons) ? err.reasons.filter((r): r is string => typeof r === 'string') : [];
  const message = typeof err.message === 'string' && err.message ? err.message : `HTTP ${res.status}`;
  const retryAfter =
    res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers.get('Retry-After')) : undefined;
  return new SellerKitError(code, message, { status: res.status, reasons, retryAfter });
}

/** Builds the query string of `GET /reviews` (SPEC §5: repeated `rating=` and `brandId=`). */
export function reviewQueryParams(q: ReviewQuery = {}): Query {
  const out: Query = [];
  for (const r of q.ratings ?? []) out.push(['rating', String(r)]);
  for (const b of q.brandIds ?? []) out.push(['brandId', b]);
  if (q.from) out.push(['from', q.from]);
  if (q.to) out.push(['to', q.to]);
  if (q.includeDone !== undefined) out.push(['includeDone', String(q.includeDone)]);
  if (q.search) out.push(['search', q.search]);
  if (q.sort) out.push(['sort', q.sort]);
  if (q.offset !== undefined) out.push(['offset', String(q.offset)]);
  if (q.limit !== undefined) out.push(['limit', String(q.limit)]);
  return out;
}

/** Builds the query string of `GET /feedback`. */
export function feedbackQueryParams(q: FeedbackQuery = {}): Query {
  const out: Query = [];
  if (q.category) out.push(['category', q.category]);
  if (q.from) out.push(['from', q.from]);
  if (q.to) out.push(['to', q.to]);
  if (q.sort) out.push(['sort', q.sort]);
  if (q.offset !== undefined) out.push(['offset', String(q.offset)]);
  if (q.limit !== undefined) out.push(['limit', String(q.limit)]);
  return out;
}

/** Builds the query string of `GET /activity` (SPEC §8: repeated `type=`). */
export function activityQueryParams(q: ActivityQuery = {}): Query {
  const out: Query = [];
  for (const t of q.types ?? []) out.push(['type', t]);
  if (q.from) out.push(['from', q.from]);
  if (q.to) out.push(['to', q.to]);
  if (q.targetId) out.push(['targetId', q.targetId]);
  if (q.offset !== undefined) out.push(['offset', String(q.offset)]);
  if (q.limit !== undefined) out.push(['limit', String(q.limit)]);
  return out;
}

/**
 * Failures after which the server gave no verdict of its own, so it recorded nothing: the request never reached
 * it (`network`, `timeout`), or was turned away before it ran (`rate-limited`, `server`, `unauthorized`). The
 * adapter keeps the evidence of such a send itself (see `createHttpClient`).
 */
const UNANSWERED: ReadonlySet<string> = new Set(['network', 'timeout', 'rate-limited', 'server', 'unauthorized']);

/**
 * The implementation behind `createHttpAdapter`: `fixed` is what the shell validated and computed at creation;
 * `options` is the caller's object, read on every attempt as before (`headers`, `fetch`). `account`: the client
 * account it is scoped to (SPEC §8: every path under `/accounts/{accountId}`), undefined for the adapter itself,
 * which alone has `listAccounts` (`GET /accounts`) and `forAccount`.
 */
export function createHttpClient(
  options: HttpAdapterOptions,
  fixed: HttpClientInit,
  account?: string,
): SellerKitAdapter {
  const { timeoutMs, retries, retryDelayMs, maxRetryAfterMs } = fixed;
  /*
   * Activity (SPEC §8). The server records every mutation it answers (ok or refused). A send the server never
   * answered (UNANSWERED, after the retries) is evidence too: the client keeps a `failed` activity of it (with the
   * text and the linter's findings at send time), in this adapter object, in this page. `recordActivity` and
   * `listActivity` first hand those to the server (`POST /activity`, outcome `failed`, the failure's time and code
   * in the summary; the record's id is the idempotency key, so it is never stored twice); while that fails, they
   * stay here and `listActivity` merges them, by time, into the server's page.
   */
  const pending: Activity[] = [];
  let sessionActor: string | undefined;
  /** SPEC §9: the capabilities the last `GET /session` of this client (this account) carried. */
  let learned: AdapterCapabilities | undefined;
  /** `learned` with the `capabilities` option on top (the same object while neither changes). */
  let merged: { learned?: AdapterCapabilities; given: AdapterCapabilities; value: AdapterCapabilities } | undefined;

  async function keepFailed(type: ActivityType, targetId: string, e: unknown, text?: string): Promise<void> {
    if (!(e instanceof SellerKitError) || !UNANSWERED.has(e.code)) return;
    let lint;
    if (text !== undefined && (type === 'review-comment' || type === 'feedback-reply')) {
      try {
        const { lintMessage } = await import('../policy/lint.js');
        lint = toActivityLint(lintMessage(text, type));
      } catch {
        // The linter failed to load: the record keeps the text without findings.
      }
    }
    pending.push(
      makeActivity({
        id: `local-${newKey()}`,
        at: new Date(),
        actor: options.actor ?? sessionActor ?? '',
        ...(account === undefined ? {} : { accountId: account }),
        type,
        targetId,
        ...(text === undefined ? {} : { text }),
        ...(lint ? { lint } : {}),
        error: e,
      }),
    );
  }

  /** A mutation whose unanswered failure is kept as a `failed` activity (the server records every other one). */
  async function mutation<T>(spec: RequestSpec<T>, type: ActivityType, targetId: string, text?: string): Promise<T> {
    try {
      return await request(spec);
    } catch (e) {
      await keepFailed(type, targetId, e, text);
      throw e;
    }
  }

  /** Hands the kept records to the server; those it does not take stay. */
  async function flush(o?: CallOptions): Promise<void> {
    for (const a of [...pending]) {
      const input: ActivityInput = {
        type: a.type,
        targetId: a.targetId,
        summary: `${a.summary}, at ${a.at}; recorded by the client afterwards`,
        outcome: 'failed',
        ...(a.error === undefined ? {} : { error: a.error }),
        ...(a.text === undefined ? {} : { text: a.text }),
      };
      try {
        await request<Activity>({
          method: 'POST',
          path: '/activity',
          body: input,
          validate: validateActivity,
          options: { ...(o?.signal ? { signal: o.signal } : {}), idempotencyKey: a.id },
        });
        pending.splice(pending.indexOf(a), 1);
      } catch (e) {
        if (o?.signal?.aborted) throw e;
        return; // unreachable again: keep the rest for later
      }
    }
  }

  async function listActivity(q: ActivityQuery = {}, o?: CallOptions): Promise<Page<Activity>> {
    await flush(o);
    const match = activityMatcher(q);
    const local = pending.filter(match);
    const get = (query: ActivityQuery) =>
      request<Page<Activity>>({
        method: 'GET',
        path: '/activity',
        query: activityQueryParams(query),
        validate: validateActivityPage,
        options: o,
      });
    if (!local.length) return get(q);
    // Merge the kept records into the server's list by time: read the server's first offset + limit entries.
    const offset = Math.max(0, Math.floor(q.offset ?? 0));
    const limit = Math.max(1, Math.floor(q.limit ?? 25));
    const page = await get({ ...q, offset: 0, limit: Math.min(500, offset + limit) });
    const merged = queryActivity(mergeActivity(page.items, local), { offset, limit: Math.min(500, limit) });
    return { items: merged.items, total: page.total + local.length, offset };
  }
  const base = account === undefined ? fixed.base : `${fixed.base}/accounts/${encodeURIComponent(account)}`;

  function url(path: string, query?: Query): string {
    let u = base + path;
    if (query && query.length) u += `?${new URLSearchParams(query).toString()}`;
    const loc = (globalThis as { location?: { href: string } }).location;
    return loc ? new URL(u, loc.href).href : u;
  }

  async function headersFor(extra: Record<string, string>): Promise<Headers> {
    const src = options.headers;
    let init: HeadersInit | undefined;
    try {
      init = typeof src === 'function' ? await src() : src;
    } catch (e) {
      if (e instanceof SellerKitError) throw e;
      throw new SellerKitError('unauthorized', 'The headers function failed', { cause: e });
    }
    const h = new Headers(init);
    for (const [k, v] of Object.entries(extra)) h.set(k, v);
    return h;
  }

  async function attempt<T>(spec: RequestSpec<T>, key: string | undefined): Promise<T> {
    const signal = spec.options?.signal;
    const extra: Record<string, string> = { Accept: 'application/json' };
    if (spec.body !== undefined) extra['Content-Type'] = 'application/json';
    if (key) extra['Idempotency-Key'] = key;
    const headers = await headersFor(extra);
    if (signal?.aborted) throw abortError();

    const ctl = new AbortController();
    const onAbort = () => ctl.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            ctl.abort(timeoutReason());
          }, timeoutMs)
        : undefined;
    const doFetch = options.fetch ?? globalThis.fetch;
    try {
      let res: Response;
      let text: string;
      try {
        res = await doFetch(url(spec.path, spec.query), {
          method: spec.method,
          headers,
          body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          signal: ctl.signal,
        });
        text = await res.text();
      } catch (e) {
        if (signal?.aborted) throw abortError();
        if (timedOut) throw new SellerKitError('timeout', `No response within ${timeoutMs} ms`, { cause: e });
        throw new SellerKitError('network', 'The request did not reach the server', { cause: e });
      }
      if (!res.ok) throw errorFromResponse(res, text);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw new SellerKitError('invalid-response', 'The response is not JSON', { status: res.status, cause: e });
      }
      try {
        return spec.validate(data);
      } catch (e) {
        const detail = e instanceof ShapeError ? e.message : 'unexpected shape';
        throw new SellerKitError('invalid-response', `Unexpected response: ${detail}`, {
          status: res.status,
          cause: e,
        });
      }
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const signal = spec.options?.signal;
    if (signal?.aborted) throw abortError();
    const key = spec.method === 'GET' ? undefined : (spec.options?.idempotencyKey ?? newKey());
    for (let n = 0; ; n++) {
      try {
        return await attempt(spec, key);
      } catch (e) {
        if (!(e instanceof SellerKitError) || n >= retries || retryMode(e) !== 'auto') throw e;
        let wait: number;
        if (e.retryAfter !== undefined) {
          wait = e.retryAfter * 1000;
          if (wait > maxRetryAfterMs) throw e;
        } else {
          const d = retryDelayMs * 2 ** n;
          wait = Math.min(d / 2 + Math.random() * (d / 2), maxRetryAfterMs);
        }
        await sleep(wait, signal);
      }
    }
  }

  /*
   * `GET /reviews/counts` (issue 21) is optional: a server without it answers 404 (an older server: no route; the
   * kit's handler over an adapter without `countReviews`: `no-method`). That means "this backend cannot count",
   * not a failure: the call resolves `undefined` (no counts shown, no error), and this client does not ask again.
   */
  let noCounts = false;
  async function countReviews(q: ReviewQuery = {}, o?: CallOptions): Promise<ReviewCounts | undefined> {
    if (noCounts) return undefined;
    // The count ignores sort and paging: they are not sent.
    const { sort: _sort, offset: _offset, limit: _limit, ...filters } = q;
    try {
      return await request<ReviewCounts>({
        method: 'GET',
        path: '/reviews/counts',
        query: reviewQueryParams(filters),
        validate: validateReviewCounts,
        options: o,
      });
    } catch (e) {
      if (!(e instanceof SellerKitError) || e.status !== 404) throw e;
      noCounts = true;
      return undefined;
    }
  }

  const enc = encodeURIComponent;
  const accounts: Pick<SellerKitAdapter, 'listAccounts' | 'forAccount'> =
    account === undefined
      ? {
          listAccounts: (o) =>
            request<AccountSummary[]>({
              method: 'GET',
              path: '/accounts',
              validate: validateAccountSummaries,
              options: o,
            }),
          forAccount: (id: string) => createHttpClient(options, fixed, String(id)),
        }
      : {};
  return {
    ...accounts,
    // SPEC §9: learned from the session (read at render by the elements once their session has loaded), with the
    // caller's `capabilities` option on top.
    get capabilities(): AdapterCapabilities | undefined {
      const given = options.capabilities;
      if (!given) return learned;
      if (!merged || merged.learned !== learned || merged.given !== given) {
        merged = { learned, given, value: Object.freeze({ ...learned, ...given }) };
      }
      return merged.value;
    },
    getSession: (o) =>
      request({ method: 'GET', path: '/session', validate: validateSessionReply, options: o }).then((reply) => {
        sessionActor = reply.session.sellerName;
        learned = reply.capabilities;
        return reply.session;
      }),
    listActivity,
    countReviews,
    recordActivity: async (entry: ActivityInput, o?: CallOptions) => {
      await flush(o).catch(() => {});
      return request<Activity>({
        method: 'POST',
        path: '/activity',
        body: entry,
        validate: validateActivity,
        options: o,
      });
    },
    listReviews: (q, o) =>
      request<Page<Review>>({
        method: 'GET',
        path: '/reviews',
        query: reviewQueryParams(q),
        validate: validateReviewPage,
        options: o,
      }),
    setReviewDone: (id: string, done: boolean, o?: CallOptions) =>
      mutation<Review>(
        { method: 'PUT', path: `/reviews/${enc(id)}/done`, body: { done }, validate: validateReview, options: o },
        done === true ? 'review-done' : 'review-restored',
        id,
      ),
    addReviewComment: (id: string, text: string, o?: CallOptions) =>
      mutation<Review>(
        { method: 'POST', path: `/reviews/${enc(id)}/comments`, body: { text }, validate: validateReview, options: o },
        'review-comment',
        id,
        text,
      ),
    contactCustomer: (id: string, reason: ContactReason, o?: CallOptions) =>
      mutation<Review>(
        { method: 'POST', path: `/reviews/${enc(id)}/contact`, body: { reason }, validate: validateReview, options: o },
        'contact-customer',
        id,
      ),
    getFeedbackSummary: (o) =>
      request<FeedbackSummary>({
        method: 'GET',
        path: '/feedback/summary',
        validate: validateFeedbackSummary,
        options: o,
      }),
    listFeedback: (q, o) =>
      request<Page<Feedback>>({
        method: 'GET',
        path: '/feedback',
        query: feedbackQueryParams(q),
        validate: validateFeedbackPage,
        options: o,
      }),
    postFeedbackReply: (id: string, text: string, o?: CallOptions) =>
      mutation<Feedback>(
        { method: 'PUT', path: `/feedback/${enc(id)}/reply`, body: { text }, validate: validateFeedback, options: o },
        'feedback-reply',
        id,
        text,
      ),
    removeFeedbackReply: (id: string, o?: CallOptions) =>
      mutation<Feedback>(
        { method: 'DELETE', path: `/feedback/${enc(id)}/reply`, validate: validateFeedback, options: o },
        'feedback-reply-removed',
        id,
      ),
    requestFeedbackRemoval: (id: string, reason: RemovalReason, o?: CallOptions) =>
      mutation<Feedback>(
        {
          method: 'POST',
          path: `/feedback/${enc(id)}/removal-request`,
          body: { reason },
          validate: validateFeedback,
          options: o,
        },
        'feedback-removal-requested',
        id,
      ),
    askBuyerToRemoveFeedback: (id: string, o?: CallOptions) =>
      mutation<Feedback>(
        { method: 'POST', path: `/feedback/${enc(id)}/buyer-removal-request`, validate: validateFeedback, options: o },
        'buyer-removal-requested',
        id,
      ),
    getAccountHealth: (o) =>
      request<AccountHealth>({
        method: 'GET',
        path: '/account-health',
        validate: validateAccountHealth,
        options: o,
      }),
  };
}

/**
 * `createHttpAdapter` without its lazy shell: the same adapter, built at once. For modules that are themselves
 * loaded lazily (the provider's `api` mode), where a second lazy step would only add a round trip.
 */
export function eagerHttpAdapter(options: HttpAdapterOptions): SellerKitAdapter {
  return createHttpClient(options, fixHttpOptions(options));
}
