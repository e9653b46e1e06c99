/**
 * Account Health rules. Source: POLICY.md "Account Health" (targets, windows, rating bands).
 */
import {
  METRIC_GROUPS,
  type FulfillmentChannel,
  type HealthMetric,
  type MetricGroup,
  type MetricKind,
} from '../data/models.js';

export type MetricStatus = 'good' | 'at-risk' | 'bad' | 'none';

/** At risk when within 20 % of the target (relative). Configurable per call. */
export const DEFAULT_AT_RISK_MARGIN = 0.2;

/** Float tolerance for threshold comparisons (0.05 × 0.8 is not exactly 0.04). */
const EPS = 1e-12;

/** Snap t×d to an integer when it is one up to float noise (0.07 × 100 = 7.000000000000001). */
function snap(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-9 ? r : x;
}

/**
 * Status of one metric against its target.
 * - `none`: no value or no target, or numbers that cannot be judged (a target value that is not a finite number, a
 *   negative or infinite value).
 * - LESS_THAN: bad when value ≥ target; at risk when value ≥ target × (1 − margin); else good.
 * - LESS_THAN_OR_EQUAL: bad when value > target; at risk when value ≥ target × (1 − margin); else good.
 * - GREATER_THAN: bad when value ≤ target. At risk is measured on the distance to the target in the same
 *   relative way: for a rate (target ≤ 1) on the failure share (1 − value ≥ (1 − target) × (1 − margin), so a
 *   95 % Valid Tracking target is at risk at ≤ 96 %); for other kinds when value ≤ target × (1 + margin).
 * - EQUALS (counters, target 0): good when equal, else bad. No at-risk band.
 */
export function evaluateMetric(metric: HealthMetric, opts?: { margin?: number }): MetricStatus {
  const { value: v, target } = metric;
  if (!target || typeof v !== 'number' || !(v >= 0 && v < Infinity) || !Number.isFinite(target.value)) return 'none';
  const margin = opts?.margin ?? DEFAULT_AT_RISK_MARGIN;
  const t = target.value;
  switch (target.condition) {
    case 'LESS_THAN':
      if (v >= t) return 'bad';
      return v >= t * (1 - margin) - EPS ? 'at-risk' : 'good';
    case 'LESS_THAN_OR_EQUAL':
      if (v > t) return 'bad';
      return v >= t * (1 - margin) - EPS ? 'at-risk' : 'good';
    case 'GREATER_THAN':
      if (v <= t) return 'bad';
      if (metric.kind === 'rate' && t <= 1) return 1 - v >= (1 - t) * (1 - margin) - EPS ? 'at-risk' : 'good';
      return v <= t * (1 + margin) + EPS ? 'at-risk' : 'good';
    case 'EQUALS':
      return v === t ? 'good' : 'bad';
    default:
      return 'none';
  }
}

/**
 * Amazon's status words (the report schema's `Status`: GOOD, BAD, NONE; the rest as Amazon writes them elsewhere,
 * e.g. the Account Health Rating's FAIR / AT_RISK / CRITICAL) read as the kit's statuses.
 */
const SOURCE_STATUS: Record<string, MetricStatus> = {
  GOOD: 'good',
  GREAT: 'good',
  HEALTHY: 'good',
  FAIR: 'at-risk',
  AT_RISK: 'at-risk',
  BAD: 'bad',
  POOR: 'bad',
  CRITICAL: 'bad',
  NONE: 'none',
};

/**
 * A source's status string as a MetricStatus: case, spaces and hyphens do not matter ('at risk' = 'AT_RISK').
 * `undefined` when no status was given (absent, not a string or blank); `null` when the kit does not know it.
 */
export function sourceMetricStatus(status: unknown): MetricStatus | null | undefined {
  if (typeof status !== 'string' || !status.trim()) return undefined;
  const word = status
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return SOURCE_STATUS[word] ?? null;
}

/** What to show for a metric: the source's own status first, the kit's reading beside it when they differ. */
export interface MetricReading {
  /**
   * The status shown: the source's (`sourceStatus`) when it states one the kit knows; `none` when it states one the
   * kit does not know; the kit's own reading (evaluateMetric) only when the source states no status at all.
   */
  status: MetricStatus;
  /** The source's status as given (trimmed) when the kit does not know it: show it in words, not as a status. */
  unknown?: string;
  /**
   * The kit's reading of value and target when the source states a status and the kit reads it otherwise — never
   * for the source's NONE (nothing to rate, e.g. 0 of 0 units) and never when the kit cannot judge ('none').
   */
  byNumbers?: MetricStatus;
}

