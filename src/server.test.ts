import { expect } from '@open-wc/testing';
import { SellerKitError } from './data/errors.js';
import { createFakeAdapter, type FakeAdapter } from './data/test-helpers/fake-adapter.js';
import { createMemoryAdapter } from './data/memory-adapter.js';
import type { Activity, ActivityInput, ActivityQuery, SellerKitAdapter } from './data/models.js';
import {
  ALL_ROUTES,
  ENDPOINTS,
  OPTIONAL_ENDPOINTS,
  createRequestHandler,
  matchRoute,
  parseActivityInput,
  parseActivityQuery,
  type RequestHandler,
} from './server.js';
import { NOW, makeFeedback, makeSession } from '../test/support/index.js';

const ORIGIN = 'https://portal.example';

/** The fake adapter plus the optional methods (Ask buyer to remove, activity), each call recorded. */
function fullFake(): FakeAdapter & Required<Pick<SellerKitAdapter, 'listActivity' | 'recordActivity'>> {
  const fake = createFakeAdapter();
  const log: Activity[] = [];
  const rec = (method: string, args: unknown[], key?: string) => fake.calls.push({ method, args, idempotencyKey: key });
  return Object.assign(fake, {
    askBuyerToRemoveFeedback: async (id: string, o?: { idempotencyKey?: string }) => {
      rec('askBuyerToRemoveFeedback', [id], o?.idempotencyKey);
      const f = fake.feedback.find((x) => x.id === id);
      if (!f) throw new SellerKitError('not-found', `No feedback ${id}`);
      if (f.buyerRemovalRequestedAt)
        throw new SellerKitError('conflict', 'Already asked', { reasons: ['already-asked'] });
      f.buyerRemovalRequestedAt = '2026-11-21T00:00:00.000Z';
      return f;
    },
    listActivity: async (q: ActivityQuery) => {
      rec('listActivity', [q]);
      return { items: log.slice(q.offset ?? 0), total: log.length, offset: q.offset ?? 0 };
    },
    recordActivity: async (input: ActivityInput, o?: { idempotencyKey?: string }) => {
      rec('recordActivity', [input], o?.idempotencyKey);
      const a: Activity = {
        id: `a${log.length + 1}`,
        at: '2026-11-21T00:00:00.000Z',
        actor: 'Acme Goods',
        type: input.type,
        targetId: input.targetId,
        summary: input.summary ?? input.type,
        outcome: input.outcome ?? 'ok',
      };
      log.unshift(a);
      return a;
    },
  });
}

