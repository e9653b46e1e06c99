/**
 * MSW request handlers that implement the REST contract (SPEC §5, `openapi.yaml`) on top of any
 * `SellerKitAdapter` — usually `createMemoryAdapter(...)`. All business rules (policy, conflicts) are the
 * adapter's; the handlers translate HTTP ⇄ adapter calls:
 *
 * - request validation: bad JSON, missing or mistyped fields, bad query values → 400 `bad-request`;
 * - `SellerKitError` codes → statuses (unauthorized 401, forbidden 403, not-found 404, conflict 409,
 *   policy-violation 422, rate-limited 429 + `Retry-After`, network/invalid-response 502, timeout 504,
 *   server 500 or its own 5xx) with the body `{"error": {"code", "message", "reasons"?}}`;
 * - `Idempotency-Key` replay: a mutation repeated with the same key on the same route gets the first response
 *   (same status and body, plus `Idempotent-Replayed: true`) and the adapter is not called again. Only
 *   outcomes of an executed operation are stored (2xx, 404, 409, 422); 400/401/403/429/5xx are not, so a
 *   retry can still succeed;
 * - agency workspace (SPEC §8): `GET /accounts` is `listAccounts()`, and every path is also served under
 *   `/accounts/:accountId` by `adapter.forAccount(accountId)` (404 `not-found` when the adapter has neither);
 * - scenarios (latency, offline, failures, malformed or wrongly shaped bodies) for stories and tests.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { isActivityInput } from '../data/activity.js';
import { SellerKitError, isAbortError, isSellerKitError, type SellerKitErrorCode } from '../data/errors.js';
import {
  CONTACT_REASONS,
  FEEDBACK_CATEGORIES,
  FEEDBACK_SORTS,
  REMOVAL_REASONS,
  REVIEW_SORTS,
  ACTIVITY_TYPES,
  type ActivityInput,
  type ActivityQuery,
  type ActivityType,
  type FeedbackQuery,
  type ReviewQuery,
  type SellerKitAdapter,
} from '../data/models.js';

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
  | 'account-health'
  | 'activity'
  | 'activity-record';

/** A route's name: an endpoint of SPEC §5, or `accounts` (`GET /accounts`, SPEC §8). */
export type RouteName = EndpointName | 'accounts';

export interface MockScenario {
  /** Delay every matching response by this many milliseconds. */
  latencyMs?: number;
  /** Every request fails as a network error. */
  offline?: boolean;
  /** Answer matching requests with this error status (and `code`, default derived from the status). */
  fail?: { endpoint?: EndpointName | '*'; status: number; code?: string; retryAfter?: number; times?: number };
  /** Answer with a body that is not JSON. */
  malformed?: EndpointName | '*';
  /** Answer 200 with JSON of the wrong shape. */
  wrongShape?: EndpointName | '*';
}

export interface HandlerOptions {
  /** Where the API lives (default `'/api'`). */
  baseUrl?: string;
  scenario?: MockScenario | ScenarioName;
  /**
   * Serve the agency routes (SPEC §8: `GET /accounts` and every path under `/accounts/:accountId`). Default: when
   * the adapter has `listAccounts` or `forAccount` (always for an adapter function, read per request); without
   * them those routes answer 404 `not-found`.
   */
  accounts?: boolean;
}

type Method = 'get' | 'put' | 'post' | 'delete';

interface Route {
  name: EndpointName;
  method: Method;
  path: string;
}

/** Every endpoint of the contract. */
export const ENDPOINTS: readonly Route[] = [
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
  // SPEC §8: the activity log (404 `not-found` when the adapter has no listActivity / recordActivity).
  { name: 'activity', method: 'get', path: '/activity' },
  { name: 'activity-record', method: 'post', path: '/activity' },
];

/**
 * SPEC §8: every path of §5 again under `/accounts/:accountId`, served by `adapter.forAccount(accountId)` (same
 * endpoint names, so a scenario such as `failing-reviews` covers both).
 */
export const ACCOUNT_ENDPOINTS: readonly Route[] = ENDPOINTS.map((r) => ({
  ...r,
  path: `/accounts/:accountId${r.path}`,
}));

/** Every route the handlers serve: ENDPOINTS, `GET /accounts` (SPEC §8), then ACCOUNT_ENDPOINTS. */
export const ROUTES: readonly (Omit<Route, 'name'> & { name: RouteName })[] = [
  ...ENDPOINTS,
  { name: 'accounts', method: 'get', path: '/accounts' },
  ...ACCOUNT_ENDPOINTS,
];

const ENDPOINT_NAMES = ENDPOINTS.map((r) => r.name);

