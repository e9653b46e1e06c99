/**
 * The example server's application: `createAmazonAdapter` (the seller's data from Amazon's Selling Partner API) behind
 * `createRequestHandler` (the kit's REST contract, openapi.yaml), with a persistent SQLite store, CORS for the page
 * that embeds the widgets, and an optional bearer token in front of it. `index.mjs` runs it; tests start it with a
 * fake SP-API (test/node/example-server.test.mjs).
 */
import { createAmazonAdapter } from 'seller-review-kit/amazon.js';
import { createRequestHandler } from 'seller-review-kit/server.js';
import { openSqliteStore } from './sqlite-store.mjs';

// The Fetch API's classes (Node 18+ globals).
const { Headers, Request, Response } = globalThis;

/** Reads the configuration from environment variables (see README "Run it against Amazon"). */
export function configFromEnv(env) {
  const missing = ['SP_API_CLIENT_ID', 'SP_API_CLIENT_SECRET', 'SP_API_REFRESH_TOKEN'].filter((k) => !env[k]);
  if (missing.length) throw new Error(`Missing environment variables: ${missing.join(', ')}`);
  const num = (k, d) => (env[k] !== undefined && env[k] !== '' ? Number(env[k]) : d);
  return {
    credentials: {
      clientId: env.SP_API_CLIENT_ID,
      clientSecret: env.SP_API_CLIENT_SECRET,
      refreshToken: env.SP_API_REFRESH_TOKEN,
    },
    marketplaceId: env.SP_API_MARKETPLACE_ID || 'ATVPDKIKX0DER',
    endpoint: env.SP_API_ENDPOINT || undefined,
    tokenEndpoint: env.LWA_TOKEN_ENDPOINT || undefined,
    sellerName: env.SELLER_NAME || undefined,
    port: num('PORT', 8787),
    host: env.HOST || '127.0.0.1',
    basePath: env.BASE_PATH ?? '/api',
    corsOrigins: (env.CORS_ORIGIN ?? 'http://localhost:5173')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    dbFile: env.SRK_DB_FILE || 'seller-review-kit.sqlite',
    apiToken: env.SRK_API_TOKEN || undefined,
    reportMaxAgeMinutes: num('REPORT_MAX_AGE_MINUTES', 60),
    pollIntervalMs: num('POLL_INTERVAL_MS', 15_000),
  };
}

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';

function corsHeaders(config, origin) {
  if (!origin || !(config.corsOrigins.includes('*') || config.corsOrigins.includes(origin))) return {};
  return {
    'access-control-allow-origin': config.corsOrigins.includes('*') ? '*' : origin,
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': 'authorization, content-type, idempotency-key, accept, accept-language',
    'access-control-expose-headers': 'retry-after',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

/**
 * Builds the app: `{ handle(request): Promise<Response>, adapter, close() }`. `overrides` (tests): `fetch`, `now`,
 * `pollIntervalMs`, `retry`, `log`.
 */
export async function createApp(config, overrides = {}) {
  const store = await openSqliteStore(config.dbFile);
  const adapter = createAmazonAdapter({
    marketplaceId: config.marketplaceId,
    credentials: config.credentials,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.tokenEndpoint ? { tokenEndpoint: config.tokenEndpoint } : {}),
    ...(config.sellerName ? { sellerName: config.sellerName } : {}),
    store,
    reportMaxAgeMinutes: config.reportMaxAgeMinutes,
    pollIntervalMs: config.pollIntervalMs,
    ...overrides,
  });
  const handler = createRequestHandler(adapter, { basePath: config.basePath });

  async function handle(request) {
    const cors = corsHeaders(config, request.headers.get('origin'));
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
    if (config.apiToken && request.headers.get('authorization') !== `Bearer ${config.apiToken}`) {
      return Response.json(
        { error: { code: 'unauthorized', message: 'This server needs its API token (Authorization: Bearer …).' } },
        { status: 401, headers: cors },
      );
    }
    const response = await handler(request);
    const headers = new Headers(response.headers);
    for (const [k, v] of Object.entries(cors)) headers.set(k, v);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }

  return { handle, adapter, close: () => store.close() };
}

/** Node's `http` request → a standard `Request`; the `Response` written back. */
export function nodeListener(handle, { host = 'localhost' } = {}) {
  return async (req, res) => {
    try {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      }
      const ac = new globalThis.AbortController();
      res.on('close', () => {
        if (!res.writableFinished) ac.abort();
      });
      const request = new Request(`http://${req.headers.host ?? host}${req.url}`, {
        method: req.method,
        headers,
        signal: ac.signal,
        ...(body && req.method !== 'GET' && req.method !== 'HEAD' ? { body } : {}),
      });
      const response = await handle(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      // Never echo the error: it may come from anywhere. The status line says enough.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'server', message: 'Internal error' } }));
      if (e?.name !== 'AbortError') console.error('request failed:', e?.name ?? 'Error');
    }
  };
}
