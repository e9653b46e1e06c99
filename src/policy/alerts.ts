/**
 * Alerts (SPEC §8 "Alerts"): what needs doing now, as pure data. `alertsFor(input, rules, now)` reads whatever an
 * element or a host knows — reviews, feedback, the feedback summary, Account Health, an earlier snapshot, the
 * agency's account summaries — and returns `Alert`s with a message key and parameters (never prose) and a stable
 * `id`, so a host can de-duplicate (the same facts give the same id; a new cluster or a new feedback a new one).
 *
 * Sources: POLICY.md "Feedback" (1–2★ negative; 90-day removal window), "Account Health" (targets, the Account
 * Health Rating's bands), SPEC §8 (the kinds and the 24 h / 3-in-7-days rules). Metric status is
 * `readMetric` / `evaluateMetric` of `account-health.ts` — the one reading the tiles show.
 */
import type { AccountHealth, AccountSummary, Feedback, FeedbackSummary, Review } from '../data/models.js';
import {
  DEFAULT_AT_RISK_MARGIN,
  ratingBand,
  readMetric,
  withDefaultTarget,
  type MetricStatus,
} from './account-health.js';
import { CRITICAL_MAX_RATING } from './contact.js';
import { removalEligibility } from './feedback.js';
import { ALERT_KINDS, ALERT_SEVERITIES, summaryCounts, type AlertKind, type AlertSeverity } from './alert-counts.js';

export { ALERT_KINDS, ALERT_SEVERITIES, summaryCounts, type AlertKind, type AlertSeverity };

/** Parameters of an alert's message: numbers and strings only (a host can serialise them as they are). */
export type AlertParams = Record<string, string | number>;

/**
 * One alert. `messageKey` is a key of the kit's string tables (`alert.*`); `params` fill its placeholders.
 * `params.metricKey` (metric alerts) names the metric by its Amazon report key — the elements show its translated
 * name (`health.metric.<key>`) as `{metric}`; `params.from` / `params.to` of an `account-status-changed` alert are
 * Amazon's status words (`NORMAL`, `AT_RISK`, `DEACTIVATED`, …), shown in words where the kit knows them.
 */
export interface Alert {
  /** Stable: the same facts give the same id (see each kind in `alertsFor`). */
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  accountId?: string;
  /** What the alert is about: a feedback id, an ASIN, a metric key, `ahr` / `feedback-rating`. */
  targetId?: string;
  messageKey: string;
  params: AlertParams;
}

/**
 * The thresholds of `alertsFor`, each with the reason it has this default (`DEFAULT_ALERT_RULES`). Pass a partial
 * object to change some: `alertsFor(input, { negativeFeedbackHours: 12 }, now)`.
 */
export interface AlertRules {
  /**
   * A 1–2★ feedback with no public reply, still removable, alerts once it is this many hours old (at exactly this
   * age it alerts; a millisecond younger it does not).
   */
  negativeFeedbackHours: number;
  /** The highest star rating that counts as negative feedback. */
  negativeFeedbackMaxRating: number;
  /** A cluster is this many critical reviews (or more) on one ASIN … */
  clusterMinReviews: number;
  /** … published within this many days of each other (first to last at most this long apart). */
  clusterDays: number;
  /** The highest star rating that counts as a critical review. */
  clusterMaxRating: number;
  /** "At risk" margin passed to `evaluateMetric` (relative distance to the target). */
  atRiskMargin: number;
  /** The Account Health Rating fell by at least this many points since the previous snapshot. */
  accountHealthRatingDrop: number;
  /** The feedback rating (average stars, past 12 months) fell by at least this much since the previous snapshot. */
  feedbackRatingDrop: number;
}

