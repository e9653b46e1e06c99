import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from './memory-adapter.js';
import { eagerMemoryAdapter, memoryStoreWork } from './memory-store.js';
import {
  DEMO_PRODUCTS,
  POLICY_COUNTER_KEYS,
  demoAccountHealth,
  generateDemoFeedback,
  generateDemoReviews,
  generateDemoReviewsTimed,
  isoFromMs,
} from './demo-data.js';
import { SellerKitError } from './errors.js';
import type { AccountHealth, Feedback, Review } from './models.js';
import { evaluateMetric, hasBlockingFindings, lintMessage, summarizeFeedback } from '../policy/index.js';
import { FEEDBACK_REPLIES, REVIEW_COMMENTS } from './demo-text.js';

const DAY = 86_400_000;
const NOW = new Date('2025-06-15T12:00:00.000Z');
const ago = (days: number, from = NOW) => new Date(from.getTime() - days * DAY).toISOString();

function review(over: Partial<Review> = {}): Review {
  return {
    id: 'R1',
    asin: 'B0C7K2M9QX',
    productTitle: 'Northwind Home Stainless Steel Insulated Water Bottle',
    brandId: 'northwind-home',
    marketplaceId: 'ATVPDKIKX0DER',
    rating: 2,
    title: 'Leaks',
    body: 'It leaks every time.',
    reviewerName: 'Jordan P.',
    publishedAt: ago(2),
    verifiedPurchase: true,
    sellerOfRecord: true,
    orderDate: ago(20),
    done: false,
    comments: [],
    contact: null,
    ...over,
  };
}

function feedbackItem(over: Partial<Feedback> = {}): Feedback {
  return {
    id: 'F1',
    orderId: '111-2223334-5556667',
    date: ago(5),
    rating: 1,
    comments: 'Package arrived two weeks late.',
    raterEmail: 'x7k2m9q4p1z8@marketplace.amazon.com',
    fulfillment: 'mfn',
    reply: null,
    removal: null,
    ...over,
  };
}

/** Resolves to the rejection of `p` (fails when it fulfils). */
async function rejection(p: Promise<unknown>): Promise<SellerKitError> {
  try {
    await p;
  } catch (e) {
    return e as SellerKitError;
  }
  throw new Error('expected a rejection');
}

async function expectError(p: Promise<unknown>, code: string, reasons?: string[]): Promise<SellerKitError> {
  const e = await rejection(p);
  expect(e, String(e)).to.be.instanceOf(SellerKitError);
  expect(e.code).to.equal(code);
  if (reasons) for (const r of reasons) expect(e.reasons).to.include(r);
  return e;
}

