import { expect } from '@open-wc/testing';
import type { AccountSummary } from '../data/models.js';
import {
  accountStanding,
  compareWorstFirst,
  marketplaceLabel,
  nextSort,
  portfolioTotals,
  sortAccounts,
  worstOrderDefectRate,
} from './index.js';

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
const ids = (list: AccountSummary[]) => list.map((a) => a.id);

describe('portfolio policy', () => {
  describe('accountStanding', () => {
    it('reads deactivated before anything else, whatever the case of the status', () => {
      expect(accountStanding(acct('a', { accountStatus: 'deactivated', metricsBad: 3 }))).to.equal('deactivated');
    });
    it('bad metrics, or a rating in the critical band (under 100), is bad', () => {
      expect(accountStanding(acct('a', { metricsBad: 1, metricsAtRisk: 4 }))).to.equal('bad');
      expect(accountStanding(acct('a', { rating: { status: '', score: 99 } }))).to.equal('bad');
      expect(accountStanding(acct('a', { rating: { status: '', score: 100 } }))).to.equal('at-risk');
    });
    it('at risk by metric, account status or rating band (100–199)', () => {
      expect(accountStanding(acct('a', { metricsAtRisk: 1 }))).to.equal('at-risk');
      expect(accountStanding(acct('a', { accountStatus: 'AT_RISK' }))).to.equal('at-risk');
      expect(accountStanding(acct('a', { rating: { status: '', score: 199 } }))).to.equal('at-risk');
      expect(accountStanding(acct('a', { rating: { status: '', score: 200 } }))).to.equal('good');
    });
    it('no figures yet is no data, not good; no access is said as such', () => {
      expect(accountStanding(acct('a', { asOf: null, rating: { status: '', score: null } }))).to.equal('no-data');
      expect(accountStanding(acct('a', { access: false }))).to.equal('no-access');
      expect(accountStanding(acct('a', { access: true }))).to.equal('good');
    });
  });

  describe('worst first', () => {
    it('orders deactivated, bad metrics, at risk, then the rest', () => {
      const list = [
        acct('good'),
        acct('risk', { metricsAtRisk: 1 }),
        acct('nodata', { asOf: null, rating: { status: '', score: null } }),
        acct('bad', { metricsBad: 1 }),
        acct('off', { accountStatus: 'DEACTIVATED' }),
      ];
      expect(ids(sortAccounts(list))).to.deep.equal(['off', 'bad', 'risk', 'nodata', 'good']);
    });
    it('breaks ties by feedback to answer, then critical reviews, then name — whatever the input order', () => {
      const list = [
        acct('b-name'),
        acct('reviews', { criticalReviewsOpen: 5 }),
        acct('a-name'),
        acct('feedback', { negativeFeedbackUnanswered: 1, criticalReviewsOpen: 0 }),
      ];
      const expected = ['feedback', 'reviews', 'a-name', 'b-name'];
      expect(ids(sortAccounts(list))).to.deep.equal(expected);
      expect(ids(sortAccounts([...list].reverse()))).to.deep.equal(expected);
    });
    it('the same name in two marketplaces orders by id, so no two accounts compare equal', () => {
      expect(compareWorstFirst(acct('x1', { sellerName: 'Acme' }), acct('x2', { sellerName: 'Acme' }))).to.be.below(0);
    });
  });

  describe('sort by column', () => {
    const list = [
      acct('mid', { rating: { status: '', score: 300 }, sellerName: 'Beta' }),
      acct('none', { rating: { status: '', score: null }, sellerName: 'Alpha' }),
      acct('high', { rating: { status: '', score: 900 }, sellerName: 'gamma' }),
    ];
    it('numbers both ways, null figures last in both directions', () => {
      expect(ids(sortAccounts(list, { column: 'rating', direction: 'ascending' }))).to.deep.equal([
        'mid',
        'high',
        'none',
      ]);
      expect(ids(sortAccounts(list, { column: 'rating', direction: 'descending' }))).to.deep.equal([
        'high',
        'mid',
        'none',
      ]);
    });
    it('names ignore case', () => {
      expect(ids(sortAccounts(list, { column: 'account', direction: 'ascending' }))).to.deep.equal([
        'none',
        'mid',
        'high',
      ]);
      expect(ids(sortAccounts(list, { column: 'account', direction: 'descending' }))).to.deep.equal([
        'high',
        'mid',
        'none',
      ]);
    });
    it('Order Defect Rate sorts on the worse channel; an account without either is last', () => {
      const odr = [
        acct('a', { orderDefectRate: { mfn: 0.001, afn: 0.02 } }),
        acct('b', { orderDefectRate: { mfn: 0.01, afn: null } }),
        acct('c', { orderDefectRate: { mfn: null, afn: null } }),
      ];
      expect(worstOrderDefectRate(odr[0]!)).to.equal(0.02);
      expect(worstOrderDefectRate(odr[2]!)).to.equal(null);
      expect(ids(sortAccounts(odr, { column: 'odr', direction: 'descending' }))).to.deep.equal(['a', 'b', 'c']);
      expect(ids(sortAccounts(odr, { column: 'odr', direction: 'ascending' }))).to.deep.equal(['b', 'a', 'c']);
    });
    it('metrics at risk: one bad metric outweighs many at risk', () => {
      const m = [acct('many', { metricsAtRisk: 5 }), acct('one-bad', { metricsBad: 1 }), acct('none')];
      expect(ids(sortAccounts(m, { column: 'atRisk', direction: 'descending' }))).to.deep.equal([
        'one-bad',
        'many',
        'none',
      ]);
    });
    it('marketplace by its domain from the marketplace table; an unknown id stands as itself', () => {
      expect(marketplaceLabel('A1PA6795UKMFR9')).to.equal('amazon.de');
      expect(marketplaceLabel('XYZ')).to.equal('XYZ');
      const m = [
        acct('de', { marketplaceId: 'A1PA6795UKMFR9' }),
        acct('us'),
        acct('fr', { marketplaceId: 'A13V1IB3VIYZZH' }),
      ];
      expect(ids(sortAccounts(m, { column: 'marketplace', direction: 'ascending' }))).to.deep.equal(['us', 'de', 'fr']);
    });
    it('equal figures keep the worst-first order', () => {
      const m = [acct('b'), acct('a', { metricsAtRisk: 1 })];
      expect(ids(sortAccounts(m, { column: 'toAnswer', direction: 'ascending' }))).to.deep.equal(['a', 'b']);
      expect(ids(sortAccounts(m, { column: 'toAnswer', direction: 'descending' }))).to.deep.equal(['a', 'b']);
    });
    it('nextSort: ascending first, then toggles; another column starts ascending', () => {
      expect(nextSort(null, 'rating')).to.deep.equal({ column: 'rating', direction: 'ascending' });
      const asc = nextSort(null, 'rating');
      expect(nextSort(asc, 'rating').direction).to.equal('descending');
      expect(nextSort(nextSort(asc, 'rating'), 'rating').direction).to.equal('ascending');
      expect(nextSort(nextSort(asc, 'rating'), 'odr')).to.deep.equal({ column: 'odr', direction: 'ascending' });
    });
  });

  describe('totals', () => {
    it('counts accounts, those needing attention, and sums the work', () => {
      const t = portfolioTotals([
        acct('a', { negativeFeedbackUnanswered: 2, criticalReviewsOpen: 1 }),
        acct('b', { accountStatus: 'DEACTIVATED' }),
        acct('c', { metricsAtRisk: 1, criticalReviewsOpen: 4 }),
        acct('d', { access: false }),
        acct('e', { asOf: null, rating: { status: '', score: null } }),
      ]);
      expect(t).to.deep.equal({ accounts: 5, atRisk: 2, toAnswer: 2, toHandle: 5, alerts: 2 });
    });
    it('an empty portfolio totals zero', () => {
      expect(portfolioTotals([])).to.deep.equal({ accounts: 0, atRisk: 0, toAnswer: 0, toHandle: 0, alerts: 0 });
    });
  });
});
