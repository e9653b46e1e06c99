/**
 * The activity log's shared, DOM-free logic (SPEC §8): what every adapter uses to record one `Activity` per
 * mutation call (its outcome, its English summary, the linter's findings at send time) and to answer
 * `listActivity` (filter, newest first, page). Adapters keep their own list; this module keeps none.
 *
 * Outcomes: a call that did what it was asked is `ok`; one the data source refused (`forbidden`, `not-found`,
 * `conflict`, `policy-violation`, `unauthorized`) is `refused`; any other failure (`network`, `timeout`,
 * `server`, `rate-limited`, `invalid-response`) is `failed`. `error` is the `SellerKitError` code.
 */
import { isSellerKitError, type SellerKitErrorCode } from './errors.js';
import { dateRange } from './dates.js';
import {
  ACTIVITY_OUTCOMES,
  ACTIVITY_TYPES,
  type Activity,
  type ActivityInput,
  type ActivityLintFinding,
  type ActivityOutcome,
  type ActivityQuery,
  type ActivityType,
  type Page,
} from './models.js';
import type { LintFinding } from '../policy/lint.js';
import { CONTACT_TEMPLATES } from '../policy/contact.js';
import enContact from '../i18n/en/contact.js';

/** Codes by which a data source says "no" (the call was answered, and refused). */
const REFUSALS: ReadonlySet<string> = new Set<SellerKitErrorCode>([
  'forbidden',
  'not-found',
  'conflict',
  'policy-violation',
  'unauthorized',
]);

/** The outcome of a call that threw `e`: `refused` for a refusal of the data source, else `failed`. */
export function outcomeOfError(e: unknown): Exclude<ActivityOutcome, 'ok'> {
  return isSellerKitError(e) && REFUSALS.has(e.code) ? 'refused' : 'failed';
}

/** The `SellerKitError` code of `e` (`invalid-response` for anything else, as `toSellerKitError` says). */
export function errorCodeOf(e: unknown): string {
  return isSellerKitError(e) ? e.code : 'invalid-response';
}

const WHAT: Record<ActivityType, string> = {
  'review-done': 'Marked review {id} as done',
  'review-restored': 'Restored review {id} to the list',
  'review-comment': 'Posted a public comment on review {id}',
  'contact-customer': 'Contacted the customer about review {id}',
  'feedback-reply': 'Posted a public reply to feedback {id}',
  'feedback-reply-removed': 'Removed the public reply to feedback {id}',
  'feedback-removal-requested': 'Requested removal of feedback {id}',
  'abuse-report-opened': 'Opened the Report abuse page for review {id}',
  'buyer-removal-requested': 'Asked the buyer to remove feedback {id}',
  'seller-central-opened': 'Opened Seller Central for {id}',
};

/**
 * The English one-line summary of an activity: what was done, on what, and how it ended
 * (`Posted a public reply to feedback F-1 (refused: policy-violation)`).
 */
export function activitySummary(
  type: ActivityType,
  targetId: string,
  outcome: ActivityOutcome = 'ok',
  error?: string,
): string {
  const what = (WHAT[type] ?? `${type} on {id}`).replace('{id}', targetId);
  return outcome === 'ok' ? what : `${what} (${outcome}${error ? `: ${error}` : ''})`;
}

/** Linter findings as recorded with an activity: the same fields without the suggested `fix`. */
export function toActivityLint(findings: readonly LintFinding[]): ActivityLintFinding[] {
  return findings.map((f) => {
    const out: ActivityLintFinding = {
      rule: f.rule,
      severity: f.severity,
      messageKey: f.messageKey,
      message: f.message,
      start: f.start,
      end: f.end,
      policy: f.policy,
    };
    if (f.params) out.params = { ...f.params };
    return out;
  });
}

/**
 * The text Amazon sends for a Contact Customer reason (its fixed template, in English, filled in with the product
 * title and the seller's name): the `text` of a `contact-customer` activity.
 */
export function contactTemplateText(
  reason: keyof typeof CONTACT_TEMPLATES,
  fill: { productTitle: string; sellerName: string },
): string | undefined {
  const t = CONTACT_TEMPLATES[reason];
  if (!t) return undefined;
  const table = enContact as Record<string, string>;
  const subject = table[t.subjectKey];
  const body = table[t.bodyKey];
  if (subject === undefined || body === undefined) return undefined;
  const filled = body.replace(/\{(productTitle|sellerName)\}/g, (_, k: 'productTitle' | 'sellerName') => fill[k]);
  return `${subject}\n\n${filled}`;
}

/** What an adapter knows of one mutation call when it records it. */
export interface ActivityRecord {
  id: string;
  at: Date | string;
  actor: string;
  accountId?: string;
  type: ActivityType;
  targetId: string;
  text?: string;
  lint?: ActivityLintFinding[];
  /** The error the call ended with; absent when it succeeded. */
  error?: unknown;
}

