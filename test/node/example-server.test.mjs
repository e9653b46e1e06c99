/**
 * End to end without Amazon: the fake SP-API (test/fake-sp-api/server.mjs) ← the example server
 * (examples/server/: createAmazonAdapter + createRequestHandler + the SQLite store, over Node's http) ← the kit's own
 * HTTP adapter. The example imports `seller-review-kit/amazon.js` and `/server.js`; the bundle maps them to src/.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startFakeSpApi, FAKE_CREDENTIALS } from '../fake-sp-api/server.mjs';

const { fetch } = globalThis;
const root = fileURLToPath(new URL('../..', import.meta.url));
const NOW = Date.parse('2025-06-01T12:00:00Z');
const ORIGIN = 'http://localhost:5173';
const TOKEN = 'example-server-test-token';

const kitAliases = {
  name: 'kit-src',
  setup(b) {
    const map = {
      'seller-review-kit/amazon.js': 'src/amazon/index.ts',
      'seller-review-kit/server.js': 'src/server.ts',
    };
    b.onResolve({ filter: /^seller-review-kit\// }, (args) => ({ path: join(root, map[args.path]) }));
  },
};

// Bundled inside node_modules so that the bundle's own `require('sql.js')` resolves from the repository.
const out = join(root, 'node_modules/.cache/srk-example-server');
let app;
let fake;
let server;
let base;
let dbDir;
let createHttpAdapter;

async function bundle(entry, file) {
  await build({
    entryPoints: [entry],
    bundle: true,
    outfile: join(out, file),
    format: 'esm',
    target: 'es2022',
    platform: 'node',
    external: ['sql.js'],
    plugins: [kitAliases],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return import(pathToFileURL(join(out, file)).href + `?t=${Date.now()}`);
}

let appModule;
async function startApp() {
  const config = appModule.configFromEnv({
    SP_API_CLIENT_ID: FAKE_CREDENTIALS.clientId,
    SP_API_CLIENT_SECRET: FAKE_CREDENTIALS.clientSecret,
    SP_API_REFRESH_TOKEN: FAKE_CREDENTIALS.refreshToken,
    SP_API_ENDPOINT: fake.url,
    LWA_TOKEN_ENDPOINT: fake.tokenUrl,
    SELLER_NAME: 'Northwind Goods',
    CORS_ORIGIN: ORIGIN,
    SRK_DB_FILE: join(dbDir, 'kit.sqlite'),
    SRK_API_TOKEN: TOKEN,
  });
  app = await appModule.createApp(config, { now: () => new Date(NOW), pollIntervalMs: 5 });
  server = createServer(appModule.nodeListener(app.handle));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  base = `http://127.0.0.1:${server.address().port}/api`;
}

/** Closes the example server (keep-alive connections too, so it never waits for them) and its store. */
async function stopApp() {
  const s = server;
  const a = app;
  server = undefined;
  app = undefined;
  if (s?.listening) {
    const closed = new Promise((r) => s.close(r));
    s.closeAllConnections();
    await closed;
  }
  await a?.close();
}

/**
 * Closes whatever was started, each part on its own (one failing never leaves the others open), and rethrows the
 * first failure. Runs after the tests, and from `before` when it fails, so a failed setup fails fast instead of
 * keeping servers open until the runner's timeout.
 */
async function teardown() {
  const failures = [];
  const attempt = async (f) => {
    try {
      await f();
    } catch (e) {
      failures.push(e);
    }
  };
  await attempt(stopApp);
  await attempt(async () => {
    const f = fake;
    fake = undefined;
    await f?.close();
  });
  await attempt(async () => {
    if (dbDir) await rm(dbDir, { recursive: true, force: true });
    dbDir = undefined;
  });
  if (failures.length) throw failures[0];
}

before(async () => {
  try {
    await mkdir(out, { recursive: true });
    dbDir = await mkdtemp(join(tmpdir(), 'srk-example-db-'));
    appModule = await bundle(join(root, 'examples/server/app.mjs'), 'app.mjs');
    const entry = join(out, 'http-entry.ts');
    await writeFile(
      entry,
      `export { createHttpAdapter } from ${JSON.stringify(join(root, 'src/data/http-adapter.ts'))};\n`,
    );
    ({ createHttpAdapter } = await bundle(entry, 'http.mjs'));
    fake = await startFakeSpApi({ now: () => NOW });
    await startApp();
  } catch (e) {
    await teardown().catch(() => {});
    throw e;
  }
});
after(teardown);

