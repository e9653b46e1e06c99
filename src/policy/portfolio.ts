/**
 * Agency portfolio rules (SPEC §8): which client account needs attention first, how the portfolio table sorts, and
 * its totals. Pure and DOM-free. Source: SPEC §8 "`<account-portfolio>`" (worst first: deactivated, then bad
 * metrics, then at risk, then the rest) and POLICY.md "Account Health" (the rating bands of `ratingBand`).
 */
import type { AccountSummary } from '../data/models.js';
import { ratingBand } from './rating-band.js';
import { marketplaceDomain } from './marketplace-sites.js';
import { summaryCounts } from './alert-counts.js';
import { byText } from './compare-text.js';

/**
 * One account's standing in words, worst first:
 * - `no-access`: the session grants no access to the account (`access === false`); nothing else is known for sure.
 * - `deactivated`: Amazon reports the account `DEACTIVATED`.
 * - `bad`: at least one Account Health metric misses its target, or the Account Health Rating is in the critical
 *   band (under 100).
 * - `at-risk`: a metric is at risk, the account status is `AT_RISK`, or the rating is in the at-risk band (100–199).
 * - `no-data`: no Account Health figures yet (`asOf` is null).
 * - `good`: none of the above.
 */
export type AccountStanding = 'deactivated' | 'bad' | 'at-risk' | 'no-data' | 'good' | 'no-access';

/** The portfolio table's sortable columns, in their order on screen. */
export const PORTFOLIO_COLUMNS = [
  'account',
  'marketplace',
  'rating',
  'odr',
  'atRisk',
  'toAnswer',
  'toHandle',
  'alerts',
] as const;
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface PortfolioSort {
  column: PortfolioColumn;
  direction: SortDirection;
}

/** The standing of one account (see `AccountStanding`). */
export function accountStanding(a: AccountSummary): AccountStanding {
  const status = (a.accountStatus ?? '').trim().toUpperCase();
  if (status === 'DEACTIVATED') return 'deactivated';
  if (a.access === false) return 'no-access';
  const band = ratingBand(a.rating?.score ?? null);
  if (a.metricsBad > 0 || band === 'critical') return 'bad';
  if (a.metricsAtRisk > 0 || status === 'AT_RISK' || band === 'at-risk') return 'at-risk';
  if (a.asOf === null) return 'no-data';
  return 'good';
}

/** Whether the standing counts as "at risk" in the totals (deactivated, bad metrics or at risk). */
export const needsAttention = (s: AccountStanding): boolean => s === 'deactivated' || s === 'bad' || s === 'at-risk';

/** Rank for worst-first: deactivated, bad metrics, at risk, then the rest (no access and no data before good). */
const RANK: Record<AccountStanding, number> = {
  deactivated: 0,
  bad: 1,
  'at-risk': 2,
  'no-access': 3,
  'no-data': 4,
  good: 5,
};

/** The Order Defect Rate the portfolio shows and sorts on: the higher of the two channels', null when neither. */
export function worstOrderDefectRate(a: AccountSummary): number | null {
  const rates = [a.orderDefectRate?.mfn, a.orderDefectRate?.afn].filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v),
  );
  return rates.length ? Math.max(...rates) : null;
}

/**
 * The marketplace's domain (`amazon.de`, the marketplace table's `domain`), else its id. Read from
 * marketplace-sites.ts: the portfolio's first load carries the domains, not the whole table.
 */
export function marketplaceLabel(marketplaceId: string): string {
  return marketplaceDomain(marketplaceId) ?? marketplaceId;
}

/** Worst first (SPEC §8); ties: more negative feedback to answer, more critical reviews, more bad / at-risk metrics,
 * then name and id (so the order never depends on the input order). */
export function compareWorstFirst(a: AccountSummary, b: AccountSummary): number {
  return (
    RANK[accountStanding(a)] - RANK[accountStanding(b)] ||
    b.negativeFeedbackUnanswered - a.negativeFeedbackUnanswered ||
    b.criticalReviewsOpen - a.criticalReviewsOpen ||
    b.metricsBad - a.metricsBad ||
    b.metricsAtRisk - a.metricsAtRisk ||
    byText(a.sellerName, b.sellerName) ||
    byText(a.id, b.id)
  );
}

/**
 * The open alerts of one account as its summary reveals them (`summaryCounts`, the count alerts of
 * `alertsFor({accounts: [a]})`: metrics over target,
 * metrics at risk, negative feedback to answer — SPEC §8 "Alerts"); the portfolio's **Open alerts** column.
 */
export function openAlerts(a: AccountSummary): number {
  return summaryCounts(a).length;
}

/** The next sort when a column's header is pressed: ascending first, then descending, then ascending again. */
export function nextSort(current: PortfolioSort | null | undefined, column: PortfolioColumn): PortfolioSort {
  return {
    column,
    direction: current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
  };
}

export interface PortfolioTotals {
  accounts: number;
  /** Accounts deactivated, with bad metrics or at risk. */
  atRisk: number;
  /** Negative feedback to answer, over all accounts. */
  toAnswer: number;
  /** Critical reviews to handle, over all accounts. */
  toHandle: number;
  /** Open alerts (`openAlerts`), over all accounts. */
  alerts: number;
}

const count = (n: unknown): number => (typeof n === 'number' && n > 0 && Number.isFinite(n) ? n : 0);

/** The totals row. */
export function portfolioTotals(accounts: readonly AccountSummary[]): PortfolioTotals {
  const t: PortfolioTotals = { accounts: accounts.length, atRisk: 0, toAnswer: 0, toHandle: 0, alerts: 0 };
  for (const a of accounts) {
    if (needsAttention(accountStanding(a))) t.atRisk++;
    t.toAnswer += count(a.negativeFeedbackUnanswered);
    t.toHandle += count(a.criticalReviewsOpen);
    t.alerts += openAlerts(a);
  }
  return t;
}