async function send(
  handle: RequestHandler,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await handle(
    new Request(ORIGIN + path, {
      method,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

describe('createRequestHandler (server.js)', () => {
  let fake: ReturnType<typeof fullFake>;
  let handle: RequestHandler;
  beforeEach(() => {
    fake = fullFake();
    handle = createRequestHandler(fake, { basePath: '/api' });
  });

  it('knows every route of openapi.yaml: §5, accounts, activity and buyer-removal-request, plain and per account', () => {
    expect(ALL_ROUTES).to.have.length(2 * (ENDPOINTS.length + OPTIONAL_ENDPOINTS.length) + 1);
    for (const r of ALL_ROUTES) {
      const path = r.path.replace(':accountId', 'acc').replace(':id', 'x1');
      const m = matchRoute(r.method, path);
      expect(m && 'route' in m && m.route, `${r.method} ${path}`).to.equal(r);
    }
  });

  it('serves every read of §5 with the adapter data and JSON', async () => {
    const s = await send(handle, 'GET', '/api/session');
    expect(s.status).to.equal(200);
    expect(s.headers.get('Content-Type')).to.match(/^application\/json/);
    expect(s.json.sellerName).to.equal('Acme Goods');
    expect(
      (await send(handle, 'GET', '/api/reviews?rating=1&rating=2')).json.items.map((r: any) => r.id),
    ).to.deep.equal(['r1']);
    expect(fake.calls.at(-1)!.args[0]).to.deep.equal({ ratings: [1, 2] });
    expect((await send(handle, 'GET', '/api/feedback/summary')).json.ratingCount).to.equal(10);
    expect((await send(handle, 'GET', '/api/feedback?category=negative&limit=5')).json.total).to.equal(2);
    expect(fake.calls.at(-1)!.args[0]).to.deep.equal({ category: 'negative', limit: 5 });
    expect((await send(handle, 'GET', '/api/account-health')).json.rating.score).to.equal(250);
  });

  it('serves every mutation with its id, body and Idempotency-Key', async () => {
    const k = (key: string) => ({ 'Idempotency-Key': key });
    expect((await send(handle, 'PUT', '/api/reviews/r1/done', { done: true }, k('1'))).json.done).to.equal(true);
    expect((await send(handle, 'POST', '/api/reviews/r1/comments', { text: 'Thanks' }, k('2'))).status).to.equal(200);
    expect(
      (await send(handle, 'POST', '/api/reviews/r1/contact', { reason: 'customer-support' }, k('3'))).status,
    ).to.equal(200);
    expect((await send(handle, 'PUT', '/api/feedback/f1/reply', { text: 'Sorry' }, k('4'))).json.reply.text).to.equal(
      'Sorry',
    );
    expect((await send(handle, 'DELETE', '/api/feedback/f1/reply', undefined, k('5'))).json.reply).to.equal(null);
    expect(
      (await send(handle, 'POST', '/api/feedback/f1/removal-request', { reason: 'obscene' }, k('6'))).json.removal
        .status,
    ).to.equal('requested');
    const asked = await send(handle, 'POST', '/api/feedback/f1/buyer-removal-request', undefined, k('7'));
    expect(asked.status).to.equal(200);
    expect(asked.json.buyerRemovalRequestedAt).to.equal('2026-11-21T00:00:00.000Z');
    expect(fake.calls.map((c) => [c.method, ...c.args, c.idempotencyKey])).to.deep.equal([
      ['setReviewDone', 'r1', true, '1'],
      ['addReviewComment', 'r1', 'Thanks', '2'],
      ['contactCustomer', 'r1', 'customer-support', '3'],
      ['postFeedbackReply', 'f1', 'Sorry', '4'],
      ['removeFeedbackReply', 'f1', '5'],
      ['requestFeedbackRemoval', 'f1', 'obscene', '6'],
      ['askBuyerToRemoveFeedback', 'f1', '7'],
    ]);
    // A second ask is the adapter's conflict: 409 with its reasons.
    const again = await send(handle, 'POST', '/api/feedback/f1/buyer-removal-request');
    expect(again.status).to.equal(409);
    expect(again.json).to.deep.equal({
      error: { code: 'conflict', message: 'Already asked', reasons: ['already-asked'] },
    });
  });

  it('GET /activity parses repeated type=, from, to, targetId, offset, limit into an ActivityQuery', async () => {
    const r = await send(
      handle,
      'GET',
      '/api/activity?type=feedback-reply&type=seller-central-opened&from=2026-11-01&to=2026-11-30T23:59:59Z&targetId=f1&offset=0&limit=10',
    );
    expect(r.status).to.equal(200);
    expect(r.json).to.deep.equal({ items: [], total: 0, offset: 0 });
    expect(fake.calls[0]!.args[0]).to.deep.equal({
      types: ['feedback-reply', 'seller-central-opened'],
      from: '2026-11-01',
      to: '2026-11-30T23:59:59Z',
      targetId: 'f1',
      offset: 0,
      limit: 10,
    });
  });

  it('POST /activity records an ActivityInput and answers 201 with the Activity', async () => {
    const body = { type: 'seller-central-opened', targetId: 'f2', summary: 'Reply in Seller Central', extra: 1 };
    const r = await send(handle, 'POST', '/api/activity', body, { 'Idempotency-Key': 'a' });
    expect(r.status).to.equal(201);
    expect(r.json).to.include({ id: 'a1', type: 'seller-central-opened', targetId: 'f2', outcome: 'ok' });
    // Unknown fields are dropped; the key reaches the adapter; a repeat is replayed (201 again), not recorded again.
    expect(fake.calls[0]!.args[0]).to.deep.equal({
      type: 'seller-central-opened',
      targetId: 'f2',
      summary: 'Reply in Seller Central',
    });
    const again = await send(handle, 'POST', '/api/activity', body, { 'Idempotency-Key': 'a' });
    expect([again.status, again.text, again.headers.get('Idempotent-Replayed')]).to.deep.equal([201, r.text, 'true']);
    expect((await send(handle, 'GET', '/api/activity')).json.total).to.equal(1);
  });

  it('answers 404 with a clear error when the adapter lacks the optional method (activity, Ask buyer, accounts)', async () => {
    const plain = createRequestHandler(createFakeAdapter());
    for (const [m, p, b] of [
      ['GET', '/activity', undefined],
      ['POST', '/activity', { type: 'abuse-report-opened', targetId: 'r1' }],
      ['POST', '/feedback/f1/buyer-removal-request', undefined],
      ['GET', '/accounts', undefined],
      ['GET', '/accounts/a1/session', undefined],
    ] as const) {
      const r = await send(plain, m, p, b);
      expect(r.status, `${m} ${p}`).to.equal(404);
      expect(r.json.error.code).to.equal('not-found');
      expect(r.json.error.message).to.match(/no (activity log|Ask buyer to remove)|one account/);
    }
  });

  it('rejects malformed input with 400 and a message, never calling the adapter', async () => {
    const cases: [string, string, unknown][] = [
      ['GET', '/api/reviews?rating=0', undefined],
      ['GET', '/api/reviews?limit=1e3', undefined],
      ['GET', '/api/feedback?sort=best', undefined],
      ['GET', '/api/activity?type=hacked', undefined],
      ['GET', '/api/activity?from=yesterday', undefined],
      ['GET', '/api/activity?offset=-5', undefined],
      ['PUT', '/api/reviews/r1/done', '{"done": tru'],
      ['PUT', '/api/reviews/r1/done', 'null'],
      ['PUT', '/api/reviews/r1/done', { done: 'true' }],
      ['POST', '/api/reviews/r1/contact', { reason: 'refund-please' }],
      ['POST', '/api/activity', { type: 'feedback-reply' }],
      ['POST', '/api/activity', { type: 'nope', targetId: 'x' }],
      ['POST', '/api/activity', { type: 'feedback-reply', targetId: 'x', outcome: 'great' }],
      ['POST', '/api/activity', { type: 'feedback-reply', targetId: 'x', text: 5 }],
      ['POST', '/api/activity', ''],
      ['PUT', '/api/reviews/%E0%A4%A/done', { done: true }],
    ];
    for (const [m, p, b] of cases) {
      const r = await send(handle, m, p, b);
      expect(r.status, `${m} ${p} ${JSON.stringify(b)}`).to.equal(400);
      expect(r.json.error.code).to.equal('bad-request');
      expect(r.json.error.message)
        .to.be.a('string')
        .and.not.match(/at \w+ \(|Error:/);
    }
    expect(fake.calls).to.have.length(0);
    expect(() => parseActivityQuery(new URLSearchParams('type=review-done&type=x'))).to.throw(/type must be one of/);
    expect(parseActivityInput({ type: 'review-done', targetId: 'r1', outcome: null })).to.deep.equal({
      type: 'review-done',
      targetId: 'r1',
    });
  });

  it('refuses a body larger than maxBodyLength with 400', async () => {
    const small = createRequestHandler(fake, { maxBodyLength: 50 });
    const r = await send(small, 'POST', '/reviews/r1/comments', { text: 'x'.repeat(100) });
    expect(r.status).to.equal(400);
    expect(r.json.error.message).to.contain('larger than 50');
    expect(fake.calls).to.have.length(0);
  });

  it('an unknown path is 404, a known path with another method 405 with Allow, outside basePath 404', async () => {
    const unknown = await send(handle, 'GET', '/api/nope');
    expect(unknown.status).to.equal(404);
    expect(unknown.json.error).to.deep.equal({ code: 'not-found', message: 'No route for GET /api/nope' });
    const wrong = await send(handle, 'PATCH', '/api/feedback/f1/reply', { text: 'x' });
    expect(wrong.status).to.equal(405);
    expect(wrong.headers.get('Allow')).to.equal('PUT, DELETE');
    expect((await send(handle, 'GET', '/session')).status).to.equal(404);
    expect((await send(handle, 'GET', '/apisession')).status).to.equal(404);
    // A trailing slash is the same route; a base path given with slashes is normalised.
    expect((await send(handle, 'GET', '/api/session/')).status).to.equal(200);
    expect((await send(createRequestHandler(fake, { basePath: 'v1/' }), 'GET', '/v1/session')).status).to.equal(200);
    expect(fake.calls.map((c) => c.method)).to.deep.equal(['getSession', 'getSession']);
  });

  it('maps SellerKitError codes to statuses, and anything else to a 500 without detail', async () => {
    const table: [unknown, number, string][] = [
      [new SellerKitError('unauthorized', 'u'), 401, 'unauthorized'],
      [new SellerKitError('forbidden', 'f'), 403, 'forbidden'],
      [new SellerKitError('not-found', 'n'), 404, 'not-found'],
      [new SellerKitError('conflict', 'c'), 409, 'conflict'],
      [new SellerKitError('policy-violation', 'p', { reasons: ['too-old'] }), 422, 'policy-violation'],
      [new SellerKitError('rate-limited', 'r', { retryAfter: 9 }), 429, 'rate-limited'],
      [new SellerKitError('server', 's', { status: 503 }), 503, 'server'],
      [new SellerKitError('timeout', 't'), 504, 'timeout'],
      [new SellerKitError('network', 'n'), 502, 'network'],
      [new SellerKitError('invalid-response', 'i'), 502, 'invalid-response'],
      [new TypeError('secret at Object.<anonymous> (/srv/app.js:1:1)'), 500, 'server'],
      ['a string', 500, 'server'],
    ];
    for (const [err, status, code] of table) {
      fake.failNext = err;
      const r = await send(handle, 'GET', '/api/session');
      expect(r.status, code).to.equal(status);
      expect(r.json.error.code).to.equal(code);
      if (status === 429) expect(r.headers.get('Retry-After')).to.equal('9');
      if (status === 422) expect(r.json.error.reasons).to.deep.equal(['too-old']);
      if (status === 500) expect(r.json.error.message).to.equal('Internal error');
    }
  });

  describe('idempotency keys', () => {
    it('replays the first result per route + key; another route or key is another operation', async () => {
      const h = { 'Idempotency-Key': 'k' };
      const a = await send(handle, 'POST', '/api/reviews/r1/contact', { reason: 'courtesy-refund' }, h);
      const b = await send(handle, 'POST', '/api/reviews/r1/contact', { reason: 'courtesy-refund' }, h);
      expect([a.status, b.status, b.text === a.text]).to.deep.equal([200, 200, true]);
      expect(b.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(a.headers.get('Idempotent-Replayed')).to.equal(null);
      expect(
        (
          await send(
            handle,
            'POST',
            '/api/reviews/r1/contact',
            { reason: 'courtesy-refund' },
            { 'Idempotency-Key': 'k2' },
          )
        ).status,
      ).to.equal(409);
      expect((await send(handle, 'POST', '/api/reviews/r2/contact', { reason: 'courtesy-refund' }, h)).status).to.equal(
        200,
      );
      expect(fake.calls.filter((c) => c.method === 'contactCustomer')).to.have.length(3);
    });

    it('shares one adapter call between concurrent duplicates, and stores 409/422 but not 400/5xx', async () => {
      const h = { 'Idempotency-Key': 'p' };
      const [x, y] = await Promise.all([
        send(handle, 'PUT', '/api/feedback/f2/reply', { text: 'hi' }, h),
        send(handle, 'PUT', '/api/feedback/f2/reply', { text: 'hi' }, h),
      ]);
      expect([x.status, y.status]).to.deep.equal([200, 200]);
      expect(fake.calls.filter((c) => c.method === 'postFeedbackReply')).to.have.length(1);
      const e = { 'Idempotency-Key': 'e' };
      expect((await send(handle, 'POST', '/api/reviews/r1/comments', { text: 'forbidden' }, e)).status).to.equal(422);
      expect((await send(handle, 'POST', '/api/reviews/r1/comments', { text: 'fine now' }, e)).status).to.equal(422);
      const t = { 'Idempotency-Key': 't' };
      fake.failNext = new SellerKitError('server', 'down', { status: 503 });
      expect((await send(handle, 'PUT', '/api/reviews/r1/done', { done: true }, t)).status).to.equal(503);
      expect((await send(handle, 'PUT', '/api/reviews/r1/done', { done: 1 }, t)).status).to.equal(400);
      expect((await send(handle, 'PUT', '/api/reviews/r1/done', { done: true }, t)).status).to.equal(200);
    });

    it('keeps at most maxIdempotencyKeys outcomes, dropping the oldest', async () => {
      const small = createRequestHandler(fake, { maxIdempotencyKeys: 2 });
      for (const key of ['a', 'b', 'c']) {
        await send(small, 'PUT', '/reviews/r1/done', { done: true }, { 'Idempotency-Key': key });
      }
      // 'a' was dropped: the adapter runs again; 'c' is still replayed.
      expect(
        (await send(small, 'PUT', '/reviews/r1/done', { done: true }, { 'Idempotency-Key': 'c' })).headers.get(
          'Idempotent-Replayed',
        ),
      ).to.equal('true');
      expect(
        (await send(small, 'PUT', '/reviews/r1/done', { done: true }, { 'Idempotency-Key': 'a' })).headers.get(
          'Idempotent-Replayed',
        ),
      ).to.equal(null);
      expect(fake.calls.filter((c) => c.method === 'setReviewDone')).to.have.length(4);
    });

    it('never deduplicates reads', async () => {
      await send(handle, 'GET', '/api/session', undefined, { 'Idempotency-Key': 'r' });
      await send(handle, 'GET', '/api/session', undefined, { 'Idempotency-Key': 'r' });
      expect(fake.calls).to.have.length(2);
    });
  });

  describe('accounts (SPEC §8) over the memory adapter', () => {
    const backend = () =>
      createMemoryAdapter({
        now: NOW,
        accounts: [
          {
            id: 'de/1',
            session: makeSession({ sellerName: 'Alpenglow Outdoor GmbH', marketplaceId: 'A1PA6795UKMFR9' }),
            reviews: [],
            feedback: [makeFeedback(0, { rating: 1, date: NOW.toISOString() })],
            health: 'healthy',
          },
          { id: 'locked', session: { sellerName: 'Hofmann', marketplaceId: 'A1PA6795UKMFR9' }, access: false },
        ],
      });

    it('GET /accounts, every path under /accounts/{id}/… through forAccount, ids percent-decoded', async () => {
      const memory = backend();
      const h = createRequestHandler(memory);
      const list = await send(h, 'GET', '/accounts');
      expect(list.json.map((a: any) => a.id)).to.deep.equal(['de/1', 'locked']);
      const enc = `/accounts/${encodeURIComponent('de/1')}`;
      expect((await send(h, 'GET', `${enc}/session`)).json.sellerName).to.equal('Alpenglow Outdoor GmbH');
      const f = (await send(h, 'GET', `${enc}/feedback`)).json.items[0];
      const asked = await send(h, 'POST', `${enc}/feedback/${encodeURIComponent(f.id)}/buyer-removal-request`);
      expect(asked.status).to.equal(200);
      expect(asked.json.buyerRemovalRequestedAt).to.equal(NOW.toISOString());
      expect(
        (await send(h, 'POST', `${enc}/feedback/${encodeURIComponent(f.id)}/buyer-removal-request`)).json.error.reasons,
      ).to.deep.equal(['already-asked']);
      expect((await send(h, 'GET', '/accounts/nobody/session')).status).to.equal(404);
      expect((await send(h, 'GET', '/accounts/locked/session')).status).to.equal(403);
    });
  });

  it('takes the adapter from a function per request', async () => {
    const other = fullFake();
    let current: SellerKitAdapter = fake;
    const h = createRequestHandler(() => current);
    await send(h, 'GET', '/session');
    current = other;
    await send(h, 'GET', '/session');
    expect([fake.calls.length, other.calls.length]).to.deep.equal([1, 1]);
  });

  it('answers a network error (Response.error()) when the request was aborted', async () => {
    const ctrl = new AbortController();
    const slow = Object.assign(createFakeAdapter(), {
      getSession: (o?: { signal?: AbortSignal }) =>
        new Promise<never>((_, reject) =>
          o?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    });
    const p = createRequestHandler(slow)(new Request(`${ORIGIN}/session`, { signal: ctrl.signal }));
    ctrl.abort();
    expect((await p).type).to.equal('error');
  });
});
