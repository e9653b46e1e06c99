import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from '../mocks/index.js';
import { SellerKitError } from './errors.js';
import { createHttpAdapter, type HttpAdapterOptions } from './http-adapter.js';
import { eagerHttpAdapter, feedbackQueryParams, parseRetryAfter, reviewQueryParams } from './http-client.js';
import type { SellerKitAdapter } from './models.js';
import {
  createFakeAdapter,
  sampleFeedback,
  sampleReview,
  sampleSession,
  type FakeAdapter,
} from './test-helpers/fake-adapter.js';
import { validateAccountHealth, validateFeedback, validateReview, validateReviewPage } from './validate.js';

const BASE = '/t-api';

async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

function errorBody(code: string, message = 'nope', reasons?: string[]) {
  return { error: { code, message, ...(reasons ? { reasons } : {}) } };
}

describe('createHttpAdapter', () => {
  let worker: SetupWorker;
  let fake: FakeAdapter;
  let api: SellerKitAdapter;

  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  });
  after(() => worker.stop());
  beforeEach(() => {
    fake = createFakeAdapter();
    worker.resetHandlers(...createHandlers(fake, { baseUrl: BASE }));
    api = createHttpAdapter({ baseUrl: BASE, retryDelayMs: 1 });
  });

  describe('over the mock backend', () => {
    it('speaks every endpoint of the contract (relative base URL)', async () => {
      expect((await api.getSession()).brands).to.have.length(2);
      const page = await api.listReviews({ ratings: [1] });
      expect(page.items.map((r) => r.id)).to.deep.equal(['r1']);
      expect((await api.setReviewDone('r1', true)).done).to.equal(true);
      expect((await api.addReviewComment('r1', 'Thanks')).comments[0]!.text).to.equal('Thanks');
      expect((await api.contactCustomer('r1', 'customer-support')).contact!.reason).to.equal('customer-support');
      expect((await api.getFeedbackSummary()).ratingCount).to.equal(10);
      expect((await api.listFeedback({ offset: 1 })).items.map((f) => f.id)).to.deep.equal(['f2']);
      expect((await api.postFeedbackReply('f1', 'Sorry')).reply!.text).to.equal('Sorry');
      expect((await api.removeFeedbackReply('f1')).reply).to.equal(null);
      expect((await api.requestFeedbackRemoval('f1', 'obscene')).removal!.reason).to.equal('obscene');
      expect((await api.getAccountHealth()).metrics[0]!.parts).to.have.length(1);
      expect(fake.calls.map((c) => c.method)).to.deep.equal([
        'getSession',
        'listReviews',
        'setReviewDone',
        'addReviewComment',
        'contactCustomer',
        'getFeedbackSummary',
        'listFeedback',
        'postFeedbackReply',
        'removeFeedbackReply',
        'requestFeedbackRemoval',
        'getAccountHealth',
      ]);
      // Every mutation carried a generated idempotency key.
      for (const c of fake.calls.filter((x) => !x.method.startsWith('get') && !x.method.startsWith('list'))) {
        expect(c.idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
    });

    it('surfaces conflicts and policy violations with their reasons', async () => {
      await api.contactCustomer('r1', 'courtesy-refund');
      const c = await rejection(api.contactCustomer('r1', 'courtesy-refund'));
      expect(c).to.be.instanceOf(SellerKitError);
      expect([c.code, c.status, c.reasons]).to.deep.equal(['conflict', 409, ['already-contacted']]);
      const p = await rejection(api.addReviewComment('r1', 'forbidden words'));
      expect([p.code, p.status, p.reasons]).to.deep.equal(['policy-violation', 422, ['incentive']]);
      const n = await rejection(api.setReviewDone('missing', true));
      expect(n.code).to.equal('not-found');
    });

    it('a retried mutation with the caller key is applied once', async () => {
      await api.postFeedbackReply('f2', 'Hello', { idempotencyKey: 'mine' });
      const again = await api.postFeedbackReply('f2', 'Hello', { idempotencyKey: 'mine' });
      expect(again.reply!.text).to.equal('Hello');
      expect(fake.calls.filter((c) => c.method === 'postFeedbackReply')).to.have.length(1);
      expect(fake.calls[0]!.idempotencyKey).to.equal('mine');
    });

    it('turns malformed and wrongly shaped mock scenarios into invalid-response', async () => {
      worker.resetHandlers(
        ...createHandlers(fake, { baseUrl: BASE, scenario: { malformed: 'session', wrongShape: '*' } }),
      );
      expect((await rejection(api.getSession())).code).to.equal('invalid-response');
      expect((await rejection(api.listReviews({}))).code).to.equal('invalid-response');
      expect((await rejection(api.getAccountHealth())).code).to.equal('invalid-response');
    });
  });

  describe('requests', () => {
    /** Empty list pages from /reviews and /feedback; the returned array collects the requested URLs. */
    const captureListUrls = (): string[] => {
      const urls: string[] = [];
      const emptyPage = ({ request }: { request: Request }) => {
        urls.push(request.url);
        return HttpResponse.json({ items: [], total: 0, offset: 0 });
      };
      worker.use(http.get(`${BASE}/reviews`, emptyPage), http.get(`${BASE}/feedback`, emptyPage));
      return urls;
    };

    it('reads a list query when called: changing the query object afterwards changes nothing', async () => {
      const urls = captureListUrls();
      // A new adapter: it reaches its implementation (an import) only after the code below has run.
      const fresh = createHttpAdapter({ baseUrl: BASE, retries: 0 });
      const q = { ratings: [1], brandIds: ['a'], search: 'one' };
      const f = { category: 'negative' as const };
      const calls = [fresh.listReviews(q), fresh.listFeedback(f)];
      q.ratings.push(5);
      q.brandIds[0] = 'b';
      q.search = 'two';
      f.category = 'positive' as never;
      await Promise.all(calls);
      const [r, fb] = urls.map((u) => new URL(u));
      expect(r!.searchParams.getAll('rating')).to.deep.equal(['1']);
      expect(r!.searchParams.getAll('brandId')).to.deep.equal(['a']);
      expect(r!.searchParams.get('search')).to.equal('one');
      expect(fb!.searchParams.get('category')).to.equal('negative');
    });

    it('builds query strings per the contract (repeated rating= and brandId=)', async () => {
      const urls = captureListUrls();
      await api.listReviews({
        ratings: [1, 2],
        brandIds: ['b 1', 'b&2'],
        from: '2026-01-01',
        to: '2026-02-01',
        includeDone: false,
        search: 'a+b',
        sort: 'rating-asc',
        offset: 20,
        limit: 10,
      });
      await api.listReviews({});
      await api.listFeedback({ category: 'neutral', sort: 'order-asc', offset: 0, limit: 50 });
      const [u1, u2, u3] = urls.map((u) => new URL(u));
      expect(u1!.origin).to.equal(location.origin);
      expect(u1!.searchParams.getAll('rating')).to.deep.equal(['1', '2']);
      expect(u1!.searchParams.getAll('brandId')).to.deep.equal(['b 1', 'b&2']);
      expect(
        Object.fromEntries([...u1!.searchParams].filter(([k]) => k !== 'rating' && k !== 'brandId')),
      ).to.deep.equal({
        from: '2026-01-01',
        to: '2026-02-01',
        includeDone: 'false',
        search: 'a+b',
        sort: 'rating-asc',
        offset: '20',
        limit: '10',
      });
      expect(u2!.search).to.equal('');
      expect(u3!.search).to.equal('?category=neutral&sort=order-asc&offset=0&limit=50');
      expect(reviewQueryParams({ includeDone: true })).to.deep.equal([['includeDone', 'true']]);
      expect(feedbackQueryParams({})).to.deep.equal([]);
    });

    it('encodes ids, sends JSON bodies, Accept and Content-Type', async () => {
      let seen: { url: string; body: unknown; ct: string | null; accept: string | null } | undefined;
      worker.use(
        http.post(`${BASE}/reviews/:id/contact`, async ({ request, params }) => {
          seen = {
            url: String(params.id),
            body: await request.json(),
            ct: request.headers.get('content-type'),
            accept: request.headers.get('accept'),
          };
          return HttpResponse.json(sampleReview(1, { id: 'a/b?c' }));
        }),
      );
      await api.contactCustomer('a/b?c', 'courtesy-refund');
      expect(seen).to.deep.equal({
        url: 'a/b?c',
        body: { reason: 'courtesy-refund' },
        ct: 'application/json',
        accept: 'application/json',
      });
    });

    it('works with an absolute base URL, a trailing slash and an injected fetch', async () => {
      const urls: string[] = [];
      const a = createHttpAdapter({
        baseUrl: 'https://api.example.test/v1/',
        fetch: async (input) => {
          urls.push(String(input));
          return new Response(JSON.stringify(sampleSession()), { status: 200 });
        },
      });
      await a.getSession();
      expect(urls).to.deep.equal(['https://api.example.test/v1/session']);
    });

    it('evaluates a headers function for every attempt and sends its values', async () => {
      const tokens: (string | null)[] = [];
      let n = 0;
      worker.use(
        http.get(`${BASE}/session`, ({ request }) => {
          tokens.push(request.headers.get('authorization'));
          if (tokens.length === 1) return HttpResponse.json(errorBody('server'), { status: 503 });
          return HttpResponse.json(sampleSession());
        }),
      );
      const a = createHttpAdapter({
        baseUrl: BASE,
        retryDelayMs: 1,
        headers: async () => ({ Authorization: `Bearer t${++n}`, 'X-Tenant': 'acme' }),
      });
      await a.getSession();
      expect(tokens).to.deep.equal(['Bearer t1', 'Bearer t2']);
      const b = createHttpAdapter({ baseUrl: BASE, headers: { Authorization: 'Bearer static' } });
      await b.getSession();
      expect(tokens[2]).to.equal('Bearer static');
    });

    it('a failing headers function rejects as unauthorized', async () => {
      const a = createHttpAdapter({
        baseUrl: BASE,
        headers: () => {
          throw new Error('refresh failed');
        },
      });
      expect((await rejection(a.getSession())).code).to.equal('unauthorized');
    });

    it('never logs: no console output, no header values in errors', async () => {
      const secret = 'Bearer sk_live_SECRET_123';
      const logged: unknown[] = [];
      const names = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
      const saved = names.map((k) => console[k]);
      names.forEach((k) => {
        (console as any)[k] = (...args: unknown[]) => logged.push(args);
      });
      try {
        worker.use(http.get(`${BASE}/session`, () => HttpResponse.json(errorBody('server'), { status: 500 })));
        const a = createHttpAdapter({ baseUrl: BASE, retryDelayMs: 1, headers: () => ({ Authorization: secret }) });
        const e = await rejection(a.getSession());
        const f = await rejection(
          createHttpAdapter({
            baseUrl: BASE,
            retries: 0,
            headers: { Authorization: secret },
            fetch: () => Promise.reject(new TypeError('Failed to fetch')),
          }).getSession(),
        );
        for (const x of [e, f]) {
          expect(JSON.stringify(x)).not.to.contain('SECRET');
          expect(String(x.message) + String(x.stack)).not.to.contain('SECRET');
        }
      } finally {
        names.forEach((k, i) => ((console as any)[k] = saved[i]));
      }
      expect(JSON.stringify(logged)).not.to.contain('SECRET');
      expect(logged).to.deep.equal([]);
    });
  });

  describe('errors', () => {
    const cases: [number, unknown, string][] = [
      [400, errorBody('policy-violation', 'too long', ['length']), 'policy-violation'],
      [400, errorBody('bad-request'), 'invalid-response'],
      [400, errorBody('server'), 'invalid-response'],
      [400, 'plain text', 'invalid-response'],
      [401, errorBody('unauthorized'), 'unauthorized'],
      [403, errorBody('forbidden'), 'forbidden'],
      [404, errorBody('not-found'), 'not-found'],
      [410, null, 'not-found'],
      [409, errorBody('conflict', 'again', ['reply-exists']), 'conflict'],
      [422, errorBody('policy-violation', 'no', ['not-critical']), 'policy-violation'],
      [422, '<html>', 'policy-violation'],
      [418, null, 'invalid-response'],
      [500, errorBody('server'), 'server'],
      [501, null, 'server'],
      [502, null, 'server'],
    ];
    for (const [status, body, code] of cases) {
      it(`${status} ${JSON.stringify(body)} → ${code}`, async () => {
        worker.use(
          http.put(`${BASE}/feedback/:id/reply`, () =>
            typeof body === 'string' || body === null
              ? new HttpResponse(body, { status })
              : HttpResponse.json(body as never, { status }),
          ),
        );
        const e = await rejection(createHttpAdapter({ baseUrl: BASE, retries: 0 }).postFeedbackReply('f1', 'x'));
        expect(e).to.be.instanceOf(SellerKitError);
        expect(e.code).to.equal(code);
        expect(e.status).to.equal(status);
        const b = body as { error?: { reasons?: string[]; message?: string } } | null;
        expect(e.reasons).to.deep.equal(b && typeof b === 'object' ? (b.error?.reasons ?? []) : []);
        if (b && typeof b === 'object') expect(e.message).to.equal(b.error!.message);
        else expect(e.message).to.equal(`HTTP ${status}`);
      });
    }

    it('a network failure is `network`, after the retries', async () => {
      let n = 0;
      const a = createHttpAdapter({
        baseUrl: BASE,
        retryDelayMs: 1,
        fetch: () => {
          n++;
          return Promise.reject(new TypeError('Failed to fetch'));
        },
      });
      const e = await rejection(a.getSession());
      expect([e.code, e.retryable, n]).to.deep.equal(['network', true, 3]);
    });

    it('a timeout is `timeout`, retried, with the per-attempt limit', async () => {
      worker.use(
        http.get(`${BASE}/session`, async () => {
          // Answers after 2 s: had the 60 ms limit not ended both attempts, the call would succeed (so no bound on
          // elapsed time is needed, and none can flake).
          await delay(2000);
          return HttpResponse.json(sampleSession());
        }),
      );
      // Attempts are counted as they leave the adapter: in WebKit a request can take longer than the 60 ms limit
      // to reach the service worker, so counting in the handler would miss the ones aborted on the way.
      let n = 0;
      const countingFetch: typeof fetch = (input, init) => {
        n++;
        return fetch(input, init);
      };
      const e = await rejection(
        createHttpAdapter({
          baseUrl: BASE,
          timeoutMs: 60,
          retries: 1,
          retryDelayMs: 1,
          fetch: countingFetch,
        }).getSession(),
      );
      expect(e.code).to.equal('timeout');
      expect(n).to.equal(2);
    });

    it('a timeout also covers a slow body', async () => {
      const a = createHttpAdapter({
        baseUrl: BASE,
        timeoutMs: 50,
        retries: 0,
        fetch: async (_u, init) => {
          const signal = init!.signal!;
          const body = new ReadableStream({
            start(c) {
              c.enqueue(new TextEncoder().encode('{'));
              signal.addEventListener('abort', () => c.error(signal.reason));
            },
          });
          return new Response(body, { status: 200 });
        },
      });
      expect((await rejection(a.getSession())).code).to.equal('timeout');
    });

    it('rejects malformed JSON and wrong shapes as invalid-response, never half data', async () => {
      const bodies: [string, string, (a: SellerKitAdapter) => Promise<unknown>][] = [
        ['/session', '{"sellerName": "x",', (a) => a.getSession()],
        ['/session', '', (a) => a.getSession()],
        [
          '/reviews',
          JSON.stringify({ items: [{ ...sampleReview(1), rating: '5' }], total: 1, offset: 0 }),
          (a) => a.listReviews({}),
        ],
        ['/reviews', JSON.stringify({ total: 0, offset: 0 }), (a) => a.listReviews({})],
        ['/reviews', JSON.stringify({ items: {}, total: 0, offset: 0 }), (a) => a.listReviews({})],
        ['/reviews', JSON.stringify({ items: [], total: -1, offset: 0 }), (a) => a.listReviews({})],
        [
          '/feedback',
          JSON.stringify({ items: [{ ...sampleFeedback(1), fulfillment: 'fba' }], total: 1, offset: 0 }),
          (a) => a.listFeedback({}),
        ],
        [
          '/feedback/summary',
          JSON.stringify({ ratingAverage: 4, ratingCount: 1, periods: {} }),
          (a) => a.getFeedbackSummary(),
        ],
        ['/account-health', JSON.stringify({ marketplaceId: 'x' }), (a) => a.getAccountHealth()],
        ['/session', JSON.stringify([]), (a) => a.getSession()],
        [
          '/session',
          JSON.stringify({
            ...sampleSession(),
            permissions: { reviews: 'all', feedback: 'view', accountHealth: 'view' },
          }),
          (a) => a.getSession(),
        ],
      ];
      for (const [path, body, run] of bodies) {
        worker.resetHandlers(http.get(BASE + path, () => new HttpResponse(body, { status: 200 })));
        const e = await rejection(run(createHttpAdapter({ baseUrl: BASE })));
        expect(e.code, `${path} ${body.slice(0, 60)}`).to.equal('invalid-response');
        expect(e.retryable).to.equal(false);
      }
    });
  });

  describe('retries', () => {
    it('retries a mutation on 5xx with the same Idempotency-Key every time', async () => {
      const keys: (string | null)[] = [];
      worker.use(
        http.put(`${BASE}/reviews/:id/done`, ({ request }) => {
          keys.push(request.headers.get('idempotency-key'));
          if (keys.length < 3) return HttpResponse.json(errorBody('server'), { status: keys.length === 1 ? 502 : 500 });
          return HttpResponse.json(sampleReview(1, { done: true }));
        }),
      );
      expect((await api.setReviewDone('r1', true)).done).to.equal(true);
      expect(keys).to.have.length(3);
      expect(new Set(keys).size).to.equal(1);
      expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
      keys.length = 0;
      await api.setReviewDone('r1', true, { idempotencyKey: 'caller-key' });
      expect(keys).to.deep.equal(['caller-key', 'caller-key', 'caller-key']);
      keys.length = 0;
      await api.setReviewDone('r1', true);
      await api.setReviewDone('r1', true);
      expect(keys[0]).not.to.equal(keys[3]);
    });

    it('does not retry 4xx other than 429, nor 501', async () => {
      let n = 0;
      worker.use(
        http.post(`${BASE}/reviews/:id/contact`, ({ params }) => {
          n++;
          const status = Number(params.id);
          return HttpResponse.json(errorBody('x'), { status });
        }),
      );
      for (const s of [400, 401, 403, 404, 409, 422, 501]) {
        n = 0;
        await rejection(api.contactCustomer(String(s), 'courtesy-refund'));
        expect(n, String(s)).to.equal(1);
      }
    });

    it('gives up after `retries` extra attempts', async () => {
      let n = 0;
      worker.use(http.get(`${BASE}/session`, () => (n++, HttpResponse.json(errorBody('server'), { status: 503 }))));
      const e = await rejection(createHttpAdapter({ baseUrl: BASE, retries: 4, retryDelayMs: 1 }).getSession());
      expect([e.code, e.status, n]).to.deep.equal(['server', 503, 5]);
      n = 0;
      await rejection(createHttpAdapter({ baseUrl: BASE, retries: 0 }).getSession());
      expect(n).to.equal(1);
    });

    it('backs off exponentially', async () => {
      const times: number[] = [];
      worker.use(
        http.get(`${BASE}/session`, () => (times.push(performance.now()), HttpResponse.json({}, { status: 503 }))),
      );
      // The waits the adapter asks for, read from its timers (upper bounds on measured gaps failed under load).
      const waits: number[] = [];
      const real = window.setTimeout;
      const domSetTimeout = real as (fn: TimerHandler, ms?: number, ...args: unknown[]) => number;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]): number => {
        if (typeof ms === 'number' && ms >= 10 && ms < 1000) waits.push(ms);
        return domSetTimeout.call(window, fn, ms, ...args);
      }) as unknown as typeof window.setTimeout;
      try {
        await rejection(createHttpAdapter({ baseUrl: BASE, retries: 2, retryDelayMs: 100 }).getSession());
      } finally {
        window.setTimeout = real;
      }
      expect(times).to.have.length(3);
      expect(waits).to.have.length(2);
      expect(waits[0]).to.be.within(50, 100); // half to all of 100 ms
      expect(waits[1]).to.be.within(100, 200); // half to all of 200 ms
      // And waited: each gap lasts at least its wait (a lower bound only; load can only lengthen a gap).
      expect(times[1]! - times[0]!).to.be.at.least(waits[0]! - 2);
      expect(times[2]! - times[1]!).to.be.at.least(waits[1]! - 2);
    });

    it('honours Retry-After on 429 and reports rate-limited when it keeps failing', async () => {
      const times: number[] = [];
      worker.use(
        http.get(`${BASE}/session`, () => {
          times.push(performance.now());
          if (times.length === 1)
            return HttpResponse.json(errorBody('rate-limited'), { status: 429, headers: { 'Retry-After': '1' } });
          return HttpResponse.json(sampleSession());
        }),
      );
      await api.getSession();
      expect(times[1]! - times[0]!).to.be.greaterThan(950);

      let n = 0;
      worker.use(
        http.get(`${BASE}/account-health`, () => {
          n++;
          return HttpResponse.json(errorBody('rate-limited'), { status: 429, headers: { 'Retry-After': '0' } });
        }),
      );
      const e = await rejection(api.getAccountHealth());
      expect([e.code, e.status, e.retryAfter, n]).to.deep.equal(['rate-limited', 429, 0, 3]);
    });

    it('fails at once when Retry-After is beyond the cap', async () => {
      let n = 0;
      worker.use(
        http.get(`${BASE}/session`, () => {
          n++;
          return HttpResponse.json(errorBody('rate-limited'), { status: 429, headers: { 'Retry-After': '120' } });
        }),
      );
      // Waiting (120 s, or the 30 s cap) would outlast the test's timeout: no wall-clock bound needed.
      const e = await rejection(api.getSession());
      expect([e.code, e.retryAfter, n]).to.deep.equal(['rate-limited', 120, 1]);
    });

    it('parses Retry-After seconds and HTTP dates', () => {
      const now = Date.parse('2026-11-24T10:00:00Z');
      expect(parseRetryAfter('5', now)).to.equal(5);
      expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:07 GMT', now)).to.equal(7);
      expect(parseRetryAfter('Tue, 24 Nov 2026 09:00:00 GMT', now)).to.equal(0);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
      expect(parseRetryAfter(null, now)).to.equal(undefined);
    });
  });

  describe('abort', () => {
    it('an aborted call rejects with an AbortError DOMException and is not retried', async () => {
      let n = 0;
      worker.use(
        http.get(`${BASE}/session`, async () => {
          n++;
          await delay(1000);
          return HttpResponse.json(sampleSession());
        }),
      );
      const ctl = new AbortController();
      const p = api.getSession({ signal: ctl.signal });
      setTimeout(() => ctl.abort(new Error('custom reason')), 30);
      const e = await rejection(p);
      expect(e).to.be.instanceOf(DOMException);
      expect(e.name).to.equal('AbortError');
      await new Promise((r) => setTimeout(r, 50));
      expect(n).to.equal(1);
    });

    it('an already aborted signal never sends', async () => {
      let n = 0;
      const a = createHttpAdapter({ baseUrl: BASE, fetch: () => (n++, Promise.reject(new TypeError('x'))) });
      const e = await rejection(a.setReviewDone('r1', true, { signal: AbortSignal.abort() }));
      expect([e.name, n]).to.deep.equal(['AbortError', 0]);
    });

    it('aborting during the backoff wait stops the retries', async () => {
      let n = 0;
      const ctl = new AbortController();
      const a = createHttpAdapter({
        baseUrl: BASE,
        // A backoff of 5–10 minutes (capped at 30 s): waiting it out would outlast the test's timeout, so no
        // wall-clock bound is needed to see that the abort ended it.
        retryDelayMs: 600_000,
        fetch: () => {
          n++;
          setTimeout(() => ctl.abort(), 20);
          return Promise.resolve(new Response('{}', { status: 503 }));
        },
      });
      const e = await rejection(a.getSession({ signal: ctl.signal }));
      expect([e.name, n]).to.deep.equal(['AbortError', 1]);
    });
  });
});