/**
 * The defaults, and why:
 * - `negativeFeedbackHours: 24` — SPEC §8; Amazon measures buyer messages against 24 hours (POLICY.md "Response
 *   times under 24 hours"), and a negative feedback answered within a day reads best to later buyers.
 * - `negativeFeedbackMaxRating: 2` — POLICY.md "Feedback": 1–2 stars are negative (they count toward the Order
 *   Defect Rate).
 * - `clusterMinReviews: 3`, `clusterDays: 7` — SPEC §8: three or more 1–3★ reviews on one ASIN within 7 days point
 *   at a product or listing problem (a bad batch, a wrong description), not at one unhappy buyer.
 * - `clusterMaxRating: 3` — POLICY.md "Reviews": critical reviews are 1–3 stars (`CRITICAL_MAX_RATING`).
 * - `atRiskMargin: 0.2` — `DEFAULT_AT_RISK_MARGIN`: a metric within 20 % of Amazon's target (POLICY.md "Account
 *   Health" targets: Order Defect Rate < 1 %, Late Shipment Rate < 4 %, …) is at risk, as the tiles show it.
 * - `accountHealthRatingDrop: 50` — POLICY.md: the rating's healthy band starts at 200 and the at-risk band is 100
 *   points wide; 50 points is half a band, a fall worth a look before the band changes. A fall into a lower band
 *   alerts whatever its size.
 * - `feedbackRatingDrop: 0.1` — Seller Central shows the feedback rating to one decimal: a fall of one shown step.
 */
export const DEFAULT_ALERT_RULES: Readonly<AlertRules> = Object.freeze({
  negativeFeedbackHours: 24,
  negativeFeedbackMaxRating: 2,
  clusterMinReviews: 3,
  clusterDays: 7,
  clusterMaxRating: CRITICAL_MAX_RATING,
  atRiskMargin: DEFAULT_AT_RISK_MARGIN,
  accountHealthRatingDrop: 50,
  feedbackRatingDrop: 0.1,
});

/**
 * What was known before (for `rating-drop` and `account-status-changed`): an earlier Account Health report's
 * figures and the feedback rating. Fields absent or null are not compared.
 */
export interface AlertSnapshot {
  /** Account Health Rating score (0–1000). */
  ratingScore?: number | null;
  /** Account status as Amazon reports it (`NORMAL`, `AT_RISK`, `DEACTIVATED`, …). */
  accountStatus?: string | null;
  /** Feedback rating: average stars over the past 12 months. */
  feedbackRating?: number | null;
  /** When these figures were read (ISO), for the record. */
  asOf?: string | null;
}

