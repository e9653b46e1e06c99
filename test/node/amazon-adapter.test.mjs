/**
 * `createAmazonAdapter` (SPEC §9) against a local fake Selling Partner API (test/fake-sp-api/server.mjs), which
 * checks every request against Amazon's published models: every test ends with `fake.invalid` empty. The adapter's
 * TypeScript is bundled with esbuild, as test/node/importers-runtimes.test.mjs does.
 */
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL, URLSearchParams } from 'node:url';
import { build } from 'esbuild';
import { startFakeSpApi, FAKE_CREDENTIALS } from '../fake-sp-api/server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NOW = Date.parse('2025-06-01T12:00:00Z');
let clock = NOW;
const now = () => new Date(clock);

let kit;
let fake;
let dir;

/** Bundles src/amazon/index.ts and the memory adapter (a review delegate) into one ES module. */
export async function bundleAmazon(outDir) {
  const entry = join(outDir, 'entry.ts');
  await writeFile(
    entry,
    `export * from ${JSON.stringify(join(root, 'src/amazon/index.ts'))};\n` +
      `export { createMemoryAdapter } from ${JSON.stringify(join(root, 'src/data/memory-adapter.ts'))};\n` +
      `export { createHttpAdapter } from ${JSON.stringify(join(root, 'src/data/http-adapter.ts'))};\n`,
  );
  const out = (
    await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      platform: 'neutral',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'silent',
    })
  ).outputFiles[0].text;
  const file = join(outDir, 'amazon.mjs');
  await writeFile(file, out);
  return import(pathToFileURL(file).href);
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srk-amazon-'));
  kit = await bundleAmazon(dir);
  fake = await startFakeSpApi({ now: () => clock });
});
after(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  clock = NOW;
  fake.reset();
});
afterEach(() => {
  // Every request the adapter sent is valid against Amazon's models.
  assert.deepEqual(fake.invalid, []);
});

const US = 'ATVPDKIKX0DER';
const make = (extra = {}) =>
  kit.createAmazonAdapter({
    marketplaceId: US,
    credentials: { ...FAKE_CREDENTIALS },
    endpoint: fake.url,
    tokenEndpoint: fake.tokenUrl,
    now,
    pollIntervalMs: 5,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    sellerName: 'Northwind Goods',
    ...extra,
  });

const rejectsWith = async (p, code, check) => {
  await assert.rejects(p, (e) => {
    assert.equal(e.name, 'SellerKitError', e.stack);
    assert.equal(e.code, code, e.message);
    check?.(e);
    return true;
  });
};

test('feedback: createReport → getReport IN_QUEUE → IN_PROGRESS → DONE → document (GZIP) → the importer', async () => {
  const a = make();
  const page = await a.listFeedback({ limit: 100, sort: 'newest' });
  assert.equal(page.total, 20);
  assert.equal(page.items[0].orderId, '113-4820193-5503318');
  assert.equal(page.items[0].id, 'fb-113-4820193-5503318');
  assert.ok(page.items.every((f) => f.buyerRemovalRequestedAt === null));
  assert.equal(fake.calls('token').length, 1);
  assert.equal(fake.calls('getReports').length, 1);
  assert.equal(fake.calls('createReport').length, 1);
  assert.equal(fake.calls('getReport').length, 3, 'polled until DONE');
  assert.equal(fake.calls('getReportDocument').length, 1);
  const [download] = fake.calls('download');
  assert.equal(download.headers['x-amz-access-token'], undefined, 'no token sent to the pre-signed URL');
  assert.equal(download.headers.authorization, undefined);
  const spec = JSON.parse(fake.calls('createReport')[0].body);
  assert.equal(spec.reportType, 'GET_SELLER_FEEDBACK_DATA');
  assert.deepEqual(spec.marketplaceIds, [US]);
  assert.equal(spec.dataEndTime, undefined, "Amazon's own now");
  assert.equal(spec.dataStartTime, '2024-06-01T12:00:00Z');
  const q = new URLSearchParams(fake.calls('getReports')[0].query);
  assert.equal(q.get('reportTypes'), 'GET_SELLER_FEEDBACK_DATA');
  assert.equal(q.get('processingStatuses'), 'DONE');
  assert.equal(q.get('marketplaceIds'), US);
  assert.equal(q.get('createdSince'), '2025-06-01T11:00:00Z', 'now − reportMaxAgeMinutes (60)');

  // The summary is the kit's own, and says positive feedback is unknown (the report lists 1–3★ only).
  const s = await a.getFeedbackSummary();
  assert.equal(s.positiveKnown, false);
  assert.equal(s.periods.lifetime.positive, 0);
  assert.ok(s.periods.lifetime.negative > 0);
  // Read once per reportMaxAgeMinutes: no second lifecycle.
  await a.listFeedback({ category: 'negative' });
  assert.equal(fake.calls('createReport').length, 1);
  assert.equal(fake.calls('getReports').length, 1);
});