describe('demo data', () => {
  it('is deterministic: same seed and now give identical data, another seed differs', () => {
    const a = generateDemoReviews({ seed: 7, count: 300, now: NOW.getTime() });
    const b = generateDemoReviews({ seed: 7, count: 300, now: NOW.getTime() });
    const c = generateDemoReviews({ seed: 8, count: 300, now: NOW.getTime() });
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(JSON.stringify(a)).not.to.equal(JSON.stringify(c));
    const f1 = generateDemoFeedback({ seed: 7, now: NOW.getTime() });
    const f2 = generateDemoFeedback({ seed: 7, now: NOW.getTime() });
    expect(JSON.stringify(f1)).to.equal(JSON.stringify(f2));
    expect(JSON.stringify(demoAccountHealth('at-risk', NOW.getTime()))).to.equal(
      JSON.stringify(demoAccountHealth('at-risk', NOW.getTime())),
    );
  });

  it('gives two adapters with the same seed and now the same answers', async () => {
    const a = createMemoryAdapter({ seed: 3, now: NOW });
    const b = createMemoryAdapter({ seed: 3, now: NOW });
    const q = { includeDone: true, limit: 500 };
    expect(await a.listReviews(q)).to.deep.equal(await b.listReviews(q));
    expect(await a.listFeedback({ limit: 500 })).to.deep.equal(await b.listFeedback({ limit: 500 }));
    expect(await a.getAccountHealth()).to.deep.equal(await b.getAccountHealth());
    const de = createMemoryAdapter({ seed: 3, now: NOW, session: { marketplaceId: 'A1PA6795UKMFR9' } });
    const item = (await de.listReviews({})).items[0]!;
    expect(item.marketplaceId).to.equal('A1PA6795UKMFR9');
    expect(item.detailPageUrl).to.match(/^https:\/\/www\.amazon\.de\/dp\/B0/);
    expect((await de.getAccountHealth()).marketplaceId).to.equal('A1PA6795UKMFR9');
    expect(await a.getFeedbackSummary()).to.deep.equal(await b.getFeedbackSummary());
  });

  it('has the demo session: Northwind Goods, US, Professional, three brands, full permissions', async () => {
    const s = await createMemoryAdapter({ now: NOW }).getSession();
    expect(s.sellerName).to.equal('Northwind Goods');
    expect(s.marketplaceId).to.equal('ATVPDKIKX0DER');
    expect(s.professional).to.equal(true);
    expect(s.accountStatus).to.equal('NORMAL');
    expect(s.brands).to.have.length(3);
    expect(s.brands.filter((b) => b.representative)).to.have.length(2);
    expect(s.permissions).to.deep.equal({ reviews: 'edit', feedback: 'edit', accountHealth: 'edit' });
  });

  it('has 12+ products with ASIN-like ids over the three brands', () => {
    expect(DEMO_PRODUCTS.length).to.be.at.least(12);
    for (const p of DEMO_PRODUCTS) expect(p.asin).to.match(/^B0[A-Z0-9]{8}$/);
    expect(new Set(DEMO_PRODUCTS.map((p) => p.asin)).size).to.equal(DEMO_PRODUCTS.length);
    expect(new Set(DEMO_PRODUCTS.map((p) => p.brandId)).size).to.equal(3);
  });

  it('generates varied reviews within the last 45 days', () => {
    const now = NOW.getTime();
    const rs = generateDemoReviews({ seed: 1, count: 250, now });
    expect(rs).to.have.length(250);
    expect(new Set(rs.map((r) => r.id)).size).to.equal(250);
    expect(new Set(rs.map((r) => r.rating))).to.deep.equal(new Set([1, 2, 3, 4, 5]));
    expect(rs.filter((r) => r.rating === 5).length).to.be.greaterThan(rs.filter((r) => r.rating === 2).length);
    expect(new Set(rs.map((r) => r.language))).to.deep.equal(new Set(['en', 'de', 'fr', 'it', 'es', 'ja']));
    expect(rs.filter((r) => r.language === 'en').length).to.be.greaterThan(125);
    const ages = rs.map((r) => now - Date.parse(r.publishedAt));
    expect(Math.min(...ages)).to.be.at.least(0);
    expect(Math.max(...ages)).to.be.below(45 * DAY);
    expect(ages.some((a) => a > 30 * DAY)).to.equal(true);
    for (let i = 1; i < rs.length; i++) expect(rs[i]!.publishedAt <= rs[i - 1]!.publishedAt).to.equal(true);
    const some = (f: (r: Review) => boolean) => expect(rs.some(f)).to.equal(true);
    some((r) => r.verifiedPurchase);
    some((r) => !r.verifiedPurchase);
    some((r) => r.sellerOfRecord);
    some((r) => !r.sellerOfRecord);
    some((r) => r.orderDate === null);
    some((r) => r.orderDate !== null && now - Date.parse(r.orderDate) > 365 * DAY);
    some((r) => r.orderDate !== null && now - Date.parse(r.orderDate) < 365 * DAY);
    some((r) => r.done);
    some((r) => r.comments.length > 0);
    some((r) => r.contact !== null);
    for (const r of rs) {
      expect(r.title).to.be.a('string').and.not.equal('');
      expect(r.body).to.be.a('string').and.not.equal('');
      if (r.contact) expect(r.rating).to.be.at.most(3);
      if (r.orderDate) expect(r.orderDate < r.publishedAt).to.equal(true);
    }
  });

  it('generates 13+ months of feedback with replies, removal outcomes and questions', () => {
    const now = NOW.getTime();
    const fs = generateDemoFeedback({ seed: 1, count: 400, now });
    expect(fs).to.have.length(400);
    expect(new Set(fs.map((f) => f.id)).size).to.equal(400);
    expect(new Set(fs.map((f) => f.rating))).to.deep.equal(new Set([1, 2, 3, 4, 5]));
    expect(fs.filter((f) => f.rating >= 4).length).to.be.greaterThan(300);
    expect(Math.max(...fs.map((f) => now - Date.parse(f.date)))).to.be.greaterThan(395 * DAY);
    expect(fs.some((f) => f.reply)).to.equal(true);
    expect(new Set(fs.map((f) => f.removal?.status).filter(Boolean))).to.deep.equal(
      new Set(['requested', 'removed', 'struck-through', 'denied']),
    );
    for (const f of fs.filter((x) => x.removal?.status === 'struck-through')) {
      expect(f.fulfillment).to.equal('afn');
      expect(f.removal!.message).to.equal(
        'This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience.',
      );
    }
    expect(fs.some((f) => f.questions)).to.equal(true);
    expect(new Set(fs.map((f) => f.fulfillment))).to.deep.equal(new Set(['afn', 'mfn']));
    for (const f of fs) {
      if (f.raterEmail !== null) expect(f.raterEmail).to.match(/^[a-z0-9]{12,16}@marketplace\.amazon\.com$/);
      expect(f.orderId).to.match(/^\d{3}-\d{7}-\d{7}$/);
    }
  });

  it('has healthy and at-risk Account Health presets with every canonical metric', () => {
    const now = NOW.getTime();
    const keys = [
      'orderDefectRate',
      'returnDissatisfactionRate',
      'customerServiceDissatisfactionRate',
      'responseTimeUnder24Hours',
      'lateResponseRate',
      'averageResponseTime',
      'lateShipmentRate',
      'preFulfillmentCancellationRate',
      'validTrackingRate',
      'onTimeDeliveryRate',
      ...POLICY_COUNTER_KEYS,
    ];
    for (const preset of ['healthy', 'at-risk'] as const) {
      const h = demoAccountHealth(preset, now);
      expect(new Set(h.metrics.map((m) => m.key))).to.deep.equal(new Set(keys));
      const odr = h.metrics.filter((m) => m.key === 'orderDefectRate');
      expect(odr.map((m) => m.channel)).to.deep.equal(['mfn', 'afn']);
      for (const m of odr) {
        expect(m.parts!.map((p) => p.key)).to.deep.equal(['negativeFeedback', 'claims', 'chargebacks']);
        expect(m.value).to.equal(m.numerator! / m.denominator!);
      }
      for (const m of h.metrics) {
        if (m.window) expect(Date.parse(m.window.to)).to.be.at.most(now + DAY);
        if (m.window) expect(m.window.from < m.window.to).to.equal(true);
      }
      expect(h.notifications.some((n) => !n.read)).to.equal(true);
      expect(h.notifications.some((n) => n.read)).to.equal(true);
    }
    const healthy = demoAccountHealth('healthy', now);
    expect(healthy.rating.status).to.equal('GREAT');
    expect(healthy.metrics.map((m) => evaluateMetric(m)).filter((s) => s === 'bad' || s === 'at-risk')).to.deep.equal(
      [],
    );
    const risky = demoAccountHealth('at-risk', now);
    expect(risky.rating.status).to.equal('AT_RISK');
    expect(risky.rating.score).to.be.within(100, 199);
    const statuses = risky.metrics.map((m) => evaluateMetric(m));
    expect(statuses.filter((s) => s === 'at-risk').length).to.be.at.least(3);
    expect(statuses.filter((s) => s === 'bad').length).to.be.at.least(3);
    expect(risky.metrics.filter((m) => m.kind === 'count' && m.value! > 0)).to.have.length(1);
  });

  it('formats ISO strings from epoch numbers exactly like Date#toISOString', () => {
    for (let ms = -9e12; ms < 9e12; ms += 7_777_777_777.7) {
      expect(isoFromMs(ms)).to.equal(new Date(Math.floor(ms)).toISOString());
      const whole = Math.floor(ms / 1000) * 1000;
      expect(isoFromMs(whole)).to.equal(new Date(whole).toISOString());
    }
    expect(isoFromMs(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).to.equal('2024-02-29T23:59:59.999Z');
    expect(isoFromMs(Date.UTC(2100, 2, 1))).to.equal('2100-03-01T00:00:00.000Z');
    expect(isoFromMs(-1e15)).to.equal(new Date(-1e15).toISOString());
  });

  it('reports publishedAt as epoch ms alongside the reviews, newest first', () => {
    const { reviews, publishedMs } = generateDemoReviewsTimed({ seed: 5, count: 2000, now: NOW.getTime() + 123 });
    expect(publishedMs).to.have.length(2000);
    reviews.forEach((r, i) => expect(Date.parse(r.publishedAt)).to.equal(publishedMs[i]));
    for (let i = 1; i < publishedMs.length; i++) expect(publishedMs[i]).to.be.at.most(publishedMs[i - 1]!);
  });

  it('uses only brand comments and feedback replies that pass the policy linter', () => {
    for (const c of REVIEW_COMMENTS) expect(hasBlockingFindings(lintMessage(c, 'review-comment')), c).to.equal(false);
    for (const r of FEEDBACK_REPLIES) expect(hasBlockingFindings(lintMessage(r, 'feedback-reply')), r).to.equal(false);
  });

  // Its speed is benchmarked (npm run bench:memory: generateDemoReviews(100 000) beside the store's calls), not
  // asserted here: a wall-clock bound fails on a loaded CI machine whatever the code does.
  it('generates 100 000 reviews, each with its own id', () => {
    const rs = generateDemoReviews({ seed: 1, count: 100_000, now: NOW.getTime() });
    expect(rs).to.have.length(100_000);
    expect(new Set(rs.map((r) => r.id)).size).to.equal(100_000);
  });
});

describe('createMemoryAdapter: listReviews', () => {
  const data = [
    review({ id: 'a', rating: 5, publishedAt: ago(1), title: 'Great bottle', brandId: 'northwind-home' }),
    review({ id: 'b', rating: 1, publishedAt: ago(3), reviewerName: 'Maria G.', brandId: 'trailhead-outfitters' }),
    review({ id: 'c', rating: 3, publishedAt: ago(5), done: true }),
    review({ id: 'd', rating: 4, publishedAt: ago(10), asin: 'B0CJ3W9XPL', productTitle: 'LED Headlamp' }),
    review({ id: 'e', rating: 2, publishedAt: ago(29.9) }),
    review({ id: 'old', rating: 1, publishedAt: ago(30.01) }),
    review({ id: 'older-done', rating: 1, publishedAt: ago(40), done: true }),
    review({ id: 'ca', rating: 1, publishedAt: ago(60), marketplaceId: 'A2EUQ1WTGCTBG2' }),
  ];
  const make = () => createMemoryAdapter({ reviews: data, now: NOW });
  const ids = (p: { items: Review[] }) => p.items.map((r) => r.id);

  it('hides done and expired reviews by default, newest first', async () => {
    const page = await make().listReviews({});
    expect(ids(page)).to.deep.equal(['a', 'b', 'd', 'e', 'ca']);
    expect(page.total).to.equal(5);
    expect(page.offset).to.equal(0);
  });

  it('includeDone shows done reviews within retention only', async () => {
    expect(ids(await make().listReviews({ includeDone: true }))).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'ca']);
  });

  it('filters by rating, brand, date range and search', async () => {
    const a = make();
    expect(ids(await a.listReviews({ ratings: [1, 2] }))).to.deep.equal(['b', 'e', 'ca']);
    expect(ids(await a.listReviews({ brandIds: ['trailhead-outfitters'] }))).to.deep.equal(['b']);
    expect(ids(await a.listReviews({ from: ago(6), to: ago(2) }))).to.deep.equal(['b']);
    expect(ids(await a.listReviews({ to: ago(10).slice(0, 10) }))).to.deep.equal(['d', 'e', 'ca']);
    expect(ids(await a.listReviews({ search: 'GREAT' }))).to.deep.equal(['a']);
    expect(ids(await a.listReviews({ search: 'maria' }))).to.deep.equal(['b']);
    expect(ids(await a.listReviews({ search: 'b0cj3w9xpl' }))).to.deep.equal(['d']);
    expect(ids(await a.listReviews({ search: 'headlamp' }))).to.deep.equal(['d']);
    expect(ids(await a.listReviews({ search: 'leaks every' })).length).to.equal(5);
    expect((await a.listReviews({ search: 'nothing like this' })).total).to.equal(0);
  });

  it('sorts newest, oldest, rating-asc and rating-desc', async () => {
    const a = make();
    expect(ids(await a.listReviews({ sort: 'oldest' }))).to.deep.equal(['ca', 'e', 'd', 'b', 'a']);
    expect(ids(await a.listReviews({ sort: 'rating-asc' }))).to.deep.equal(['b', 'ca', 'e', 'd', 'a']);
    expect(ids(await a.listReviews({ sort: 'rating-desc' }))).to.deep.equal(['a', 'd', 'e', 'b', 'ca']);
  });

  it('sorts "Needs attention": critical (1–3★) not done first, newest first, then the rest newest first', async () => {
    const a = createMemoryAdapter({
      reviews: [
        review({ id: 'new5', rating: 5, publishedAt: ago(1) }),
        review({ id: 'crit-done', rating: 1, publishedAt: ago(1.5), done: true }),
        review({ id: 'crit-new', rating: 3, publishedAt: ago(2) }),
        review({ id: 'four', rating: 4, publishedAt: ago(3) }),
        review({ id: 'crit-old', rating: 1, publishedAt: ago(4) }),
      ],
      now: NOW,
    });
    const p = await a.listReviews({ sort: 'attention', includeDone: true });
    expect(ids(p)).to.deep.equal(['crit-new', 'crit-old', 'new5', 'crit-done', 'four']);
    const page = await a.listReviews({ sort: 'attention', offset: 1, limit: 2 });
    expect(ids(page)).to.deep.equal(['crit-old', 'new5']);
    expect(page.total).to.equal(4);
  });

  it('pages with offset and limit (default 25, max 500) and counts the filtered total', async () => {
    const a = make();
    const p = await a.listReviews({ offset: 1, limit: 2 });
    expect(ids(p)).to.deep.equal(['b', 'd']);
    expect(p.total).to.equal(5);
    expect(p.offset).to.equal(1);
    const big = createMemoryAdapter({ counts: { reviews: 2000 }, now: NOW });
    expect((await big.listReviews({})).items).to.have.length(25);
    const all = await big.listReviews({ limit: 10_000 });
    expect(all.items).to.have.length(500);
    expect(all.total).to.be.greaterThan(500);
  });

  it('applies retention against the clock, which may move', async () => {
    let t = NOW.getTime();
    const a = createMemoryAdapter({ reviews: data, now: () => new Date(t) });
    expect((await a.listReviews({})).total).to.equal(5);
    t += 2 * DAY;
    expect(ids(await a.listReviews({}))).to.deep.equal(['a', 'b', 'd', 'ca']);
    expect(a.now().getTime()).to.equal(t);
  });

  it('generated demo data hides what retention hides', async () => {
    const a = createMemoryAdapter({ seed: 1, now: NOW });
    const all = await a.listReviews({ includeDone: true, limit: 500 });
    expect(all.total).to.be.greaterThan(100);
    expect(all.total).to.be.below(250);
    for (const r of all.items) expect(NOW.getTime() - Date.parse(r.publishedAt)).to.be.below(30 * DAY);
  });

  // The time per call is benchmarked (npm run bench:memory, gated on ratios measured in one run); here, the work:
  // a listing looks at each review once (no sort: rating orders are bucketed), and a search tests each distinct
  // string of the search index once, not each of the 500 000 searchable fields.
  it('filters 100 000 reviews in one pass, a search testing each distinct string once', async () => {
    const a = createMemoryAdapter({ counts: { reviews: 100_000, feedback: 10 }, now: NOW });
    const work = async (q: Parameters<typeof a.listReviews>[0]) => {
      const [scanned, tested] = [memoryStoreWork.reviewsScanned, memoryStoreWork.searchStringTests];
      const page = await a.listReviews(q);
      return {
        page,
        scanned: memoryStoreWork.reviewsScanned - scanned,
        tested: memoryStoreWork.searchStringTests - tested,
      };
    };
    const plain = await work({});
    const filtered = await work({ ratings: [1, 2, 3], brandIds: ['northwind-home'], sort: 'rating-asc' });
    const search = await work({ search: 'headlamp' });
    expect(plain.page.total).to.be.greaterThan(50_000);
    expect(plain.scanned).to.equal(100_000);
    expect(filtered.scanned).to.equal(100_000);
    expect(filtered.page.total).to.be.greaterThan(0);
    expect(filtered.page.items.map((r) => r.rating)).to.deep.equal(
      [...filtered.page.items.map((r) => r.rating)].sort((x, y) => x - y),
    );
    for (const r of filtered.page.items) expect([r.brandId, r.rating <= 3]).to.deep.equal(['northwind-home', true]);
    expect(search.scanned).to.equal(100_000);
    expect(search.page.total).to.be.greaterThan(0);
    // Demo text comes from phrase pools: a few thousand distinct strings for 500 000 fields.
    expect(search.tested).to.be.greaterThan(0);
    expect(search.tested).to.be.below(100_000 / 10);
    for (const r of search.page.items) {
      const fields = [r.title, r.body, r.productTitle, r.asin, r.reviewerName].join('\n').toLowerCase();
      expect(fields).to.include('headlamp');
    }
  });
});

