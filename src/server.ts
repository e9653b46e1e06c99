/**
 * `seller-review-kit/server.js` (SPEC §9): the REST contract (SPEC §5, §8, §9; `openapi.yaml`) as one standard
 * `(request: Request) => Promise<Response>` function over any `SellerKitAdapter`. DOM-free: it runs in Node 20+
 * (`http.createServer` with a small bridge, or any framework that speaks `Request`/`Response`), Deno, Bun,
 * workers and browsers. `./mocks.js` is a thin MSW wrapper over it, so there is one implementation.
 *
 * What it does, and nothing more (business rules — policy, conflicts, eligibility — are the adapter's):
 *
 * - routing: every path of §5 under `basePath`, the same paths under `/accounts/{accountId}/…` through
 *   `adapter.forAccount(accountId)`, `GET /accounts` (`listAccounts`), `GET`/`POST /activity` (`listActivity`,
 *   `recordActivity`), `GET /reviews/counts` (`countReviews`) and `POST /feedback/{id}/buyer-removal-request`
 *   (`askBuyerToRemoveFeedback`). `GET /session` carries the adapter's `capabilities` (SPEC §9, every action spelled
 *   out: `capabilitiesOf`). A route whose adapter method is absent answers 404 `not-found` saying so; an unknown
 *   path 404; a known path with another method 405 with `Allow`;
 * - request validation: bad JSON, missing or mistyped fields, bad query values, a bad percent-encoding → 400
 *   `bad-request` with a message saying what is wrong, and the adapter is not called;
 * - `SellerKitError` codes → statuses (unauthorized 401, forbidden 403, not-found 404, conflict 409,
 *   policy-violation 422, rate-limited 429 + `Retry-After`, network/invalid-response 502, timeout 504, server 500
 *   or its own 5xx) with the body `{"error": {"code", "message", "reasons"?}}`. Anything else is a 500 whose
 *   message is "Internal error": no stack, no detail of the exception ever leaves the server;
 * - `Idempotency-Key`: a mutation repeated with the same key on the same route (method + path) gets the first
 *   response (same status and body, plus `Idempotent-Replayed: true`) and the adapter is not called again;
 *   concurrent duplicates share one call. Only outcomes of an executed operation are kept (2xx, 404, 409, 422),
 *   at most `maxIdempotencyKeys` of them (oldest dropped first); a refused request (400/401/403), a transient
 *   failure (429, 5xx) or an abort is forgotten, so a retry can still succeed.
 *
 * @example
 * ```js
 * import { createServer } from 'node:http';
 * import { createRequestHandler } from 'seller-review-kit/server.js';
 * const handle = createRequestHandler(adapter, { basePath: '/api' });
 * // with any Request/Response bridge (Hono, itty, Deno.serve, Bun.serve, a Cloudflare worker: pass it directly)
 * Deno.serve(handle);
 * ```
 */
import { SellerKitError, isAbortError, isSellerKitError, type SellerKitErrorCode } from './data/errors.js';
import { capabilityMode } from './policy/seller-central.js';
import {
  ACTIVITY_OUTCOMES,
  ACTIVITY_TYPES,
  CAPABILITY_ACTIONS,
  CONTACT_REASONS,
  FEEDBACK_CATEGORIES,
  FEEDBACK_SORTS,
  REMOVAL_REASONS,
  REVIEW_SORTS,
  type ActivityInput,
  type ActivityQuery,
  type ActivityType,
  type AdapterCapabilities,
  type FeedbackQuery,
  type ReviewQuery,
  type SellerKitAdapter,
} from './data/models.js';

/** The name of one operation of SPEC §5. */
export type EndpointName =
  | 'session'
  | 'reviews'
  | 'review-done'
  | 'review-comment'
  | 'review-contact'
  | 'feedback-summary'
  | 'feedback'
  | 'feedback-reply'
  | 'feedback-reply-delete'
  | 'feedback-removal'
  | 'account-health';