test('a recent DONE report is reused: no createReport, no polling', async () => {
  fake.scenario.reuse = true;
  const a = make({ reportMaxAgeMinutes: 30 });
  const h = await a.getAccountHealth();
  assert.equal(h.marketplaceId, US);
  assert.equal(h.accountStatus, 'NORMAL');
  assert.ok(h.metrics.length > 0);
  assert.equal((await a.getSession()).accountStatus, 'NORMAL', 'the session says it once the report was read');
  assert.equal(fake.calls('createReport').length, 0);
  assert.equal(fake.calls('getReport').length, 0);
  assert.equal(fake.calls('getReportDocument').length, 1);
  const q = new URLSearchParams(fake.calls('getReports')[0].query);
  assert.equal(q.get('reportTypes'), 'GET_V2_SELLER_PERFORMANCE_REPORT');
  assert.equal(q.get('createdSince'), '2025-06-01T11:30:00Z');
});

/** The report whose document the adapter downloaded (its id is in the document id). */
const downloadedReport = () => {
  const path = fake.calls('getReportDocument')[0].path;
  return fake.reports.find((r) => path.endsWith(`/${r.reportDocumentId}`));
};

test('reuse: getReports follows nextToken (as the only parameter) and reuses the newest DONE report', async () => {
  fake.scenario.reuse = true;
  fake.scenario.reuseCount = 25; // oldest first, 10 a page: the newest is on the third page
  const a = make({ reportMaxAgeMinutes: 60 });
  await a.getAccountHealth();
  const calls = fake.calls('getReports');
  assert.equal(calls.length, 3);
  assert.equal(new URLSearchParams(calls[0].query).get('reportTypes'), 'GET_V2_SELLER_PERFORMANCE_REPORT');
  for (const c of calls.slice(1)) assert.deepEqual([...new URLSearchParams(c.query).keys()], ['nextToken']);
  assert.equal(fake.calls('createReport').length, 0);
  const newest = fake.reports.filter((r) => r.reportType === 'GET_V2_SELLER_PERFORMANCE_REPORT').at(-1);
  assert.equal(newest.createdTime, new Date(NOW - 10 * 60_000).toISOString());
  assert.equal(downloadedReport().reportId, newest.reportId);
});

test('reuse: at most three pages of getReports; the newest report of those is reused', async () => {
  fake.scenario.reuse = true;
  fake.scenario.reuseCount = 35; // four pages: the fourth is never asked for
  const a = make({ reportMaxAgeMinutes: 60 });
  await a.getAccountHealth();
  assert.equal(fake.calls('getReports').length, 3);
  assert.equal(fake.calls('createReport').length, 0);
  const listed = fake.reports.filter((r) => r.reportType === 'GET_V2_SELLER_PERFORMANCE_REPORT');
  assert.equal(downloadedReport().reportId, listed[29].reportId, 'the newest of the first 30 listed');
});

test("reuse: the pages of getReports wait for the operation's rate limit", async () => {
  fake.scenario.reuse = true;
  fake.scenario.reuseCount = 25;
  // One token at once, then one per 200 ms (rate limits run on real time): pages 2 and 3 each wait for theirs.
  const a = make({ reportMaxAgeMinutes: 60, rateLimits: { getReports: { rate: 5, burst: 1 } } });
  const t0 = performance.now();
  await a.getAccountHealth();
  const spent = performance.now() - t0;
  assert.equal(fake.calls('getReports').length, 3);
  assert.equal(fake.calls('createReport').length, 0);
  assert.ok(spent >= 350, `3 getReports pages at 5/s with burst 1 take ≥ 400 ms (took ${Math.round(spent)})`);
});