describe('createMemoryAdapter: review mutations', () => {
  const make = (over: Parameters<typeof createMemoryAdapter>[0] = {}) =>
    createMemoryAdapter({
      reviews: [
        review({ id: 'crit' }),
        review({ id: 'happy', rating: 5 }),
        review({ id: 'unverified', verifiedPurchase: false }),
        review({ id: 'old-order', orderDate: ago(400) }),
        review({ id: 'expired', publishedAt: ago(31) }),
      ],
      now: NOW,
      ...over,
    });

  it('setReviewDone marks and unmarks, and the default view follows', async () => {
    const a = make();
    const r = await a.setReviewDone('crit', true);
    expect(r.done).to.equal(true);
    expect((await a.listReviews({})).items.map((x) => x.id)).not.to.include('crit');
    expect((await a.listReviews({ includeDone: true })).items.map((x) => x.id)).to.include('crit');
    expect((await a.setReviewDone('crit', false)).done).to.equal(false);
    expect((await a.listReviews({})).items.map((x) => x.id)).to.include('crit');
  });

  it('refuses unknown and expired reviews with not-found', async () => {
    const a = make();
    await expectError(a.setReviewDone('nope', true), 'not-found');
    await expectError(a.setReviewDone('expired', true), 'not-found', ['retention-expired']);
  });

  it('refuses every review mutation for a view-only user with forbidden', async () => {
    const a = make({ session: { permissions: { reviews: 'view', feedback: 'edit', accountHealth: 'view' } } });
    expect((await a.listReviews({})).total).to.equal(4);
    await expectError(a.setReviewDone('crit', true), 'forbidden');
    await expectError(a.addReviewComment('crit', 'Thanks for your review.'), 'forbidden');
    const e = await expectError(a.contactCustomer('crit', 'customer-support'), 'forbidden');
    expect(e.status).to.equal(403);
    const none = make({ session: { permissions: { reviews: 'none', feedback: 'none', accountHealth: 'none' } } });
    await expectError(none.listReviews({}), 'forbidden');
    await expectError(none.listFeedback({}), 'forbidden');
    await expectError(none.getFeedbackSummary(), 'forbidden');
    await expectError(none.getAccountHealth(), 'forbidden');
  });

  it('addReviewComment appends a comment stamped with the clock', async () => {
    const a = make();
    const r = await a.addReviewComment('crit', 'Thank you for the feedback, we have improved the gasket.');
    expect(r.comments).to.have.length(1);
    expect(r.comments[0]!.text).to.equal('Thank you for the feedback, we have improved the gasket.');
    expect(r.comments[0]!.postedAt).to.equal(NOW.toISOString());
    const again = await a.addReviewComment('crit', 'A second note.');
    expect(again.comments).to.have.length(2);
    expect(again.comments[0]!.id).not.to.equal(again.comments[1]!.id);
  });

  it('addReviewComment refuses text with blocking lint findings (rule ids as reasons) and empty text', async () => {
    const a = make();
    const e = await expectError(a.addReviewComment('crit', 'x'.repeat(5000)), 'policy-violation', ['length']);
    expect(e.status).to.equal(422);
    await expectError(a.addReviewComment('crit', '   '), 'policy-violation', ['empty']);
    await expectError(
      a.addReviewComment('crit', 'Sorry! Write to help@northwind.example and we will sort it out.'),
      'policy-violation',
      ['email'],
    );
    await expectError(
      a.addReviewComment('crit', 'We are sorry. We will give you a full refund for this order.'),
      'policy-violation',
      ['refund-offer'],
    );
    expect((await a.listReviews({ search: 'leaks' })).items.find((r) => r.id === 'crit')!.comments).to.deep.equal([]);
  });

  it('contactCustomer sends once; a second contact is a 409 conflict', async () => {
    const a = make();
    const r = await a.contactCustomer('crit', 'courtesy-refund');
    expect(r.contact).to.deep.equal({ reason: 'courtesy-refund', sentAt: NOW.toISOString() });
    const e = await expectError(a.contactCustomer('crit', 'customer-support'), 'conflict', ['already-contacted']);
    expect(e.status).to.equal(409);
    const stored = (await a.listReviews({})).items.find((x) => x.id === 'crit')!;
    expect(stored.contact!.reason).to.equal('courtesy-refund');
  });

  it('contactCustomer refuses ineligible reviews with the policy reason codes', async () => {
    const a = make();
    await expectError(a.contactCustomer('happy', 'customer-support'), 'policy-violation', ['not-critical']);
    await expectError(a.contactCustomer('unverified', 'customer-support'), 'policy-violation', [
      'not-verified-purchase',
    ]);
    await expectError(a.contactCustomer('old-order', 'customer-support'), 'policy-violation', ['order-too-old']);
    await expectError(a.contactCustomer('crit', 'bribe' as never), 'policy-violation', ['invalid-reason']);
    const amateur = make({ session: { professional: false } });
    await expectError(amateur.contactCustomer('crit', 'customer-support'), 'policy-violation', ['not-professional']);
    const notRep = make({
      session: { brands: [{ id: 'northwind-home', name: 'Northwind Home', representative: false }] },
    });
    await expectError(notRep.contactCustomer('crit', 'customer-support'), 'policy-violation', [
      'not-brand-representative',
    ]);
  });
});