/** The name of an operation of an optional adapter method (SPEC §9's Ask buyer to remove, §8's activity). */
export type OptionalEndpointName = 'feedback-buyer-removal' | 'activity' | 'activity-record' | 'review-counts';

/** A route's name: an endpoint, an optional endpoint, or `accounts` (`GET /accounts`, SPEC §8). */
export type RouteName = EndpointName | OptionalEndpointName | 'accounts';

export type RouteMethod = 'get' | 'put' | 'post' | 'delete';

/** One route: its name, lower-case method and path (`:id`, `:accountId` are parameters). */
export interface Route<N extends RouteName = RouteName> {
  name: N;
  method: RouteMethod;
  path: string;
}

/** Every endpoint of SPEC §5 (each adapter has them). */
export const ENDPOINTS: readonly Route<EndpointName>[] = [
  { name: 'session', method: 'get', path: '/session' },
  { name: 'reviews', method: 'get', path: '/reviews' },
  { name: 'review-done', method: 'put', path: '/reviews/:id/done' },
  { name: 'review-comment', method: 'post', path: '/reviews/:id/comments' },
  { name: 'review-contact', method: 'post', path: '/reviews/:id/contact' },
  { name: 'feedback-summary', method: 'get', path: '/feedback/summary' },
  { name: 'feedback', method: 'get', path: '/feedback' },
  { name: 'feedback-reply', method: 'put', path: '/feedback/:id/reply' },
  { name: 'feedback-reply-delete', method: 'delete', path: '/feedback/:id/reply' },
  { name: 'feedback-removal', method: 'post', path: '/feedback/:id/removal-request' },
  { name: 'account-health', method: 'get', path: '/account-health' },
];

/**
 * The endpoints of optional adapter methods: `POST /feedback/:id/buyer-removal-request`
 * (`askBuyerToRemoveFeedback`, SPEC §9), `GET /activity` (`listActivity`) and `POST /activity` (`recordActivity`,
 * SPEC §8), `GET /reviews/counts` (`countReviews`, issue 21: the query of `GET /reviews`). Over an adapter without
 * the method they answer 404 `not-found` (reason `no-method`).
 */
export const OPTIONAL_ENDPOINTS: readonly Route<OptionalEndpointName>[] = [
  { name: 'feedback-buyer-removal', method: 'post', path: '/feedback/:id/buyer-removal-request' },
  { name: 'activity', method: 'get', path: '/activity' },
  { name: 'activity-record', method: 'post', path: '/activity' },
  { name: 'review-counts', method: 'get', path: '/reviews/counts' },
];

/** The adapter method each optional endpoint needs. */
export const OPTIONAL_METHOD_OF = {
  'feedback-buyer-removal': 'askBuyerToRemoveFeedback',
  activity: 'listActivity',
  'activity-record': 'recordActivity',
  'review-counts': 'countReviews',
} as const satisfies Record<OptionalEndpointName, keyof SellerKitAdapter>;

const underAccount = <N extends RouteName>(r: Route<N>): Route<N> => ({ ...r, path: `/accounts/:accountId${r.path}` });

/**
 * SPEC §8: every path of §5 again under `/accounts/:accountId`, served by `adapter.forAccount(accountId)` (same
 * endpoint names).
 */
export const ACCOUNT_ENDPOINTS: readonly Route<EndpointName>[] = ENDPOINTS.map(underAccount);

/** The optional endpoints under `/accounts/:accountId`. */
export const ACCOUNT_OPTIONAL_ENDPOINTS: readonly Route<OptionalEndpointName>[] = OPTIONAL_ENDPOINTS.map(underAccount);

/** `GET /accounts` (SPEC §8). */
export const ACCOUNTS_ROUTE: Route<'accounts'> = { name: 'accounts', method: 'get', path: '/accounts' };