describe('boundary validators', () => {
  it('pass valid data through, drop null optionals, keep extra fields', () => {
    const r = validateReview({ ...sampleReview(1), detailPageUrl: null, language: undefined, extra: 1 });
    expect('detailPageUrl' in r).to.equal(false);
    expect((r as any).extra).to.equal(1);
    const f = validateFeedback({
      ...sampleFeedback(2),
      questions: null,
      removal: { status: 'denied', reason: 'obscene', requestedAt: 'x', message: null },
    });
    expect('questions' in f).to.equal(false);
    expect('message' in f.removal!).to.equal(false);
  });

  it('name the bad path', () => {
    expect(() => validateReview({ ...sampleReview(1), comments: [{ id: 'c', text: 1, postedAt: 'x' }] })).to.throw(
      'review.comments[0].text: expected string',
    );
    expect(() => validateReview({ ...sampleReview(1), rating: 6 })).to.throw(/rating/);
    expect(() => validateReview({ ...sampleReview(1), contact: { reason: 'other', sentAt: 'x' } })).to.throw(
      /contact.reason/,
    );
    expect(() => validateFeedback({ ...sampleFeedback(1), questions: { arrivedOnTime: 'yes' } })).to.throw(
      /arrivedOnTime/,
    );
    expect(() =>
      validateAccountHealth({
        marketplaceId: 'm',
        asOf: 'a',
        accountStatus: 'NORMAL',
        rating: { status: 'GOOD', score: null },
        metrics: [
          {
            key: 'k',
            group: 'shipping',
            kind: 'rate',
            value: null,
            target: null,
            window: null,
            parts: [{ key: 'p', group: 'x' }],
          },
        ],
        notifications: [],
      }),
    ).to.throw('accountHealth.metrics[0].parts[0].group');
  });

  // Their speed (a 100-item page against a JSON round trip of it) is gated in npm run bench:memory, not here.
  it('validate a 100-item page into the same page', () => {
    const page = { items: Array.from({ length: 100 }, (_, i) => sampleReview(i)), total: 100, offset: 0 };
    expect(validateReviewPage(JSON.parse(JSON.stringify(page)))).to.deep.equal(page);
  });
});