describe('createMemoryAdapter: feedback', () => {
  const make = (over: Parameters<typeof createMemoryAdapter>[0] = {}) =>
    createMemoryAdapter({
      feedback: [
        feedbackItem({ id: 'neg' }),
        feedbackItem({ id: 'pos', rating: 5, date: ago(1), comments: 'Great seller' }),
        feedbackItem({ id: 'neutral', rating: 3, date: ago(40), orderId: '000-0000000-0000001' }),
        feedbackItem({ id: 'old', rating: 2, date: ago(91), orderId: '999-0000000-0000001' }),
        feedbackItem({ id: 'replied', rating: 2, date: ago(10), reply: { text: 'Sorry.', postedAt: ago(9) } }),
        feedbackItem({
          id: 'decided',
          rating: 1,
          date: ago(20),
          removal: { status: 'denied', reason: 'product-review', requestedAt: ago(19) },
        }),
      ],
      now: NOW,
      ...over,
    });
  const ids = (p: { items: Feedback[] }) => p.items.map((f) => f.id);

  it('lists with category, dates, sorts and paging', async () => {
    const a = make();
    expect(ids(await a.listFeedback({}))).to.deep.equal(['pos', 'neg', 'replied', 'decided', 'neutral', 'old']);
    expect(ids(await a.listFeedback({ category: 'negative' }))).to.deep.equal(['neg', 'replied', 'decided', 'old']);
    expect(ids(await a.listFeedback({ category: 'neutral' }))).to.deep.equal(['neutral']);
    expect(ids(await a.listFeedback({ from: ago(30), to: ago(2) }))).to.deep.equal(['neg', 'replied', 'decided']);
    expect(ids(await a.listFeedback({ sort: 'oldest' }))).to.deep.equal([
      'old',
      'neutral',
      'decided',
      'replied',
      'neg',
      'pos',
    ]);
    expect(ids(await a.listFeedback({ sort: 'rating-desc' }))[0]).to.equal('pos');
    expect(ids(await a.listFeedback({ sort: 'rating-asc' })).slice(0, 2)).to.deep.equal(['neg', 'decided']);
    expect(ids(await a.listFeedback({ sort: 'order-asc' }))[0]).to.equal('neutral');
    expect(ids(await a.listFeedback({ sort: 'order-desc' }))[0]).to.equal('old');
    // Needs attention: 1–3★ with no reply and no removal request, newest first; then the rest, newest first.
    expect(ids(await a.listFeedback({ sort: 'attention' }))).to.deep.equal([
      'neg',
      'neutral',
      'old',
      'pos',
      'replied',
      'decided',
    ]);
    const p = await a.listFeedback({ offset: 2, limit: 2 });
    expect(ids(p)).to.deep.equal(['replied', 'decided']);
    expect(p.total).to.equal(6);
  });

  it('summarises with the policy module', async () => {
    const a = make();
    const all = (await a.listFeedback({ limit: 500 })).items;
    expect(await a.getFeedbackSummary()).to.deep.equal(summarizeFeedback(all, NOW, { positiveKnown: true }));
    expect((await make({ positiveKnown: false }).getFeedbackSummary()).positiveKnown).to.equal(false);
    const demo = createMemoryAdapter({ now: NOW });
    const s = await demo.getFeedbackSummary();
    expect(s.periods.lifetime.positive).to.be.greaterThan(s.periods.d365.positive);
    expect(s.ratingAverage).to.be.within(3.5, 5);
  });

  it('posts a reply once; a second reply is a conflict; removing allows none to be edited', async () => {
    const a = make();
    const f = await a.postFeedbackReply('neg', 'We are sorry about the delay and have improved our packing.');
    expect(f.reply).to.deep.equal({
      text: 'We are sorry about the delay and have improved our packing.',
      postedAt: NOW.toISOString(),
    });
    const e = await expectError(a.postFeedbackReply('neg', 'Changed my mind.'), 'conflict', ['reply-exists']);
    expect(e.status).to.equal(409);
    expect((await a.removeFeedbackReply('neg')).reply).to.equal(null);
    await expectError(a.removeFeedbackReply('neg'), 'not-found', ['no-reply']);
    await expectError(a.postFeedbackReply('nope', 'Hi'), 'not-found');
    await expectError(a.postFeedbackReply('pos', 'y'.repeat(5000)), 'policy-violation', ['length']);
    await expectError(a.postFeedbackReply('pos', 'Call us at 555-201-8844 any time.'), 'policy-violation', ['phone']);
    expect((await a.listFeedback({})).items.find((f) => f.id === 'pos')!.reply).to.equal(null);
  });

  it('refuses a reply on removed feedback', async () => {
    const a = make({
      feedback: [feedbackItem({ id: 'gone', removal: { status: 'removed', reason: 'obscene', requestedAt: ago(3) } })],
    });
    await expectError(a.postFeedbackReply('gone', 'Sorry.'), 'policy-violation', ['reply-not-allowed']);
  });

  it('requests removal within 90 days, once', async () => {
    const a = make();
    const f = await a.requestFeedbackRemoval('neg', 'product-review');
    expect(f.removal).to.deep.equal({ status: 'requested', reason: 'product-review', requestedAt: NOW.toISOString() });
    await expectError(a.requestFeedbackRemoval('neg', 'product-review'), 'conflict', ['already-requested']);
    await expectError(a.requestFeedbackRemoval('decided', 'product-review'), 'conflict', ['already-decided']);
    const e = await expectError(a.requestFeedbackRemoval('old', 'product-review'), 'policy-violation', ['too-old']);
    expect(e.status).to.equal(422);
    await expectError(a.requestFeedbackRemoval('pos', 'rude' as never), 'policy-violation', ['invalid-reason']);
    await expectError(a.requestFeedbackRemoval('nope', 'obscene'), 'not-found');
  });

  it('refuses feedback mutations for a view-only user', async () => {
    const a = make({ session: { permissions: { reviews: 'edit', feedback: 'view', accountHealth: 'view' } } });
    expect((await a.listFeedback({})).total).to.equal(6);
    await expectError(a.postFeedbackReply('neg', 'Sorry.'), 'forbidden');
    await expectError(a.removeFeedbackReply('replied'), 'forbidden');
    await expectError(a.requestFeedbackRemoval('neg', 'fba-delivery'), 'forbidden');
  });
});