/** The routes of SPEC §5 and §8: ENDPOINTS, `GET /accounts`, then ACCOUNT_ENDPOINTS. */
export const ROUTES: readonly Route<EndpointName | 'accounts'>[] = [...ENDPOINTS, ACCOUNTS_ROUTE, ...ACCOUNT_ENDPOINTS];

/** Every route `createRequestHandler` serves: ROUTES, then the optional endpoints, plain and under an account. */
export const ALL_ROUTES: readonly Route<RouteName>[] = [
  ...ROUTES,
  ...OPTIONAL_ENDPOINTS,
  ...ACCOUNT_OPTIONAL_ENDPOINTS,
];

export interface RequestHandlerOptions {
  /** Where the contract's paths start (default `''`, e.g. `'/api'`): `/api/session`, `/api/reviews`, … */
  basePath?: string;
  /** How many idempotency keys (route + key) to remember, oldest dropped first (default 1000). */
  maxIdempotencyKeys?: number;
  /** The largest request body accepted, in characters (default 1 000 000); a larger one is 400. */
  maxBodyLength?: number;
}

/** A `Request → Response` function (the shape of `fetch` handlers in workers, Deno, Bun and most frameworks). */
export type RequestHandler = (request: Request) => Promise<Response>;

// ---- errors ------------------------------------------------------------------------------------------------------

const STATUS_BY_CODE: Record<SellerKitErrorCode, number> = {
  network: 502,
  timeout: 504,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'policy-violation': 422,
  'rate-limited': 429,
  'invalid-response': 502,
  server: 500,
};

/** The `error.code` of a status answered without an adapter error (scenarios, 400, 405). */
export const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  422: 'policy-violation',
  429: 'rate-limited',
};

/** A JSON response (`Content-Type: application/json`). */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** The contract's error response: `{"error": {"code", "message", "reasons"?}}`, `Retry-After` when given. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: { reasons?: string[]; retryAfter?: number; headers?: Record<string, string> } = {},
): Response {
  const error: { code: string; message: string; reasons?: string[] } = { code, message };
  if (extra.reasons && extra.reasons.length) error.reasons = extra.reasons;
  const headers: Record<string, string> = { ...extra.headers };
  if (extra.retryAfter !== undefined) headers['Retry-After'] = String(extra.retryAfter);
  return jsonResponse({ error }, status, headers);
}

/** An invalid request (400). Thrown while parsing and turned into a response. */
export class BadRequestError extends Error {
  override name = 'BadRequestError';
}

function bad(message: string): never {
  throw new BadRequestError(message);
}

/**
 * Translates anything thrown while serving a request into an error response: `BadRequestError` → 400, a
 * `SellerKitError` → its status, anything else → 500 "Internal error" (the exception's text is never sent).
 */
export function errorToResponse(e: unknown): Response {
  if (e instanceof BadRequestError) return errorResponse(400, 'bad-request', e.message);
  if (isSellerKitError(e)) {
    let status = STATUS_BY_CODE[e.code] ?? 500;
    if (e.code === 'server' && e.status && e.status >= 500 && e.status <= 599) status = e.status;
    return errorResponse(status, e.code, e.message, { reasons: e.reasons, retryAfter: e.retryAfter });
  }
  return errorResponse(500, 'server', 'Internal error');
}

// ---- request parsing -----------------------------------------------------------------------------------------

function int(params: URLSearchParams, name: string): number | undefined {
  const v = params.get(name);
  if (v === null) return undefined;
  if (!/^\d{1,15}$/.test(v)) bad(`${name} must be a non-negative integer`);
  return Number(v);
}