/** Reads one metric: Amazon's status first, and where the numbers say otherwise, what they say. */
export function readMetric(metric: HealthMetric, opts?: { margin?: number }): MetricReading {
  const kit = evaluateMetric(metric, opts);
  const source = sourceMetricStatus(metric.sourceStatus);
  if (source === undefined) return { status: kit };
  const reading: MetricReading = { status: source ?? 'none' };
  if (source === null) reading.unknown = metric.sourceStatus!.trim();
  if (kit !== 'none' && source !== 'none' && kit !== source) reading.byNumbers = kit;
  return reading;
}

/**
 * How many more defects fit in the metric's window before the target is crossed, with the denominator held
 * fixed (numerator/denominator as reported); negative = how many defects too many. `null` without numerator,
 * denominator (> 0) or target, and for numbers that are not finite (or a negative numerator).
 * - LESS_THAN: max defects n with n/d < t is ⌈t·d⌉ − 1 → headroom = ⌈t·d⌉ − 1 − numerator.
 * - LESS_THAN_OR_EQUAL: max n with n/d ≤ t is ⌊t·d⌋ → headroom = ⌊t·d⌋ − numerator.
 * - GREATER_THAN (valid tracking, on-time delivery, response under 24 h): the numerator counts the GOOD
 *   events; good/d > t needs good ≥ ⌊t·d⌋ + 1 → headroom (more bad events that fit) = numerator − ⌊t·d⌋ − 1.
 * - EQUALS: target − numerator (for counters with target 0: −count).
 */
export function metricHeadroom(metric: HealthMetric): number | null {
  const { numerator: n, denominator: d, target } = metric;
  const finite = (x: unknown): x is number => Number.isFinite(x);
  if (!target || !finite(n) || !(n >= 0) || !finite(d) || !(d > 0) || !finite(target.value)) return null;
  const td = snap(target.value * d);
  switch (target.condition) {
    case 'LESS_THAN':
      return Math.ceil(td) - 1 - n;
    case 'LESS_THAN_OR_EQUAL':
      return Math.floor(td) - n;
    case 'GREATER_THAN':
      return n - Math.floor(td) - 1;
    case 'EQUALS':
      return target.value - n;
    default:
      return null;
  }
}

/** POLICY.md: Order Defect Rate target < 1 %. */
export const ORDER_DEFECT_RATE_TARGET = 0.01;

/**
 * Order Defect Rate of one channel from its parts (negativeFeedback, claims, chargebacks). One order can carry
 * several defects (POLICY.md), so pass `ordersWithDefects` when the source has it; otherwise the sum of the
 * parts' numerators (or values for counts) is used. Value null when the denominator is 0.
 */
export function composeOrderDefectRate(
  parts: HealthMetric[],
  denominator: number,
  channel: FulfillmentChannel,
  window: HealthMetric['window'],
  ordersWithDefects?: number,
): HealthMetric {
  const numerator =
    ordersWithDefects ?? parts.reduce((s, p) => s + (p.numerator ?? (p.kind === 'count' && p.value ? p.value : 0)), 0);
  return {
    key: 'orderDefectRate',
    group: 'customer-service',
    kind: 'rate',
    value: denominator > 0 ? numerator / denominator : null,
    target: { value: ORDER_DEFECT_RATE_TARGET, condition: 'LESS_THAN' },
    window,
    numerator,
    denominator,
    channel,
    parts,
  };
}

export interface MetricDefinition {
  key: string;
  group: MetricGroup;
  kind: MetricKind;
  target: HealthMetric['target'];
  nameKey: string;
}

const def = (
  key: string,
  group: MetricGroup,
  kind: MetricDefinition['kind'],
  target: MetricDefinition['target'],
): MetricDefinition => Object.freeze({ key, group, kind, target, nameKey: `health.metric.${key}` });
const lt = (value: number) => ({ value, condition: 'LESS_THAN' as const });
const gt = (value: number) => ({ value, condition: 'GREATER_THAN' as const });
const zero = { value: 0, condition: 'EQUALS' as const };

/**
 * Canonical metrics (Amazon's report keys) with POLICY.md's default targets. Always prefer a report's own
 * `targetValue`. unitOnTimeDeliveryRate has no target in POLICY.md (null); invoiceDefectRate uses Amazon
 * Business's published < 5 % (not in POLICY.md — the report's target wins).
 */
