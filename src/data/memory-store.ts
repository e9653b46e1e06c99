/**
 * The in-memory adapter's implementation (data, indexes, queries, policy-checked mutations). It is a module of
 * its own so that it loads with `import()` on the first call of an adapter made by `createMemoryAdapter`
 * (src/data/memory-adapter.ts, which documents how the adapter refuses): the main entry and the CDN module carry
 * only that small synchronous shell, and a page that never calls a memory adapter never loads this. It must not
 * import the shell (or ./lazy-adapter.js) at run time: lazily loaded code reaches it directly.
 */
import { abortError, sleep } from './abort.js';
import { SellerKitError } from './errors.js';
import { dateRange, isDateOnly } from './dates.js';
import {
  activityFromInput,
  contactTemplateText,
  isActivityInput,
  makeActivity,
  queryActivity,
  toActivityLint,
} from './activity.js';
import {
  CONTACT_REASONS,
  REMOVAL_REASONS,
  type AccountHealth,
  type Activity,
  type ActivityLintFinding,
  type ActivityType,
  type CallOptions,
  type ContactReason,
  type Feedback,
  type FeedbackQuery,
  type FeedbackSummary,
  type Page,
  type Permission,
  type RemovalReason,
  type Review,
  type ReviewCounts,
  type ReviewQuery,
  type SellerKitAdapter,
} from './models.js';
import {
  CRITICAL_MAX_RATING,
  buyerRemovalEligibility,
  contactEligibility,
  feedbackCategory,
  hasBlockingFindings,
  lintMessage,
  removalEligibility,
  replyRules,
  reviewRetention,
  summarizeFeedback,
  type LintContext,
} from '../policy/index.js';
import {
  fixMemoryOptions,
  type MemoryAdapter,
  type MemoryAdapterOptions,
  type MemoryStoreInit,
} from './memory-options.js';

type DemoData = typeof import('./demo-data.js');

const DAY = 86_400_000;
const DEFAULT_LIMIT = 25;
const SEARCH_FIELDS = 5;
const MAX_LIMIT = 500;
/** How many feedback orders (one per query without paging) a store keeps until the next mutation. */
const FEEDBACK_ORDERS_KEPT = 4;

/**
 * Work the stores did, counted across every store of the page: for tests of an algorithmic property (a second
 * page does not sort again; a search tests each distinct string once), never for behaviour. Not public API.
 */
export const memoryStoreWork = {
  /** Full filter-and-sort passes over the feedback (listFeedback), one per (query without paging, data version). */
  feedbackSorts: 0,
  /** Distinct lowercase strings tested by review searches. */
  searchStringTests: 0,
  /** Reviews looked at by listReviews (a page of n reviews looks at each once). */
  reviewsScanned: 0,
  /** Stores built (one per adapter, one per client account opened in agency mode). */
  storesCreated: 0,
};

function paging(q: { offset?: number; limit?: number }): { offset: number; limit: number } {
  const offset = Number.isFinite(q.offset) && q.offset! > 0 ? Math.floor(q.offset!) : 0;
  const limit = Number.isFinite(q.limit) && q.limit! > 0 ? Math.min(MAX_LIMIT, Math.floor(q.limit!)) : DEFAULT_LIMIT;
  return { offset, limit };
}

/** Stable bucket sort by rating (1–5; others at the ends), keeping the given (newest-first) order within a star. */
function byRating(idx: number[], rating: (i: number) => number, desc: boolean): number[] {
  const buckets: number[][] = [[], [], [], [], [], [], []];
  for (const i of idx) {
    const r = Math.round(rating(i));
    buckets[r >= 1 && r <= 5 ? r : r < 1 ? 0 : 6]!.push(i);
  }
  if (desc) buckets.reverse();
  return buckets.flat();
}

/**
 * "Needs attention" first: the items `urgent` picks, then the others, each group keeping the given (newest-first)
 * order. Stable and linear.
 */
function attentionFirst(idx: number[], urgent: (i: number) => boolean): number[] {
  const first: number[] = [];
  const rest: number[] = [];
  for (const i of idx) (urgent(i) ? first : rest).push(i);
  return first.concat(rest);
}

