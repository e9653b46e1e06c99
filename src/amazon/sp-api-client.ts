/**
 * The few Selling Partner API calls the Amazon adapter needs, over `fetch`: Login with Amazon's refresh-token
 * exchange (the access token cached until shortly before it expires, refreshed once on a 401 or an expired-token
 * 403), the per-operation rate limits (./rate-limit.ts), 429 backoff with retries, and SP-API error bodies turned
 * into `SellerKitError`s. Credentials and access tokens never reach a log line or an error message.
 */
import { abortError, sleep } from '../data/abort.js';
import { SellerKitError, type SellerKitErrorCode } from '../data/errors.js';
import { RateLimiter, type SpApiOperation, type UsagePlan } from './rate-limit.js';

/** Login with Amazon credentials of one selling partner authorisation. */
export interface AmazonCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface RetryOptions {
  /** Retries of a throttled (429) or transient (500/503) request (default 4). */
  retries?: number;
  /** First backoff delay in ms (default 1000), doubled per retry. */
  baseDelayMs?: number;
  /** Longest single wait in ms (default 60 000). */
  maxDelayMs?: number;
}

export interface SpApiClientOptions {
  credentials: AmazonCredentials;
  endpoint: string;
  tokenEndpoint: string;
  fetch: typeof fetch;
  rateLimits?: Partial<Record<SpApiOperation, UsagePlan>>;
  retry?: RetryOptions;
  /** Debug lines (operation, status, waits); never credentials, tokens or pre-signed URLs. */
  log?: (line: string) => void;
  /** The clock of token expiry (default `Date.now`). */
  clock?: () => number;
}

export interface SpApiRequest {
  operation: SpApiOperation;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | string[] | number | undefined>;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** SP-API's error body: `{errors: [{code, message, details?}]}`. */
interface SpApiErrorBody {
  errors?: { code?: unknown; message?: unknown }[];
}

const TOKEN_SLACK_MS = 60_000;

function codeFor(status: number): SellerKitErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  return 'server';
}

