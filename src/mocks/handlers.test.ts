import { expect } from '@open-wc/testing';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { SellerKitError } from '../data/errors.js';
import { createFakeAdapter, type FakeAdapter } from '../data/test-helpers/fake-adapter.js';
import {
  createHandlers,
  ENDPOINTS,
  OPTIONAL_ENDPOINTS,
  SCENARIOS,
  scenarioHandlers,
  parseReviewQuery,
} from './index.js';

const BASE = '/mock-api';

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(BASE + path, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

describe('mock handlers (MSW over an adapter)', () => {
  let worker: SetupWorker;
  let fake: FakeAdapter;

  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  });
  after(() => worker.stop());
  beforeEach(() => {
    fake = createFakeAdapter();
    worker.resetHandlers(...createHandlers(fake, { baseUrl: BASE }));
  });

  it('serves every endpoint of the contract', () => {
    // SPEC §5's eleven; the optional routes (§8 activity, §9 buyer removal) are served when the adapter has them.
    expect(ENDPOINTS.map((e) => e.name)).to.have.length(11);
    expect(createHandlers(fake)).to.have.length(11);
    expect(OPTIONAL_ENDPOINTS.map((e) => e.name)).to.include.members(['activity', 'activity-record']);
  });

  it('GET /session, /feedback/summary and /account-health return the adapter data', async () => {
    const s = await call('GET', '/session');
    expect(s.status).to.equal(200);
    expect(s.json.sellerName).to.equal('Acme Goods');
    const sum = await call('GET', '/feedback/summary');
    expect(sum.json.periods.d30.positive).to.equal(8);
    const h = await call('GET', '/account-health');
    expect(h.json.metrics[0].key).to.equal('orderDefectRate');
    expect(fake.calls.map((c) => c.method)).to.deep.equal(['getSession', 'getFeedbackSummary', 'getAccountHealth']);
  });

  it('GET /reviews turns the query string into a ReviewQuery', async () => {
    const r = await call(
      'GET',
      '/reviews?rating=1&rating=2&brandId=b1&brandId=b2&from=2026-01-01&to=2026-02-01&includeDone=true&search=bad&sort=oldest&offset=0&limit=10',
    );
    expect(r.status).to.equal(200);
    expect(r.json.items.map((x: any) => x.id)).to.deep.equal(['r1']);
    expect(fake.calls[0]!.args[0]).to.deep.equal({
      ratings: [1, 2],
      brandIds: ['b1', 'b2'],
      from: '2026-01-01',
      to: '2026-02-01',
      includeDone: true,
      search: 'bad',
      sort: 'oldest',
      offset: 0,
      limit: 10,
    });
  });

  it('GET /feedback turns the query string into a FeedbackQuery', async () => {
    const r = await call('GET', '/feedback?category=negative&from=a&to=b&sort=order-desc&offset=1&limit=5');
    expect(r.status).to.equal(200);
    expect(r.json.offset).to.equal(1);
    expect(fake.calls[0]!.args[0]).to.deep.equal({
      category: 'negative',
      from: 'a',
      to: 'b',
      sort: 'order-desc',
      offset: 1,
      limit: 5,
    });
  });

  it('rejects bad query values with 400 bad-request, without calling the adapter', async () => {
    for (const q of [
      '/reviews?rating=6',
      '/reviews?sort=best',
      '/reviews?offset=-1',
      '/reviews?includeDone=yes',
      '/feedback?category=good',
      '/feedback?limit=x',
    ]) {
      const r = await call('GET', q);
      expect(r.status, q).to.equal(400);
      expect(r.json.error.code).to.equal('bad-request');
    }
    expect(fake.calls).to.have.length(0);
    expect(() => parseReviewQuery(new URLSearchParams('rating=0'))).to.throw();
  });

  it('routes every mutation to the adapter with id, body and idempotency key', async () => {
    const k = { 'Idempotency-Key': 'k' };
    expect((await call('PUT', '/reviews/r1/done', { done: true }, { 'Idempotency-Key': 'k1' })).json.done).to.equal(
      true,
    );
    expect(
      (await call('POST', '/reviews/r1/comments', { text: 'Thanks' }, { 'Idempotency-Key': 'k2' })).json.comments,
    ).to.have.length(1);
    expect(
      (await call('POST', '/reviews/r1/contact', { reason: 'courtesy-refund' }, { 'Idempotency-Key': 'k3' })).json
        .contact.reason,
    ).to.equal('courtesy-refund');
    expect(
      (await call('PUT', '/feedback/f1/reply', { text: 'Sorry' }, { 'Idempotency-Key': 'k4' })).json.reply.text,
    ).to.equal('Sorry');
    expect((await call('DELETE', '/feedback/f1/reply', undefined, { 'Idempotency-Key': 'k5' })).json.reply).to.equal(
      null,
    );
    expect((await call('POST', '/feedback/f1/removal-request', { reason: 'obscene' }, k)).json.removal.status).to.equal(
      'requested',
    );
    expect(fake.calls.map((c) => [c.method, ...c.args, c.idempotencyKey])).to.deep.equal([
      ['setReviewDone', 'r1', true, 'k1'],
      ['addReviewComment', 'r1', 'Thanks', 'k2'],
      ['contactCustomer', 'r1', 'courtesy-refund', 'k3'],
      ['postFeedbackReply', 'f1', 'Sorry', 'k4'],
      ['removeFeedbackReply', 'f1', 'k5'],
      ['requestFeedbackRemoval', 'f1', 'obscene', 'k'],
    ]);
  });

  it('decodes path ids', async () => {
    fake.reviews[0]!.id = 'a/b c';
    const r = await call('PUT', `/reviews/${encodeURIComponent('a/b c')}/done`, { done: true });
    expect(r.status).to.equal(200);
    expect(fake.calls[0]!.args[0]).to.equal('a/b c');
  });

  it('rejects bad bodies with 400 and never calls the adapter', async () => {
    const cases: [string, string, unknown][] = [
      ['PUT', '/reviews/r1/done', '{not json'],
      ['PUT', '/reviews/r1/done', { done: 'yes' }],
      ['PUT', '/reviews/r1/done', [true]],
      ['POST', '/reviews/r1/comments', {}],
      ['POST', '/reviews/r1/contact', { reason: 'because' }],
      ['PUT', '/feedback/f1/reply', { text: 5 }],
      ['POST', '/feedback/f1/removal-request', { reason: 'dislike' }],
      ['POST', '/feedback/f1/removal-request', ''],
    ];
    for (const [m, p, b] of cases) {
      const r = await call(m, p, b);
      expect(r.status, `${m} ${p} ${JSON.stringify(b)}`).to.equal(400);
      expect(r.json.error.code).to.equal('bad-request');
      expect(r.json.error.message).to.be.a('string');
    }
    expect(fake.calls).to.have.length(0);
  });

  it('maps adapter errors to statuses and the error body', async () => {
    expect((await call('PUT', '/reviews/nope/done', { done: true })).status).to.equal(404);
    await call('POST', '/reviews/r1/contact', { reason: 'customer-support' });
    const second = await call('POST', '/reviews/r1/contact', { reason: 'customer-support' });
    expect(second.status).to.equal(409);
    expect(second.json).to.deep.equal({
      error: { code: 'conflict', message: 'Already contacted', reasons: ['already-contacted'] },
    });
    const lint = await call('POST', '/reviews/r1/comments', { text: 'a forbidden offer' });
    expect(lint.status).to.equal(422);
    expect(lint.json.error).to.deep.equal({
      code: 'policy-violation',
      message: 'The comment breaks policy',
      reasons: ['incentive'],
    });
    await call('PUT', '/feedback/f1/reply', { text: 'x' });
    expect((await call('PUT', '/feedback/f1/reply', { text: 'y' })).status).to.equal(409);

    const table: [SellerKitError | Error, number, string][] = [
      [new SellerKitError('unauthorized', 'u'), 401, 'unauthorized'],
      [new SellerKitError('forbidden', 'f'), 403, 'forbidden'],
      [new SellerKitError('rate-limited', 'r', { retryAfter: 7 }), 429, 'rate-limited'],
      [new SellerKitError('server', 's', { status: 503 }), 503, 'server'],
      [new SellerKitError('server', 's'), 500, 'server'],
      [new SellerKitError('timeout', 't'), 504, 'timeout'],
      [new SellerKitError('network', 'n'), 502, 'network'],
      [new SellerKitError('invalid-response', 'i'), 502, 'invalid-response'],
      [new Error('boom'), 500, 'server'],
    ];
    for (const [err, status, code] of table) {
      fake.failNext = err;
      const r = await call('GET', '/session');
      expect(r.status, code).to.equal(status);
      expect(r.json.error.code).to.equal(code);
      if (status === 429) expect(r.headers.get('Retry-After')).to.equal('7');
    }
    fake.failNext = new Error('secret stack detail');
    expect((await call('GET', '/session')).json.error.message).to.equal('Internal error');
  });

  it('replays the first response for a repeated Idempotency-Key without calling the adapter again', async () => {
    const h = { 'Idempotency-Key': 'same' };
    const a = await call('POST', '/reviews/r1/contact', { reason: 'courtesy-refund' }, h);
    const b = await call('POST', '/reviews/r1/contact', { reason: 'courtesy-refund' }, h);
    expect(a.status).to.equal(200);
    expect(b.status).to.equal(200);
    expect(b.text).to.equal(a.text);
    expect(b.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(fake.calls.filter((c) => c.method === 'contactCustomer')).to.have.length(1);
    // Another key is a new operation: the adapter refuses the second contact.
    expect(
      (await call('POST', '/reviews/r1/contact', { reason: 'courtesy-refund' }, { 'Idempotency-Key': 'other' })).status,
    ).to.equal(409);
    // The same key on another route is another operation.
    expect((await call('POST', '/reviews/r2/contact', { reason: 'courtesy-refund' }, h)).status).to.equal(200);
  });

  it('replays a stored error too, and concurrent duplicates share one adapter call', async () => {
    const h = { 'Idempotency-Key': 'err' };
    const a = await call('POST', '/reviews/r1/comments', { text: 'forbidden' }, h);
    const b = await call('POST', '/reviews/r1/comments', { text: 'forbidden' }, h);
    expect([a.status, b.status]).to.deep.equal([422, 422]);
    expect(b.json).to.deep.equal(a.json);
    const h2 = { 'Idempotency-Key': 'parallel' };
    const [x, y] = await Promise.all([
      call('PUT', '/feedback/f2/reply', { text: 'hi' }, h2),
      call('PUT', '/feedback/f2/reply', { text: 'hi' }, h2),
    ]);
    expect([x.status, y.status]).to.deep.equal([200, 200]);
    expect(fake.calls.filter((c) => c.method === 'postFeedbackReply')).to.have.length(1);
    expect(fake.calls.filter((c) => c.method === 'addReviewComment')).to.have.length(1);
  });

  it('does not store transient failures or refused requests under a key', async () => {
    const h = { 'Idempotency-Key': 'retry-me' };
    fake.failNext = new SellerKitError('server', 'down', { status: 503 });
    expect((await call('PUT', '/reviews/r1/done', { done: true }, h)).status).to.equal(503);
    expect((await call('PUT', '/reviews/r1/done', { done: true }, h)).status).to.equal(200);
    const h2 = { 'Idempotency-Key': 'bad-then-good' };
    expect((await call('PUT', '/reviews/r1/done', { done: 1 }, h2)).status).to.equal(400);
    expect((await call('PUT', '/reviews/r1/done', { done: false }, h2)).status).to.equal(200);
  });

  it('takes the adapter from a function per request', async () => {
    const other = createFakeAdapter();
    let current: FakeAdapter = fake;
    worker.resetHandlers(...createHandlers(() => current, { baseUrl: BASE }));
    await call('GET', '/session');
    current = other;
    await call('GET', '/session');
    expect(fake.calls).to.have.length(1);
    expect(other.calls).to.have.length(1);
  });

  describe('scenarios', () => {
    it('fail: answers the chosen endpoint with the status, code and Retry-After, `times` times', async () => {
      worker.resetHandlers(
        ...createHandlers(fake, {
          baseUrl: BASE,
          scenario: { fail: { endpoint: 'reviews', status: 429, retryAfter: 3, times: 2 } },
        }),
      );
      expect((await call('GET', '/session')).status).to.equal(200);
      const r = await call('GET', '/reviews');
      expect(r.status).to.equal(429);
      expect(r.json.error.code).to.equal('rate-limited');
      expect(r.headers.get('Retry-After')).to.equal('3');
      expect((await call('GET', '/reviews')).status).to.equal(429);
      expect((await call('GET', '/reviews')).status).to.equal(200);
      expect(fake.calls.map((c) => c.method)).to.deep.equal(['getSession', 'listReviews']);
    });

    it('offline: every request is a network error', async () => {
      worker.resetHandlers(...createHandlers(fake, { baseUrl: BASE, scenario: 'offline' }));
      let error: unknown;
      try {
        await fetch(`${BASE}/session`);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(TypeError);
    });

    it('latency delays the answer', async () => {
      worker.resetHandlers(...createHandlers(fake, { baseUrl: BASE, scenario: { latencyMs: 150 } }));
      const t0 = performance.now();
      expect((await call('GET', '/session')).status).to.equal(200);
      expect(performance.now() - t0).to.be.greaterThan(140);
    });

    it('malformed and wrong-shape bodies', async () => {
      worker.resetHandlers(
        ...createHandlers(fake, { baseUrl: BASE, scenario: { malformed: 'session', wrongShape: 'reviews' } }),
      );
      const m = await call('GET', '/session');
      expect(m.status).to.equal(200);
      expect(m.json).to.equal(undefined);
      const w = await call('GET', '/reviews');
      expect(w.status).to.equal(200);
      expect(w.json.items[0].rating).to.equal('five');
      expect((await call('GET', '/account-health')).json.metrics).to.have.length(1);
    });

    it('scenarioHandlers prepend on top of the real handlers and fall through when done', async () => {
      worker.use(...scenarioHandlers({ fail: { endpoint: 'review-done', status: 503, times: 1 } }, BASE));
      const first = await call('PUT', '/reviews/r1/done', { done: true });
      expect(first.status).to.equal(503);
      expect(first.json.error.code).to.equal('server');
      expect((await call('PUT', '/reviews/r1/done', { done: true })).status).to.equal(200);
      expect(fake.calls).to.have.length(1);
    });

    it('named presets exist for every endpoint and unknown names throw', async () => {
      for (const e of ENDPOINTS) expect(SCENARIOS[`failing-${e.name}`].fail?.endpoint).to.equal(e.name);
      expect(SCENARIOS.slow.latencyMs).to.equal(2000);
      worker.use(...scenarioHandlers('failing-account-health', BASE));
      expect((await call('GET', '/account-health')).status).to.equal(500);
      expect((await call('GET', '/session')).status).to.equal(200);
      expect(() => scenarioHandlers('nope' as never, BASE)).to.throw(/Unknown mock scenario/);
    });
  });
});
