/** `GET /reviews/counts` (issue 21, optional `countReviews`) in the REST handler, plain and under an account. */
import { expect } from '@open-wc/testing';
import { createFakeAdapter } from './data/test-helpers/fake-adapter.js';
import { createMemoryAdapter } from './data/memory-adapter.js';
import type { ReviewCounts, ReviewQuery, SellerKitAdapter } from './data/models.js';
import { OPTIONAL_ENDPOINTS, OPTIONAL_METHOD_OF, createRequestHandler, matchRoute } from './server.js';
import { NOW, makeReview } from '../test/support/index.js';

const ORIGIN = 'https://portal.example';
const COUNTS: ReviewCounts = {
  ratings: { 1: 2, 2: 0, 3: 0, 4: 0, 5: 1 },
  brands: { b1: 3 },
  periods: { all: 3, '7d': 1, '30d': 3 },
};

async function get(handle: (r: Request) => Promise<Response>, path: string) {
  const res = await handle(new Request(ORIGIN + path));
  return { status: res.status, json: (await res.json()) as any, type: res.headers.get('Content-Type') };
}

/** The fake adapter with a `countReviews` that records its queries. */
function counting(): SellerKitAdapter & { queries: ReviewQuery[] } {
  const queries: ReviewQuery[] = [];
  return Object.assign(createFakeAdapter(), {
    queries,
    countReviews: async (q: ReviewQuery) => (queries.push(q), COUNTS),
  });
}

describe('createRequestHandler: GET /reviews/counts (countReviews, issue 21)', () => {
  it('is an optional GET route of countReviews; /reviews/{id}/… still route as before', () => {
    const route = OPTIONAL_ENDPOINTS.find((r) => r.path === '/reviews/counts');
    expect(route).to.deep.equal({ name: 'review-counts', method: 'get', path: '/reviews/counts' });
    expect(OPTIONAL_METHOD_OF['review-counts']).to.equal('countReviews');
    const m = matchRoute('GET', '/accounts/acc%201/reviews/counts');
    expect(m && 'route' in m && [m.route.name, m.params.accountId]).to.deep.equal(['review-counts', 'acc 1']);
    const done = matchRoute('PUT', '/reviews/counts/done');
    expect(done && 'route' in done && [done.route.name, done.params.id]).to.deep.equal(['review-done', 'counts']);
    // Only GET: another method is 405 with Allow.
    expect(matchRoute('POST', '/reviews/counts')).to.deep.equal({ allow: ['GET'] });
  });

  it('answers the counts as JSON, with the query of GET /reviews parsed into a ReviewQuery', async () => {
    const a = counting();
    const handle = createRequestHandler(a, { basePath: '/api' });
    const r = await get(
      handle,
      '/api/reviews/counts?rating=1&rating=2&brandId=b1&from=2026-11-01&to=2026-11-30&includeDone=true&search=zip',
    );
    expect(r.status).to.equal(200);
    expect(r.type).to.match(/^application\/json/);
    expect(r.json).to.deep.equal(COUNTS);
    expect(a.queries).to.deep.equal([
      { ratings: [1, 2], brandIds: ['b1'], from: '2026-11-01', to: '2026-11-30', includeDone: true, search: 'zip' },
    ]);
  });

  it('rejects a bad query with 400 before calling the adapter', async () => {
    const a = counting();
    const handle = createRequestHandler(a);
    for (const q of ['rating=6', 'includeDone=yes', 'limit=-1']) {
      const r = await get(handle, `/reviews/counts?${q}`);
      expect(r.status, q).to.equal(400);
      expect(r.json.error.code).to.equal('bad-request');
    }
    expect(a.queries).to.have.length(0);
  });

  it('over an adapter without countReviews: 404 not-found saying so (reason no-method), plain and per account', async () => {
    const plain = createRequestHandler(createFakeAdapter());
    const r = await get(plain, '/reviews/counts');
    expect(r.status).to.equal(404);
    expect(r.json.error).to.deep.equal({
      code: 'not-found',
      message: 'This backend has no review counts (the adapter has no countReviews).',
      reasons: ['no-method'],
    });
    const agency = createRequestHandler(createMemoryAdapter({ seed: 1, now: NOW, accounts: 2 }));
    const accounts = (await get(agency, '/accounts')).json as { id: string }[];
    const scoped = await get(agency, `/accounts/${encodeURIComponent(accounts[0]!.id)}/reviews/counts`);
    expect(scoped.status).to.equal(200);
    expect(Object.keys(scoped.json.periods)).to.deep.equal(['all', '7d', '30d']);
  });

  it("over the memory adapter: the same counts as the adapter's own", async () => {
    const reviews = [
      makeReview(0, { rating: 1 }),
      makeReview(1, { rating: 1, done: true }),
      makeReview(2, { rating: 4 }),
    ];
    const memory = createMemoryAdapter({ reviews, now: NOW });
    const handle = createRequestHandler(memory);
    const cases: [string, ReviewQuery][] = [
      ['/reviews/counts', {}],
      ['/reviews/counts?rating=1&includeDone=true', { ratings: [1], includeDone: true }],
    ];
    for (const [path, q] of cases) {
      expect((await get(handle, path)).json, path).to.deep.equal(await memory.countReviews!(q));
    }
  });
});
