import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from './memory-adapter.js';
import { SellerKitError } from './errors.js';
import type { Feedback, Review, SellerKitAdapter } from './models.js';
import { summarizeAccount } from './account-summary.js';
import { DEMO_ACCOUNTS } from './memory-accounts.js';
import { memoryStoreWork } from './memory-store.js';

const DAY = 86_400_000;
const NOW = new Date('2025-06-15T12:00:00.000Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

function review(id: string, rating: number, done = false): Review {
  return {
    id,
    asin: 'B0C7K2M9QX',
    productTitle: 'Bottle',
    brandId: 'b',
    marketplaceId: 'A1PA6795UKMFR9',
    rating,
    title: 't',
    body: 'b',
    reviewerName: 'r',
    publishedAt: ago(2),
    verifiedPurchase: true,
    sellerOfRecord: true,
    orderDate: ago(20),
    done,
    comments: [],
    contact: null,
  };
}

function feedback(id: string, rating: number, over: Partial<Feedback> = {}): Feedback {
  return {
    id,
    orderId: `111-${id}`,
    date: ago(5),
    rating,
    comments: 'late',
    raterEmail: null,
    fulfillment: 'mfn',
    reply: null,
    removal: null,
    ...over,
  };
}

async function rejection(p: Promise<unknown>): Promise<SellerKitError> {
  try {
    await p;
  } catch (e) {
    return e as SellerKitError;
  }
  throw new Error('expected a rejection');
}

describe('memory adapter: accounts (SPEC §8)', () => {
  it('exposes listAccounts and forAccount synchronously only in agency mode', () => {
    const single = createMemoryAdapter({ now: NOW });
    expect(single.listAccounts).to.equal(undefined);
    expect(single.forAccount).to.equal(undefined);
    const agency = createMemoryAdapter({ now: NOW, accounts: 12 });
    expect(agency.listAccounts).to.be.a('function');
    const scoped = agency.forAccount!('alpenglow-de');
    expect(scoped.listReviews).to.be.a('function');
    expect(agency.forAccount!('alpenglow-de')).to.equal(scoped);
  });

  it('lists the demo portfolio: eight marketplaces, every state, figures from each account', async () => {
    const a = createMemoryAdapter({ now: NOW, accounts: 12 });
    const rows = await a.listAccounts!();
    expect(rows.map((r) => r.id)).to.deep.equal(DEMO_ACCOUNTS.map((d) => d.id));
    expect(new Set(rows.map((r) => r.marketplaceId)).size).to.equal(8);
    const by = (id: string) => rows.find((r) => r.id === id)!;
    expect(by('sol-y-sal-es').accountStatus).to.equal('DEACTIVATED');
    expect(by('alpenglow-de').metricsBad).to.be.greaterThan(0);
    expect(by('alpenglow-de').metricsAtRisk).to.be.greaterThan(0);
    expect(by('northwind-us').metricsBad).to.equal(0);
    expect(by('northwind-us').rating.score).to.be.a('number');
    expect(by('northwind-us').orderDefectRate.mfn).to.be.a('number');
    const none = by('tidewater-us');
    expect(none.asOf).to.equal(null);
    expect(none.rating.score).to.equal(null);
    expect(none.orderDefectRate).to.deep.equal({ mfn: null, afn: null });
    expect(by('hofmann-de').access).to.equal(false);
    expect(by('northwind-us').access).to.equal(undefined);
    // The figures are the account's own: the scoped adapter answers the same counts.
    const scoped = a.forAccount!('northwind-us');
    const expected = await summarizeAccount('northwind-us', scoped, NOW);
    expect(by('northwind-us')).to.deep.equal(expected);
    const critical = await scoped.listReviews({ ratings: [1, 2, 3], limit: 1 });
    expect(by('northwind-us').criticalReviewsOpen).to.equal(critical.total);
  });

  it('counts unanswered removable 1–2★ feedback and open 1–3★ reviews by the policy', async () => {
    const a = createMemoryAdapter({
      now: NOW,
      accounts: [
        {
          id: 'x',
          session: { sellerName: 'X <b>GmbH</b>', marketplaceId: 'A1PA6795UKMFR9' },
          reviews: [review('r1', 1), review('r2', 3), review('r3', 3, true), review('r4', 4)],
          feedback: [
            feedback('f1', 1),
            feedback('f2', 2, { reply: { text: 'Sorry', postedAt: ago(1) } }),
            feedback('f3', 2, { date: ago(120) }),
            feedback('f4', 2, { removal: { status: 'requested', reason: 'product-review', requestedAt: ago(1) } }),
            feedback('f5', 3),
            feedback('f6', 2),
          ],
          health: 'healthy',
        },
      ],
    });
    const [row] = await a.listAccounts!();
    expect(row!.sellerName).to.equal('X <b>GmbH</b>');
    expect(row!.criticalReviewsOpen).to.equal(2);
    expect(row!.negativeFeedbackUnanswered).to.equal(2);
    // A reply posted in the account changes its row.
    await a.forAccount!('x').postFeedbackReply('f1', 'We are sorry about the delay.');
    const [after] = await a.listAccounts!();
    expect(after!.negativeFeedbackUnanswered).to.equal(1);
  });

  it('keeps each account its own data and mutations', async () => {
    const a = createMemoryAdapter({ now: NOW, accounts: 12 });
    const de = a.forAccount!('alpenglow-de');
    const uk = a.forAccount!('bright-kettle-uk');
    expect((await de.getSession()).sellerName).to.equal('Alpenglow Outdoor GmbH');
    expect((await uk.getSession()).marketplaceId).to.equal('A1F83G8C2ARO7P');
    const first = (await de.listReviews({ limit: 1 })).items[0]!;
    expect(first.marketplaceId).to.equal('A1PA6795UKMFR9');
    await de.setReviewDone(first.id, true);
    const deDone = (await de.listReviews({ limit: 500, includeDone: true })).items.find((r) => r.id === first.id);
    expect(deDone!.done).to.equal(true);
    const ukAll = (await uk.listReviews({ limit: 500, includeDone: true })).items;
    expect(ukAll.length).to.be.greaterThan(0);
    expect(ukAll.every((r) => r.marketplaceId === 'A1F83G8C2ARO7P')).to.equal(true);
    expect(ukAll.find((r) => r.id === first.id)?.done ?? false).to.equal(false);
    // The root adapter still serves its own (single-account) data.
    expect((await a.getSession()).sellerName).to.equal('Northwind Goods');
  });

  it('rejects an unknown account with not-found, one without access with forbidden, no data with not-found', async () => {
    const a = createMemoryAdapter({ now: NOW, accounts: 12 });
    const unknown = a.forAccount!('nope');
    const e = await rejection(unknown.listReviews({}));
    expect(e).to.be.instanceOf(SellerKitError);
    expect(e.code).to.equal('not-found');
    expect(e.reasons).to.deep.equal(['unknown-account']);
    const locked = await rejection(a.forAccount!('hofmann-de').getSession());
    expect(locked.code).to.equal('forbidden');
    const noHealth = await rejection(a.forAccount!('tidewater-us').getAccountHealth());
    expect(noHealth.code).to.equal('not-found');
    const deactivated = await a.forAccount!('sol-y-sal-es').getAccountHealth();
    expect(deactivated.accountStatus).to.equal('DEACTIVATED');
  });

  it('builds account stores lazily: 500 accounts, one opened, one store built', async () => {
    const a: SellerKitAdapter = createMemoryAdapter({ now: NOW, accounts: 500 });
    await a.getSession();
    const built = memoryStoreWork.storesCreated;
    const page = await a.forAccount!('client-250').listReviews({ limit: 25 });
    expect(page.items.length).to.be.greaterThan(0);
    // The account's own store only, not the 499 others (the work, not the time: a timed bound flakes under load).
    expect(memoryStoreWork.storesCreated - built).to.equal(1);
    await a.forAccount!('client-250').listFeedback({ limit: 5 });
    expect(memoryStoreWork.storesCreated - built).to.equal(1);
    const rows = await a.listAccounts!();
    expect(rows.length).to.equal(500);
    expect(new Set(rows.map((r) => r.id)).size).to.equal(500);
  });
});