test('an uncompressed document is read as it is', async () => {
  fake.scenario.gzip = false;
  const page = await make().listFeedback({});
  assert.equal(page.total, 20);
});

test('CANCELLED means no data: an empty feedback list and summary, Account Health not-found (no-data)', async () => {
  fake.scenario.statuses = ['IN_QUEUE', 'CANCELLED'];
  const a = make();
  const page = await a.listFeedback({});
  assert.deepEqual(page, { items: [], total: 0, offset: 0 });
  const s = await a.getFeedbackSummary();
  assert.equal(s.ratingCount, 0);
  assert.equal(s.positiveKnown, false);
  await rejectsWith(a.getAccountHealth(), 'not-found', (e) => assert.deepEqual(e.reasons, ['no-data']));
  assert.equal(fake.downloads, 0);
});

test('FATAL is a clear server error, and the next call tries again', async () => {
  fake.scenario.statuses = ['IN_PROGRESS', 'FATAL'];
  const a = make();
  await rejectsWith(a.getAccountHealth(), 'server', (e) => {
    assert.match(e.message, /FATAL/);
    assert.match(e.message, /GET_V2_SELLER_PERFORMANCE_REPORT/);
    assert.match(e.message, /document says: Report generation failed: the seller has no active listings\.$/);
  });
  fake.scenario.statuses = ['DONE'];
  assert.equal((await a.getAccountHealth()).marketplaceId, US);
  assert.equal(fake.calls('createReport').length, 2);
});

test('polling is abortable: the signal stops it', async () => {
  fake.scenario.statuses = ['IN_QUEUE'];
  const ac = new globalThis.AbortController();
  let polls = 0;
  // Abort once the second poll has been answered.
  const a = make({ pollIntervalMs: 20, log: (l) => l.startsWith('getReport:') && ++polls === 2 && ac.abort() });
  await assert.rejects(a.listFeedback({}, { signal: ac.signal }), (e) => e.name === 'AbortError');
  assert.equal(fake.calls('getReport').length, 2);
  await new Promise((r) => setTimeout(r, 150));
  assert.equal(fake.calls('getReport').length, 2, 'no poll after the abort');
});

test('concurrent reads share one lifecycle; one caller aborting does not stop it for the others', async () => {
  const a = make({ pollIntervalMs: 20 });
  const ac = new globalThis.AbortController();
  const first = a.listFeedback({}, { signal: ac.signal });
  const second = a.getFeedbackSummary();
  const third = a.listFeedback({ category: 'negative' });
  ac.abort();
  await assert.rejects(first, (e) => e.name === 'AbortError');
  assert.equal((await second).positiveKnown, false);
  assert.ok((await third).total > 0);
  assert.equal(fake.calls('createReport').length, 1);
  assert.equal(fake.calls('getReportDocument').length, 1);
});

test('the store keeps every activity when mutations run at once', async () => {
  const a = make();
  await Promise.all(
    Array.from({ length: 20 }, (_, i) => a.recordActivity({ type: 'seller-central-opened', targetId: `fb-${i}` })),
  );
  const log = await a.listActivity({ limit: 100 });
  assert.equal(log.total, 20);
  assert.equal(new Set(log.items.map((x) => x.id)).size, 20);
});

test('a report Amazon never finishes ends in timeout', async () => {
  fake.scenario.statuses = ['IN_PROGRESS'];
  let t = NOW;
  const a = make({
    now: () => new Date((t += 60_000)),
    reportTimeoutMs: 5 * 60_000,
  });
  await rejectsWith(a.getAccountHealth(), 'timeout');
});

test('an access token Amazon refuses (401) is refreshed once and the call repeated', async () => {
  fake.scenario.revokeTokens = 1;
  const a = make();
  assert.equal((await a.listFeedback({})).total, 20);
  assert.equal(fake.calls('token').length, 2);
  assert.equal(fake.calls('getReports').length, 2, 'the refused call was repeated');
});

