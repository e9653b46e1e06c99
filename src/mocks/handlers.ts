/**
 * MSW request handlers for the REST contract (SPEC §5, §8, §9; `openapi.yaml`) over any `SellerKitAdapter` —
 * usually `createMemoryAdapter(...)`. A thin wrapper: each handler hands the request to
 * `createRequestHandler` (`seller-review-kit/server.js`), the one implementation of the contract (routing,
 * request validation → 400, `SellerKitError` codes → statuses and the error body, `Idempotency-Key` replay,
 * accounts, activity, Ask buyer to remove). What MSW adds:
 *
 * - one MSW handler per route, so unknown paths fall through to the network as before; the agency routes
 *   (`GET /accounts`, `/accounts/:accountId/…`) exist only over an adapter with `listAccounts` or `forAccount`
 *   (or with `accounts: true`), and the optional routes (`POST /feedback/:id/buyer-removal-request`,
 *   `GET`/`POST /activity`) only over an adapter with the method (always for an adapter function);
 * - scenarios (latency, offline, failures, malformed or wrongly shaped bodies) for stories and tests.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { SellerKitAdapter } from '../data/models.js';
import {
  ACCOUNT_ENDPOINTS,
  ACCOUNT_OPTIONAL_ENDPOINTS,
  ACCOUNTS_ROUTE,
  ALL_ROUTES,
  CODE_BY_STATUS,
  ENDPOINTS,
  OPTIONAL_ENDPOINTS,
  OPTIONAL_METHOD_OF,
  createRequestHandler,
  errorResponse,
  type EndpointName,
  type OptionalEndpointName,
  type Route,
  type RouteName,
} from '../server.js';

export {
  ACCOUNT_ENDPOINTS,
  ACCOUNT_OPTIONAL_ENDPOINTS,
  ALL_ROUTES,
  ENDPOINTS,
  OPTIONAL_ENDPOINTS,
  ROUTES,
  errorToResponse,
  parseActivityQuery,
  parseFeedbackQuery,
  parseReviewQuery,
  type EndpointName,
  type OptionalEndpointName,
  type RouteName,
} from '../server.js';

export interface MockScenario {
  /** Delay every matching response by this many milliseconds. */
  latencyMs?: number;
  /** Every request fails as a network error. */
  offline?: boolean;
  /** Answer matching requests with this error status (and `code`, default derived from the status). */
  fail?: {
    endpoint?: EndpointName | OptionalEndpointName | '*';
    status: number;
    code?: string;
    retryAfter?: number;
    times?: number;
  };
  /** Answer with a body that is not JSON. */
  malformed?: EndpointName | OptionalEndpointName | '*';
  /** Answer 200 with JSON of the wrong shape. */
  wrongShape?: EndpointName | OptionalEndpointName | '*';
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

const ENDPOINT_NAMES = [...ENDPOINTS, ...OPTIONAL_ENDPOINTS].map((r) => r.name);

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
  ) as Record<`failing-${EndpointName | OptionalEndpointName}`, MockScenario>),
} satisfies Record<string, MockScenario>;

export type ScenarioName = keyof typeof SCENARIOS;

// ---- scenarios -----------------------------------------------------------------------------------------------

const matches = (sel: EndpointName | OptionalEndpointName | '*' | undefined, name: RouteName) =>
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
      return HttpResponse.json(
        name === 'reviews' || name === 'feedback' || name === 'activity' ? WRONG_PAGE : WRONG_OBJECT,
      );
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
  return ALL_ROUTES.map((r) => http[r.method](joinPath(baseUrl, r.path), async () => step(r.name)));
}

// ---- the contract ----------------------------------------------------------------------------------------------

/** The path part of `baseUrl` (`'/api'`, or the pathname of an absolute URL): the request handler's base path. */
function basePathOf(baseUrl: string): string {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(baseUrl) ? new URL(baseUrl).pathname : baseUrl;
}

/**
 * The whole REST contract over `adapter` (or a function returning the adapter to use for each request), as MSW
 * handlers over `createRequestHandler`.
 */
export function createHandlers(
  adapter: SellerKitAdapter | (() => SellerKitAdapter),
  opts: HandlerOptions = {},
): HttpHandler[] {
  const baseUrl = opts.baseUrl ?? '/api';
  const handle = createRequestHandler(adapter, { basePath: basePathOf(baseUrl) });
  const step = scenarioStep(opts.scenario);
  const dynamic = typeof adapter === 'function';
  const agency = opts.accounts ?? (dynamic || Boolean(adapter.listAccounts || adapter.forAccount));
  const has = (r: Route<OptionalEndpointName>) => dynamic || typeof adapter[OPTIONAL_METHOD_OF[r.name]] === 'function';
  const optional = OPTIONAL_ENDPOINTS.filter(has);
  const routes: Route<RouteName>[] = [
    ...ENDPOINTS,
    ...optional,
    ...(agency ? [ACCOUNTS_ROUTE, ...ACCOUNT_ENDPOINTS, ...ACCOUNT_OPTIONAL_ENDPOINTS.filter(has)] : []),
  ];
  return routes.map((route) =>
    http[route.method](joinPath(baseUrl, route.path), async ({ request }) => {
      if (step) {
        const early = await step(route.name);
        if (early) return early;
      }
      return handle(request);
    }),
  );
}
