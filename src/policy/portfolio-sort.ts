/**
 * The portfolio table's sort by a column (SPEC §8). In a module of its own: the element's first paint is worst first
 * (`compareWorstFirst`), and the column sort loads when a column header is first pressed.
 */
import type { AccountSummary } from '../data/models.js';
import { byText } from './compare-text.js';
import {
  compareWorstFirst,
  marketplaceLabel,
  openAlerts,
  worstOrderDefectRate,
  type PortfolioColumn,
  type PortfolioSort,
} from './portfolio.js';

type Key = (a: AccountSummary) => string | number | null;
const KEYS: Record<PortfolioColumn, Key> = {
  account: (a) => a.sellerName,
  marketplace: (a) => marketplaceLabel(a.marketplaceId),
  rating: (a) => (typeof a.rating?.score === 'number' && Number.isFinite(a.rating.score) ? a.rating.score : null),
  odr: worstOrderDefectRate,
  // Bad metrics weigh more than any number of at-risk ones.
  atRisk: (a) => a.metricsBad * 1e6 + a.metricsAtRisk,
  toAnswer: (a) => a.negativeFeedbackUnanswered,
  toHandle: (a) => a.criticalReviewsOpen,
  alerts: (a) => openAlerts(a),
};

/**
 * The accounts in table order: worst first without `sort`; else by the column in the direction, figures that are
 * null (no data) last in both directions, ties worst first. Returns a new array.
 */
export function sortAccounts(accounts: readonly AccountSummary[], sort?: PortfolioSort | null): AccountSummary[] {
  if (!sort) return [...accounts].sort(compareWorstFirst);
  const key = KEYS[sort.column];
  const sign = sort.direction === 'descending' ? -1 : 1;
  // Decorate once: 500 accounts sort in well under a millisecond.
  const rows = accounts.map((a) => ({ a, k: key(a) }));
  rows.sort((x, y) => {
    if (x.k === null || y.k === null) return x.k === y.k ? compareWorstFirst(x.a, y.a) : x.k === null ? 1 : -1;
    const c = typeof x.k === 'number' && typeof y.k === 'number' ? x.k - y.k : byText(String(x.k), String(y.k));
    return sign * c || compareWorstFirst(x.a, y.a);
  });
  return rows.map((r) => r.a);
}