test('the access token is cached until it expires, then exchanged again before the call', async () => {
  fake.scenario.tokenExpiresIn = 3600;
  const a = make();
  await a.listFeedback({});
  assert.equal(fake.calls('token').length, 1);
  clock += 2 * 3600_000; // two hours later: token expired, the report too old to reuse
  await a.getFeedbackSummary();
  assert.equal(fake.calls('token').length, 2);
  // No call went out with the expired token (the fake would answer 403).
  assert.ok(
    fake.requests.every(
      (r) => r.operation === 'token' || r.operation === 'download' || r.headers['x-amz-access-token'],
    ),
  );
});

test('refused credentials are unauthorized, and the message names no credential', async () => {
  const a = make({ credentials: { ...FAKE_CREDENTIALS, refreshToken: 'Atzr|revoked-refresh-token-999' } });
  await rejectsWith(a.listFeedback({}), 'unauthorized', (e) => {
    assert.match(e.message, /invalid_grant/);
    assert.doesNotMatch(e.message, /Atzr|amzn1\.oa2-cs/);
  });
});

test('429 with x-amzn-RateLimit-Limit: backs off, retries, and takes the new rate', async () => {
  fake.scenario.throttle = { operation: 'getReports', times: 2, limit: '5.0' };
  fake.scenario.rateLimitHeaders = { getReport: '4.5' };
  const a = make();
  assert.deepEqual(a.usagePlan('getReports'), { rate: 0.0222, burst: 10 });
  assert.equal((await a.listFeedback({})).total, 20);
  assert.equal(fake.calls('getReports').length, 3);
  assert.equal(a.usagePlan('getReports').rate, 5);
  assert.equal(a.usagePlan('getReport').rate, 4.5);
});

test('429 until the retries run out is rate-limited', async () => {
  fake.scenario.throttle = { operation: 'createReport', times: 10, limit: '50' };
  const a = make({ retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 10 } });
  await rejectsWith(a.getAccountHealth(), 'rate-limited', (e) => {
    assert.equal(e.status, 429);
    assert.equal(e.retryable, true);
    assert.equal(e.retryAfter, 1, 'from the rate Amazon announced (50/s)');
  });
  assert.equal(fake.calls('createReport').length, 3);
});

test('the per-operation usage plan spaces requests beyond the burst', async () => {
  fake.scenario.statuses = ['IN_QUEUE', 'IN_QUEUE', 'IN_QUEUE', 'DONE'];
  const a = make({ pollIntervalMs: 0, rateLimits: { getReport: { rate: 20, burst: 1 } } });
  const t0 = performance.now();
  await a.listFeedback({});
  const spent = performance.now() - t0;
  assert.equal(fake.calls('getReport').length, 4);
  assert.ok(spent >= 130, `4 getReport calls at 20/s with burst 1 take ≥ 150 ms (took ${Math.round(spent)})`);
});

test('a document URL that fails is fetched again with a fresh URL; failing twice is a server error without the URL', async () => {
  fake.scenario.documentFailures = 1;
  const a = make();
  assert.equal((await a.listFeedback({})).total, 20);
  assert.equal(fake.calls('getReportDocument').length, 2);

  fake.reset();
  fake.scenario.documentFailures = 5;
  await rejectsWith(make().getAccountHealth(), 'server', (e) => {
    assert.match(e.message, /HTTP 403/);
    assert.doesNotMatch(e.message, /X-Amz-Signature|http:/);
  });
});

test('a corrupt gzip document is invalid-response', async () => {
  fake.scenario.corruptGzip = true;
  await rejectsWith(make().listFeedback({}), 'invalid-response', (e) => assert.match(e.message, /GZIP/));
});

