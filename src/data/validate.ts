/**
 * Small hand-rolled validators for the data that crosses the HTTP boundary (SPEC §4). Each `validateX(value)`
 * checks every required field's type (recursively), the enums of the contract and the optional fields when
 * present, and returns the same value typed — or throws a `ShapeError` naming the first bad path.
 *
 * Leniency, on purpose: unknown extra fields pass through (a backend may add fields); an optional field sent
 * as `null` is treated as absent and removed, so the result matches the TypeScript model exactly.
 */
import {
  ACTIVITY_OUTCOMES,
  ACTIVITY_TYPES,
  CAPABILITY_ACTIONS,
  CAPABILITY_MODES,
  CONTACT_REASONS,
  FEEDBACK_PERIODS,
  FULFILLMENT_CHANNELS,
  METRIC_GROUPS,
  METRIC_KINDS,
  PERMISSIONS,
  REMOVAL_REASONS,
  REMOVAL_STATUSES,
  REVIEW_COUNT_PERIODS,
  TARGET_CONDITIONS,
  type AccountHealth,
  type AccountSummary,
  type Activity,
  type AdapterCapabilities,
  type Feedback,
  type FeedbackCounts,
  type FeedbackSummary,
  type HealthMetric,
  type Page,
  type Review,
  type ReviewCounts,
  type Session,
} from './models.js';

/** A value that does not have the shape of the contract. `path` names the first offending field. */
export class ShapeError extends Error {
  readonly path: string;
  constructor(path: string, expected: string) {
    super(`${path || 'body'}: expected ${expected}`);
    this.name = 'ShapeError';
    this.path = path;
  }
}

type Obj = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new ShapeError(path, expected);
}

function obj(v: unknown, p: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'object');
  return v as Obj;
}

function str(o: Obj, k: string, p: string): void {
  if (typeof o[k] !== 'string') fail(`${p}.${k}`, 'string');
}

function strOrNull(o: Obj, k: string, p: string): void {
  const v = o[k];
  if (v !== null && typeof v !== 'string') fail(`${p}.${k}`, 'string or null');
}

function bool(o: Obj, k: string, p: string): void {
  if (typeof o[k] !== 'boolean') fail(`${p}.${k}`, 'boolean');
}