describe('createMemoryAdapter: account health', () => {
  it('returns the healthy preset by default, the at-risk preset, or the given snapshot', async () => {
    const h = await createMemoryAdapter({ now: NOW }).getAccountHealth();
    expect(h.rating.status).to.equal('GREAT');
    expect(h.marketplaceId).to.equal('ATVPDKIKX0DER');
    expect(h).to.deep.equal(demoAccountHealth('healthy', NOW.getTime()));
    const r = await createMemoryAdapter({ now: NOW, health: 'at-risk' }).getAccountHealth();
    expect(r.accountStatus).to.equal('AT_RISK');
    const given: AccountHealth = {
      marketplaceId: 'A1PA6795UKMFR9',
      asOf: NOW.toISOString(),
      accountStatus: 'NORMAL',
      rating: { status: 'GOOD', score: null },
      metrics: [],
      notifications: [],
    };
    expect(await createMemoryAdapter({ health: given }).getAccountHealth()).to.deep.equal(given);
  });
});

describe('createMemoryAdapter: idempotency, abort, copies, clock', () => {
  it('replays a mutation with the same idempotency key without applying it twice', async () => {
    const a = createMemoryAdapter({ reviews: [review({ id: 'crit' })], now: NOW });
    const first = await a.addReviewComment('crit', 'One note.', { idempotencyKey: 'k1' });
    const second = await a.addReviewComment('crit', 'One note.', { idempotencyKey: 'k1' });
    expect(second).to.deep.equal(first);
    expect((await a.listReviews({})).items[0]!.comments).to.have.length(1);
    const c1 = await a.contactCustomer('crit', 'courtesy-refund', { idempotencyKey: 'k2' });
    const c2 = await a.contactCustomer('crit', 'courtesy-refund', { idempotencyKey: 'k2' });
    expect(c2).to.deep.equal(c1);
    await expectError(a.contactCustomer('crit', 'courtesy-refund', { idempotencyKey: 'k3' }), 'conflict');
    // A replayed failure stays the same failure.
    const e1 = await rejection(a.setReviewDone('nope', true, { idempotencyKey: 'k4' }));
    const e2 = await rejection(a.setReviewDone('nope', true, { idempotencyKey: 'k4' }));
    expect(e2).to.equal(e1);
  });

  it('replays concurrent calls with one key as one', async () => {
    const a = createMemoryAdapter({ feedback: [feedbackItem({ id: 'neg' })], now: NOW, latencyMs: 5 });
    const [x, y] = await Promise.all([
      a.postFeedbackReply('neg', 'We are sorry.', { idempotencyKey: 'r' }),
      a.postFeedbackReply('neg', 'We are sorry.', { idempotencyKey: 'r' }),
    ]);
    expect(x).to.deep.equal(y);
    expect(x.reply!.text).to.equal('We are sorry.');
  });

  it('rejects with AbortError when the signal is already aborted, for every method', async () => {
    const a = createMemoryAdapter({
      reviews: [review({ id: 'crit' })],
      feedback: [feedbackItem({ id: 'neg' })],
      now: NOW,
    });
    const signal = AbortSignal.abort();
    const o = { signal };
    const calls: Promise<unknown>[] = [
      a.getSession(o),
      a.listReviews({}, o),
      a.setReviewDone('crit', true, o),
      a.addReviewComment('crit', 'Hi', o),
      a.contactCustomer('crit', 'customer-support', o),
      a.getFeedbackSummary(o),
      a.listFeedback({}, o),
      a.postFeedbackReply('neg', 'Sorry', o),
      a.removeFeedbackReply('neg', o),
      a.requestFeedbackRemoval('neg', 'fba-delivery', o),
      a.getAccountHealth(o),
    ];
    for (const r of await Promise.allSettled(calls)) {
      expect(r.status).to.equal('rejected');
      expect(((r as PromiseRejectedResult).reason as Error).name).to.equal('AbortError');
    }
    const r = (await a.listReviews({})).items[0]!;
    expect(r.done).to.equal(false);
    expect(r.contact).to.equal(null);
  });

  it('aborting during the simulated latency rejects and applies nothing; the key can be retried', async () => {
    const a = createMemoryAdapter({ reviews: [review({ id: 'crit' })], now: NOW, latencyMs: 50 });
    const ctrl = new AbortController();
    const p = a.contactCustomer('crit', 'customer-support', { signal: ctrl.signal, idempotencyKey: 'k' });
    setTimeout(() => ctrl.abort(), 5);
    const e = await rejection(p);
    expect(e.name).to.equal('AbortError');
    expect((await a.listReviews({})).items[0]!.contact).to.equal(null);
    const ok = await a.contactCustomer('crit', 'customer-support', { idempotencyKey: 'k' });
    expect(ok.contact!.reason).to.equal('customer-support');
  });

  it('returns deep copies that callers cannot use to change state', async () => {
    const input = [review({ id: 'crit' })];
    const a = createMemoryAdapter({ reviews: input, now: NOW });
    input[0]!.title = 'changed by caller';
    const page = await a.listReviews({});
    page.items[0]!.title = 'mutated';
    page.items[0]!.comments.push({ id: 'x', text: 'x', postedAt: NOW.toISOString() });
    const r = await a.setReviewDone('crit', true);
    r.done = false;
    const again = (await a.listReviews({ includeDone: true })).items[0]!;
    expect(again.title).to.equal('Leaks');
    expect(again.comments).to.deep.equal([]);
    expect(again.done).to.equal(true);
    const s = await a.getSession();
    s.permissions.reviews = 'none';
    expect((await a.getSession()).permissions.reviews).to.equal('edit');
  });

  it('defaults to the real clock and accepts a Date or a function', async () => {
    const before = Date.now();
    const a = createMemoryAdapter({ counts: { reviews: 10, feedback: 10 } });
    const t = a.now().getTime();
    expect(t).to.be.within(before, Date.now());
    await new Promise((r) => setTimeout(r, 5));
    expect(a.now().getTime()).to.be.greaterThan(t);
    expect(createMemoryAdapter({ now: NOW }).now().toISOString()).to.equal(NOW.toISOString());
    const fixed = createMemoryAdapter({ now: () => NOW });
    fixed.now().setFullYear(2000);
    expect(fixed.now().toISOString()).to.equal(NOW.toISOString());
    expect((await a.listReviews({ includeDone: true })).total).to.be.at.most(10);
  });
});

