import {
  TARGET_CONDITIONS,
  type AccountHealth,
  type FulfillmentChannel,
  type HealthMetric,
  type HealthNotification,
  type MetricGroup,
  type TargetCondition,
} from '../data/models.js';
import { decodeInput, DEFAULT_MAX_BYTES, asBytes, isGzip } from './decode.js';
import { ReportError, englishMessage } from './errors.js';
import { looksLikeFeedbackReport } from './sniff.js';

type Obj = Record<string, unknown>;
type Target = HealthMetric['target'];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A finite number, or a numeric string; anything else is `undefined`. */
function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const CONDITIONS: ReadonlySet<string> = new Set(TARGET_CONDITIONS);
const HAS_ZONE = /(?:Z|[+-]\d\d:?\d\d)$/i;

/**
 * Normalises a report timestamp to a full ISO string in UTC: `2025-06-07T00:00Z` → `2025-06-07T00:00:00.000Z`.
 * Timestamps without a zone are UTC (Amazon documents "in UTC"). Unparsable values → `null`.
 */
export function normalizeTimestamp(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  let s = v.trim();
  if (s === '') return null;
  if (s.includes('T') && !HAS_ZONE.test(s)) s += 'Z';
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function windowOf(block: Obj): HealthMetric['window'] {
  const range = block.reportingDateRange;
  if (!isObj(range)) return null;
  const from = normalizeTimestamp(range.reportingDateFrom);
  const to = normalizeTimestamp(range.reportingDateTo);
  return from && to ? { from, to } : null;
}

function targetOf(block: Obj, fallback: Target): Target {
  const value = num(block.targetValue);
  const condition = str(block.targetCondition)?.trim().toUpperCase();
  if (value !== undefined && condition && CONDITIONS.has(condition)) {
    return { value, condition: condition as TargetCondition };
  }
  return fallback;
}

const countOf = (v: unknown): number | undefined => (isObj(v) ? num(v.count) : num(v));

interface RateSpec {
  group: MetricGroup;
  numerator?: (b: Obj) => number | undefined;
  denominator?: (b: Obj) => number | undefined;
  /** Default target when the block has none (POLICY.md Account Health table). */
  target?: Target;
  /** Sub-counts shown as parts (count / denominator). */
  parts?: string[];
}

const lt = (value: number): Target => ({ value, condition: 'LESS_THAN' });
const gt = (value: number): Target => ({ value, condition: 'GREATER_THAN' });
const field = (name: string) => (b: Obj) => countOf(b[name]);

/** Rate metrics of the report, by canonical key (= Amazon's key). */
const RATE_METRICS: Record<string, RateSpec> = {
  orderDefectRate: {
    group: 'customer-service',
    numerator: field('orderWithDefects'),
    denominator: field('orderCount'),
    target: lt(0.01),
    parts: ['negativeFeedback', 'claims', 'chargebacks'],
  },
  invoiceDefectRate: {
    group: 'customer-service',
    numerator: field('invoiceDefect'),
    denominator: field('orderCount'),
    parts: ['missingInvoice', 'lateInvoice'],
  },
  lateShipmentRate: {
    group: 'shipping',
    numerator: field('lateShipmentCount'),
    denominator: field('orderCount'),
    target: lt(0.04),
  },
  preFulfillmentCancellationRate: {
    group: 'shipping',
    numerator: field('cancellationCount'),
    denominator: field('orderCount'),
    target: lt(0.025),
  },
  validTrackingRate: {
    group: 'shipping',
    numerator: field('validTrackingCount'),
    denominator: field('shipmentCount'),
    target: gt(0.95),
  },
  onTimeDeliveryRate: {
    group: 'shipping',
    numerator: field('onTimeDeliveryCount'),
    denominator: field('shipmentCountWithValidTracking'),
    target: gt(0.9),
  },
  unitOnTimeDeliveryRate: {
    group: 'shipping',
    numerator: field('unitOnTimeDeliveryCount'),
    denominator: field('totalUnitCount'),
  },
};

/** Policy counters (`defectsCount`) of the schema plus those seen in real payloads. */
const COUNTERS: ReadonlySet<string> = new Set([
  'listingPolicyViolations',
  'productAuthenticityCustomerComplaints',
  'productConditionCustomerComplaints',
  'productSafetyCustomerComplaints',
  'receivedIntellectualPropertyComplaints',
  'restrictedProductPolicyViolations',
  'suspectedIntellectualPropertyViolations',
  'foodAndProductSafetyIssues',
  'customerProductReviewsPolicyViolations',
  'otherPolicyViolations',
  'documentRequests',
]);

/** Alias → canonical key. The canonical key wins when both are present. */
const ALIASES: Record<string, string> = {
  prefulfillmentCancelRate: 'preFulfillmentCancellationRate',
  warningState: 'warningStates',
  documentRequest: 'documentRequests',
};

const ZERO_EQUALS: Target = { value: 0, condition: 'EQUALS' };

/** Group of a metric the kit does not know, guessed from its key. */
function guessGroup(key: string): MetricGroup {
  const k = key.toLowerCase();
  if (/ship|deliver|tracking|cancel|carrier|transit/.test(k)) return 'shipping';
  if (/polic|violation|complaint|intellectual|safety|authentic|listing|restricted|document/.test(k)) {
    return 'policy-compliance';
  }
  return 'customer-service';
}

function rateMetric(key: string, block: Obj, spec: RateSpec, channel?: FulfillmentChannel): HealthMetric {
  const numerator = spec.numerator?.(block);
  const denominator = spec.denominator?.(block);
  let value = num(block.rate) ?? null;
  // Only when the report gives no rate: derive it from the counts.
  if (value === null && numerator !== undefined && denominator !== undefined && denominator > 0) {
    value = numerator / denominator;
  }
  const window = windowOf(block);
  const metric: HealthMetric = {
    key,
    group: spec.group,
    kind: 'rate',
    value,
    target: targetOf(block, spec.target ?? null),
    window,
  };
  if (numerator !== undefined) metric.numerator = numerator;
  if (denominator !== undefined) metric.denominator = denominator;
  if (channel) metric.channel = channel;
  const status = str(block.status);
  if (status !== undefined) metric.sourceStatus = status;
  if (spec.parts) {
    const parts: HealthMetric[] = [];
    for (const partKey of spec.parts) {
      const raw = block[partKey];
      const count = countOf(raw);
      if (count === undefined) continue;
      const part: HealthMetric = {
        key: partKey,
        group: spec.group,
        kind: 'rate',
        value: denominator !== undefined && denominator > 0 ? count / denominator : null,
        target: null,
        window,
        numerator: count,
      };
      if (denominator !== undefined) part.denominator = denominator;
      if (channel) part.channel = channel;
      const partStatus = isObj(raw) ? str(raw.status) : undefined;
      if (partStatus !== undefined) part.sourceStatus = partStatus;
      parts.push(part);
    }
    if (parts.length) metric.parts = parts;
  }
  return metric;
}

function countMetric(key: string, block: Obj, count: number): HealthMetric {
  const metric: HealthMetric = {
    key,
    group: 'policy-compliance',
    kind: 'count',
    value: count,
    target: targetOf(block, ZERO_EQUALS),
    window: windowOf(block),
  };
  const status = str(block.status);
  if (status !== undefined) metric.sourceStatus = status;
  return metric;
}

/** Rate metrics of one block: per channel when it is split into `mfn` / `afn`, else one. */
function rateMetrics(key: string, block: Obj, spec: RateSpec): HealthMetric[] {
  if (isObj(block.mfn) || isObj(block.afn)) {
    const out: HealthMetric[] = [];
    // Trust the key, not `fulfillmentType` (Amazon's own example has an `afn` block saying `mfn`).
    for (const channel of ['mfn', 'afn'] as const) {
      const sub = block[channel];
      if (isObj(sub)) out.push(rateMetric(key, sub, spec, channel));
    }
    return out;
  }
  const m = rateMetric(key, block, spec);
  // A block with nothing in it (no rate, counts, status or window) is a missing metric.
  const empty =
    m.value === null && m.numerator === undefined && m.denominator === undefined && !m.sourceStatus && !m.window;
  return empty ? [] : [m];
}

/** The entry of a `…List` array (alternative windows) with the longest window, e.g. the 30-day one. */
function longestWindow(list: unknown[]): Obj | undefined {
  let best: Obj | undefined;
  let bestSpan = -1;
  for (const item of list) {
    if (!isObj(item)) continue;
    const w = windowOf(item);
    const span = w ? Date.parse(w.to) - Date.parse(w.from) : 0;
    if (span > bestSpan) {
      best = item;
      bestSpan = span;
    }
  }
  return best;
}

function latest(a: string, b: string | null | undefined): string {
  return b && b > a ? b : a;
}

/**
 * A readable English title for one of Amazon's `warningType` codes: the string table's
 * (`importers.warning.<code>`) when the kit knows the code, else the code in words
 * (`listingPolicyWarning` → "Account warning: listing policy warning").
 */
export function warningTitle(code: string): string {
  const key = `importers.warning.${code}`;
  const known = englishMessage(key);
  if (known !== key) return known;
  const words = code
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return englishMessage('importers.warning.other', { name: words || code });
}

/** A block the kit does not know, as metrics: a rate, a count, or at least its status and window. */
function unknownMetrics(key: string, block: Obj): HealthMetric[] {
  if (num(block.rate) !== undefined || (isObj(block.mfn) && num(block.mfn.rate) !== undefined)) {
    return rateMetrics(key, block, { group: guessGroup(key) });
  }
  const count = num(block.defectsCount) ?? num(block.warningsCount) ?? countOf(block.count) ?? num(block.value);
  const window = windowOf(block);
  const status = str(block.status);
  if (count === undefined && status === undefined && !window) return [];
  const metric: HealthMetric = {
    key,
    group: guessGroup(key),
    kind: 'count',
    value: count ?? null,
    target: targetOf(block, null),
    window,
  };
  if (status !== undefined) metric.sourceStatus = status;
  return [metric];
}

function parseMarketplace(entry: Obj, statusById: Map<string, string>, reportAsOf: string): AccountHealth {
  const marketplaceId = str(entry.marketplaceId) ?? '';
  // Canonical keys win over aliases.
  const blocks = new Map<string, unknown>();
  for (const [rawKey, value] of Object.entries(entry)) {
    const key = ALIASES[rawKey] ?? rawKey;
    if (key !== rawKey && Object.prototype.hasOwnProperty.call(entry, key)) continue;
    if (!blocks.has(key)) blocks.set(key, value);
  }
  // `lateShipmentRateList` and the like hold the same metric over other windows: the main key already carries
  // the longest (30-day) window, so a list is used only when its metric is missing, taking its longest window.
  for (const [key, value] of [...blocks]) {
    if (!key.endsWith('List') || !Array.isArray(value)) continue;
    const base = key.slice(0, -4);
    if (!blocks.has(base)) {
      const pick = longestWindow(value);
      if (pick) blocks.set(base, pick);
    }
  }

  const metrics: HealthMetric[] = [];
  let asOf = '';
  let rating: AccountHealth['rating'] = { status: 'UNKNOWN', score: null };
  let notifications: HealthNotification[] = [];
  let warnings: unknown[] | null = null;

  for (const [key, block] of blocks) {
    if (key === 'warningStates') {
      if (Array.isArray(block)) warnings = block;
      continue;
    }
    if (!isObj(block)) continue; // scalars (marketplaceId, unknown ones) and lists
    if (isObj(block.reportingDateRange))
      asOf = latest(asOf, normalizeTimestamp(block.reportingDateRange.reportingDateTo));
    if (key === 'accountHealthRating') {
      rating = {
        status: str(block.ahrStatus) ?? str(block.accountHealthRatingStatus) ?? 'UNKNOWN',
        score: num(block.ahrScore) ?? null,
      };
      continue;
    }
    const spec = RATE_METRICS[key];
    if (spec) {
      for (const m of rateMetrics(key, block, spec)) {
        if (m.window) asOf = latest(asOf, m.window.to);
        metrics.push(m);
      }
      continue;
    }
    const defects = num(block.defectsCount);
    if (defects !== undefined || COUNTERS.has(key)) {
      if (defects !== undefined) metrics.push(countMetric(key, block, defects));
      else metrics.push(...unknownMetrics(key, block));
      continue;
    }
    if (key === 'policyViolationWarnings') {
      const n = num(block.warningsCount);
      if (n !== undefined) metrics.push(countMetric(key, block, n));
      continue;
    }
    // Unknown metric (a dissatisfaction or response-time rate, a new counter): kept under its own key, never
    // dropped, so that a UI can list it under "other metrics".
    const unknown = unknownMetrics(key, block);
    for (const m of unknown) {
      if (m.window) asOf = latest(asOf, m.window.to);
      metrics.push(m);
    }
  }
  for (const [key, value] of blocks) {
    // A number at the top level of the entry (not a list, not the id) is a metric too.
    const n = typeof value === 'number' ? num(value) : undefined;
    if (n !== undefined && key !== 'marketplaceId' && !RATE_METRICS[key]) {
      metrics.push({ key, group: guessGroup(key), kind: 'count', value: n, target: null, window: null });
    }
  }

  if (!asOf) asOf = reportAsOf;
  if (warnings) {
    notifications = [];
    warnings.forEach((w, i) => {
      if (!isObj(w)) return;
      const code = str(w.warningType) ?? str(w.type) ?? str(w.code);
      const status = str(w.status)?.trim();
      // GOOD / NONE: the state of a warning type, no warning (Amazon lists every type it checks).
      if (status && (status.toUpperCase() === 'GOOD' || status.toUpperCase() === 'NONE')) return;
      const title = str(w.title) ?? str(w.message) ?? (code ? warningTitle(code) : undefined);
      if (!title) return;
      const n: HealthNotification = {
        id: str(w.id) ?? `${marketplaceId || 'marketplace'}-warning-${i + 1}`,
        date: normalizeTimestamp(w.date ?? w.issuedAt ?? w.createdAt) ?? asOf,
        title,
        read: w.read === true,
      };
      if (code) n.code = code;
      if (status) n.sourceStatus = status;
      notifications.push(n);
    });
  }

  return {
    marketplaceId,
    asOf,
    accountStatus: statusById.get(marketplaceId) ?? 'UNKNOWN',
    rating,
    metrics,
    notifications,
  };
}

/** Latest `reportingDateTo` anywhere in a value (the report's "as of"). */
function latestDateIn(value: unknown, depth = 0): string {
  let out = '';
  if (depth > 6) return out;
  if (Array.isArray(value)) {
    for (const v of value) out = latest(out, latestDateIn(v, depth + 1));
  } else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reportingDateTo') out = latest(out, normalizeTimestamp(v));
      else if (typeof v === 'object') out = latest(out, latestDateIn(v, depth + 1));
    }
  }
  return out;
}