function num(o: Obj, k: string, p: string): void {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${p}.${k}`, 'finite number');
}

function numOrNull(o: Obj, k: string, p: string): void {
  const v = o[k];
  if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) fail(`${p}.${k}`, 'finite number or null');
}

function count(o: Obj, k: string, p: string): void {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`${p}.${k}`, 'non-negative integer');
}

function stars(o: Obj, k: string, p: string): void {
  const v = o[k];
  if (typeof v !== 'number' || !(v >= 1 && v <= 5)) fail(`${p}.${k}`, 'rating 1–5');
}

function oneOf(o: Obj, k: string, p: string, allowed: readonly string[]): void {
  const v = o[k];
  if (typeof v !== 'string' || !allowed.includes(v)) fail(`${p}.${k}`, allowed.join(' | '));
}

function arr(o: Obj, k: string, p: string): unknown[] {
  const v = o[k];
  if (!Array.isArray(v)) fail(`${p}.${k}`, 'array');
  return v;
}

/** Optional field: `undefined` passes, `null` is removed, anything else must pass `check`. */
function opt(o: Obj, k: string, check: () => void): void {
  const v = o[k];
  if (v === undefined) return;
  if (v === null) {
    delete o[k];
    return;
  }
  check();
}

export function validateSession(v: unknown, p = 'session'): Session {
  const o = obj(v, p);
  str(o, 'sellerName', p);
  str(o, 'marketplaceId', p);
  bool(o, 'professional', p);
  str(o, 'accountStatus', p);
  const brands = arr(o, 'brands', p);
  for (let i = 0; i < brands.length; i++) {
    const bp = `${p}.brands[${i}]`;
    const b = obj(brands[i], bp);
    str(b, 'id', bp);
    str(b, 'name', bp);
    bool(b, 'representative', bp);
  }
  const pp = `${p}.permissions`;
  const perms = obj(o.permissions, pp);
  oneOf(perms, 'reviews', pp, PERMISSIONS);
  oneOf(perms, 'feedback', pp, PERMISSIONS);
  oneOf(perms, 'accountHealth', pp, PERMISSIONS);
  opt(o, 'capabilities', () => validateCapabilities(o.capabilities, `${p}.capabilities`));
  return v as Session;
}

/**
 * SPEC §9 `capabilities` as `GET /session` carries them (`{"postFeedbackReply": "manual", …}`): an object whose
 * values are strings, or a `ShapeError`. Returns a new object with only the actions and modes this version of the
 * kit knows — an unknown action name or mode (a newer server) is ignored, so the element falls back to its default
 * for that action.
 */
export function validateCapabilities(v: unknown, p = 'capabilities'): AdapterCapabilities {
  const o = obj(v, p);
  const out: AdapterCapabilities = {};
  for (const [action, mode] of Object.entries(o)) {
    if (typeof mode !== 'string') fail(`${p}.${action}`, 'string');
    if (
      (CAPABILITY_ACTIONS as readonly string[]).includes(action) &&
      (CAPABILITY_MODES as readonly string[]).includes(mode)
    ) {
      out[action as keyof AdapterCapabilities] = mode as (typeof CAPABILITY_MODES)[number];
    }
  }
  return out;
}

/**
 * `GET /session`'s body: the `Session` (without `capabilities`, which belong to the adapter, not the session) and
 * the capabilities the server sent (undefined when it sent none).
 */
export function validateSessionReply(v: unknown): { session: Session; capabilities: AdapterCapabilities | undefined } {
  const session = validateSession(v);
  const o = session as Session & { capabilities?: unknown };
  const capabilities =
    o.capabilities === undefined ? undefined : validateCapabilities(o.capabilities, 'session.capabilities');
  delete o.capabilities;
  return { session, capabilities };
}

export function validateReview(v: unknown, p = 'review'): Review {
  const o = obj(v, p);
  str(o, 'id', p);
  str(o, 'asin', p);
  str(o, 'productTitle', p);
  str(o, 'brandId', p);
  str(o, 'marketplaceId', p);
  stars(o, 'rating', p);
  str(o, 'title', p);
  str(o, 'body', p);
  str(o, 'reviewerName', p);
  str(o, 'publishedAt', p);
  bool(o, 'verifiedPurchase', p);
  bool(o, 'sellerOfRecord', p);
  strOrNull(o, 'orderDate', p);
  opt(o, 'detailPageUrl', () => str(o, 'detailPageUrl', p));
  bool(o, 'done', p);
  const comments = arr(o, 'comments', p);
  for (let i = 0; i < comments.length; i++) {
    const cp = `${p}.comments[${i}]`;
    const c = obj(comments[i], cp);
    str(c, 'id', cp);
    str(c, 'text', cp);
    str(c, 'postedAt', cp);
  }
  if (o.contact !== null) {
    const cp = `${p}.contact`;
    const c = obj(o.contact, cp);
    oneOf(c, 'reason', cp, CONTACT_REASONS);
    str(c, 'sentAt', cp);
  }
  opt(o, 'language', () => str(o, 'language', p));
  return v as Review;
}

export function validateFeedback(v: unknown, p = 'feedback'): Feedback {
  const o = obj(v, p);
  str(o, 'id', p);
  str(o, 'orderId', p);
  str(o, 'date', p);
  stars(o, 'rating', p);
  str(o, 'comments', p);
  strOrNull(o, 'raterEmail', p);
  oneOf(o, 'fulfillment', p, FULFILLMENT_CHANNELS);
  if (o.reply !== null) {
    const rp = `${p}.reply`;
    const r = obj(o.reply, rp);
    str(r, 'text', rp);
    str(r, 'postedAt', rp);
  }
  opt(o, 'replyRemovedAt', () => strOrNull(o, 'replyRemovedAt', p));
  opt(o, 'buyerRemovalRequestedAt', () => strOrNull(o, 'buyerRemovalRequestedAt', p));
  if (o.removal !== null) {
    const rp = `${p}.removal`;
    const r = obj(o.removal, rp);
    oneOf(r, 'status', rp, REMOVAL_STATUSES);
    oneOf(r, 'reason', rp, REMOVAL_REASONS);
    str(r, 'requestedAt', rp);
    opt(r, 'message', () => str(r, 'message', rp));
  }
  opt(o, 'questions', () => {
    const qp = `${p}.questions`;
    const q = obj(o.questions, qp);
    for (const k of ['arrivedOnTime', 'itemAsDescribed', 'promptCourteousService']) {
      const x = q[k];
      if (x !== undefined && x !== null && typeof x !== 'boolean') fail(`${qp}.${k}`, 'boolean or null');
    }
  });
  return v as Feedback;
}

function validateCounts(v: unknown, p: string): FeedbackCounts {
  const o = obj(v, p);
  count(o, 'positive', p);
  count(o, 'neutral', p);
  count(o, 'negative', p);
  return v as FeedbackCounts;
}

export function validateFeedbackSummary(v: unknown, p = 'summary'): FeedbackSummary {
  const o = obj(v, p);
  num(o, 'ratingAverage', p);
  count(o, 'ratingCount', p);
  const pp = `${p}.periods`;
  const periods = obj(o.periods, pp);
  for (const period of FEEDBACK_PERIODS) validateCounts(periods[period], `${pp}.${period}`);
  opt(o, 'positiveKnown', () => bool(o, 'positiveKnown', p));
  return v as FeedbackSummary;
}

export function validateHealthMetric(v: unknown, p = 'metric'): HealthMetric {
  const o = obj(v, p);
  str(o, 'key', p);
  oneOf(o, 'group', p, METRIC_GROUPS);
  oneOf(o, 'kind', p, METRIC_KINDS);
  numOrNull(o, 'value', p);
  if (o.target !== null) {
    const tp = `${p}.target`;
    const t = obj(o.target, tp);
    num(t, 'value', tp);
    oneOf(t, 'condition', tp, TARGET_CONDITIONS);
  }
  if (o.window !== null) {
    const wp = `${p}.window`;
    const w = obj(o.window, wp);
    str(w, 'from', wp);
    str(w, 'to', wp);
  }
  opt(o, 'numerator', () => num(o, 'numerator', p));
  opt(o, 'denominator', () => num(o, 'denominator', p));
  opt(o, 'channel', () => oneOf(o, 'channel', p, FULFILLMENT_CHANNELS));
  opt(o, 'parts', () => {
    const parts = arr(o, 'parts', p);
    for (let i = 0; i < parts.length; i++) validateHealthMetric(parts[i], `${p}.parts[${i}]`);
  });
  opt(o, 'sourceStatus', () => str(o, 'sourceStatus', p));
  return v as HealthMetric;
}

export function validateAccountHealth(v: unknown, p = 'accountHealth'): AccountHealth {
  const o = obj(v, p);
  str(o, 'marketplaceId', p);
  str(o, 'asOf', p);
  str(o, 'accountStatus', p);
  const rp = `${p}.rating`;
  const r = obj(o.rating, rp);
  str(r, 'status', rp);
  numOrNull(r, 'score', rp);
  const metrics = arr(o, 'metrics', p);
  for (let i = 0; i < metrics.length; i++) validateHealthMetric(metrics[i], `${p}.metrics[${i}]`);
  const notes = arr(o, 'notifications', p);
  for (let i = 0; i < notes.length; i++) {
    const np = `${p}.notifications[${i}]`;
    const n = obj(notes[i], np);
    str(n, 'id', np);
    str(n, 'date', np);
    str(n, 'title', np);
    bool(n, 'read', np);
  }
  return v as AccountHealth;
}

/** `Page<T>` with every item checked by `item`. */
export function validatePage<T>(v: unknown, item: (x: unknown, p: string) => T, p = 'page'): Page<T> {
  const o = obj(v, p);
  const items = arr(o, 'items', p);
  count(o, 'total', p);
  count(o, 'offset', p);
  for (let i = 0; i < items.length; i++) item(items[i], `${p}.items[${i}]`);
  return v as Page<T>;
}

export const validateReviewPage = (v: unknown): Page<Review> => validatePage(v, validateReview);
export const validateFeedbackPage = (v: unknown): Page<Feedback> => validatePage(v, validateFeedback);

/**
 * `ReviewCounts` (`GET /reviews/counts`, issue 21): `ratings` keyed by star `'1'`–`'5'`, `brands` by brand id, and
 * `periods` with `all`, `7d` and `30d`; every count a non-negative integer (a missing star or brand is 0).
 */
export function validateReviewCounts(v: unknown, p = 'counts'): ReviewCounts {
  const o = obj(v, p);
  const rp = `${p}.ratings`;
  const ratings = obj(o.ratings, rp);
  for (const k of Object.keys(ratings)) {
    if (!/^[1-5]$/.test(k)) fail(`${rp}.${k}`, 'a star rating 1–5 as the key');
    count(ratings, k, rp);
  }
  const bp = `${p}.brands`;
  const brands = obj(o.brands, bp);
  for (const k of Object.keys(brands)) count(brands, k, bp);
  const pp = `${p}.periods`;
  const periods = obj(o.periods, pp);
  for (const k of REVIEW_COUNT_PERIODS) count(periods, k, pp);
  return v as ReviewCounts;
}

/** One `AccountSummary` (SPEC §8). */
export function validateAccountSummary(v: unknown, p = 'account'): AccountSummary {
  const o = obj(v, p);
  str(o, 'id', p);
  str(o, 'sellerName', p);
  str(o, 'marketplaceId', p);
  str(o, 'accountStatus', p);
  const rp = `${p}.rating`;
  const r = obj(o.rating, rp);
  str(r, 'status', rp);
  numOrNull(r, 'score', rp);
  const dp = `${p}.orderDefectRate`;
  const d = obj(o.orderDefectRate, dp);
  numOrNull(d, 'mfn', dp);
  numOrNull(d, 'afn', dp);
  count(o, 'metricsAtRisk', p);
  count(o, 'metricsBad', p);
  count(o, 'negativeFeedbackUnanswered', p);
  count(o, 'criticalReviewsOpen', p);
  strOrNull(o, 'asOf', p);
  opt(o, 'access', () => bool(o, 'access', p));
  return v as AccountSummary;
}

/** `GET /accounts`: an array of `AccountSummary`. */
export function validateAccountSummaries(v: unknown, p = 'accounts'): AccountSummary[] {
  if (!Array.isArray(v)) fail(p, 'array');
  for (let i = 0; i < v.length; i++) validateAccountSummary(v[i], `${p}[${i}]`);
  return v as AccountSummary[];
}

/** One `Activity` (SPEC §8), its linter findings included. */
export function validateActivity(v: unknown, p = 'activity'): Activity {
  const o = obj(v, p);
  str(o, 'id', p);
  str(o, 'at', p);
  str(o, 'actor', p);
  opt(o, 'accountId', () => str(o, 'accountId', p));
  oneOf(o, 'type', p, ACTIVITY_TYPES);
  str(o, 'targetId', p);
  str(o, 'summary', p);
  opt(o, 'text', () => str(o, 'text', p));
  opt(o, 'lint', () => {
    const lint = arr(o, 'lint', p);
    for (let i = 0; i < lint.length; i++) {
      const lp = `${p}.lint[${i}]`;
      const f = obj(lint[i], lp);
      str(f, 'rule', lp);
      oneOf(f, 'severity', lp, ['error', 'warning']);
      str(f, 'messageKey', lp);
      str(f, 'message', lp);
      count(f, 'start', lp);
      count(f, 'end', lp);
      str(f, 'policy', lp);
      opt(f, 'params', () => {
        const pp = `${lp}.params`;
        const params = obj(f.params, pp);
        for (const [k, x] of Object.entries(params)) {
          if (typeof x !== 'string' && (typeof x !== 'number' || !Number.isFinite(x)))
            fail(`${pp}.${k}`, 'string or number');
        }
      });
    }
  });
  oneOf(o, 'outcome', p, ACTIVITY_OUTCOMES);
  opt(o, 'error', () => str(o, 'error', p));
  return v as Activity;
}

export const validateActivityPage = (v: unknown): Page<Activity> => validatePage(v, validateActivity);
