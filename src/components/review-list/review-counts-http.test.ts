/**
 * `<review-list>` counts (issue 21) over the HTTP adapter and the MSW handlers: `GET /reviews/counts` fills the
 * filters' counts; a backend without the route shows none and no error; a broken counts answer shows none either.
 */
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import { createHttpAdapter } from '../../data/http-adapter.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { createFakeAdapter } from '../../data/test-helpers/fake-adapter.js';
import type { SellerKitAdapter } from '../../data/models.js';
import { createHandlers } from '../../mocks/index.js';
import type { ReviewList } from './review-list.js';
import { NOW, allByRole, byRole, makeReview } from './test-helpers.js';

const BASE = '/rl-counts-api';
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: ReviewList) => el.shadowRoot!;

describe('<review-list> counts over HTTP (GET /reviews/counts)', () => {
  let worker: SetupWorker;
  let paths: string[];
  /** Whether a response to `path` has arrived (resource timing: every engine records a finished fetch). */
  const answered = (path: string) =>
    performance
      .getEntriesByType('resource')
      .some((e) => new URL(e.name).pathname === path && (e as PerformanceResourceTiming).responseEnd > 0);

  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
    worker.events.on('request:start', ({ request }) => {
      const u = new URL(request.url);
      if (u.pathname.startsWith(BASE)) paths.push(u.pathname + u.search);
    });
    performance.setResourceTimingBufferSize(10_000);
  });
  after(() => worker.stop());
  beforeEach(() => {
    paths = [];
    performance.clearResourceTimings();
  });

  async function mount(backend: SellerKitAdapter | null): Promise<ReviewList> {
    if (backend) worker.resetHandlers(...createHandlers(backend, { baseUrl: BASE }));
    const adapter = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    const provider = await fixture(
      html`<review-kit-provider lang="en" .adapter=${adapter} .now=${NOW}
        ><review-list></review-list
      ></review-kit-provider>`,
    );
    const el = provider.querySelector('review-list')!;
    await waitUntil(() => root(el).querySelector('article[data-id]'), 'the reviews', { timeout: 8000 });
    return el;
  }

  it('shows the counts the backend answers, beside each filter (names unchanged), and asks again per filter', async () => {
    const reviews = [makeReview(0, { rating: 1 }), makeReview(1, { rating: 1 }), makeReview(2, { rating: 5 })];
    const el = await mount(createMemoryAdapter({ reviews, now: NOW }));
    await waitUntil(() => root(el).querySelector('#count-rating-1'), 'counts shown', { timeout: 8000 });
    const one = byRole<HTMLInputElement>(root(el), 'checkbox', '1 star');
    expect(text(root(el).getElementById(one.getAttribute('aria-describedby')!))).to.contain('2 reviews');
    expect(text(root(el).querySelector('#count-rating-5'))).to.contain('1 review');
    expect(text(root(el).querySelector('#period-counts'))).to.equal('All time: 3 · Last 7 days: 3 · Last 30 days: 3');
    expect(paths.filter((p) => p.startsWith(`${BASE}/reviews/counts`))).to.have.length(1);

    // Filtering to 1★: the list and the counts are asked with the filter; the star counts keep every star.
    one.click();
    await waitUntil(() => paths.some((p) => p.startsWith(`${BASE}/reviews/counts?rating=1`)), 'counts for 1★');
    await waitUntil(() => text(root(el).querySelector('#period-counts')).startsWith('All time: 2'), 'period counts');
    expect(text(root(el).querySelector('#count-rating-5'))).to.contain('1 review');
    await expect(el).to.be.accessible();
  });

  it('a backend without the route: no counts, no error, the list works (asked once)', async () => {
    const el = await mount(createFakeAdapter());
    // The reviews are there; wait for the counts request's 404 (a loaded machine may take a while to answer it).
    await waitUntil(() => answered(`${BASE}/reviews/counts`), 'counts answered 404');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(root(el).querySelector('[id^="count-rating-"]'), 'no star counts').to.equal(null);
    expect(root(el).querySelector('#period-counts'), 'no period counts').to.equal(null);
    expect(allByRole(root(el), 'alert'), 'no error banner').to.have.length(0);
    byRole<HTMLInputElement>(root(el), 'checkbox', '1 star').click();
    await waitUntil(() => paths.some((p) => p.startsWith(`${BASE}/reviews?rating=1`)), 'the list asked again');
    expect(paths.filter((p) => p.startsWith(`${BASE}/reviews/counts`))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a malformed counts answer: no counts and no error banner (the list itself is fine)', async () => {
    const memory = createMemoryAdapter({ reviews: [makeReview(0, { rating: 1 })], now: NOW });
    worker.resetHandlers(
      http.get(`${BASE}/reviews/counts`, () => HttpResponse.json({ ratings: { 1: 'one' } })),
      ...createHandlers(memory, { baseUrl: BASE }),
    );
    const el = await mount(null);
    await waitUntil(() => paths.some((p) => p.startsWith(`${BASE}/reviews/counts`)), 'counts asked');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(root(el).querySelector('[id^="count-rating-"]')).to.equal(null);
    expect(allByRole(root(el), 'alert')).to.have.length(0);
    expect(root(el).querySelectorAll('article[data-id]')).to.have.length(1);
  });
});