/** Whether a JSON text that failed to parse stops inside a string or an open object/array. */
export function looksTruncated(s: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return inString || depth > 0;
}

export interface ParsePerformanceOptions {
  /** Size guard for string or byte input, default 50 MiB. */
  maxBytes?: number;
  /**
   * The marketplace of a report whose only `performanceMetrics` entry has no `marketplaceId` (seen in reports
   * requested for one marketplace); without it the only `accountStatuses` entry's id is used, else `''`.
   */
  marketplaceId?: string;
}

/** Reads report input (JSON text, bytes or an already parsed value) into a value. */
function toValue(json: unknown, maxBytes: number): unknown {
  if (typeof json !== 'string' && !(json instanceof ArrayBuffer) && !ArrayBuffer.isView(json)) return json;
  const bytes = asBytes(json);
  if (bytes && isGzip(bytes)) throw new ReportError('compressed');
  const text = decodeInput(json, { maxBytes }).text;
  const trimmed = text.trim();
  if (trimmed === '') throw new ReportError('empty');
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    if (looksLikeFeedbackReport(trimmed)) throw new ReportError('wrong-file', {}, 'importers.wrong-file.performance');
    if (looksTruncated(trimmed)) throw new ReportError('truncated');
    throw new ReportError('invalid-json');
  }
}