export const METRIC_DEFINITIONS: Record<string, MetricDefinition> = Object.freeze({
  orderDefectRate: def('orderDefectRate', 'customer-service', 'rate', lt(ORDER_DEFECT_RATE_TARGET)),
  negativeFeedback: def('negativeFeedback', 'customer-service', 'rate', null),
  claims: def('claims', 'customer-service', 'rate', null),
  chargebacks: def('chargebacks', 'customer-service', 'rate', null),
  returnDissatisfactionRate: def('returnDissatisfactionRate', 'customer-service', 'rate', lt(0.1)),
  customerServiceDissatisfactionRate: def('customerServiceDissatisfactionRate', 'customer-service', 'rate', lt(0.25)),
  responseTimeUnder24Hours: def('responseTimeUnder24Hours', 'customer-service', 'rate', gt(0.9)),
  lateResponseRate: def('lateResponseRate', 'customer-service', 'rate', {
    value: 0.1,
    condition: 'LESS_THAN_OR_EQUAL',
  }),
  averageResponseTime: def('averageResponseTime', 'customer-service', 'duration', null),
  lateShipmentRate: def('lateShipmentRate', 'shipping', 'rate', lt(0.04)),
  preFulfillmentCancellationRate: def('preFulfillmentCancellationRate', 'shipping', 'rate', lt(0.025)),
  validTrackingRate: def('validTrackingRate', 'shipping', 'rate', gt(0.95)),
  onTimeDeliveryRate: def('onTimeDeliveryRate', 'shipping', 'rate', gt(0.9)),
  unitOnTimeDeliveryRate: def('unitOnTimeDeliveryRate', 'shipping', 'rate', null),
  invoiceDefectRate: def('invoiceDefectRate', 'shipping', 'rate', lt(0.05)),
  ...Object.fromEntries(
    [
      'receivedIntellectualPropertyComplaints',
      'suspectedIntellectualPropertyViolations',
      'listingPolicyViolations',
      'productAuthenticityCustomerComplaints',
      'productConditionCustomerComplaints',
      'productSafetyCustomerComplaints',
      'foodAndProductSafetyIssues',
      'restrictedProductPolicyViolations',
      'customerProductReviewsPolicyViolations',
      'otherPolicyViolations',
      'documentRequests',
      'policyViolationWarnings',
    ].map((k) => [k, def(k, 'policy-compliance', 'count', zero)]),
  ),
});

// The rating bands live in their own module (the portfolio's first load needs them without the metric rules).
export { ratingBand } from './rating-band.js';

const RANK: Record<MetricStatus, number> = { none: 0, good: 1, 'at-risk': 2, bad: 3 };

/** Worst of the statuses (bad > at-risk > good > none); 'none' when empty. */
export function overallStatus(statuses: MetricStatus[]): MetricStatus {
  let worst: MetricStatus = 'none';
  for (const s of statuses) if ((RANK[s] ?? 0) > RANK[worst]) worst = s;
  return worst;
}

// ---- what an Account Health summary shows (the rules <account-health-tiles> draws) ------------------------------

/**
 * How far numerator/denominator may stray from the reported rate (rounding: Amazon reports rates to a few digits)
 * before the counts are taken to contradict it.
 */
export const RATE_TOLERANCE = 0.005;

/** The metric with its definition's default target when the source gave none (the source's target wins). */
export function withDefaultTarget(m: HealthMetric): HealthMetric {
  return m.target ? m : { ...m, target: METRIC_DEFINITIONS[m.key]?.target ?? null };
}

/**
 * The counts contradict the reported rate: numerator/denominator differs from `value` by more than
 * RATE_TOLERANCE (Amazon's own example report has such a metric). False without a value or counts.
 */
export function countsContradictRate(m: HealthMetric): boolean {
  const { numerator: n, denominator: d, value: v } = m;
  if (v == null || typeof n !== 'number' || typeof d !== 'number') return false;
  return Math.abs(n / d - v) > RATE_TOLERANCE;
}

/**
 * The headroom worth showing for a metric (see `metricHeadroom`): only for a rate with a target, and none at all
 * when its counts contradict the reported rate — a figure built on them would mislead.
 */
export function shownHeadroom(m: HealthMetric): number | null {
  if (m.kind !== 'rate' || !m.target) return null;
  const h = metricHeadroom(m);
  return h === null || countsContradictRate(m) ? null : h;
}