/** The first SP-API error of a body, as "Code: message" (Amazon's text, which never echoes credentials). */
function firstError(body: unknown): { code: string; message: string } | null {
  const e = (body as SpApiErrorBody | null)?.errors?.[0];
  if (!e) return null;
  return { code: String(e.code ?? ''), message: String(e.message ?? '').slice(0, 300) };
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An SP-API client: `call` sends one operation, signed with a fresh access token, within its rate limit. */
export class SpApiClient {
  readonly limiter: RateLimiter;
  readonly #o: SpApiClientOptions;
  #token: { value: string; expires: number } | null = null;
  #tokenLoading: Promise<string> | null = null;

  constructor(options: SpApiClientOptions) {
    this.#o = options;
    // Rate limits run on real time, whatever clock the adapter's data uses.
    this.limiter = new RateLimiter(options.rateLimits);
  }

  #now(): number {
    return (this.#o.clock ?? Date.now)();
  }

  #log(line: string): void {
    this.#o.log?.(line);
  }

  /** The cached access token, or a new one from Login with Amazon. Concurrent callers share one exchange. */
  async accessToken(signal?: AbortSignal): Promise<string> {
    if (this.#token && this.#token.expires > this.#now()) return this.#token.value;
    this.#tokenLoading ??= this.#exchange(signal).finally(() => {
      this.#tokenLoading = null;
    });
    return this.#tokenLoading;
  }

  /** Forgets the access token (Amazon said it expired). */
  invalidateToken(): void {
    this.#token = null;
  }

  async #exchange(signal?: AbortSignal): Promise<string> {
    const { clientId, clientSecret, refreshToken } = this.#o.credentials;
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: clientId,
      client_secret: clientSecret,
    });
    let res: Response;
    try {
      res = await this.#o.fetch(this.#o.tokenEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
        body: body.toString(),
        ...(signal ? { signal } : {}),
      });
    } catch (e) {
      if (signal?.aborted) throw abortError(signal);
      throw new SellerKitError('network', 'Login with Amazon could not be reached.', { cause: e });
    }
    const json = (await readJson(res)) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
    } | null;
    this.#log(`lwa token exchange: HTTP ${res.status}`);
    if (!res.ok || typeof json?.access_token !== 'string') {
      // LWA's `error` is a fixed code (invalid_grant, invalid_client, …): safe to show; its description is not kept.
      const code = typeof json?.error === 'string' ? json.error.replace(/[^\w.-]/g, '').slice(0, 40) : '';
      const status = res.status;
      throw new SellerKitError(
        status === 400 || status === 401 ? 'unauthorized' : status === 429 ? 'rate-limited' : 'server',
        `Login with Amazon refused the refresh-token exchange (HTTP ${status}${code ? `, ${code}` : ''}).`,
        { status },
      );
    }
    const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 3600;
    this.#token = { value: json.access_token, expires: this.#now() + seconds * 1000 - TOKEN_SLACK_MS };
    return json.access_token;
  }

  #url(path: string, query: SpApiRequest['query'] = {}): string {
    const url = new URL(path, this.#o.endpoint.replace(/\/?$/, '/'));
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined) continue;
      // Swagger 2.0's default collectionFormat (csv): arrays as comma-separated values.
      url.searchParams.set(k, Array.isArray(v) ? v.join(',') : String(v));
    }
    return url.href;
  }

  #backoff(attempt: number, op: SpApiOperation, retryAfterS?: number): number {
    const r = this.#o.retry ?? {};
    const base = r.baseDelayMs ?? 1000;
    const max = r.maxDelayMs ?? 60_000;
    const byPlan = 1000 / this.limiter.plan(op).rate;
    const wanted = Math.max(base * 2 ** attempt, byPlan, (retryAfterS ?? 0) * 1000);
    return Math.min(max, wanted);
  }

  /**
   * Sends one SP-API operation and returns its JSON body (`null` for an empty one). Waits for the operation's rate
   * limit; on 429 (and 500/503) backs off and retries (`retry.retries`), then rejects with `rate-limited` (or
   * `server`); on 401, or a 403 that says the access token expired, refreshes the token and tries once more.
   */
  async call<T = unknown>(req: SpApiRequest): Promise<T> {
    const retries = this.#o.retry?.retries ?? 4;
    const url = this.#url(req.path, req.query);
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      await this.limiter.take(req.operation, req.signal);
      const token = await this.accessToken(req.signal);
      const headers: Record<string, string> = {
        'x-amz-access-token': token,
        'x-amz-date': new Date(this.#now()).toISOString().replace(/[-:]|\.\d{3}/g, ''),
        accept: 'application/json',
        'user-agent': 'seller-review-kit (Language=JavaScript)',
      };
      if (req.body !== undefined) headers['content-type'] = 'application/json';
      let res: Response;
      try {
        res = await this.#o.fetch(url, {
          method: req.method,
          headers,
          ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
          ...(req.signal ? { signal: req.signal } : {}),
        });
      } catch (e) {
        if (req.signal?.aborted) throw abortError(req.signal);
        throw new SellerKitError('network', `The Selling Partner API could not be reached (${req.operation}).`, {
          cause: e,
        });
      }
      this.limiter.update(req.operation, res.headers.get('x-amzn-ratelimit-limit'));
      const body = await readJson(res);
      this.#log(`${req.operation}: HTTP ${res.status}`);
      if (res.ok) {
        if (body === undefined) {
          throw new SellerKitError('invalid-response', `${req.operation} answered with a body that is not JSON.`, {
            status: res.status,
          });
        }
        return body as T;
      }
      const err = firstError(body);
      const expired =
        res.status === 401 ||
        (res.status === 403 && /expired|unauthori[sz]ed/i.test(`${err?.code ?? ''} ${err?.message ?? ''}`));
      if (expired && !refreshed) {
        refreshed = true;
        this.invalidateToken();
        this.#log(`${req.operation}: access token refused, refreshing it once`);
        attempt--;
        continue;
      }
      const transient = res.status === 429 || res.status === 500 || res.status === 503;
      if (transient && attempt < retries) {
        if (res.status === 429) this.limiter.exhaust(req.operation);
        const ra = Number(res.headers.get('retry-after'));
        const wait = this.#backoff(attempt, req.operation, Number.isFinite(ra) && ra > 0 ? ra : undefined);
        this.#log(`${req.operation}: HTTP ${res.status}, retry ${attempt + 1} of ${retries} in ${wait} ms`);
        await sleep(wait, req.signal);
        continue;
      }
      const what = err ? ` ${err.code}: ${err.message}` : '';
      const tail = res.status === 429 ? ` after ${retries} retries` : '';
      throw new SellerKitError(codeFor(res.status), `${req.operation} failed with HTTP ${res.status}${tail}.${what}`, {
        status: res.status,
        // When throttled: how long until the usage plan gives this operation a request again.
        ...(res.status === 429
          ? { retryAfter: Math.max(1, Math.ceil(1 / this.limiter.plan(req.operation).rate)) }
          : {}),
      });
    }
  }
}