describe('memory adapter: replies, removals and the clock (review follow-ups)', () => {
  const NOW2 = new Date('2026-03-01T12:00:00Z');
  const base = {
    orderId: '111-0000000-0000001',
    date: '2026-02-20',
    rating: 1,
    comments: 'Arrived late.',
    raterEmail: null,
    reply: null,
    removal: null,
  };

  it('refuses a new reply after the reply was removed (a reply is never changed)', async () => {
    const a = createMemoryAdapter({ feedback: [{ ...base, id: 'f1', fulfillment: 'mfn' }], now: NOW2 });
    await a.postFeedbackReply('f1', 'Sorry for the delay; we have refunded the shipping.');
    const removed = await a.removeFeedbackReply('f1');
    expect(removed.reply).to.equal(null);
    expect(removed.replyRemovedAt).to.equal(NOW2.toISOString());
    const err = await a.postFeedbackReply('f1', 'A different reply.').catch((e) => e);
    expect([err.code, err.reasons]).to.deep.equal(['conflict', ['reply-removed']]);
  });

  it('refuses an FBA strike-through request on a seller-fulfilled order, as the UI does', async () => {
    const a = createMemoryAdapter({
      feedback: [
        { ...base, id: 'm', fulfillment: 'mfn' },
        { ...base, id: 'a', fulfillment: 'afn' },
      ],
      now: NOW2,
    });
    const err = await a.requestFeedbackRemoval('m', 'fba-delivery').catch((e) => e);
    expect([err.code, err.reasons]).to.deep.equal(['policy-violation', ['fba-only']]);
    expect((await a.requestFeedbackRemoval('a', 'fba-delivery')).removal?.status).to.equal('requested');
  });

  it('uses the real clock by default', async () => {
    const a = createMemoryAdapter({
      feedback: [{ ...base, date: new Date().toISOString().slice(0, 10), id: 'f', fulfillment: 'mfn' }],
    });
    const before = Date.now();
    await new Promise((r) => setTimeout(r, 15));
    const f = await a.postFeedbackReply('f', 'Thank you for letting us know.');
    expect(Date.parse(f.reply!.postedAt)).to.be.greaterThan(before);
  });
});