/**
 * Parses Amazon's Account Health report (`GET_V2_SELLER_PERFORMANCE_REPORT`, JSON) into one `AccountHealth`
 * per marketplace of `performanceMetrics[]`, plus one (without metrics) per marketplace that only
 * `accountStatuses[]` lists, so that a `SUSPENDED` marketplace is not lost.
 *
 * - Metric keys are Amazon's (`orderDefectRate`, `lateShipmentRate`, …); aliases are accepted
 *   (`prefulfillmentCancelRate`, `warningState`, `documentRequest`, `accountHealthRatingStatus`).
 * - `orderDefectRate` gives one metric per channel block (`mfn`, `afn`; the key is trusted over
 *   `fulfillmentType`) with parts negative feedback, claims, chargebacks.
 * - Rates stay fractions as reported; a rate is derived from the counts only when the block has none.
 * - Targets come from `targetValue` + `targetCondition`; when absent, the defaults of POLICY.md apply (ODR < 1 %,
 *   LSR < 4 %, PFCR < 2.5 %, VTR > 95 %, OTDR > 90 %, counters = 0), other rates get none.
 * - `…List` arrays (alternative windows) are ignored when the main metric exists, else its longest window is used.
 * - Any unknown block with `defectsCount` becomes a policy counter under its own key; unknown blocks with `rate`
 *   become rate metrics (group guessed from the key). Missing metrics are absent.
 * - `notifications` come from `warningStates` entries whose status is not `GOOD` or `NONE`; Amazon's carry only
 *   `warningType` and `status`, so the title is the kit's for the code (`warningTitle`), `code` and
 *   `sourceStatus` keep Amazon's values.
 * - Nothing is dropped: unknown blocks become metrics under their own key (a rate, a count, or a status with its
 *   window; group guessed from the key), numbers at the top of an entry become counts, known counters without a
 *   count keep their status. Every metric and part keeps the status Amazon reported in `sourceStatus`.
 * - A single entry without `marketplaceId` gets `opts.marketplaceId`, else the only account status's id.
 *
 * Throws `ReportError`: `empty`, `too-large`, `invalid-json`, `truncated`, `wrong-file` (no `performanceMetrics`).
 */