describe('createHttpAdapter: a synchronous shell over a lazily loaded implementation', () => {
  it('checks baseUrl at creation, synchronously', () => {
    for (const create of [createHttpAdapter, eagerHttpAdapter]) {
      expect(() => create(undefined as never)).to.throw(TypeError, 'createHttpAdapter: baseUrl is required');
      expect(() => create({} as never)).to.throw(TypeError, 'createHttpAdapter: baseUrl is required');
    }
  });

  it('reads the retry and timeout options at creation; headers and fetch on every attempt, as before', async () => {
    const seen: string[] = [];
    const options: HttpAdapterOptions = {
      baseUrl: 'https://api.example/v1/',
      retries: 0,
      headers: { 'X-Tenant': 'a' },
      fetch: (url, init) => {
        seen.push(`${String(url)} ${new Headers(init?.headers).get('X-Tenant')}`);
        return Promise.resolve(new Response('{}', { status: 503 }));
      },
    };
    const a = createHttpAdapter(options);
    options.retries = 5;
    options.baseUrl = 'https://changed.example';
    options.headers = { 'X-Tenant': 'b' };
    const e = await rejection(a.getSession());
    expect([e.code, e.status]).to.deep.equal(['server', 503]);
    expect(seen).to.deep.equal(['https://api.example/v1/session b']);
  });

  it('eagerHttpAdapter (for lazily loaded callers) is the same adapter, built at once', async () => {
    let n = 0;
    const a = eagerHttpAdapter({
      baseUrl: BASE,
      retries: 0,
      fetch: () => (
        n++,
        Promise.resolve(new Response('{"error":{"code":"forbidden","message":"no"}}', { status: 403 }))
      ),
    });
    const e = await rejection(a.listReviews({ ratings: [1] }));
    expect([e.code, e.message, n]).to.deep.equal(['forbidden', 'no', 1]);
  });
});
