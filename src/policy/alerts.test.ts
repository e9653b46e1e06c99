import { expect } from '@open-wc/testing';
import type { AccountHealth, AccountSummary, FeedbackSummary, HealthMetric } from '../data/models.js';
import { DAY, HOUR, NOW, ago, makeFeedback, makeReview } from '../../test/support/fixtures.js';
import {
  DEFAULT_ALERT_RULES,
  alertsFor,
  openAlertCounts,
  openAlerts,
  portfolioTotals,
  sortAccounts,
  type Alert,
} from './index.js';

const kinds = (list: Alert[]) => list.map((a) => a.kind);
const ids = (list: Alert[]) => list.map((a) => a.id);

const health = (over: Partial<AccountHealth> = {}): AccountHealth => ({
  marketplaceId: 'A1PA6795UKMFR9',
  asOf: '2026-11-20T00:00:00Z',
  accountStatus: 'NORMAL',
  rating: { status: 'GOOD', score: 300 },
  metrics: [],
  notifications: [],
  ...over,
});
const odr = (value: number, over: Partial<HealthMetric> = {}): HealthMetric => ({
  key: 'orderDefectRate',
  group: 'customer-service',
  kind: 'rate',
  value,
  target: { value: 0.01, condition: 'LESS_THAN' },
  window: null,
  channel: 'mfn',
  ...over,
});
const summary = (ratingAverage: number, ratingCount = 100): FeedbackSummary => {
  const zero = { positive: 0, neutral: 0, negative: 0 };
  return { ratingAverage, ratingCount, periods: { d30: zero, d90: zero, d365: zero, lifetime: zero } };
};
const acct = (id: string, o: Partial<AccountSummary> = {}): AccountSummary => ({
  id,
  sellerName: id,
  marketplaceId: 'ATVPDKIKX0DER',
  accountStatus: 'NORMAL',
  rating: { status: 'GOOD', score: 250 },
  orderDefectRate: { mfn: 0.002, afn: 0.001 },
  metricsAtRisk: 0,
  metricsBad: 0,
  negativeFeedbackUnanswered: 0,
  criticalReviewsOpen: 0,
  asOf: '2026-11-20T00:00:00Z',
  ...o,
});