/** Response-time metrics count late messages, not order defects (their headroom says "messages"). */
export const MESSAGE_METRICS: ReadonlySet<string> = new Set(['responseTimeUnder24Hours', 'lateResponseRate']);

/** The channels of the Order Defect Rate, in the order Seller Central shows them (seller-fulfilled first). */
export const ODR_CHANNELS = ['mfn', 'afn'] as const satisfies readonly FulfillmentChannel[];

/**
 * Known metrics of each group in the order a summary lists them; the others known follow, then the unknown ones.
 * (The Order Defect Rate has its own columns; policy compliance lists its counters as they come.)
 */
export const SUMMARY_ORDER: Readonly<Record<MetricGroup, readonly string[]>> = {
  'customer-service': [
    'returnDissatisfactionRate',
    'customerServiceDissatisfactionRate',
    'responseTimeUnder24Hours',
    'lateResponseRate',
    'averageResponseTime',
  ],
  shipping: [
    'lateShipmentRate',
    'preFulfillmentCancellationRate',
    'validTrackingRate',
    'onTimeDeliveryRate',
    'unitOnTimeDeliveryRate',
    'invoiceDefectRate',
  ],
  'policy-compliance': [],
};

/** Metrics a summary always lists, as "Not available" when the source has none: Amazon's shipping targets. */
export const ALWAYS_SHOWN_METRICS: ReadonlySet<string> = new Set([
  'lateShipmentRate',
  'preFulfillmentCancellationRate',
  'validTrackingRate',
  'onTimeDeliveryRate',
]);

/**
 * The group a metric is listed in: its own; for a group that is none of the three, its definition's, else
 * Customer Service (where the importer puts the metrics it cannot place) — never none.
 */
export function metricTile(m: HealthMetric): MetricGroup {
  return (METRIC_GROUPS as readonly string[]).includes(m.group)
    ? m.group
    : (METRIC_DEFINITIONS[m.key]?.group ?? 'customer-service');
}

/** One row of a summary list: a metric's key and the metric (undefined: an always-shown metric that is absent). */
export type SummaryRow = readonly [key: string, metric: HealthMetric | undefined];

/**
 * A group's summary: known metrics in SUMMARY_ORDER (the always-shown ones even when absent), then the other known
 * ones; `unknown` holds those the kit does not know — every metric given is in one of the two.
 */
export function summaryRows(
  group: MetricGroup,
  metrics: HealthMetric[],
): { rows: SummaryRow[]; unknown: HealthMetric[] } {
  const known = SUMMARY_ORDER[group];
  const rows: SummaryRow[] = [];
  for (const key of known) {
    const found = metrics.filter((m) => m.key === key);
    if (found.length) found.forEach((m) => rows.push([key, m]));
    else if (ALWAYS_SHOWN_METRICS.has(key)) rows.push([key, undefined]);
  }
  const rest = metrics.filter((m) => !known.includes(m.key));
  for (const m of rest) if (METRIC_DEFINITIONS[m.key]) rows.push([m.key, m]);
  return { rows, unknown: rest.filter((m) => !METRIC_DEFINITIONS[m.key]) };
}

/**
 * One Order Defect Rate per channel (ODR_CHANNELS order; undefined when absent) and the metrics left to list —
 * any further ODR (no channel, a second one) is listed, not dropped.
 */
export function splitOrderDefectRates(metrics: HealthMetric[]): {
  odr: (HealthMetric | undefined)[];
  rest: HealthMetric[];
} {
  const odr = ODR_CHANNELS.map((c) => metrics.find((m) => m.key === 'orderDefectRate' && m.channel === c));
  return { odr, rest: metrics.filter((m) => !odr.includes(m)) };
}

/**
 * The figures of one part of an Order Defect Rate (negative feedback, claims, chargebacks): its defect count (its
 * numerator, or the value of a count), the orders it is out of (its own denominator, else the ODR's) and its rate
 * (its own, else count/orders; null when neither can be known).
 */
export function odrPartFigures(
  part: HealthMetric,
  odr: HealthMetric,
): { defects: number | undefined; orders: number | undefined; rate: number | null } {
  const defects = part.numerator ?? (part.kind === 'count' ? (part.value ?? undefined) : undefined);
  const orders = part.denominator ?? odr.denominator;
  const rate =
    part.kind === 'rate' && part.value != null ? part.value : defects != null && orders ? defects / orders : null;
  return { defects, orders, rate };
}