/** Named scenario presets: `slow`, `offline`, `rate-limited`, `unauthorized`, `failing-<endpoint>`, … */
export const SCENARIOS = {
  slow: { latencyMs: 2000 },
  offline: { offline: true },
  'rate-limited': { fail: { endpoint: '*', status: 429, code: 'rate-limited', retryAfter: 1, times: 1 } },
  unauthorized: { fail: { endpoint: '*', status: 401, code: 'unauthorized' } },
  forbidden: { fail: { endpoint: '*', status: 403, code: 'forbidden' } },
  'server-error': { fail: { endpoint: '*', status: 500, code: 'server' } },
  malformed: { malformed: '*' },
  'wrong-shape': { wrongShape: '*' },
  ...(Object.fromEntries(
    ENDPOINT_NAMES.map((name) => [`failing-${name}`, { fail: { endpoint: name, status: 500, code: 'server' } }]),
  ) as Record<`failing-${EndpointName}`, MockScenario>),
} satisfies Record<string, MockScenario>;

export type ScenarioName = keyof typeof SCENARIOS;

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

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'policy-violation',
  429: 'rate-limited',
};

function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: { reasons?: string[]; retryAfter?: number } = {},
): Response {
  const error: { code: string; message: string; reasons?: string[] } = { code, message };
  if (extra.reasons && extra.reasons.length) error.reasons = extra.reasons;
  const headers: Record<string, string> = {};
  if (extra.retryAfter !== undefined) headers['Retry-After'] = String(extra.retryAfter);
  return HttpResponse.json({ error }, { status, headers });
}

/** An invalid request (400). Thrown inside a handler and turned into a response. */
class BadRequest extends Error {}

function bad(message: string): never {
  throw new BadRequest(message);
}

/** Translates anything an adapter threw into an error response. */
export function errorToResponse(e: unknown): Response {
  if (e instanceof BadRequest) return errorResponse(400, 'bad-request', e.message);
  if (isSellerKitError(e)) {
    let status = STATUS_BY_CODE[e.code] ?? 500;
    if (e.code === 'server' && e.status && e.status >= 500 && e.status <= 599) status = e.status;
    return errorResponse(status, e.code, e.message, { reasons: e.reasons, retryAfter: e.retryAfter });
  }
  return errorResponse(500, 'server', 'Internal error');
}

// ---- request parsing ---------------------------------------------------------------------------------------

function int(params: URLSearchParams, name: string): number | undefined {
  const v = params.get(name);
  if (v === null) return undefined;
  if (!/^\d+$/.test(v)) bad(`${name} must be a non-negative integer`);
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
  const offset = int(params, 'offset');
  if (offset !== undefined) q.offset = offset;
  const limit = int(params, 'limit');
  if (limit !== undefined) q.limit = limit;
  return q;
}

export function parseFeedbackQuery(params: URLSearchParams): FeedbackQuery {
  const q: FeedbackQuery = {};
  const category = oneOf(params, 'category', FEEDBACK_CATEGORIES);
  if (category) q.category = category;
  return rangeSortPage(params, q, FEEDBACK_SORTS);
}

