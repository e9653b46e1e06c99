/** The HTTP adapter's `countReviews` (issue 21): `GET /reviews/counts`, 404 as "no counts", validated bodies. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from '../mocks/index.js';
import { createHttpAdapter } from './http-adapter.js';
import type { ReviewCounts } from './models.js';
import { createFakeAdapter } from './test-helpers/fake-adapter.js';
import { createRequestHandler } from '../server.js';
import { ShapeError, validateReviewCounts } from './validate.js';

const BASE = '/counts-api';
const COUNTS: ReviewCounts = {
  ratings: { 1: 2, 2: 0, 3: 0, 4: 0, 5: 1 },
  brands: { b1: 3, b2: 0 },
  periods: { all: 3, '7d': 1, '30d': 3 },
};

async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('createHttpAdapter: countReviews (GET /reviews/counts)', () => {
  let worker: SetupWorker;
  let seen: URL[];

  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
    worker.events.on('request:start', ({ request }) => {
      const u = new URL(request.url);
      if (u.pathname.startsWith(BASE)) seen.push(u);
    });
  });
  after(() => worker.stop());
  beforeEach(() => {
    seen = [];
  });

  /** Serves `body` (or a status) at every path ending in /reviews/counts, recording the requests. */
  function serve(answer: () => Response) {
    worker.resetHandlers(
      http.get(`${BASE}/reviews/counts`, answer),
      http.get(`${BASE}/accounts/:id/reviews/counts`, answer),
    );
  }

  it('asks with the filters of GET /reviews (no sort or paging) and returns the validated counts', async () => {
    serve(() => HttpResponse.json(COUNTS));
    const api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    expect(api.countReviews).to.be.a('function');
    const q = { ratings: [1, 2], brandIds: ['b1'], from: '2026-11-01', includeDone: true, sort: 'oldest' as const };
    const counts = await api.countReviews!({ ...q, offset: 25, limit: 25, search: 'zip' });
    expect(counts).to.deep.equal(COUNTS);
    expect(seen.map((u) => u.pathname + u.search)).to.deep.equal([
      `${BASE}/reviews/counts?rating=1&rating=2&brandId=b1&from=2026-11-01&includeDone=true&search=zip`,
    ]);
    // Under an account: the same path below /accounts/{id}.
    await api.forAccount!('acc 1').countReviews!({});
    expect(seen.at(-1)!.pathname).to.equal(`${BASE}/accounts/acc%201/reviews/counts`);
  });

  it('a server without the route (404): resolves undefined, no error, and does not ask again', async () => {
    serve(() => HttpResponse.json({ error: { code: 'not-found', message: 'No route' } }, { status: 404 }));
    const api = createHttpAdapter({ baseUrl: BASE, retries: 2, retryDelayMs: 1 });
    expect(await api.countReviews!({ ratings: [1] })).to.equal(undefined);
    expect(await api.countReviews!({ ratings: [2] })).to.equal(undefined);
    expect(seen).to.have.length(1);
  });

  it('the kit handler over an adapter without countReviews is such a server (404 no-method)', async () => {
    const handle = createRequestHandler(createFakeAdapter(), { basePath: '/k' });
    const statuses: number[] = [];
    const api = createHttpAdapter({
      baseUrl: 'https://backend.example/k',
      retries: 0,
      fetch: async (url, init) => {
        const res = await handle(new Request(url, init));
        statuses.push(res.status);
        return res;
      },
    });
    expect(await api.countReviews!({})).to.equal(undefined);
    expect(statuses).to.deep.equal([404]);
    // Other reads are untouched.
    expect((await api.listReviews({ ratings: [1] })).items.map((r) => r.id)).to.deep.equal(['r1']);
  });

  it('so are the MSW handlers over such an adapter (no route registered: the request falls through)', async () => {
    worker.resetHandlers(...createHandlers(createFakeAdapter(), { baseUrl: BASE }));
    const api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    expect(await api.countReviews!({})).to.equal(undefined);
  });

  it('a malformed or wrongly shaped body is invalid-response (a clear error, never half data)', async () => {
    const bodies: [string, () => Response][] = [
      ['not JSON', () => new HttpResponse('{"ratings": <html>', { headers: { 'Content-Type': 'application/json' } })],
      ['a page', () => HttpResponse.json({ items: [], total: 0, offset: 0 })],
      ['a string count', () => HttpResponse.json({ ...COUNTS, ratings: { 1: '2' } })],
      ['a star 6', () => HttpResponse.json({ ...COUNTS, ratings: { 6: 1 } })],
      ['no 30d', () => HttpResponse.json({ ...COUNTS, periods: { all: 1, '7d': 0 } })],
      ['a negative brand count', () => HttpResponse.json({ ...COUNTS, brands: { b1: -1 } })],
    ];
    for (const [what, answer] of bodies) {
      serve(answer);
      const api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
      const e = await rejection(api.countReviews!({}));
      expect(e.code, what).to.equal('invalid-response');
      expect(e.message, what).to.match(/^(The response is not JSON|Unexpected response: counts)/);
    }
  });

  it('other failures reject as usual (the list shows no counts; it never shows a banner for them)', async () => {
    serve(() => HttpResponse.json({ error: { code: 'server', message: 'down' } }, { status: 500 }));
    const api = createHttpAdapter({ baseUrl: BASE, retries: 1, retryDelayMs: 1 });
    expect((await rejection(api.countReviews!({}))).code).to.equal('server');
    expect(seen).to.have.length(2); // retried like any read
    // A 500 is no verdict on the route: the next call asks again.
    serve(() => HttpResponse.json(COUNTS));
    expect(await api.countReviews!({})).to.deep.equal(COUNTS);
  });

  it('reads the query when called: changing its arrays afterwards changes nothing', async () => {
    serve(() => HttpResponse.json(COUNTS));
    const api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    const q = { ratings: [1] };
    const p = api.countReviews!(q);
    q.ratings.push(5);
    await p;
    expect(seen[0]!.searchParams.getAll('rating')).to.deep.equal(['1']);
  });
});

describe('validateReviewCounts', () => {
  it('passes counts through, extra fields kept; names the bad path', () => {
    const v = { ...COUNTS, asOf: 'now' };
    expect(validateReviewCounts(structuredClone(v))).to.deep.equal(v);
    const bad = (x: unknown) => {
      try {
        validateReviewCounts(x);
      } catch (e) {
        expect(e).to.be.instanceOf(ShapeError);
        return (e as ShapeError).path;
      }
      throw new Error('expected a ShapeError');
    };
    expect(bad(null)).to.equal('counts');
    expect(bad({ ...COUNTS, ratings: [] })).to.equal('counts.ratings');
    expect(bad({ ...COUNTS, ratings: { 0: 1 } })).to.equal('counts.ratings.0');
    expect(bad({ ...COUNTS, brands: { b1: 1.5 } })).to.equal('counts.brands.b1');
    expect(bad({ ...COUNTS, periods: { all: 1, '7d': 1, '30d': null } })).to.equal('counts.periods.30d');
  });
});