test('askBuyerToRemoveFeedback: getMessagingActionsForOrder, then createNegativeFeedbackRemoval; recorded once', async () => {
  const a = make();
  const f = await a.askBuyerToRemoveFeedback('fb-113-4820193-5503318');
  assert.equal(f.buyerRemovalRequestedAt, '2025-06-01T12:00:00.000Z');
  const [actions] = fake.calls('getMessagingActionsForOrder');
  assert.equal(actions.path, '/messaging/v1/orders/113-4820193-5503318');
  assert.equal(new URLSearchParams(actions.query).get('marketplaceIds'), US);
  assert.equal(fake.calls('createNegativeFeedbackRemoval').length, 1);

  const listed = (await a.listFeedback({ limit: 100 })).items.find((x) => x.id === f.id);
  assert.equal(listed.buyerRemovalRequestedAt, f.buyerRemovalRequestedAt);
  await rejectsWith(a.askBuyerToRemoveFeedback(f.id), 'conflict', (e) =>
    assert.deepEqual(e.reasons, ['already-asked']),
  );
  assert.equal(fake.calls('createNegativeFeedbackRemoval').length, 1);

  const log = await a.listActivity({});
  assert.deepEqual(
    log.items.map((x) => [x.type, x.targetId, x.outcome]),
    [
      ['buyer-removal-requested', f.id, 'refused'],
      ['buyer-removal-requested', f.id, 'ok'],
    ],
  );
  assert.equal(log.items[1].actor, 'Northwind Goods');
});

test('askBuyerToRemoveFeedback is refused when Amazon does not list the action, and for 3★ feedback', async () => {
  fake.scenario.messagingActions = () => ['confirmOrderDetails', 'unexpectedProblem'];
  const a = make();
  await rejectsWith(a.askBuyerToRemoveFeedback('fb-114-0038271-9927446'), 'policy-violation', (e) =>
    assert.deepEqual(e.reasons, ['not-offered-by-amazon']),
  );
  assert.equal(fake.calls('createNegativeFeedbackRemoval').length, 0);
  await rejectsWith(a.askBuyerToRemoveFeedback('fb-111-7735520-1184032'), 'policy-violation', (e) =>
    assert.deepEqual(e.reasons, ['not-negative']),
  );
  await rejectsWith(a.askBuyerToRemoveFeedback('fb-nope'), 'not-found');
  assert.equal(fake.calls('getMessagingActionsForOrder').length, 1);
});

test('the store keeps buyer-removal requests across adapters (a restarted server)', async () => {
  const store = kit.createInMemoryStore();
  await make({ store }).askBuyerToRemoveFeedback('fb-113-4820193-5503318');
  const again = make({ store });
  const f = (await again.listFeedback({ limit: 100 })).items.find((x) => x.orderId === '113-4820193-5503318');
  assert.equal(f.buyerRemovalRequestedAt, '2025-06-01T12:00:00.000Z');
  assert.equal((await again.listActivity({ types: ['buyer-removal-requested'] })).total, 1);
});

test('capabilities: what Amazon has no API for is manual, and those methods say so', async () => {
  const a = make();
  assert.deepEqual(a.capabilities, {
    addReviewComment: 'manual',
    contactCustomer: 'manual',
    postFeedbackReply: 'manual',
    removeFeedbackReply: 'manual',
    requestFeedbackRemoval: 'manual',
    askBuyerToRemoveFeedback: 'api',
  });
  await rejectsWith(a.postFeedbackReply('fb-1', 'Thanks'), 'forbidden', (e) =>
    assert.deepEqual(e.reasons, ['manual-only']),
  );
  await rejectsWith(a.removeFeedbackReply('fb-1'), 'forbidden');
  await rejectsWith(a.requestFeedbackRemoval('fb-1', 'obscene'), 'forbidden');
  await rejectsWith(a.contactCustomer('r-1', 'customer-support'), 'forbidden');
  await rejectsWith(a.addReviewComment('r-1', 'Hi'), 'forbidden');
  assert.equal(fake.requests.length, 0, 'nothing sent to Amazon');
});