/** Builds the `Activity` of one call: outcome and `error` from the error it ended with, English summary. */
export function makeActivity(r: ActivityRecord): Activity {
  const outcome: ActivityOutcome = r.error === undefined ? 'ok' : outcomeOfError(r.error);
  const error = r.error === undefined ? undefined : errorCodeOf(r.error);
  const a: Activity = {
    id: r.id,
    at: typeof r.at === 'string' ? r.at : r.at.toISOString(),
    actor: r.actor,
    type: r.type,
    targetId: String(r.targetId),
    summary: activitySummary(r.type, String(r.targetId), outcome, error),
    outcome,
  };
  if (r.accountId !== undefined) a.accountId = r.accountId;
  if (r.text !== undefined) a.text = r.text;
  if (r.lint !== undefined) a.lint = r.lint;
  if (error !== undefined) a.error = error;
  return a;
}

/** Whether `v` is a well-formed `ActivityInput` (for adapters and request handlers that receive one). */
export function isActivityInput(v: unknown): v is ActivityInput {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  const optStr = (k: string) => o[k] === undefined || typeof o[k] === 'string';
  return (
    (ACTIVITY_TYPES as readonly unknown[]).includes(o.type) &&
    typeof o.targetId === 'string' &&
    o.targetId !== '' &&
    optStr('summary') &&
    optStr('text') &&
    optStr('error') &&
    (o.outcome === undefined || (ACTIVITY_OUTCOMES as readonly unknown[]).includes(o.outcome))
  );
}

/** The `Activity` of an event a client records itself (`recordActivity`). */
export function activityFromInput(
  input: ActivityInput,
  meta: { id: string; at: Date | string; actor: string; accountId?: string },
): Activity {
  const outcome = input.outcome ?? 'ok';
  const a: Activity = {
    id: meta.id,
    at: typeof meta.at === 'string' ? meta.at : meta.at.toISOString(),
    actor: meta.actor,
    type: input.type,
    targetId: input.targetId,
    summary: input.summary || activitySummary(input.type, input.targetId, outcome, input.error),
    outcome,
  };
  if (meta.accountId !== undefined) a.accountId = meta.accountId;
  if (input.text !== undefined) a.text = input.text;
  if (input.error !== undefined) a.error = input.error;
  return a;
}

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 500;

/**
 * How a date-only bound (`from`/`to` as `YYYY-MM-DD`) is read: `'local'`, the calendar day the user sees (a browser
 * adapter: an activity at 23:30 in Berlin is on that Berlin day, ./dates.js); `'utc'`, the UTC day (a server, whose
 * own time zone is no user's: `from=2025-03-01` is from 2025-03-01T00:00:00Z, `to=2025-03-01` up to
 * 2025-03-01T23:59:59.999Z). Instants (with a time) are instants either way.
 */
export type ActivityDays = 'local' | 'utc';

/** Whether an activity matches a query's filters (types, from/to, targetId); `days`: see `ActivityDays`. */
export function activityMatcher(q: ActivityQuery, days: ActivityDays = 'local'): (a: Activity) => boolean {
  const types = q.types?.length ? new Set<string>(q.types) : null;
  const range = dateRange(q.from, q.to);
  // `contains(ms, true)` compares the instant as it is (UTC) with a day bound; without it, its local wall clock.
  const utc = days === 'utc';
  return (a) =>
    (!types || types.has(a.type)) &&
    (!q.targetId || a.targetId === q.targetId) &&
    (!range.bounded || range.contains(Date.parse(a.at), utc));
}

/** Newest first; of equal times, the one recorded later (higher index in `list`) first. */
function newestFirst(list: readonly Activity[]): Activity[] {
  return list
    .map((a, i) => ({ a, i, t: Date.parse(a.at) }))
    .sort((x, y) => (Number.isNaN(y.t) ? -Infinity : y.t) - (Number.isNaN(x.t) ? -Infinity : x.t) || y.i - x.i)
    .map((x) => x.a);
}

/**
 * `listActivity` over a list in recording order: filtered by `q`, newest first (of equal times, the later
 * recorded first), paged (`limit` default 25, at most 500). `days`: how date-only bounds are read (`ActivityDays`:
 * the user's local day by default; the Amazon adapter's store, on a server, reads UTC days).
 */
export function queryActivity(
  list: readonly Activity[],
  q: ActivityQuery = {},
  days: ActivityDays = 'local',
): Page<Activity> {
  const match = activityMatcher(q, days);
  const sorted = newestFirst(list.filter(match));
  const offset = Number.isFinite(q.offset) && q.offset! > 0 ? Math.floor(q.offset!) : 0;
  const limit = Number.isFinite(q.limit) && q.limit! > 0 ? Math.min(MAX_LIMIT, Math.floor(q.limit!)) : DEFAULT_LIMIT;
  return { items: sorted.slice(offset, offset + limit), total: sorted.length, offset };
}

/** Merges activity pages: every item of `a` and `b`, newest first (for adapters that keep some records apart). */
export function mergeActivity(a: readonly Activity[], b: readonly Activity[]): Activity[] {
  return newestFirst([...a, ...b]);
}