/** The query of `GET /activity` (SPEC §8): repeated `type=`, `from`, `to`, `targetId`, `offset`, `limit`. */
export function parseActivityQuery(params: URLSearchParams): ActivityQuery {
  const q: ActivityQuery = {};
  const types = params.getAll('type').filter((t) => t !== '');
  if (types.length) {
    q.types = types.map((t) =>
      (ACTIVITY_TYPES as readonly string[]).includes(t)
        ? (t as ActivityType)
        : bad(`type must be one of ${ACTIVITY_TYPES.join(', ')}`),
    );
  }
  const from = text(params, 'from');
  if (from !== undefined) q.from = from;
  const to = text(params, 'to');
  if (to !== undefined) q.to = to;
  const targetId = text(params, 'targetId');
  if (targetId !== undefined) q.targetId = targetId;
  const offset = int(params, 'offset');
  if (offset !== undefined) q.offset = offset;
  const limit = int(params, 'limit');
  if (limit !== undefined) q.limit = limit;
  return q;
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  let v: unknown;
  try {
    v = JSON.parse(await request.text());
  } catch {
    bad('The request body is not valid JSON');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad('The request body must be a JSON object');
  return v as Record<string, unknown>;
}

function field<T>(body: Record<string, unknown>, name: string, check: (v: unknown) => v is T, what: string): T {
  const v = body[name];
  if (!check(v)) bad(`${name} must be ${what}`);
  return v;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isIn =
  <T extends string>(allowed: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && allowed.includes(v as T);

// ---- scenarios -----------------------------------------------------------------------------------------------

const matches = (sel: EndpointName | '*' | undefined, name: RouteName) =>
  sel === undefined || sel === '*' || sel === name;

const WRONG_PAGE = { items: [{ id: 7, rating: 'five' }], total: '1', offset: 0 };
const WRONG_OBJECT = { data: { id: 7, rating: 'five' } };

function resolveScenario(s: MockScenario | ScenarioName | undefined): MockScenario | undefined {
  if (s === undefined) return undefined;
  if (typeof s === 'string') {
    const preset = (SCENARIOS as Record<string, MockScenario>)[s];
    if (!preset) throw new Error(`Unknown mock scenario "${s}"`);
    return preset;
  }
  return s;
}

type ScenarioStep = (name: RouteName) => Promise<Response | undefined>;

/** One scenario's behaviour, with its own `times` counter. Returns a response, or undefined to go on. */
function scenarioStep(input: MockScenario | ScenarioName | undefined): ScenarioStep | undefined {
  const s = resolveScenario(input);
  if (!s) return undefined;
  let failed = 0;
  return async (name) => {
    if (s.latencyMs) await delay(s.latencyMs);
    if (s.offline) return HttpResponse.error();
    if (s.fail && matches(s.fail.endpoint, name) && (s.fail.times === undefined || failed < s.fail.times)) {
      failed++;
      const { status, retryAfter } = s.fail;
      const code = s.fail.code ?? CODE_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'bad-request');
      return errorResponse(status, code, `Mock scenario: ${name} fails with ${status}`, {
        retryAfter: retryAfter ?? (status === 429 ? 1 : undefined),
      });
    }
    if (s.malformed && matches(s.malformed, name)) {
      return new HttpResponse('{"items": [ <html>Bad gateway', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    if (s.wrongShape && matches(s.wrongShape, name)) {
      return HttpResponse.json(name === 'reviews' || name === 'feedback' ? WRONG_PAGE : WRONG_OBJECT);
    }
    return undefined;
  };
}

function joinPath(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

/**
 * Handlers that only apply a scenario and otherwise fall through to the next handler — prepend them with
 * `worker.use(...scenarioHandlers('slow'))` on top of `createHandlers(...)`.
 */
export function scenarioHandlers(scenario: MockScenario | ScenarioName, baseUrl = '/api'): HttpHandler[] {
  const step = scenarioStep(scenario)!;
  return ROUTES.map((r) => http[r.method](joinPath(baseUrl, r.path), async () => step(r.name)));
}

// ---- the contract ----------------------------------------------------------------------------------------------

interface Stored {
  status: number;
  body: string;
  headers: [string, string][];
}

const MAX_REPLAYS = 1000;
const REPLAYABLE = (status: number) =>
  (status >= 200 && status < 300) || status === 404 || status === 409 || status === 422;

/**
 * The whole REST contract over `adapter` (or a function returning the adapter to use for each request).
 */
export function createHandlers(
  adapter: SellerKitAdapter | (() => SellerKitAdapter),
  opts: HandlerOptions = {},
): HttpHandler[] {
  const baseUrl = opts.baseUrl ?? '/api';
  const get = typeof adapter === 'function' ? adapter : () => adapter;
  const step = scenarioStep(opts.scenario);
  const replays = new Map<string, Promise<Stored>>();

  type Ctx = { request: Request; id: string; a: SellerKitAdapter; signal: AbortSignal; key: string | undefined };
  const ops: Record<RouteName, (c: Ctx) => Promise<unknown>> = {
    session: ({ a, signal }) => a.getSession({ signal }),
    reviews: ({ a, request, signal }) => a.listReviews(parseReviewQuery(new URL(request.url).searchParams), { signal }),
    'review-done': async ({ a, request, id, signal, key }) => {
      const done = field(await jsonBody(request), 'done', isBoolean, 'a boolean');
      return a.setReviewDone(id, done, { signal, idempotencyKey: key });
    },
    'review-comment': async ({ a, request, id, signal, key }) => {
      const t = field(await jsonBody(request), 'text', isString, 'a string');
      return a.addReviewComment(id, t, { signal, idempotencyKey: key });
    },
    'review-contact': async ({ a, request, id, signal, key }) => {
      const reason = field(await jsonBody(request), 'reason', isIn(CONTACT_REASONS), CONTACT_REASONS.join(' or '));
      return a.contactCustomer(id, reason, { signal, idempotencyKey: key });
    },
    'feedback-summary': ({ a, signal }) => a.getFeedbackSummary({ signal }),
    feedback: ({ a, request, signal }) =>
      a.listFeedback(parseFeedbackQuery(new URL(request.url).searchParams), { signal }),
    'feedback-reply': async ({ a, request, id, signal, key }) => {
      const t = field(await jsonBody(request), 'text', isString, 'a string');
      return a.postFeedbackReply(id, t, { signal, idempotencyKey: key });
    },
    'feedback-reply-delete': ({ a, id, signal, key }) => a.removeFeedbackReply(id, { signal, idempotencyKey: key }),
    'feedback-removal': async ({ a, request, id, signal, key }) => {
      const reason = field(await jsonBody(request), 'reason', isIn(REMOVAL_REASONS), REMOVAL_REASONS.join(', '));
      return a.requestFeedbackRemoval(id, reason, { signal, idempotencyKey: key });
    },
    'account-health': ({ a, signal }) => a.getAccountHealth({ signal }),
    activity: async ({ a, request, signal }) => {
      if (!a.listActivity)
        throw new SellerKitError('not-found', 'This backend keeps no activity log.', { status: 404 });
      return a.listActivity(parseActivityQuery(new URL(request.url).searchParams), { signal });
    },
    'activity-record': async ({ a, request, signal, key }) => {
      if (!a.recordActivity)
        throw new SellerKitError('not-found', 'This backend keeps no activity log.', { status: 404 });
      const body = await jsonBody(request);
      if (!isActivityInput(body)) bad('The body must be an ActivityInput: a known type and a targetId');
      return a.recordActivity(body as ActivityInput, { signal, idempotencyKey: key });
    },
    accounts: async ({ a, signal }) => {
      if (!a.listAccounts) throw new SellerKitError('not-found', 'This backend serves one account.', { status: 404 });
      return a.listAccounts({ signal });
    },
  };

  /** The adapter of a request: the account's (`forAccount`) under `/accounts/:accountId`, else the adapter itself. */
  function adapterFor(accountId: string | undefined): SellerKitAdapter {
    const a = get();
    if (accountId === undefined) return a;
    if (!a.forAccount) throw new SellerKitError('not-found', 'This backend serves one account.', { status: 404 });
    return a.forAccount(accountId);
  }

  async function run(
    route: { name: RouteName },
    request: Request,
    id: string,
    key: string | undefined,
    accountId?: string,
  ): Promise<Response> {
    try {
      const a = adapterFor(accountId);
      const result = await ops[route.name]({ request, id, a, signal: request.signal, key });
      return HttpResponse.json(result as never, { status: route.name === 'activity-record' ? 201 : 200 });
    } catch (e) {
      if (isAbortError(e)) return HttpResponse.error();
      return errorToResponse(e);
    }
  }

  async function store(res: Response): Promise<Stored> {
    return { status: res.status, body: await res.text(), headers: [...res.headers] };
  }

  function respond(s: Stored, replayed: boolean): Response {
    if (s.status === 0) return HttpResponse.error();
    const headers: [string, string][] = replayed ? [...s.headers, ['Idempotent-Replayed', 'true']] : s.headers;
    return new HttpResponse(s.body, { status: s.status, headers });
  }

  const agency =
    opts.accounts ?? (typeof adapter === 'function' || Boolean(adapter.listAccounts || adapter.forAccount));
  return (agency ? ROUTES : ENDPOINTS).map((route) =>
    http[route.method](joinPath(baseUrl, route.path), async ({ request, params }) => {
      if (step) {
        const early = await step(route.name);
        if (early) return early;
      }
      const id = typeof params.id === 'string' ? params.id : '';
      const accountId = typeof params.accountId === 'string' ? params.accountId : undefined;
      const key = route.method === 'get' ? undefined : (request.headers.get('Idempotency-Key') ?? undefined);
      if (!key) return run(route, request, id, undefined, accountId);

      const cacheKey = `${route.method.toUpperCase()} ${new URL(request.url).pathname} ${key}`;
      const first = replays.get(cacheKey);
      if (first) return respond(await first, true);
      const pending = run(route, request, id, key, accountId).then(store);
      replays.set(cacheKey, pending);
      const stored = await pending;
      // Only outcomes of an executed operation are remembered (success, 404, 409, 422). A request refused before
      // it ran (400, 401, 403), a transient failure (429, 5xx) or an abort is forgotten: a retry may succeed.
      if (!REPLAYABLE(stored.status)) replays.delete(cacheKey);
      else if (replays.size > MAX_REPLAYS) replays.delete(replays.keys().next().value!);
      return respond(stored, false);
    }),
  );
}