describe('alertsFor', () => {
  it('has documented defaults and returns nothing for nothing', () => {
    expect(DEFAULT_ALERT_RULES).to.include({
      negativeFeedbackHours: 24,
      negativeFeedbackMaxRating: 2,
      clusterMinReviews: 3,
      clusterDays: 7,
      clusterMaxRating: 3,
      accountHealthRatingDrop: 50,
      feedbackRatingDrop: 0.1,
    });
    expect(Object.isFrozen(DEFAULT_ALERT_RULES)).to.equal(true);
    expect(alertsFor({}, undefined, NOW)).to.deep.equal([]);
  });

  describe('negative-feedback-unanswered', () => {
    const fb = (ageMs: number, over = {}) => makeFeedback(1, { id: 'f1', rating: 1, date: ago(ageMs), ...over });

    it('fires at exactly 24 h, not a millisecond before, and after', () => {
      expect(alertsFor({ feedback: [fb(24 * HOUR - 1)] }, null, NOW)).to.deep.equal([]);
      const at = alertsFor({ feedback: [fb(24 * HOUR)], accountId: 'acc-1' }, null, NOW);
      expect(at).to.deep.equal([
        {
          id: 'negative-feedback-unanswered:acc-1:f1',
          kind: 'negative-feedback-unanswered',
          severity: 'warning',
          accountId: 'acc-1',
          targetId: 'f1',
          messageKey: 'alert.negative-feedback-unanswered',
          params: { rating: 1, orderId: fb(0).orderId, hours: 24 },
        },
      ]);
      expect(kinds(alertsFor({ feedback: [fb(24 * HOUR + 1)] }, null, NOW))).to.deep.equal([
        'negative-feedback-unanswered',
      ]);
    });

    it('counts 1–2 stars only; a reply, a removal request or the end of the removal window ends it', () => {
      const old = 2 * DAY;
      expect(alertsFor({ feedback: [fb(old, { rating: 2 })] }, null, NOW)).to.have.length(1);
      expect(alertsFor({ feedback: [fb(old, { rating: 3 })] }, null, NOW)).to.deep.equal([]);
      const reply = { text: 'Sorry', postedAt: ago(DAY) };
      expect(alertsFor({ feedback: [fb(old, { reply })] }, null, NOW)).to.deep.equal([]);
      const removal = { status: 'requested' as const, reason: 'obscene' as const, requestedAt: ago(DAY) };
      expect(alertsFor({ feedback: [fb(old, { removal })] }, null, NOW)).to.deep.equal([]);
      // Removal window: 90 days still removable, 91 not (removalEligibility).
      expect(alertsFor({ feedback: [fb(90 * DAY)] }, null, NOW)).to.have.length(1);
      expect(alertsFor({ feedback: [fb(91 * DAY)] }, null, NOW)).to.deep.equal([]);
      expect(alertsFor({ feedback: [fb(old, { date: 'not a date' })] }, null, NOW)).to.deep.equal([]);
    });

    it('takes its hours from the rules', () => {
      expect(alertsFor({ feedback: [fb(12 * HOUR)] }, { negativeFeedbackHours: 12 }, NOW)).to.have.length(1);
      expect(alertsFor({ feedback: [fb(12 * HOUR - 1)] }, { negativeFeedbackHours: 12 }, NOW)).to.deep.equal([]);
    });

    it('keeps one id per feedback: later clocks and other feedback do not change it; a new feedback adds one', () => {
      const first = alertsFor({ feedback: [fb(2 * DAY)] }, null, NOW);
      const later = alertsFor({ feedback: [fb(2 * DAY - HOUR)] }, null, new Date(NOW.getTime() + HOUR));
      expect(ids(later)).to.deep.equal(ids(first));
      const more = alertsFor(
        { feedback: [makeFeedback(2, { id: 'f2', rating: 2, date: ago(3 * DAY) }), fb(2 * DAY)] },
        null,
        NOW,
      );
      expect(ids(more)).to.deep.equal(['negative-feedback-unanswered:-:f1', 'negative-feedback-unanswered:-:f2']);
    });
  });

  describe('critical-review-cluster', () => {
    const r = (i: number, ageMs: number, over = {}) =>
      makeReview(i, { id: `r${i}`, asin: 'B0CLUSTER1', rating: 1, publishedAt: ago(ageMs), ...over });

    it('needs 3 critical reviews: 2 do not fire, 3 do, 4 keep the same id', () => {
      expect(alertsFor({ reviews: [r(1, HOUR), r(2, 2 * HOUR)] }, null, NOW)).to.deep.equal([]);
      const three = alertsFor({ reviews: [r(1, HOUR), r(2, 2 * HOUR), r(3, 3 * HOUR)], accountId: 'a' }, null, NOW);
      expect(three).to.deep.equal([
        {
          id: 'critical-review-cluster:a:B0CLUSTER1:r3',
          kind: 'critical-review-cluster',
          severity: 'warning',
          accountId: 'a',
          targetId: 'B0CLUSTER1',
          messageKey: 'alert.critical-review-cluster',
          params: { count: 3, asin: 'B0CLUSTER1', days: 7, product: 'Test product 3' },
        },
      ]);
      const four = alertsFor(
        { reviews: [r(4, 0), r(1, HOUR), r(2, 2 * HOUR), r(3, 3 * HOUR)], accountId: 'a' },
        null,
        NOW,
      );
      expect(ids(four)).to.deep.equal(ids(three));
      expect(four[0]!.params.count).to.equal(4);
    });

    it('spans at most 7 days first to last: exactly 7 days fires, a millisecond more does not', () => {
      const at = [r(1, HOUR), r(2, 3 * DAY), r(3, 7 * DAY + HOUR)];
      expect(alertsFor({ reviews: at }, null, NOW)).to.have.length(1);
      const over = [r(1, HOUR), r(2, 3 * DAY), r(3, 7 * DAY + HOUR + 1)];
      expect(alertsFor({ reviews: over }, null, NOW)).to.deep.equal([]);
      const under = [r(1, HOUR), r(2, 3 * DAY), r(3, 7 * DAY + HOUR - 1)];
      expect(alertsFor({ reviews: under }, null, NOW)).to.have.length(1);
    });

    it('counts 1–3 stars on one ASIN, done or not; 4 stars and other ASINs do not join', () => {
      expect(
        alertsFor({ reviews: [r(1, HOUR, { rating: 3 }), r(2, HOUR, { done: true }), r(3, HOUR)] }, null, NOW),
      ).to.have.length(1);
      expect(alertsFor({ reviews: [r(1, HOUR, { rating: 4 }), r(2, HOUR), r(3, HOUR)] }, null, NOW)).to.deep.equal([]);
      expect(
        alertsFor({ reviews: [r(1, HOUR, { asin: 'B0OTHER' }), r(2, HOUR), r(3, HOUR)] }, null, NOW),
      ).to.deep.equal([]);
    });

    it('is an alert while recent: its latest review at most 7 days old', () => {
      const cluster = (age: number) => [r(1, age), r(2, age + HOUR), r(3, age + 2 * HOUR)];
      expect(alertsFor({ reviews: cluster(7 * DAY) }, null, NOW)).to.have.length(1);
      expect(alertsFor({ reviews: cluster(7 * DAY + 1) }, null, NOW)).to.deep.equal([]);
    });

    it('a cluster that starts later is a new alert with a new id; input order does not matter', () => {
      const old = [r(1, 20 * DAY), r(2, 20 * DAY + HOUR), r(3, 20 * DAY + 2 * HOUR)];
      const recent = [r(4, HOUR), r(5, 2 * HOUR), r(6, 3 * HOUR)];
      const a = alertsFor({ reviews: [...old, ...recent] }, null, NOW);
      expect(ids(a)).to.deep.equal(['critical-review-cluster:-:B0CLUSTER1:r6']);
      const b = alertsFor({ reviews: [...recent, ...old].reverse() }, null, NOW);
      expect(ids(b)).to.deep.equal(ids(a));
      // Seen 13 days ago, the old cluster was the current one (and the later reviews had not been published).
      const both = alertsFor({ reviews: [...old, ...recent] }, null, new Date(NOW.getTime() - 13 * DAY));
      expect(ids(both)).to.deep.equal(['critical-review-cluster:-:B0CLUSTER1:r3']);
    });
  });

  describe('metric-near-target / metric-over-target', () => {
    // ODR target < 1 %; at risk from 0.8 % (20 % margin): evaluateMetric's bands, not a copy of them.
    const only = (m: HealthMetric) => alertsFor({ accountHealth: health({ metrics: [m] }), accountId: 'x' }, null, NOW);

    it('at risk at 0.8 %, not just under; over target at 1 %, not just under', () => {
      expect(only(odr(0.0079))).to.deep.equal([]);
      expect(only(odr(0.008))).to.deep.equal([
        {
          id: 'metric-near-target:x:A1PA6795UKMFR9:orderDefectRate:mfn',
          kind: 'metric-near-target',
          severity: 'warning',
          accountId: 'x',
          targetId: 'orderDefectRate:mfn',
          messageKey: 'alert.metric-near-target',
          params: { metricKey: 'orderDefectRate', channel: 'mfn' },
        },
      ]);
      expect(kinds(only(odr(0.0099)))).to.deep.equal(['metric-near-target']);
      expect(only(odr(0.01))[0]).to.include({ kind: 'metric-over-target', severity: 'critical' });
      expect(only(odr(0.011))[0]).to.include({ kind: 'metric-over-target' });
    });

    it('reads Amazon’s own status first and the default target when the report gives none', () => {
      expect(kinds(only(odr(0.001, { sourceStatus: 'BAD' })))).to.deep.equal(['metric-over-target']);
      const lsr: HealthMetric = {
        key: 'lateShipmentRate',
        group: 'shipping',
        kind: 'rate',
        value: 0.05,
        target: null,
        window: null,
      };
      expect(only(lsr)[0]).to.include({ id: 'metric-over-target:x:A1PA6795UKMFR9:lateShipmentRate' });
      const counter: HealthMetric = {
        key: 'listingPolicyViolations',
        group: 'policy-compliance',
        kind: 'count',
        value: 1,
        target: { value: 0, condition: 'EQUALS' },
        window: null,
      };
      expect(kinds(only(counter))).to.deep.equal(['metric-over-target']);
      expect(only({ ...counter, value: 0 })).to.deep.equal([]);
    });

    it('takes the at-risk margin from the rules', () => {
      expect(
        alertsFor({ accountHealth: health({ metrics: [odr(0.0079)] }) }, { atRiskMargin: 0.3 }, NOW),
      ).to.have.length(1);
    });
  });

  describe('rating-drop', () => {
    const ahr = (from: number, to: number) =>
      alertsFor(
        { accountHealth: health({ rating: { status: 'GOOD', score: to } }), previous: { ratingScore: from } },
        null,
        NOW,
      );

    it('Account Health Rating: a 50-point fall fires, 49 does not, 51 does; a rise never', () => {
      expect(ahr(400, 351)).to.deep.equal([]);
      expect(ahr(400, 350)).to.deep.equal([
        {
          id: 'rating-drop:-:A1PA6795UKMFR9:ahr:400:350',
          kind: 'rating-drop',
          severity: 'warning',
          targetId: 'ahr',
          messageKey: 'alert.rating-drop.ahr',
          params: { from: 400, to: 350 },
        },
      ]);
      expect(ahr(400, 349)).to.have.length(1);
      expect(ahr(300, 400)).to.deep.equal([]);
    });

    it('Account Health Rating: any fall into a lower band fires; critical in the critical band', () => {
      expect(ahr(201, 199)[0]).to.include({ severity: 'warning' });
      expect(ahr(200, 199)).to.have.length(1);
      expect(ahr(201, 200)).to.deep.equal([]);
      expect(ahr(100, 99)[0]).to.include({ severity: 'critical' });
      expect(ahr(101, 100)).to.deep.equal([]);
    });

    it('feedback rating: a 0.1-star fall fires, 0.09 does not, 0.2 does; no ratings is not a fall', () => {
      const fbr = (from: number, to: number, count = 50) =>
        alertsFor({ feedbackSummary: summary(to, count), previous: { feedbackRating: from } }, null, NOW);
      expect(fbr(4.8, 4.71)).to.deep.equal([]);
      expect(fbr(4.7, 4.6)).to.deep.equal([
        {
          id: 'rating-drop:-:feedback:4.7:4.6',
          kind: 'rating-drop',
          severity: 'warning',
          targetId: 'feedback-rating',
          messageKey: 'alert.rating-drop.feedback',
          params: { from: 4.7, to: 4.6 },
        },
      ]);
      expect(fbr(4.6, 4.5)).to.have.length(1);
      expect(fbr(4.8, 4.6)).to.have.length(1);
      expect(fbr(4.8, 0, 0)).to.deep.equal([]);
      expect(alertsFor({ feedbackSummary: summary(3) }, null, NOW)).to.deep.equal([]);
    });
  });

  describe('account-status-changed', () => {
    const change = (from: string, to: string) =>
      alertsFor(
        { accountHealth: health({ accountStatus: to }), previous: { accountStatus: from }, accountId: 'q' },
        null,
        NOW,
      );

    it('fires on a change with a severity by the new status; same status (any spelling) does not', () => {
      expect(change('NORMAL', 'normal')).to.deep.equal([]);
      expect(change('AT_RISK', 'at risk')).to.deep.equal([]);
      expect(change('NORMAL', 'AT_RISK')).to.deep.equal([
        {
          id: 'account-status-changed:q:A1PA6795UKMFR9:NORMAL:AT_RISK',
          kind: 'account-status-changed',
          severity: 'warning',
          accountId: 'q',
          targetId: 'account-status',
          messageKey: 'alert.account-status-changed',
          params: { from: 'NORMAL', to: 'AT_RISK' },
        },
      ]);
      expect(change('AT_RISK', 'DEACTIVATED')[0]).to.include({ severity: 'critical' });
      expect(change('AT_RISK', 'NORMAL')[0]).to.include({ severity: 'info' });
      expect(change('', 'AT_RISK')).to.deep.equal([]);
      expect(alertsFor({ accountHealth: health({ accountStatus: 'AT_RISK' }) }, null, NOW)).to.deep.equal([]);
    });
  });

  describe('account summaries', () => {
    it('reveal count alerts, their count in the id; no access gives none', () => {
      const list = alertsFor(
        {
          accounts: [
            acct('a', { metricsBad: 1, metricsAtRisk: 2, negativeFeedbackUnanswered: 3, criticalReviewsOpen: 9 }),
          ],
        },
        null,
        NOW,
      );
      expect(list[0]!.params).to.deep.equal({ count: 1, account: 'a', marketplaceId: 'ATVPDKIKX0DER' });
      expect(list.map((a) => [a.kind, a.severity, a.params.count, a.id])).to.deep.equal([
        ['metric-over-target', 'critical', 1, 'metric-over-target:a:ATVPDKIKX0DER:count:1'],
        ['metric-near-target', 'warning', 2, 'metric-near-target:a:ATVPDKIKX0DER:count:2'],
        ['negative-feedback-unanswered', 'warning', 3, 'negative-feedback-unanswered:a:ATVPDKIKX0DER:count:3'],
      ]);
      expect(alertsFor({ accounts: [acct('b', { metricsBad: 1, access: false })] }, null, NOW)).to.deep.equal([]);
      expect(alertsFor({ accounts: [acct('c')] }, null, NOW)).to.deep.equal([]);
    });

    it('compare with the previous snapshot per account; the portfolio count per account', () => {
      const accounts = [
        acct('a', { accountStatus: 'DEACTIVATED', rating: { status: 'CRITICAL', score: 90 } }),
        acct('b', { negativeFeedbackUnanswered: 1 }),
        acct('c'),
      ];
      const previousAccounts = { a: { accountStatus: 'NORMAL', ratingScore: 250 } };
      expect(kinds(alertsFor({ accounts, previousAccounts }, null, NOW))).to.deep.equal([
        'account-status-changed',
        'rating-drop',
        'negative-feedback-unanswered',
      ]);
      expect([...openAlertCounts(accounts, null, NOW, previousAccounts)]).to.deep.equal([
        ['a', 2],
        ['b', 1],
        ['c', 0],
      ]);
    });
  });

  it('the portfolio: open alerts per account from its summary, sortable, in the totals', () => {
    const accounts = [
      acct('none'),
      acct('two', { metricsBad: 3, negativeFeedbackUnanswered: 1 }),
      acct('one', { metricsAtRisk: 1 }),
    ];
    expect(accounts.map(openAlerts)).to.deep.equal([0, 2, 1]);
    // The same count as alertsFor over each summary alone.
    for (const a of accounts) expect(openAlerts(a)).to.equal(alertsFor({ accounts: [a] }, null, NOW).length);
    expect(sortAccounts(accounts, { column: 'alerts', direction: 'descending' }).map((a) => a.id)).to.deep.equal([
      'two',
      'one',
      'none',
    ]);
    expect(portfolioTotals(accounts).alerts).to.equal(3);
  });

  it('is deterministic: same facts, same alerts in the same order; no duplicate ids', () => {
    const input = {
      feedback: [
        makeFeedback(1, { rating: 1, date: ago(2 * DAY) }),
        makeFeedback(1, { rating: 1, date: ago(2 * DAY) }),
      ],
      accountHealth: health({ metrics: [odr(0.02), odr(0.009, { channel: 'afn' })] }),
    };
    const a = alertsFor(input, null, NOW);
    expect(alertsFor(input, null, NOW)).to.deep.equal(a);
    expect(new Set(ids(a)).size).to.equal(a.length);
    expect(kinds(a)).to.deep.equal(['metric-over-target', 'metric-near-target', 'negative-feedback-unanswered']);
  });
});