describe('memory adapter: feedback summary cache', () => {
  it('reuses the summary but follows the clock', async () => {
    let t = new Date('2026-03-01T12:00:00Z');
    const entry = (id: string, date: string) => ({
      id,
      orderId: `111-${id}`,
      date,
      rating: 5,
      comments: 'Great.',
      raterEmail: null,
      fulfillment: 'mfn' as const,
      reply: null,
      removal: null,
    });
    const a = createMemoryAdapter({ feedback: [entry('a', '2026-02-15'), entry('b', '2025-12-01')], now: () => t });
    const first = await a.getFeedbackSummary();
    expect(first.periods.d30.positive).to.equal(1);
    expect(await a.getFeedbackSummary()).to.deep.equal(first);
    t = new Date('2026-03-20T12:00:00Z');
    expect((await a.getFeedbackSummary()).periods.d30.positive).to.equal(0);
  });
});

describe('createMemoryAdapter: a synchronous shell over a lazily loaded implementation', () => {
  it('fixes the clock, the seed, the session and copies of the data at creation, before any call', async () => {
    let t = NOW;
    const options = {
      seed: 7,
      now: () => t,
      latencyMs: 0,
      session: { sellerName: 'Shell Goods' },
      reviews: [review({ id: 'crit' })],
    };
    const a = createMemoryAdapter(options);
    expect(a.now().toISOString()).to.equal(NOW.toISOString());
    options.seed = 8;
    options.latencyMs = 10_000;
    options.session.sellerName = 'changed';
    options.reviews[0]!.title = 'changed';
    options.reviews.push(review({ id: 'late' }));
    t = new Date(NOW.getTime() + 3 * DAY);
    expect(a.now().toISOString()).to.equal(t.toISOString());
    expect((await a.getSession()).sellerName).to.equal('Shell Goods');
    const page = await a.listReviews({});
    expect(page.items.map((r) => [r.id, r.title])).to.deep.equal([['crit', 'Leaks']]);
    // Demo feedback is generated relative to the creation time, not to the (later) first call.
    const all = { limit: 500 };
    const created = createMemoryAdapter({ seed: 7, now: NOW });
    expect(await a.listFeedback(all)).to.deep.equal(await created.listFeedback(all));
  });

  it('throws at creation when explicit data cannot be copied', () => {
    const bad = [review({ title: (() => 'x') as unknown as string })];
    expect(() => createMemoryAdapter({ reviews: bad })).to.throw();
  });

  it('applies calls made before the implementation loaded in the order they were made', async () => {
    const a = createMemoryAdapter({ reviews: [review({ id: 'crit' })], now: NOW });
    const done = a.setReviewDone('crit', true);
    const list = a.listReviews({ includeDone: true });
    const aborted = rejection(a.getSession({ signal: AbortSignal.abort() })); // rejects at once
    expect((await done).done).to.equal(true);
    expect((await list).items[0]!.done).to.equal(true);
    expect(((await aborted) as Error).name).to.equal('AbortError');
  });

  it('eagerMemoryAdapter (for lazily loaded callers) is the same adapter, built at once', async () => {
    const options = { seed: 3, now: NOW, counts: { reviews: 40, feedback: 40 } };
    const lazy = createMemoryAdapter(options);
    const eager = eagerMemoryAdapter(options);
    expect(eager.now().toISOString()).to.equal(NOW.toISOString());
    expect(await eager.listReviews({ includeDone: true, limit: 500 })).to.deep.equal(
      await lazy.listReviews({ includeDone: true, limit: 500 }),
    );
    expect(await eager.getAccountHealth()).to.deep.equal(await lazy.getAccountHealth());
    await expectError(eager.setReviewDone('nope', true), 'not-found');
  });
});