export function parseSellerPerformanceReport(json: unknown, opts: ParsePerformanceOptions = {}): AccountHealth[] {
  const value = toValue(json, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!isObj(value) || !Array.isArray(value.performanceMetrics)) {
    throw new ReportError('wrong-file', {}, 'importers.wrong-file.performance');
  }
  const statusById = new Map<string, string>();
  if (Array.isArray(value.accountStatuses)) {
    for (const s of value.accountStatuses) {
      if (!isObj(s)) continue;
      const id = str(s.marketplaceId);
      const status = str(s.status);
      if (id !== undefined && status !== undefined && !statusById.has(id)) statusById.set(id, status);
    }
  }
  const reportAsOf = latestDateIn(value.performanceMetrics);
  const out: AccountHealth[] = [];
  const seen = new Set<string>();
  const entries = value.performanceMetrics.filter(isObj);
  // One entry without an id: the report of one marketplace, the one named or the only account status's.
  const onlyId =
    entries.length === 1 && str(entries[0]!.marketplaceId) === undefined
      ? (opts.marketplaceId ?? (statusById.size === 1 ? [...statusById.keys()][0] : undefined))
      : undefined;
  for (const raw of entries) {
    const entry = onlyId !== undefined ? { ...raw, marketplaceId: onlyId } : raw;
    const health = parseMarketplace(entry, statusById, reportAsOf);
    seen.add(health.marketplaceId);
    out.push(health);
  }
  for (const [marketplaceId, accountStatus] of statusById) {
    if (seen.has(marketplaceId)) continue;
    out.push({
      marketplaceId,
      asOf: reportAsOf,
      accountStatus,
      rating: { status: 'UNKNOWN', score: null },
      metrics: [],
      notifications: [],
    });
  }
  return out;
}
