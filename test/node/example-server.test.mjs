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
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/api`;
}
async function stopApp() {
  await new Promise((r) => server.close(r));
  await app.close();
}

before(async () => {
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
});
after(async () => {
  await stopApp();
  await fake.close();
  await rm(dbDir, { recursive: true, force: true });
});

test("the example server answers the kit's HTTP adapter with Amazon's data, end to end", async () => {
  const http = createHttpAdapter({ baseUrl: base, headers: { Authorization: `Bearer ${TOKEN}` }, retries: 0 });
  const session = await http.getSession();
  assert.equal(session.sellerName, 'Northwind Goods');
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