describe('createMemoryAdapter: countReviews (issue 21)', () => {
  it('counts each facet with the other filters applied and its own left out', async () => {
    const a = createMemoryAdapter({
      reviews: [
        review({ id: 'a', rating: 1, publishedAt: ago(1) }),
        review({ id: 'b', rating: 1, publishedAt: ago(10) }),
        review({ id: 'c', rating: 5, publishedAt: ago(20), brandId: 'other' }),
        review({ id: 'd', rating: 2, publishedAt: ago(3), done: true }),
      ],
      now: NOW,
    });
    const all = (await a.countReviews!({}))!;
    expect(all.ratings).to.deep.equal({ 1: 2, 2: 0, 3: 0, 4: 0, 5: 1 });
    expect(all.periods).to.deep.equal({ all: 3, '7d': 1, '30d': 3 });
    expect(all.brands['northwind-home']).to.equal(2);
    expect(all.brands.other).to.equal(1);
    // Star counts ignore the star filter; the period and brand counts apply it.
    const ones = (await a.countReviews!({ ratings: [1], includeDone: true }))!;
    expect(ones.ratings).to.deep.equal({ 1: 2, 2: 1, 3: 0, 4: 0, 5: 1 });
    expect(ones.periods).to.deep.equal({ all: 2, '7d': 1, '30d': 2 });
    expect(ones.brands.other ?? 0).to.equal(0);
    // The period counts ignore from/to; the others apply them.
    const recent = (await a.countReviews!({ from: ago(7) }))!;
    expect(recent.ratings[5]).to.equal(0);
    expect(recent.periods.all).to.equal(3);
  });
});