test('reviews: none without a delegate (never invented); delegated with one, marks as done in the store', async () => {
  const a = make();
  assert.equal(a.reviewsSource, 'none');
  assert.deepEqual(await a.listReviews({}), { items: [], total: 0, offset: 0 });
  const s = await a.getSession();
  assert.equal(s.permissions.reviews, 'none');
  assert.equal(s.sellerName, 'Northwind Goods');
  assert.equal(s.marketplaceId, US);
  await rejectsWith(a.setReviewDone('r-1', true), 'not-found', (e) =>
    assert.deepEqual(e.reasons, ['no-review-source']),
  );

  const reviews = kit.createMemoryAdapter({ seed: 3, counts: { reviews: 12, feedback: 0 }, now: new Date(NOW) });
  const b = make({ reviews });
  assert.equal(b.reviewsSource, 'delegate');
  assert.equal((await b.getSession()).permissions.reviews, 'edit');
  const page = await b.listReviews({ limit: 50 });
  assert.ok(page.total > 0);
  const r = await b.setReviewDone(page.items[0].id, true);
  assert.equal(r.done, true);
  const open = await b.listReviews({ limit: 50 });
  assert.ok(!open.items.some((x) => x.id === r.id));
  assert.equal((await b.listActivity({ types: ['review-done'] })).items[0].targetId, r.id);
});

test('recordActivity keeps client-side events (a Seller Central link opened)', async () => {
  const a = make();
  const act = await a.recordActivity({
    type: 'seller-central-opened',
    targetId: 'fb-1',
    summary: 'Reply in Seller Central',
  });
  assert.equal(act.outcome, 'ok');
  assert.equal((await a.listActivity({ targetId: 'fb-1' })).items[0].id, act.id);
  await rejectsWith(a.recordActivity({ type: 'nonsense', targetId: 'x' }), 'policy-violation');
});

test('the marketplace picks the region endpoint', () => {
  assert.equal(kit.amazonEndpointFor('ATVPDKIKX0DER'), 'https://sellingpartnerapi-na.amazon.com');
  assert.equal(kit.amazonEndpointFor('A1PA6795UKMFR9'), 'https://sellingpartnerapi-eu.amazon.com');
  assert.equal(kit.amazonEndpointFor('A1VC38T7YXB528'), 'https://sellingpartnerapi-fe.amazon.com');
  assert.throws(() => kit.amazonEndpointFor('nope'), /endpoint/);
});

test('credentials and tokens never reach a log line, the console or an error message', async () => {
  const lines = [];
  const printed = [];
  const saved = {};
  for (const k of ['log', 'info', 'warn', 'error', 'debug']) {
    saved[k] = console[k];
    console[k] = (...args) => printed.push(args.map(String).join(' '));
  }
  const errors = [];
  try {
    fake.scenario.revokeTokens = 1;
    fake.scenario.throttle = { operation: 'getReport', times: 1, limit: '2' };
    const a = make({ log: (l) => lines.push(l) });
    await a.listFeedback({});
    await a.getAccountHealth();
    fake.scenario.messagingActions = () => [];
    await a.askBuyerToRemoveFeedback('fb-113-4820193-5503318').catch((e) => errors.push(e));
    fake.scenario.documentFailures = 5;
    clock += 2 * 3600_000;
    await a.getAccountHealth().catch((e) => errors.push(e));
    await make({
      credentials: { ...FAKE_CREDENTIALS, clientSecret: 'amzn1.oa2-cs.v1.wrong-secret-xyz' },
      log: (l) => lines.push(l),
    })
      .listFeedback({})
      .catch((e) => errors.push(e));
  } finally {
    Object.assign(console, saved);
  }
  assert.ok(lines.length > 5, 'the log option got lines');
  assert.equal(errors.length, 3);
  const tokens = fake.requests.map((r) => r.headers['x-amz-access-token']).filter(Boolean);
  assert.ok(tokens.length > 0);
  const secrets = [
    ...Object.values(FAKE_CREDENTIALS),
    'amzn1.oa2-cs.v1.wrong-secret-xyz',
    ...tokens,
    'X-Amz-Signature',
    'fake-signature',
  ];
  const said = [...lines, ...printed, ...errors.map((e) => `${e.message} ${JSON.stringify(e)} ${e.stack}`)].join('\n');
  for (const s of secrets) assert.ok(!said.includes(s), `leaked ${s.slice(0, 12)}…`);
  assert.deepEqual(printed, [], 'the adapter prints nothing to the console');
});

test('the adapter module reads no file and imports no Node built-in (it runs wherever fetch does)', async () => {
  const src = await readFile(join(dir, 'amazon.mjs'), 'utf8');
  assert.doesNotMatch(src, /from ["']node:|require\(["'](fs|http|zlib)/);
});