function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const v = params.get(name);
  if (v === null) return undefined;
  if (!allowed.includes(v as T)) bad(`${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}

function text(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name);
  return v === null || v === '' ? undefined : v;
}

/** `GET /reviews`' query string → `ReviewQuery` (repeated `rating=` and `brandId=`); throws `BadRequestError`. */
export function parseReviewQuery(params: URLSearchParams): ReviewQuery {
  const q: ReviewQuery = {};
  const ratings = params.getAll('rating');
  if (ratings.length) {
    q.ratings = ratings.map((r) => (/^[1-5]$/.test(r) ? Number(r) : bad('rating must be 1–5')));
  }
  const brandIds = params.getAll('brandId').filter((b) => b !== '');
  if (brandIds.length) q.brandIds = brandIds;
  const includeDone = params.get('includeDone');
  if (includeDone !== null) {
    if (includeDone !== 'true' && includeDone !== 'false') bad('includeDone must be true or false');
    q.includeDone = includeDone === 'true';
  }
  const search = text(params, 'search');
  if (search !== undefined) q.search = search;
  return rangeSortPage(params, q, REVIEW_SORTS);
}

/** The parameters both lists share: `from`, `to`, `sort` (one of `sorts`), `offset`, `limit`. */
function rangeSortPage<
  Q extends { from?: string; to?: string; sort?: S; offset?: number; limit?: number },
  S extends string,
>(params: URLSearchParams, q: Q, sorts: readonly S[]): Q {
  const from = text(params, 'from');
  if (from !== undefined) q.from = from;
  const to = text(params, 'to');
  if (to !== undefined) q.to = to;
  const sort = oneOf(params, 'sort', sorts);
  if (sort) q.sort = sort;
  return page(params, q);
}

function page<Q extends { offset?: number; limit?: number }>(params: URLSearchParams, q: Q): Q {
  const offset = int(params, 'offset');
  if (offset !== undefined) q.offset = offset;
  const limit = int(params, 'limit');
  if (limit !== undefined) q.limit = limit;
  return q;
}

/** `GET /feedback`'s query string → `FeedbackQuery`; throws `BadRequestError`. */
export function parseFeedbackQuery(params: URLSearchParams): FeedbackQuery {
  const q: FeedbackQuery = {};
  const category = oneOf(params, 'category', FEEDBACK_CATEGORIES);
  if (category) q.category = category;
  return rangeSortPage(params, q, FEEDBACK_SORTS);
}

function isoDate(params: URLSearchParams, name: string): string | undefined {
  const v = text(params, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) {
    bad(`${name} must be an ISO 8601 date or timestamp`);
  }
  return v;
}

/**
 * `GET /activity`'s query string → `ActivityQuery` (SPEC §8): repeated `type=`, `from`, `to` (ISO), `targetId`,
 * `offset`, `limit`; throws `BadRequestError`.
 */
export function parseActivityQuery(params: URLSearchParams): ActivityQuery {
  const q: ActivityQuery = {};
  const types = params.getAll('type');
  if (types.length) {
    q.types = types.map((t) =>
      (ACTIVITY_TYPES as readonly string[]).includes(t)
        ? (t as ActivityType)
        : bad(`type must be one of ${ACTIVITY_TYPES.join(', ')}`),
    );
  }
  const from = isoDate(params, 'from');
  if (from !== undefined) q.from = from;
  const to = isoDate(params, 'to');
  if (to !== undefined) q.to = to;
  const targetId = text(params, 'targetId');
  if (targetId !== undefined) q.targetId = targetId;
  return page(params, q);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isIn =
  <T extends string>(allowed: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && allowed.includes(v as T);

function field<T>(body: Record<string, unknown>, name: string, check: (v: unknown) => v is T, what: string): T {
  const v = body[name];
  if (!check(v)) bad(`${name} must be ${what}`);
  return v;
}

function optionalField<T>(
  body: Record<string, unknown>,
  name: string,
  check: (v: unknown) => v is T,
  what: string,
): T | undefined {
  return body[name] === undefined || body[name] === null ? undefined : field(body, name, check, what);
}

/** `POST /activity`'s body → `ActivityInput`; throws `BadRequestError`. */
export function parseActivityInput(body: Record<string, unknown>): ActivityInput {
  const input: ActivityInput = {
    type: field(body, 'type', isIn(ACTIVITY_TYPES), `one of ${ACTIVITY_TYPES.join(', ')}`),
    targetId: field(body, 'targetId', (v): v is string => isString(v) && v !== '', 'a non-empty string'),
  };
  const summary = optionalField(body, 'summary', isString, 'a string');
  if (summary !== undefined) input.summary = summary;
  const t = optionalField(body, 'text', isString, 'a string');
  if (t !== undefined) input.text = t;
  const outcome = optionalField(body, 'outcome', isIn(ACTIVITY_OUTCOMES), ACTIVITY_OUTCOMES.join(', '));
  if (outcome !== undefined) input.outcome = outcome;
  const error = optionalField(body, 'error', isString, 'a string');
  if (error !== undefined) input.error = error;
  return input;
}

// ---- routing ---------------------------------------------------------------------------------------------------

interface Match {
  route: Route<RouteName>;
  params: { id?: string; accountId?: string };
}

const compiled = ALL_ROUTES.map((route) => {
  const names: string[] = [];
  const source = route.path.replace(/:(\w+)/g, (_, n: string) => {
    names.push(n);
    return '([^/]+)';
  });
  return { route, names, re: new RegExp(`^${source}/?$`) };
});

function decode(segment: string, name: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return bad(`The path parameter ${name} is not valid percent-encoding`);
  }
}

/**
 * The route of `method` + `path` (relative to the base path), or the methods the path allows when only the method
 * is wrong (`allow`), or nothing. Path parameters are decoded (a bad percent-encoding throws `BadRequestError`).
 */
export function matchRoute(method: string, path: string): Match | { allow: string[] } | undefined {
  const allow: string[] = [];
  const m = method.toLowerCase();
  for (const { route, names, re } of compiled) {
    const hit = re.exec(path);
    if (!hit) continue;
    if (route.method !== m) {
      allow.push(route.method.toUpperCase());
      continue;
    }
    const params: Match['params'] = {};
    names.forEach((n, i) => (params[n as keyof Match['params']] = decode(hit[i + 1]!, n)));
    return { route, params };
  }
  return allow.length ? { allow } : undefined;
}

// ---- the handler ---------------------------------------------------------------------------------------------

interface Stored {
  status: number;
  body: string;
  headers: [string, string][];
}

const REPLAYABLE = (status: number) =>
  (status >= 200 && status < 300) || status === 404 || status === 409 || status === 422;

const noMethod = (what: string, method: string) =>
  new SellerKitError('not-found', `This backend has no ${what} (the adapter has no ${method}).`, {
    status: 404,
    reasons: ['no-method'],
  });

const oneAccount = () => new SellerKitError('not-found', 'This backend serves one account.', { status: 404 });

function normaliseBase(basePath: string | undefined): string {
  const b = (basePath ?? '').trim();
  if (b === '' || b === '/') return '';
  return ('/' + b.replace(/^\/+/, '')).replace(/\/+$/, '');
}

type Ctx = {
  request: Request;
  id: string;
  a: SellerKitAdapter;
  signal: AbortSignal;
  key: string | undefined;
  readBody: () => Promise<Record<string, unknown>>;
};

/**
 * SPEC §9: how `adapter` offers each action, every action spelled out (`capabilityMode`: `'api'` unless the adapter's
 * `capabilities` say otherwise; Ask buyer to remove is `'none'` without `askBuyerToRemoveFeedback`). `GET /session`
 * carries it as `capabilities`, so an HTTP adapter offers what the adapter behind the server offers.
 */
export function capabilitiesOf(adapter: SellerKitAdapter): Required<AdapterCapabilities> {
  const has = typeof adapter.askBuyerToRemoveFeedback === 'function';
  return Object.fromEntries(
    CAPABILITY_ACTIONS.map((action) => [
      action,
      capabilityMode(adapter.capabilities, action, action === 'askBuyerToRemoveFeedback' ? has : true),
    ]),
  ) as Required<AdapterCapabilities>;
}

const OPS: Record<RouteName, (c: Ctx) => Promise<unknown>> = {
  // SPEC §9: the session carries the adapter's capabilities (read after the session: an adapter may learn them).
  session: async ({ a, signal }) => ({ ...(await a.getSession({ signal })), capabilities: capabilitiesOf(a) }),
  reviews: ({ a, request, signal }) => a.listReviews(parseReviewQuery(new URL(request.url).searchParams), { signal }),
  'review-done': async ({ a, readBody, id, signal, key }) => {
    const done = field(await readBody(), 'done', isBoolean, 'a boolean');
    return a.setReviewDone(id, done, { signal, idempotencyKey: key });
  },
  'review-comment': async ({ a, readBody, id, signal, key }) => {
    const t = field(await readBody(), 'text', isString, 'a string');
    return a.addReviewComment(id, t, { signal, idempotencyKey: key });
  },
  'review-contact': async ({ a, readBody, id, signal, key }) => {
    const reason = field(await readBody(), 'reason', isIn(CONTACT_REASONS), CONTACT_REASONS.join(' or '));
    return a.contactCustomer(id, reason, { signal, idempotencyKey: key });
  },
  'feedback-summary': ({ a, signal }) => a.getFeedbackSummary({ signal }),
  feedback: ({ a, request, signal }) =>
    a.listFeedback(parseFeedbackQuery(new URL(request.url).searchParams), { signal }),
  'feedback-reply': async ({ a, readBody, id, signal, key }) => {
    const t = field(await readBody(), 'text', isString, 'a string');
    return a.postFeedbackReply(id, t, { signal, idempotencyKey: key });
  },
  'feedback-reply-delete': ({ a, id, signal, key }) => a.removeFeedbackReply(id, { signal, idempotencyKey: key }),
  'feedback-removal': async ({ a, readBody, id, signal, key }) => {
    const reason = field(await readBody(), 'reason', isIn(REMOVAL_REASONS), REMOVAL_REASONS.join(', '));
    return a.requestFeedbackRemoval(id, reason, { signal, idempotencyKey: key });
  },
  'account-health': ({ a, signal }) => a.getAccountHealth({ signal }),
  'feedback-buyer-removal': async ({ a, id, signal, key }) => {
    if (!a.askBuyerToRemoveFeedback) throw noMethod('Ask buyer to remove', 'askBuyerToRemoveFeedback');
    return a.askBuyerToRemoveFeedback(id, { signal, idempotencyKey: key });
  },
  activity: async ({ a, request, signal }) => {
    const q = parseActivityQuery(new URL(request.url).searchParams);
    if (!a.listActivity) throw noMethod('activity log', 'listActivity');
    return a.listActivity(q, { signal });
  },
  'activity-record': async ({ a, readBody, signal, key }) => {
    const input = parseActivityInput(await readBody());
    if (!a.recordActivity) throw noMethod('activity log', 'recordActivity');
    return a.recordActivity(input, { signal, idempotencyKey: key });
  },
  'review-counts': async ({ a, request, signal }) => {
    // The query of `GET /reviews` (its sort, offset and limit are accepted and ignored by the count).
    const q = parseReviewQuery(new URL(request.url).searchParams);
    if (!a.countReviews) throw noMethod('review counts', 'countReviews');
    return a.countReviews(q, { signal });
  },
  accounts: async ({ a, signal }) => {
    if (!a.listAccounts) throw oneAccount();
    return a.listAccounts({ signal });
  },
};

/** The status of a successful answer: 201 for `POST /activity` (a new resource), else 200. */
const SUCCESS_STATUS: Partial<Record<RouteName, number>> = { 'activity-record': 201 };

/**
 * The REST contract (`openapi.yaml`) over `adapter` as a `Request → Response` function (SPEC §9). `adapter` may be
 * a function returning the adapter to use for each request (e.g. one per tenant, or a demo that swaps its data).
 */
export function createRequestHandler(
  adapter: SellerKitAdapter | (() => SellerKitAdapter),
  opts: RequestHandlerOptions = {},
): RequestHandler {
  const base = normaliseBase(opts.basePath);
  const get = typeof adapter === 'function' ? adapter : () => adapter;
  const maxKeys = Math.max(0, opts.maxIdempotencyKeys ?? 1000);
  const maxBody = opts.maxBodyLength ?? 1_000_000;
  const replays = new Map<string, Promise<Stored>>();

  function adapterFor(accountId: string | undefined): SellerKitAdapter {
    const a = get();
    if (accountId === undefined) return a;
    if (!a.forAccount) throw oneAccount();
    return a.forAccount(accountId);
  }

  async function readBody(request: Request): Promise<Record<string, unknown>> {
    const length = Number(request.headers.get('Content-Length') ?? '0');
    if (length > maxBody) bad(`The request body is larger than ${maxBody} characters`);
    let raw: string;
    try {
      raw = await request.text();
    } catch (e) {
      if (isAbortError(e)) throw e;
      return bad('The request body could not be read');
    }
    if (raw.length > maxBody) bad(`The request body is larger than ${maxBody} characters`);
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      bad('The request body is not valid JSON');
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) bad('The request body must be a JSON object');
    return v as Record<string, unknown>;
  }

  async function run(match: Match, request: Request, key: string | undefined): Promise<Response> {
    try {
      const a = adapterFor(match.params.accountId);
      const result = await OPS[match.route.name]({
        request,
        id: match.params.id ?? '',
        a,
        signal: request.signal,
        key,
        readBody: () => readBody(request),
      });
      return jsonResponse(result ?? null, SUCCESS_STATUS[match.route.name] ?? 200);
    } catch (e) {
      if (isAbortError(e) || request.signal?.aborted) return Response.error();
      return errorToResponse(e);
    }
  }

  const store = async (res: Response): Promise<Stored> => ({
    status: res.status,
    body: await res.text(),
    headers: [...res.headers],
  });

  function respond(s: Stored, replayed: boolean): Response {
    if (s.status === 0) return Response.error();
    const headers: [string, string][] = replayed ? [...s.headers, ['Idempotent-Replayed', 'true']] : s.headers;
    return new Response(s.body, { status: s.status, headers });
  }

  return async function handle(request: Request): Promise<Response> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return errorResponse(400, 'bad-request', 'The request URL is not valid');
    }
    const pathname = url.pathname;
    if (base && pathname !== base && !pathname.startsWith(base + '/')) {
      return errorResponse(404, 'not-found', `No route for ${request.method} ${pathname}`);
    }
    let match: ReturnType<typeof matchRoute>;
    try {
      match = matchRoute(request.method, pathname.slice(base.length) || '/');
    } catch (e) {
      return errorToResponse(e);
    }
    if (!match) return errorResponse(404, 'not-found', `No route for ${request.method} ${pathname}`);
    if ('allow' in match) {
      return errorResponse(405, 'method-not-allowed', `${request.method} is not allowed on ${pathname}`, {
        headers: { Allow: match.allow.join(', ') },
      });
    }
    const key = match.route.method === 'get' ? undefined : (request.headers.get('Idempotency-Key') ?? undefined);
    if (!key || maxKeys === 0) return run(match, request, key);

    const cacheKey = `${match.route.method.toUpperCase()} ${pathname} ${key}`;
    const first = replays.get(cacheKey);
    if (first) return respond(await first, true);
    const pending = run(match, request, key).then(store);
    replays.set(cacheKey, pending);
    const stored = await pending;
    // Only outcomes of an executed operation are remembered (success, 404, 409, 422). A request refused before it
    // ran (400, 401, 403), a transient failure (429, 5xx) or an abort is forgotten: a retry may succeed.
    if (!REPLAYABLE(stored.status)) replays.delete(cacheKey);
    else while (replays.size > maxKeys) replays.delete(replays.keys().next().value!);
    return respond(stored, false);
  };
}