/** Feedback that needs the seller: 1–3 stars with no public reply, no removal request and no request to the buyer. */
const feedbackNeedsAttention = (f: Feedback): boolean =>
  f.rating <= CRITICAL_MAX_RATING && !f.reply && !f.removal && !f.buyerRemovalRequestedAt;

const forbidden = (what: string) =>
  new SellerKitError('forbidden', `The session has no ${what} permission.`, {
    status: 403,
    reasons: ['no-edit-permission'],
  });
const notFound = (what: string, id: string, reasons: string[] = []) =>
  new SellerKitError('not-found', `${what} ${id} not found.`, { status: 404, reasons });
const conflict = (message: string, reasons: string[]) =>
  new SellerKitError('conflict', message, { status: 409, reasons });
const violation = (message: string, reasons: string[]) =>
  new SellerKitError('policy-violation', message, { status: 422, reasons });

/**
 * Lints `text` (SPEC §6) and refuses it when a finding blocks. `seen` receives the findings first (warnings
 * included), so the activity of a refused send carries them too.
 */
function lintOrThrow(text: string, context: LintContext, seen?: (lint: ActivityLintFinding[]) => void): void {
  if (typeof text !== 'string' || text.trim() === '') throw violation('The text is empty.', ['empty']);
  const findings = lintMessage(text, context);
  seen?.(toActivityLint(findings));
  if (hasBlockingFindings(findings)) {
    const rules = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
    throw violation(`The text breaks Amazon's rules: ${rules.join(', ')}.`, rules);
  }
}

/** What a mutation records of itself (SPEC §8): its type and target; text and lint filled in while it runs. */
interface Recording {
  type: ActivityType;
  targetId: string;
  text?: string;
  lint?: ActivityLintFinding[];
}

/**
 * The implementation behind `createMemoryAdapter`: `fixed` is what was fixed at creation (clock, seed, latency,
 * copies of the session and of explicit data: ./memory-options.js); `options` is the caller's object, read where
 * the adapter always read it late (`counts`, the health preset, `positiveKnown`). `demoLoading`: the demo
 * generators, when the caller already started loading them. Returns the adapter without `now` (the caller adds
 * the clock).
 */
