import { expect } from '@open-wc/testing';
import { createReportAdapter } from './report-adapter.js';
import { demoAccountHealth } from '../data/demo-data.js';
import type { SellerKitError } from '../data/errors.js';
import { NOW, makeFeedback } from '../../test/support/index.js';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const JP = 'A1VC38T7YXB528';

async function rejection(p: Promise<unknown>): Promise<SellerKitError> {
  try {
    await p;
  } catch (e) {
    return e as SellerKitError;
  }
  throw new Error('expected a rejection');
}

const feedback = () =>
  Array.from({ length: 8 }, (_, i) =>
    makeFeedback(i, { date: new Date(NOW.getTime() - i * 86_400_000).toISOString() }),
  );

describe('createReportAdapter: one account per marketplace (SPEC §8)', () => {
  it('serves one account when the files cover one marketplace', () => {
    const a = createReportAdapter({ feedbackReport: feedback(), marketplaceId: US, now: NOW });
    expect(a.marketplaceIds).to.deep.equal([US]);
    expect(a.listAccounts).to.equal(undefined);
    expect(a.forAccount).to.equal(undefined);
  });

  it('lists every marketplace of the files, each account with its own data', async () => {
    const a = createReportAdapter({
      feedbackReport: feedback(),
      performanceReport: [
        demoAccountHealth('healthy', NOW.getTime(), US),
        demoAccountHealth('at-risk', NOW.getTime(), DE),
        demoAccountHealth('healthy', NOW.getTime(), JP),
      ],
      marketplaceId: US,
      sellerName: 'Northwind Goods',
      now: NOW,
    });
    expect(a.marketplaceIds).to.deep.equal([US, DE, JP]);
    const rows = await a.listAccounts!();
    expect(rows.map((r) => [r.id, r.marketplaceId, r.sellerName])).to.deep.equal([
      [US, US, 'Northwind Goods'],
      [DE, DE, 'Northwind Goods'],
      [JP, JP, 'Northwind Goods'],
    ]);
    const [us, de, jp] = rows;
    // 1–2★ feedback (makeFeedback: rating i % 5 + 1 → f0, f1, f5, f6), no reply, removable: only in the US file.
    expect(us!.negativeFeedbackUnanswered).to.equal(4);
    expect(de!.negativeFeedbackUnanswered).to.equal(0);
    expect(de!.metricsBad).to.be.greaterThan(0);
    expect(us!.metricsBad).to.equal(0);
    expect(jp!.rating.score).to.be.a('number');
    // No reviews in Amazon's reports.
    expect(rows.every((r) => r.criticalReviewsOpen === 0)).to.equal(true);

    const deAdapter = a.forAccount!(DE);
    expect(a.forAccount!(DE)).to.equal(deAdapter);
    expect((await deAdapter.getAccountHealth()).marketplaceId).to.equal(DE);
    expect((await deAdapter.getSession()).permissions.feedback).to.equal('none');
    const usAdapter = a.forAccount!(US);
    expect((await usAdapter.getAccountHealth()).marketplaceId).to.equal(US);
    // The US account is this adapter's own data: a reply made through it is seen by both.
    await usAdapter.postFeedbackReply('f0', 'We are sorry about this.');
    expect((await a.listFeedback({ category: 'negative' })).items.find((f) => f.id === 'f0')!.reply).not.to.equal(null);
    expect((await a.listAccounts!())[0]!.negativeFeedbackUnanswered).to.equal(3);
  });

  it('an Account Health report of several marketplaces alone makes several accounts', async () => {
    const a = createReportAdapter({
      performanceReport: [
        demoAccountHealth('healthy', NOW.getTime(), DE),
        demoAccountHealth('at-risk', NOW.getTime(), JP),
      ],
      marketplaceId: US,
      now: NOW,
    });
    expect(a.marketplaceIds).to.deep.equal([DE, JP]);
    expect((await a.forAccount!(JP).getAccountHealth()).marketplaceId).to.equal(JP);
    const e = await rejection(a.forAccount!(US).getSession());
    expect(e.code).to.equal('not-found');
  });
});
