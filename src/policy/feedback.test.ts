import { expect } from '@open-wc/testing';
import type { Feedback } from '../data/models.js';
import {
  DAY_MS,
  REMOVAL_WINDOW_DAYS,
  countsTowardRating,
  feedbackCategory,
  feedbackPercentages,
  removalCandidates,
  removalEligibility,
  replyRules,
  summarizeFeedback,
} from './index.js';

const NOW = new Date('2025-06-30T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY_MS).toISOString();
let n = 0;
const fb = (o: Partial<Feedback> = {}): Feedback => ({
  id: `F${++n}`,
  orderId: '111-1111111-1111111',
  date: daysAgo(1),
  rating: 5,
  comments: '',
  raterEmail: null,
  fulfillment: 'mfn',
  reply: null,
  removal: null,
  ...o,
});

describe('feedback', () => {
  it('categories: 4-5 positive, 3 neutral, 1-2 negative', () => {
    expect([1, 2, 3, 4, 5].map(feedbackCategory)).to.deep.equal([
      'negative',
      'negative',
      'neutral',
      'positive',
      'positive',
    ]);
  });
  it('removed and struck-through feedback does not count', () => {
    expect(countsTowardRating(fb())).to.equal(true);
    for (const status of ['requested', 'denied'] as const)
      expect(
        countsTowardRating(fb({ removal: { status, reason: 'obscene', requestedAt: NOW.toISOString() } })),
      ).to.equal(true);
    for (const status of ['removed', 'struck-through'] as const)
      expect(
        countsTowardRating(fb({ removal: { status, reason: 'obscene', requestedAt: NOW.toISOString() } })),
      ).to.equal(false);
  });
  it('summarizes periods at their boundaries and excludes removed feedback', () => {
    const list = [
      fb({ rating: 5, date: daysAgo(30) }), // d30
      fb({ rating: 1, date: daysAgo(31) }), // d90
      fb({ rating: 3, date: daysAgo(90) }), // d90
      fb({ rating: 4, date: daysAgo(91) }), // d365
      fb({ rating: 2, date: daysAgo(365) }), // d365
      fb({ rating: 5, date: daysAgo(366) }), // lifetime only
      fb({ rating: 1, date: daysAgo(2), removal: { status: 'removed', reason: 'obscene', requestedAt: daysAgo(1) } }),
      fb({
        rating: 1,
        date: daysAgo(2),
        removal: { status: 'struck-through', reason: 'fba-delivery', requestedAt: daysAgo(1) },
      }),
    ];
    const s = summarizeFeedback(list, NOW);
    expect(s.periods.d30).to.deep.equal({ positive: 1, neutral: 0, negative: 0 });
    expect(s.periods.d90).to.deep.equal({ positive: 1, neutral: 1, negative: 1 });
    expect(s.periods.d365).to.deep.equal({ positive: 2, neutral: 1, negative: 2 });
    expect(s.periods.lifetime).to.deep.equal({ positive: 3, neutral: 1, negative: 2 });
    expect(s.ratingCount).to.equal(5);
    expect(s.ratingAverage).to.equal((5 + 1 + 3 + 4 + 2) / 5);
    expect(s.positiveKnown).to.equal(undefined);
    expect(summarizeFeedback([], NOW, { positiveKnown: false })).to.deep.equal({
      ratingAverage: 0,
      ratingCount: 0,
      positiveKnown: false,
      periods: {
        d30: { positive: 0, neutral: 0, negative: 0 },
        d90: { positive: 0, neutral: 0, negative: 0 },
        d365: { positive: 0, neutral: 0, negative: 0 },
        lifetime: { positive: 0, neutral: 0, negative: 0 },
      },
    });
  });
  it('percentages are rounded and may not sum to 100', () => {
    expect(feedbackPercentages({ positive: 1, neutral: 1, negative: 1 })).to.deep.equal({
      positive: 33,
      neutral: 33,
      negative: 33,
    });
    expect(feedbackPercentages({ positive: 0, neutral: 0, negative: 0 })).to.deep.equal({
      positive: 0,
      neutral: 0,
      negative: 0,
    });
    expect(feedbackPercentages({ positive: 3, neutral: 0, negative: 1 })).to.deep.equal({
      positive: 75,
      neutral: 0,
      negative: 25,
    });
  });
  it('a reply can be posted once, removed, never edited', () => {
    expect(replyRules(fb())).to.deep.equal({ canPost: true, canRemove: false, canEdit: false });
    expect(replyRules(fb({ reply: { text: 'x', postedAt: daysAgo(1) } }))).to.deep.equal({
      canPost: false,
      canRemove: true,
      canEdit: false,
    });
    expect(
      replyRules(fb({ removal: { status: 'removed', reason: 'obscene', requestedAt: daysAgo(1) } })).canPost,
    ).to.equal(false);
  });
  it('a removed reply cannot be replaced by a new one (that would be an edit)', () => {
    expect(replyRules(fb({ reply: null, replyRemovedAt: daysAgo(1) }))).to.deep.equal({
      canPost: false,
      canRemove: false,
      canEdit: false,
    });
    expect(replyRules(fb({ reply: null, replyRemovedAt: null })).canPost).to.equal(true);
  });
  it('removal window: 90 days ok, 91 not; configurable', () => {
    expect(REMOVAL_WINDOW_DAYS).to.equal(90);
    expect(removalEligibility(fb({ date: daysAgo(90) }), NOW)).to.deep.equal({ eligible: true, reasons: [] });
    expect(removalEligibility(fb({ date: daysAgo(91) }), NOW)).to.deep.equal({ eligible: false, reasons: ['too-old'] });
    expect(removalEligibility(fb({ date: daysAgo(91) }), NOW, { windowDays: 120 }).eligible).to.equal(true);
    expect(
      removalEligibility(fb({ removal: { status: 'requested', reason: 'obscene', requestedAt: daysAgo(1) } }), NOW)
        .reasons,
    ).to.deep.equal(['already-requested']);
    expect(
      removalEligibility(
        fb({ date: daysAgo(100), removal: { status: 'denied', reason: 'obscene', requestedAt: daysAgo(1) } }),
        NOW,
      ).reasons,
    ).to.deep.equal(['too-old', 'already-decided']);
  });
  it('a date-only feedback date is a calendar day: the 90 days count in the local calendar, in any time zone', () => {
    // Run with TZ=America/Los_Angeles or TZ=Asia/Tokyo to see the difference: 2025-04-01 + 90 days = 2025-06-30.
    const f = fb({ date: '2025-04-01' });
    expect(removalEligibility(f, new Date(2025, 5, 30, 0, 5)).eligible).to.equal(true);
    expect(removalEligibility(f, new Date(2025, 5, 30, 23, 55)).eligible).to.equal(true);
    expect(removalEligibility(f, new Date(2025, 6, 1, 0, 5)).reasons).to.deep.equal(['too-old']);
    const s = summarizeFeedback([fb({ date: '2025-05-31', rating: 1 })], new Date(2025, 5, 30, 23, 55));
    expect(s.periods.d30.negative).to.equal(1);
    expect(
      summarizeFeedback([fb({ date: '2025-05-31', rating: 1 })], new Date(2025, 6, 1, 0, 5)).periods.d30.negative,
    ).to.equal(0);
  });
  describe('removalCandidates', () => {
    const crit = (comments: string, fulfillment: 'afn' | 'mfn' = 'mfn') =>
      removalCandidates({ comments, fulfillment }).map((c) => c.criterion);
    it('personal data with spans', () => {
      const text = 'Seller ignored me, write to jane.doe@example.com or call 0171 2345678';
      const c = removalCandidates({ comments: text, fulfillment: 'mfn' });
      const email = c.find((x) => text.slice(x.start, x.end) === 'jane.doe@example.com');
      expect(email?.criterion).to.equal('personal-data');
      expect(c.some((x) => text.slice(x.start, x.end) === '0171 2345678')).to.equal(true);
      expect(crit('Terrible seller. My name is John Smith and nobody answered.')).to.include('personal-data');
      for (const c2 of removalCandidates({ comments: text, fulfillment: 'mfn' }))
        expect(c2.confidence).to.be.within(0, 1);
    });
    it('obscene words in five languages, not inside innocent words', () => {
      for (const t of [
        'This seller is shit',
        'venditore di merda',
        'So eine Scheiße',
        'vendeur de merde, putain',
        'qué mierda de vendedor',
      ])
        expect(crit(t), t).to.include('obscene');
      for (const t of ['Class assignment arrived', 'Scunthorpe shipping was fine', 'Mississippi delivery'])
        expect(crit(t), t).not.to.include('obscene');
    });
    it('entirely a product review vs mixed', () => {
      const only = removalCandidates({
        comments: 'The product quality is poor and the size is too small.',
        fulfillment: 'mfn',
      });
      expect(only).to.have.length(1);
      expect(only[0]).to.include({ criterion: 'product-review', start: 0, end: 54 });
      expect(crit('The product broke, and the seller never answered my emails.')).not.to.include('product-review');
      expect(crit('Great seller, fast shipping.')).not.to.include('product-review');
    });
    it('FBA delivery only for afn and only when entirely about delivery', () => {
      expect(crit('Package arrived late and the box was crushed.', 'afn')).to.deep.equal(['fba-delivery']);
      expect(crit('Package arrived late and the box was crushed.', 'mfn')).to.deep.equal([]);
      expect(crit('Arrived late and the product does not work.', 'afn')).to.deep.equal([]);
      expect(crit('Il pacco è arrivato in ritardo.', 'afn')).to.deep.equal(['fba-delivery']);
    });
  });
});