export function createMemoryStore(
  options: MemoryAdapterOptions,
  fixed: MemoryStoreInit,
  demoLoading?: Promise<DemoData>,
  accountId?: string,
): SellerKitAdapter {
  const { now, start, seed, latency, session } = fixed;
  memoryStoreWork.storesCreated++;
  // The activity log (SPEC §8), in recording order; `actor` names who acts (default: the session's seller name).
  const activity: Activity[] = [];
  const actor = fixed.actor ?? session.sellerName;
  let activitySeq = 0;
  const nextActivityId = () => `${accountId ? `${accountId}-` : ''}act-${++activitySeq}`;
  function record(r: Recording, error?: unknown): void {
    activity.push(
      makeActivity({ ...r, id: nextActivityId(), at: now(), actor, ...(accountId ? { accountId } : {}), error }),
    );
  }

  // Reviews, newest first. pubMs holds the parsed publishedAt (NaN when unparseable: such a review is never
  // visible per reviewRetention); search holds lowercase search text, built on the first search.
  // The demo generators (src/data/demo-data.ts, with their phrase pools) load only when something is generated:
  // explicit reviews + feedback + health never load them. Every call waits for `ready`.
  let sortedReviews: Review[] = [];
  let pubMs: Float64Array = new Float64Array(0);
  let searchIndex: { fields: Uint32Array; strings: string[] } | null = null;
  const reviewIndex = new Map<string, number>();
  let feedback: Feedback[] = [];
  let feedbackMs: number[] = [];
  const feedbackIndex = new Map<string, number>();
  let health: AccountHealth;

  function init(demo: DemoData | null): void {
    if (fixed.reviews) {
      const reviews = fixed.reviews;
      const parsed = reviews.map((r) => Date.parse(r.publishedAt));
      const order = reviews.map((_, i) => i);
      order.sort((a, b) => {
        const x = parsed[a]!;
        const y = parsed[b]!;
        if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? a - b : 1) : -1;
        return y - x || a - b;
      });
      sortedReviews = order.map((i) => reviews[i]!);
      pubMs = Float64Array.from(order, (i) => parsed[i]!);
    } else {
      // Generated reviews come newest first with their times: no parsing, no sorting.
      const generated = demo!.generateDemoReviewsTimed({
        seed,
        count: options.counts?.reviews,
        now: start,
        marketplaceId: session.marketplaceId,
      });
      sortedReviews = generated.reviews;
      pubMs = generated.publishedMs;
    }
    sortedReviews.forEach((r, i) => reviewIndex.set(r.id, i));

    feedback = fixed.feedback
      ? fixed.feedback
      : demo!.generateDemoFeedback({ seed, count: options.counts?.feedback, now: start });
    feedbackMs = feedback.map((f) => Date.parse(f.date));
    feedback.forEach((f, i) => feedbackIndex.set(f.id, i));

    health = fixed.health
      ? fixed.health
      : demo!.demoAccountHealth(
          typeof options.health === 'string' ? options.health : 'healthy',
          start,
          session.marketplaceId,
        );
  }
  const explicit = fixed.reviews && fixed.feedback && fixed.health;
  const ready: Promise<void> = explicit
    ? Promise.resolve(init(null))
    : (demoLoading ?? import('./demo-data.js')).then(init);

  const idempotent = new Map<string, Promise<unknown>>();
  let commentSeq = 0;

  const needs = (p: Permission, min: 'view' | 'edit', what: string) => {
    if (p === 'edit' || (min === 'view' && p === 'view')) return;
    throw forbidden(what);
  };

  /** Runs one call: abort check, latency (abortable), then `fn`, synchronously, on the adapter's state. */
  function call<T>(o: CallOptions | undefined, fn: () => T): Promise<T> {
    return ready
      .then(() => sleep(latency, o?.signal))
      .then(() => {
        if (o?.signal?.aborted) throw abortError(o.signal);
        return structuredClone(fn());
      });
  }

  /** A mutation: as `call`, plus idempotency (a repeated key returns the first result; aborts are not kept). */
  /** Counts applied mutations: cached results derived from the data (the feedback summary) key on it. */
  let version = 0;
  let summaryCache: { key: string; value: FeedbackSummary } | undefined;

  /**
   * A mutation: as `call`, plus idempotency (a repeated key returns the first result; aborts are not kept), plus
   * its activity (SPEC §8): exactly one per call that ran — `ok`, or the refusal it threw. A replay of an
   * idempotency key runs nothing and records nothing; a call aborted before it ran records nothing.
   */
  function mutate<T>(o: CallOptions | undefined, fn0: () => T, rec?: Recording): Promise<T> {
    const fn = () => {
      let result: T;
      try {
        result = fn0();
      } catch (e) {
        if (rec) record(rec, e);
        throw e;
      }
      version++;
      if (rec) record(rec);
      return result;
    };
    const key = o?.idempotencyKey;
    if (!key) return call(o, fn);
    const first = idempotent.get(key) as Promise<T> | undefined;
    if (first) {
      return o?.signal?.aborted ? Promise.reject(abortError(o.signal)) : first.then((v) => structuredClone(v));
    }
    const p = call(o, fn);
    idempotent.set(key, p);
    p.catch((e: unknown) => {
      if ((e as { name?: unknown })?.name === 'AbortError' && idempotent.get(key) === p) idempotent.delete(key);
    });
    return p.then((v) => structuredClone(v));
  }

  /** Visibility of every stored review at `nowDate` (policy: reviewRetention), fast path on parsed dates. */
  function visibility(nowDate: Date): (i: number) => boolean {
    const nowMs = nowDate.getTime();
    const daysByMarketplace = new Map<string, number>();
    let lastMarketplace: string | undefined;
    let lastDays = 0;
    return (i) => {
      const r = sortedReviews[i]!;
      const pub = pubMs[i]!;
      let days = lastDays;
      if (r.marketplaceId !== lastMarketplace) {
        let d = daysByMarketplace.get(r.marketplaceId);
        if (d === undefined) {
          d = reviewRetention(r, nowDate).days;
          daysByMarketplace.set(r.marketplaceId, d);
        }
        lastMarketplace = r.marketplaceId;
        days = lastDays = d;
      }
      const age = nowMs - pub;
      // Far from the boundary the answer is certain; near it (or for odd dates) ask the policy itself.
      if (age >= DAY && age < (days - 1) * DAY) return true;
      if (age > (days + 1) * DAY) return false;
      return reviewRetention(r, nowDate).visible;
    };
  }

  function findReview(id: string): { review: Review; index: number } {
    const index = reviewIndex.get(id);
    if (index === undefined) throw notFound('Review', id);
    if (!visibility(now())(index)) throw notFound('Review', id, ['retention-expired']);
    return { review: sortedReviews[index]!, index };
  }

  function findFeedback(id: string): Feedback {
    const index = feedbackIndex.get(id);
    if (index === undefined) throw notFound('Feedback', id);
    return feedback[index]!;
  }

  /**
   * The searchable fields (title, body, product title, ASIN, reviewer name) of every review as ids into a table
   * of distinct lowercase strings, built on the first search. Demo text comes from phrase pools, so the table
   * holds a few thousand strings for 100 000 reviews; a query tests each distinct string once.
   */
  function reviewSearchIndex(): { fields: Uint32Array; strings: string[] } {
    if (!searchIndex) {
      const ids = new Map<string, number>();
      const strings: string[] = [];
      const fields = new Uint32Array(sortedReviews.length * SEARCH_FIELDS);
      const id = (raw: unknown) => {
        const text = typeof raw === 'string' ? raw : '';
        let n = ids.get(text);
        if (n === undefined) {
          n = strings.push(text.toLowerCase()) - 1;
          ids.set(text, n);
        }
        return n;
      };
      sortedReviews.forEach((r, i) => {
        const at = i * SEARCH_FIELDS;
        fields[at] = id(r.title);
        fields[at + 1] = id(r.body);
        fields[at + 2] = id(r.productTitle);
        fields[at + 3] = id(r.asin);
        fields[at + 4] = id(r.reviewerName);
      });
      searchIndex = { fields, strings };
    }
    return searchIndex;
  }

  /** Whether review i matches the (lowercase) needle: each distinct string is tested once per query. */
  function searchMatcher(needle: string): (i: number) => boolean {
    const { fields, strings } = reviewSearchIndex();
    const hit = new Uint8Array(strings.length);
    memoryStoreWork.searchStringTests += strings.length;
    for (let k = 0; k < strings.length; k++) hit[k] = strings[k]!.includes(needle) ? 1 : 0;
    return (i) => {
      const at = i * SEARCH_FIELDS;
      return (
        (hit[fields[at]!]! |
          hit[fields[at + 1]!]! |
          hit[fields[at + 2]!]! |
          hit[fields[at + 3]!]! |
          hit[fields[at + 4]!]!) ===
        1
      );
    };
  }

  /**
   * The indexes of the feedback a query selects, in its order: filtered and sorted once per (query without paging,
   * data version), so the next page of 200 000 rows is a slice, not another full sort. Any applied mutation
   * (`version`) drops every cached order; the clock plays no part (feedback has no retention).
   */
  let feedbackOrders: { version: number; byKey: Map<string, number[]> } = { version: -1, byKey: new Map() };
  function feedbackOrder(q: FeedbackQuery): number[] {
    if (feedbackOrders.version !== version) feedbackOrders = { version, byKey: new Map() };
    const key = JSON.stringify([q.category ?? null, q.from ?? null, q.to ?? null, q.sort ?? 'newest'].map(String));
    const cached = feedbackOrders.byKey.get(key);
    if (cached) return cached;
    const ordered = sortFeedback(q);
    // A few queries at once (the table's view, an export, a summary filter); the oldest goes first.
    if (feedbackOrders.byKey.size >= FEEDBACK_ORDERS_KEPT) {
      feedbackOrders.byKey.delete(feedbackOrders.byKey.keys().next().value!);
    }
    feedbackOrders.byKey.set(key, ordered);
    return ordered;
  }

  function sortFeedback(q: FeedbackQuery): number[] {
    // A date-only bound is a calendar day (./dates.js): report rows are date-only, demo rows instants.
    const range = dateRange(q.from, q.to);
    const idx: number[] = [];
    for (let i = 0; i < feedback.length; i++) {
      const f = feedback[i]!;
      if (q.category && feedbackCategory(f.rating) !== q.category) continue;
      const ms = feedbackMs[i]!;
      if (range.bounded && (Number.isNaN(ms) || !range.contains(ms, isDateOnly(f.date)))) continue;
      idx.push(i);
    }
    const sort = q.sort ?? 'newest';
    const time = (i: number) => (Number.isNaN(feedbackMs[i]!) ? -Infinity : feedbackMs[i]!);
    const newest = (a: number, b: number) => time(b) - time(a) || a - b;
    const order = (a: number, b: number) =>
      feedback[a]!.orderId < feedback[b]!.orderId ? -1 : feedback[a]!.orderId > feedback[b]!.orderId ? 1 : 0;
    memoryStoreWork.feedbackSorts++;
    idx.sort(
      sort === 'oldest'
        ? (a, b) => time(a) - time(b) || a - b
        : sort === 'rating-asc'
          ? (a, b) => feedback[a]!.rating - feedback[b]!.rating || newest(a, b)
          : sort === 'rating-desc'
            ? (a, b) => feedback[b]!.rating - feedback[a]!.rating || newest(a, b)
            : sort === 'order-asc'
              ? (a, b) => order(a, b) || newest(a, b)
              : sort === 'order-desc'
                ? (a, b) => order(b, a) || newest(a, b)
                : newest,
    );
    return sort === 'attention' ? attentionFirst(idx, (i) => feedbackNeedsAttention(feedback[i]!)) : idx;
  }

  const adapter: SellerKitAdapter = {
    getSession(o) {
      return call(o, () => session);
    },

    countReviews(q: ReviewQuery = {}, o) {
      return call(o, (): ReviewCounts => {
        needs(session.permissions.reviews, 'view', 'reviews');
        const at = now();
        const visible = visibility(at);
        const ratings = q.ratings?.length ? new Set(q.ratings) : null;
        const brands = q.brandIds?.length ? new Set(q.brandIds) : null;
        const range = dateRange(q.from, q.to);
        const needle = q.search?.trim().toLowerCase() || '';
        const matches = needle ? searchMatcher(needle) : null;
        const since = { '7d': at.getTime() - 7 * DAY, '30d': at.getTime() - 30 * DAY };
        const out: ReviewCounts = { ratings: {}, brands: {}, periods: { all: 0, '7d': 0, '30d': 0 } };
        for (const n of [1, 2, 3, 4, 5]) out.ratings[n] = 0;
        for (const b of session.brands) out.brands[b.id] = 0;
        for (let i = 0; i < sortedReviews.length; i++) {
          const r = sortedReviews[i]!;
          if ((!q.includeDone && r.done) || (matches && !matches(i)) || !visible(i)) continue;
          const star = !ratings || ratings.has(r.rating);
          const brand = !brands || brands.has(r.brandId);
          const inRange = !range.bounded || range.contains(pubMs[i]!);
          if (brand && inRange) out.ratings[r.rating] = (out.ratings[r.rating] ?? 0) + 1;
          if (star && inRange) out.brands[r.brandId] = (out.brands[r.brandId] ?? 0) + 1;
          if (star && brand) {
            out.periods.all++;
            if (pubMs[i]! >= since['30d']) out.periods['30d']++;
            if (pubMs[i]! >= since['7d']) out.periods['7d']++;
          }
        }
        return out;
      });
    },

    listReviews(q: ReviewQuery = {}, o) {
      return call(o, (): Page<Review> => {
        needs(session.permissions.reviews, 'view', 'reviews');
        const visible = visibility(now());
        const ratings = q.ratings?.length ? new Set(q.ratings) : null;
        const brands = q.brandIds?.length ? new Set(q.brandIds) : null;
        const range = dateRange(q.from, q.to);
        const needle = q.search?.trim().toLowerCase() || '';
        const matches = needle ? searchMatcher(needle) : null;
        const includeDone = q.includeDone === true;
        const sort = q.sort ?? 'newest';
        const n = sortedReviews.length;
        memoryStoreWork.reviewsScanned += n;
        let idx: number[] = [];
        for (let k = 0; k < n; k++) {
          const i = sort === 'oldest' ? n - 1 - k : k;
          const r = sortedReviews[i]!;
          if (!includeDone && r.done) continue;
          if (ratings && !ratings.has(r.rating)) continue;
          if (brands && !brands.has(r.brandId)) continue;
          if (range.bounded && !range.contains(pubMs[i]!)) continue;
          if (matches && !matches(i)) continue;
          if (!visible(i)) continue;
          idx.push(i);
        }
        if (sort === 'rating-asc' || sort === 'rating-desc') {
          idx = byRating(idx, (i) => sortedReviews[i]!.rating, sort === 'rating-desc');
        } else if (sort === 'attention') {
          idx = attentionFirst(idx, (i) => !sortedReviews[i]!.done && sortedReviews[i]!.rating <= CRITICAL_MAX_RATING);
        }
        const { offset, limit } = paging(q);
        return { items: idx.slice(offset, offset + limit).map((i) => sortedReviews[i]!), total: idx.length, offset };
      });
    },

    setReviewDone(reviewId, done, o) {
      const rec: Recording = { type: done === true ? 'review-done' : 'review-restored', targetId: String(reviewId) };
      return mutate(
        o,
        () => {
          needs(session.permissions.reviews, 'edit', 'reviews edit');
          const { review } = findReview(reviewId);
          review.done = done === true;
          return review;
        },
        rec,
      );
    },

    addReviewComment(reviewId, text, o) {
      const rec: Recording = { type: 'review-comment', targetId: String(reviewId), text: String(text) };
      return mutate(
        o,
        () => {
          needs(session.permissions.reviews, 'edit', 'reviews edit');
          const { review } = findReview(reviewId);
          lintOrThrow(text, 'review-comment', (lint) => (rec.lint = lint));
          commentSeq++;
          review.comments.push({ id: `${review.id}-m${commentSeq}`, text, postedAt: now().toISOString() });
          return review;
        },
        rec,
      );
    },

    contactCustomer(reviewId, reason: ContactReason, o) {
      const rec: Recording = { type: 'contact-customer', targetId: String(reviewId) };
      return mutate(
        o,
        () => {
          needs(session.permissions.reviews, 'edit', 'reviews edit');
          const { review } = findReview(reviewId);
          const sent = contactTemplateText(reason, {
            productTitle: review.productTitle,
            sellerName: session.sellerName,
          });
          if (sent !== undefined) rec.text = sent;
          if (!(CONTACT_REASONS as readonly string[]).includes(reason))
            throw violation(`Unknown contact reason ${String(reason)}.`, ['invalid-reason']);
          const at = now();
          const { eligible, reasons } = contactEligibility(review, session, at);
          if (!eligible) {
            if (reasons.includes('already-contacted'))
              throw conflict('The customer was already contacted about this review.', reasons);
            throw violation('Unable to contact customer.', reasons);
          }
          review.contact = { reason, sentAt: at.toISOString() };
          return review;
        },
        rec,
      );
    },

    getFeedbackSummary(o) {
      return call(o, (): FeedbackSummary => {
        needs(session.permissions.feedback, 'view', 'feedback');
        // Summarising 100 000 feedback takes ~30 ms; reuse it until a mutation or the next minute of the clock.
        const at = now();
        const key = `${version}:${Math.floor(at.getTime() / 60_000)}`;
        if (summaryCache?.key !== key) {
          const value = summarizeFeedback(feedback, at, { positiveKnown: options.positiveKnown ?? true });
          summaryCache = { key, value };
        }
        return summaryCache.value;
      });
    },

    listFeedback(q: FeedbackQuery = {}, o) {
      return call(o, (): Page<Feedback> => {
        needs(session.permissions.feedback, 'view', 'feedback');
        const ordered = feedbackOrder(q);
        const { offset, limit } = paging(q);
        return { items: ordered.slice(offset, offset + limit).map((i) => feedback[i]!), total: ordered.length, offset };
      });
    },

    postFeedbackReply(feedbackId, text, o) {
      const rec: Recording = { type: 'feedback-reply', targetId: String(feedbackId), text: String(text) };
      return mutate(
        o,
        () => {
          needs(session.permissions.feedback, 'edit', 'feedback edit');
          const f = findFeedback(feedbackId);
          const rules = replyRules(f);
          if (f.reply)
            throw conflict('A reply was already posted; it can be removed but not changed.', ['reply-exists']);
          if (f.replyRemovedAt) {
            throw conflict('A reply was posted and removed; a new one would change it.', ['reply-removed']);
          }
          if (!rules.canPost) throw violation('A reply cannot be posted on this feedback.', ['reply-not-allowed']);
          lintOrThrow(text, 'feedback-reply', (lint) => (rec.lint = lint));
          f.reply = { text, postedAt: now().toISOString() };
          return f;
        },
        rec,
      );
    },

    removeFeedbackReply(feedbackId, o) {
      const rec: Recording = { type: 'feedback-reply-removed', targetId: String(feedbackId) };
      return mutate(
        o,
        () => {
          needs(session.permissions.feedback, 'edit', 'feedback edit');
          const f = findFeedback(feedbackId);
          if (!replyRules(f).canRemove) throw notFound('Reply of feedback', feedbackId, ['no-reply']);
          f.reply = null;
          f.replyRemovedAt = now().toISOString();
          return f;
        },
        rec,
      );
    },

    requestFeedbackRemoval(feedbackId, reason: RemovalReason, o) {
      const rec: Recording = { type: 'feedback-removal-requested', targetId: String(feedbackId) };
      return mutate(
        o,
        () => {
          needs(session.permissions.feedback, 'edit', 'feedback edit');
          const f = findFeedback(feedbackId);
          if (!(REMOVAL_REASONS as readonly string[]).includes(reason))
            throw violation(`Unknown removal reason ${String(reason)}.`, ['invalid-reason']);
          // POLICY.md: only feedback entirely about an FBA delivery is struck through; the UI refuses it too.
          if (reason === 'fba-delivery' && f.fulfillment !== 'afn') {
            throw violation('Only feedback on orders fulfilled by Amazon can be struck through.', ['fba-only']);
          }
          const at = now();
          const { eligible, reasons } = removalEligibility(f, at);
          if (!eligible) {
            const codes: string[] = reasons;
            if (codes.includes('already-requested') || codes.includes('already-decided')) {
              throw conflict('A removal was already requested for this feedback.', codes);
            }
            throw violation('Removal cannot be requested for this feedback.', codes);
          }
          f.removal = { status: 'requested', reason, requestedAt: at.toISOString() };
          return f;
        },
        rec,
      );
    },

    listActivity(q = {}, o) {
      return call(o, () => queryActivity(activity, q ?? {}));
    },

    recordActivity(entry, o) {
      return mutate(o, (): Activity => {
        if (!isActivityInput(entry)) {
          throw violation('Not an activity: a known type and a targetId are required.', ['invalid-activity']);
        }
        const a = activityFromInput(entry, {
          id: nextActivityId(),
          at: now(),
          actor,
          ...(accountId ? { accountId } : {}),
        });
        activity.push(a);
        return a;
      });
    },

    askBuyerToRemoveFeedback(feedbackId, o) {
      const rec: Recording = { type: 'buyer-removal-requested', targetId: String(feedbackId) };
      return mutate(
        o,
        () => {
          needs(session.permissions.feedback, 'edit', 'feedback edit');
          const f = findFeedback(feedbackId);
          const at = now();
          const codes: string[] = buyerRemovalEligibility(f, at).reasons;
          // Amazon: once per order. One feedback per order, but data may carry several entries of one order.
          if (
            !codes.includes('already-asked') &&
            feedback.some((x) => x.orderId === f.orderId && x.buyerRemovalRequestedAt)
          ) {
            codes.push('already-asked');
          }
          if (codes.includes('already-asked')) {
            throw conflict('The buyer was already asked to remove the feedback of this order.', codes);
          }
          if (codes.length) throw violation('The buyer cannot be asked to remove this feedback.', codes);
          f.buyerRemovalRequestedAt = at.toISOString();
          return f;
        },
        rec,
      );
    },

    getAccountHealth(o) {
      return call(o, () => {
        needs(session.permissions.accountHealth, 'view', 'account health');
        return health;
      });
    },
  };
  return adapter;
}

/**
 * `createMemoryAdapter` without its lazy shell: the same adapter, built at once. For modules that are themselves
 * loaded lazily (the provider's demo mode), where a second lazy step would only add a chunk to load.
 */
export function eagerMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const fixed = fixMemoryOptions(options);
  return { now: fixed.now, writesAreLocal: false, ...createMemoryStore(options, fixed) };
}