/** Every test needs the servers `before` started: without them it fails at once, naming the cause. */
function ready() {
  assert.ok(server?.listening && fake && createHttpAdapter, 'the example server did not start (see the before hook)');
}

test("the example server answers the kit's HTTP adapter with Amazon's data, end to end", async () => {
  ready();
  const http = createHttpAdapter({ baseUrl: base, headers: { Authorization: `Bearer ${TOKEN}` }, retries: 0 });
  assert.equal(http.capabilities, undefined, 'not known before the session');
  const session = await http.getSession();
  assert.equal(session.sellerName, 'Northwind Goods');
  // SPEC §9: the Amazon adapter's capabilities reach the kit's HTTP adapter through GET /session (what elements
  // read to show "Reply in Seller Central" instead of a form the server refuses with 403 manual-only).
  assert.deepEqual(http.capabilities, { ...app.adapter.capabilities });
  assert.equal(http.capabilities.postFeedbackReply, 'manual');
  assert.equal(http.capabilities.askBuyerToRemoveFeedback, 'api');
  assert.equal('capabilities' in session, false);
  assert.equal(session.marketplaceId, 'ATVPDKIKX0DER');
  assert.equal(session.permissions.reviews, 'none');

  const page = await http.listFeedback({ limit: 100 });
  assert.equal(page.total, 20);
  assert.equal(page.items[0].orderId, '113-4820193-5503318');
  const summary = await http.getFeedbackSummary();
  assert.equal(summary.positiveKnown, false);

  const health = await http.getAccountHealth();
  assert.equal(health.marketplaceId, 'ATVPDKIKX0DER');
  assert.equal(health.accountStatus, 'NORMAL');
  assert.ok(health.metrics.some((m) => m.key === 'orderDefectRate' || m.key.startsWith('orderDefect')));

  // No review API at Amazon: an empty page, never invented reviews.
  assert.deepEqual(await http.listReviews({}), { items: [], total: 0, offset: 0 });
  // A public reply has no SP-API: 403 with the reason.
  await assert.rejects(http.postFeedbackReply(page.items[0].id, 'Thank you.'), (e) => e.code === 'forbidden');

  assert.equal(fake.calls('createReport').length, 2, 'one report of each type');
  assert.deepEqual(fake.invalid, []);
});

test('Ask buyer to remove goes through to the Messaging API and survives a restart (SQLite store)', async () => {
  ready();
  const id = 'fb-113-4820193-5503318';
  const http0 = createHttpAdapter({ baseUrl: base, headers: { Authorization: `Bearer ${TOKEN}` }, retries: 0 });
  const f = await http0.askBuyerToRemoveFeedback(id);
  assert.equal(f.buyerRemovalRequestedAt, '2025-06-01T12:00:00.000Z');
  await assert.rejects(http0.askBuyerToRemoveFeedback(id), (e) => e.code === 'conflict');
  assert.equal(fake.calls('createNegativeFeedbackRemoval').length, 1);

  await stopApp();
  assert.ok(existsSync(join(dbDir, 'kit.sqlite')));
  await startApp();
  const http = createHttpAdapter({ baseUrl: base, headers: { Authorization: `Bearer ${TOKEN}` }, retries: 0 });
  const again = (await http.listFeedback({ limit: 100 })).items.find((x) => x.id === id);
  assert.equal(again.buyerRemovalRequestedAt, '2025-06-01T12:00:00.000Z');
  const activity = await (await fetch(`${base}/activity`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
  assert.equal(activity.items[0].type, 'buyer-removal-requested');
  assert.deepEqual(fake.invalid, []);
});

test('CORS for the demo origin only; the API token is required', async () => {
  ready();
  const pre = await fetch(`${base}/feedback`, {
    method: 'OPTIONS',
    headers: {
      Origin: ORIGIN,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization',
    },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), ORIGIN);
  assert.match(pre.headers.get('access-control-allow-headers'), /idempotency-key/);

  const other = await fetch(`${base}/session`, {
    headers: { Origin: 'https://evil.example', Authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(other.headers.get('access-control-allow-origin'), null);

  const anon = await fetch(`${base}/session`, { headers: { Origin: ORIGIN } });
  assert.equal(anon.status, 401);
  assert.equal(anon.headers.get('access-control-allow-origin'), ORIGIN);
  assert.equal((await anon.json()).error.code, 'unauthorized');
});