/** What `alertsFor` reads; give whatever is known, everything is optional. */
export interface AlertInput {
  /** The account the facts belong to (copied into each alert and its id). */
  accountId?: string;
  /** Reviews (critical-review-cluster). */
  reviews?: readonly Review[];
  /** Feedback (negative-feedback-unanswered). */
  feedback?: readonly Feedback[];
  /** The feedback summary (rating-drop of the feedback rating, against `previous.feedbackRating`). */
  feedbackSummary?: FeedbackSummary | null;
  /** Account Health (metric-near-target, metric-over-target; rating-drop and account-status-changed vs `previous`). */
  accountHealth?: AccountHealth | null;
  /** The earlier figures of this account (see `AlertSnapshot`). */
  previous?: AlertSnapshot | null;
  /**
   * An agency's accounts (SPEC §8 `AccountSummary`): each one's counts give count alerts (see `alertsFor`), and
   * `previousAccounts[id]` its rating drop / status change.
   */
  accounts?: readonly AccountSummary[];
  /** Earlier snapshots of the accounts, by account id. */
  previousAccounts?: Readonly<Record<string, AlertSnapshot | null | undefined>>;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Float tolerance: 4.7 − 4.6 is 0.10000000000000053, 4.6 − 4.5 is 0.09999999999999964. */
const EPS = 1e-9;

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

/** The account part of an id (`-` when the facts name no account). */
const acct = (accountId: string | undefined): string => accountId ?? '-';

const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Amazon's status word normalised (`at risk` = `AT_RISK`); '' when none. */
export function normalizeAccountStatus(status: unknown): string {
  return typeof status === 'string'
    ? status
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_')
    : '';
}

function base(kind: AlertKind, accountId: string | undefined): Pick<Alert, 'kind' | 'accountId'> {
  return accountId === undefined ? { kind } : { kind, accountId };
}

/**
 * 1–2★ feedback with no public reply, still removable (`removalEligibility`: within 90 days, no request made or
 * decided), at least `negativeFeedbackHours` old. One alert per feedback: id
 * `negative-feedback-unanswered:<account>:<feedback id>`.
 */
function negativeFeedback(feedback: readonly Feedback[], r: AlertRules, now: Date, accountId?: string): Alert[] {
  const out: Alert[] = [];
  for (const f of feedback) {
    if (!(f.rating >= 1 && f.rating <= r.negativeFeedbackMaxRating) || f.reply !== null) continue;
    const at = Date.parse(f.date);
    if (!Number.isFinite(at) || now.getTime() - at < r.negativeFeedbackHours * HOUR_MS) continue;
    if (!removalEligibility(f, now).eligible) continue;
    out.push({
      id: `negative-feedback-unanswered:${acct(accountId)}:${f.id}`,
      ...base('negative-feedback-unanswered', accountId),
      severity: 'warning',
      targetId: f.id,
      messageKey: 'alert.negative-feedback-unanswered',
      params: { rating: f.rating, orderId: f.orderId, hours: r.negativeFeedbackHours },
    });
  }
  return out;
}

/**
 * `clusterMinReviews`+ reviews of 1–`clusterMaxRating`★ on one ASIN whose publication dates lie within
 * `clusterDays` (first to last; exactly 7 × 24 h apart still counts), the latest of them at most `clusterDays` old
 * (a cluster of last month is history, not an alert). Reviews marked as done count too: a cluster says something
 * about the product, not about the replies. The reviews of an ASIN are read oldest first; each cluster starts at
 * its oldest review and takes every later review within the window, the next cluster starts after it. id:
 * `critical-review-cluster:<account>:<ASIN>:<id of the cluster's first review>` — more reviews joining a cluster
 * keep its id; a cluster that starts later gets a new one.
 */
function reviewClusters(reviews: readonly Review[], r: AlertRules, now: Date, accountId?: string): Alert[] {
  const byAsin = new Map<string, { review: Review; at: number }[]>();
  for (const review of reviews) {
    if (!(review.rating >= 1 && review.rating <= r.clusterMaxRating)) continue;
    const at = Date.parse(review.publishedAt);
    if (!Number.isFinite(at) || at > now.getTime()) continue;
    const list = byAsin.get(review.asin) ?? [];
    list.push({ review, at });
    byAsin.set(review.asin, list);
  }
  const span = r.clusterDays * DAY_MS;
  const out: Alert[] = [];
  for (const [asin, list] of [...byAsin].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Oldest first; equal times by id, so the order never depends on the input's.
    list.sort((a, b) => a.at - b.at || (a.review.id < b.review.id ? -1 : a.review.id > b.review.id ? 1 : 0));
    let i = 0;
    while (i < list.length) {
      let j = i;
      while (j + 1 < list.length && list[j + 1]!.at - list[i]!.at <= span) j++;
      const size = j - i + 1;
      if (size >= r.clusterMinReviews) {
        const first = list[i]!;
        const last = list[j]!;
        if (now.getTime() - last.at <= span) {
          out.push({
            id: `critical-review-cluster:${acct(accountId)}:${asin}:${first.review.id}`,
            ...base('critical-review-cluster', accountId),
            severity: 'warning',
            targetId: asin,
            messageKey: 'alert.critical-review-cluster',
            params: { count: size, asin, days: r.clusterDays, product: first.review.productTitle },
          });
        }
        i = j + 1;
      } else i++;
    }
  }
  return out;
}

/**
 * Each metric of the report whose status (`readMetric`: Amazon's own status first, else the kit's reading of value
 * and target with the definition's default target) is `bad` → `metric-over-target` (critical) or `at-risk` →
 * `metric-near-target` (warning). id: `<kind>:<account>:<marketplace>:<metric key>[:<channel>]`.
 */
function metricAlerts(health: AccountHealth, r: AlertRules, accountId?: string): Alert[] {
  const out: Alert[] = [];
  for (const m of health.metrics ?? []) {
    const status: MetricStatus = readMetric(withDefaultTarget(m), { margin: r.atRiskMargin }).status;
    if (status !== 'bad' && status !== 'at-risk') continue;
    const kind: AlertKind = status === 'bad' ? 'metric-over-target' : 'metric-near-target';
    const target = m.channel ? `${m.key}:${m.channel}` : m.key;
    const params: AlertParams = { metricKey: m.key };
    if (m.channel) params.channel = m.channel;
    out.push({
      id: `${kind}:${acct(accountId)}:${health.marketplaceId}:${target}`,
      ...base(kind, accountId),
      severity: status === 'bad' ? 'critical' : 'warning',
      targetId: target,
      messageKey: `alert.${kind}`,
      params,
    });
  }
  return out;
}

const BAND_RANK = { healthy: 0, 'at-risk': 1, critical: 2 } as const;

/**
 * The Account Health Rating fell by `accountHealthRatingDrop` points or more, or into a lower band (POLICY.md:
 * 200–1000 healthy, 100–199 at risk, 0–99 critical). Critical when it is now in the critical band, else warning.
 * id: `rating-drop:<account>:<marketplace or ->:ahr:<from>:<to>`.
 */
function ahrDrop(
  from: number | null | undefined,
  to: number | null | undefined,
  r: AlertRules,
  accountId: string | undefined,
  marketplaceId: string,
): Alert[] {
  if (!isNum(from) || !isNum(to) || to >= from) return [];
  const fromBand = ratingBand(from);
  const toBand = ratingBand(to);
  const bandFell = fromBand !== null && toBand !== null && BAND_RANK[toBand] > BAND_RANK[fromBand];
  if (!bandFell && from - to < r.accountHealthRatingDrop - EPS) return [];
  return [
    {
      id: `rating-drop:${acct(accountId)}:${marketplaceId}:ahr:${from}:${to}`,
      ...base('rating-drop', accountId),
      severity: toBand === 'critical' ? 'critical' : 'warning',
      targetId: 'ahr',
      messageKey: 'alert.rating-drop.ahr',
      params: { from, to },
    },
  ];
}

/**
 * The account status changed (`NORMAL` → `AT_RISK`, …; case and spacing do not matter; an unknown status on
 * either side is no change). Critical when it is now `DEACTIVATED`, warning for `AT_RISK` or any other, info for a
 * return to `NORMAL`. id: `account-status-changed:<account>:<marketplace or ->:<from>:<to>`.
 */
function statusChange(fromRaw: unknown, toRaw: unknown, accountId: string | undefined, marketplaceId: string): Alert[] {
  const from = normalizeAccountStatus(fromRaw);
  const to = normalizeAccountStatus(toRaw);
  if (!from || !to || from === to) return [];
  return [
    {
      id: `account-status-changed:${acct(accountId)}:${marketplaceId}:${from}:${to}`,
      ...base('account-status-changed', accountId),
      severity: to === 'DEACTIVATED' ? 'critical' : to === 'NORMAL' ? 'info' : 'warning',
      targetId: 'account-status',
      messageKey: 'alert.account-status-changed',
      params: { from, to },
    },
  ];
}

/**
 * The feedback rating fell by `feedbackRatingDrop` stars or more. Warning. id:
 * `rating-drop:<account>:feedback:<from>:<to>`.
 */
function feedbackDrop(
  from: number | null | undefined,
  summary: FeedbackSummary,
  r: AlertRules,
  accountId?: string,
): Alert[] {
  const to = summary.ratingAverage;
  // A rating of 0 means "no ratings" (FeedbackSummary), not a fall to 0 stars.
  if (!isNum(from) || !isNum(to) || from <= 0 || !(summary.ratingCount > 0)) return [];
  if (from - to < r.feedbackRatingDrop - EPS) return [];
  return [
    {
      id: `rating-drop:${acct(accountId)}:feedback:${from}:${to}`,
      ...base('rating-drop', accountId),
      severity: 'warning',
      targetId: 'feedback-rating',
      messageKey: 'alert.rating-drop.feedback',
      params: { from, to },
    },
  ];
}

/**
 * What an `AccountSummary` reveals (counts, no item ids): `metricsBad` → one `metric-over-target` (critical),
 * `metricsAtRisk` → one `metric-near-target` (warning), `negativeFeedbackUnanswered` → one
 * `negative-feedback-unanswered` (warning; the adapter's count — 1–2★, no reply, still removable — whatever its
 * age), each with `{count}` (and `account`: the seller's name, `marketplaceId`) and the count in its id (one more feedback or metric gives a new id); against
 * `previousAccounts[id]`, `rating-drop` (Account Health Rating) and `account-status-changed`. A summary cannot reveal
 * a `critical-review-cluster` (`criticalReviewsOpen` has no ASIN or dates) nor a feedback rating drop.
 * Accounts the session has no access to (`access: false`) give none.
 */
function summaryAlerts(a: AccountSummary, r: AlertRules, previous: AlertSnapshot | null | undefined): Alert[] {
  const id = a.id;
  const out: Alert[] = summaryCounts(a).map(([kind, n, severity]) => ({
    id: `${kind}:${id}:${a.marketplaceId}:count:${n}`,
    kind,
    severity,
    accountId: id,
    messageKey: `alert.${kind}.count`,
    params: { count: n, account: a.sellerName, marketplaceId: a.marketplaceId },
  }));
  if (previous && a.access !== false) {
    out.push(...ahrDrop(previous.ratingScore, a.rating?.score, r, id, a.marketplaceId));
    out.push(...statusChange(previous.accountStatus, a.accountStatus, id, a.marketplaceId));
  }
  return out;
}

/**
 * Every alert the input reveals, most severe first (critical, warning, info), then by id; no two with the same id.
 * `now` is the clock the age rules read (feedback age, the cluster's recency, the removal window).
 */
export function alertsFor(input: AlertInput, rules?: Partial<AlertRules> | null, now: Date = new Date()): Alert[] {
  const r: AlertRules = { ...DEFAULT_ALERT_RULES, ...(rules ?? {}) };
  const { accountId, previous } = input;
  const out: Alert[] = [];
  if (input.feedback) out.push(...negativeFeedback(input.feedback, r, now, accountId));
  if (input.reviews) out.push(...reviewClusters(input.reviews, r, now, accountId));
  const health = input.accountHealth;
  if (health) {
    out.push(...metricAlerts(health, r, accountId));
    if (previous) {
      out.push(...ahrDrop(previous.ratingScore, health.rating?.score, r, accountId, health.marketplaceId));
      out.push(...statusChange(previous.accountStatus, health.accountStatus, accountId, health.marketplaceId));
    }
  }
  if (input.feedbackSummary && previous) {
    out.push(...feedbackDrop(previous.feedbackRating, input.feedbackSummary, r, accountId));
  }
  for (const a of input.accounts ?? []) out.push(...summaryAlerts(a, r, input.previousAccounts?.[a.id]));
  const seen = new Set<string>();
  return out
    .filter((a) => !seen.has(a.id) && (seen.add(a.id), true))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The open alerts of each account (`alertsFor` over the summaries), by account id: the portfolio's column. */
export function openAlertCounts(
  accounts: readonly AccountSummary[],
  rules?: Partial<AlertRules> | null,
  now?: Date,
  previousAccounts?: AlertInput['previousAccounts'],
): Map<string, number> {
  const counts = new Map<string, number>(accounts.map((a) => [a.id, 0]));
  for (const alert of alertsFor({ accounts, previousAccounts }, rules, now)) {
    if (alert.accountId !== undefined) counts.set(alert.accountId, (counts.get(alert.accountId) ?? 0) + 1);
  }
  return counts;
}
