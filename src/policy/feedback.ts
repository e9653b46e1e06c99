/**
 * Seller feedback rules. Source: POLICY.md "Seller feedback (Feedback Manager)".
 */
import type { Feedback, FeedbackCategory, FeedbackCounts, FeedbackSummary } from '../data/models.js';
import { daysBetween } from './days.js';

/** POLICY.md: "Scale: 4–5 positive, 3 neutral, 1–2 negative." */
export function feedbackCategory(rating: number): FeedbackCategory {
  if (rating >= 4) return 'positive';
  if (rating >= 3) return 'neutral';
  return 'negative';
}

/** POLICY.md: "A removed or struck-through feedback no longer counts toward the rating or the Order Defect Rate." */
export function countsTowardRating(f: Feedback): boolean {
  return f.removal?.status !== 'removed' && f.removal?.status !== 'struck-through';
}

const empty = (): FeedbackCounts => ({ positive: 0, neutral: 0, negative: 0 });

/**
 * Summary for 30, 90, 365 days and lifetime (POLICY.md). A feedback is "within N days" when
 * `daysBetween(feedback.date, now) <= N` (whole days, floored; future dates count as recent).
 * ratingAverage / ratingCount cover the past 365 days. Removed and struck-through feedback is excluded
 * everywhere; feedback with an unparseable date counts for lifetime only.
 */
export function summarizeFeedback(
  feedback: Feedback[],
  now: Date,
  opts?: { positiveKnown?: boolean },
): FeedbackSummary {
  const periods = { d30: empty(), d90: empty(), d365: empty(), lifetime: empty() };
  let sum = 0;
  let count = 0;
  for (const f of feedback) {
    if (!countsTowardRating(f)) continue;
    const cat = feedbackCategory(f.rating);
    periods.lifetime[cat]++;
    const age = daysBetween(f.date, now);
    if (Number.isNaN(age)) continue;
    if (age <= 30) periods.d30[cat]++;
    if (age <= 90) periods.d90[cat]++;
    if (age <= 365) {
      periods.d365[cat]++;
      sum += f.rating;
      count++;
    }
  }
  const summary: FeedbackSummary = { ratingAverage: count ? sum / count : 0, ratingCount: count, periods };
  if (opts?.positiveKnown !== undefined) summary.positiveKnown = opts.positiveKnown;
  return summary;
}

/** Rounded percentages (POLICY.md: "Percentages are rounded, so they may not add to 100"); all 0 when empty. */
export function feedbackPercentages(c: FeedbackCounts): FeedbackCounts {
  const total = c.positive + c.neutral + c.negative;
  if (total <= 0) return empty();
  const pct = (n: number) => Math.round((n / total) * 100);
  return { positive: pct(c.positive), neutral: pct(c.neutral), negative: pct(c.negative) };
}

/**
 * POLICY.md: "Once submitted it can be removed but not changed." A reply can be posted when there is none and
 * the feedback has not been removed (a suppressed feedback suppresses its reply too).
 */
export function replyRules(feedback: Feedback): { canPost: boolean; canRemove: boolean; canEdit: false } {
  return {
    // POLICY.md: "Once submitted it can be removed but not changed" — removing and posting again would change it.
    canPost: feedback.reply === null && !feedback.replyRemovedAt && feedback.removal?.status !== 'removed',
    canRemove: feedback.reply !== null,
    canEdit: false,
  };
}

export type RemovalReasonCode = 'too-old' | 'already-requested' | 'already-decided';

/** POLICY.md: removal requests "within 90 days of the feedback (from a copy of the help text; configurable)". */
export const REMOVAL_WINDOW_DAYS = 90;

/**
 * Can a removal be requested? `too-old` when `daysBetween(feedback.date, now) > windowDays` (90 days OK, 91 not;
 * unparseable date counts as too old); `already-requested` while a request is pending; `already-decided` once
 * Amazon removed, struck through or denied (retained) it.
 */
export function removalEligibility(
  feedback: Feedback,
  now: Date,
  opts?: { windowDays?: number },
): { eligible: boolean; reasons: RemovalReasonCode[] } {
  const reasons: RemovalReasonCode[] = [];
  const age = daysBetween(feedback.date, now);
  if (Number.isNaN(age) || age > (opts?.windowDays ?? REMOVAL_WINDOW_DAYS)) reasons.push('too-old');
  if (feedback.removal?.status === 'requested') reasons.push('already-requested');
  else if (feedback.removal) reasons.push('already-decided');
  return { eligible: reasons.length === 0, reasons };
}

/** i18n key of Amazon's strike-through note: "This item was fulfilled by Amazon, and we take responsibility …". */
export const FBA_STRIKE_THROUGH_MESSAGE_KEY = 'policy.removal.fba-message';

export type BuyerRemovalReasonCode = 'not-negative' | 'already-asked' | 'already-removed' | 'too-old';

/**
 * How many days after the feedback the memory adapter and the elements offer **Ask buyer to remove**. Neither
 * POLICY.md nor Amazon's description of the Messaging API's `createNegativeFeedbackRemoval` ("Sends a
 * non-critical message that asks a buyer to remove their negative feedback. This message should only be sent after
 * the seller has resolved the buyer's problem." — developer-docs.amazon.com/sp-api/reference/createnegativefeedbackremoval)
 * states a window: Amazon decides per order, listing the action in `getMessagingActionsForOrder` while it is
 * offered. This stand-in uses Feedback Manager's removal window (POLICY.md, REMOVAL_WINDOW_DAYS); configurable.
 */
export const BUYER_REMOVAL_WINDOW_DAYS = REMOVAL_WINDOW_DAYS;

/**
 * Can the seller ask the buyer to remove this feedback (SPEC §9, Amazon's `createNegativeFeedbackRemoval`)?
 * Amazon's conditions: negative feedback only (1–2★: `not-negative` otherwise), once per order (`already-asked`
 * when `buyerRemovalRequestedAt` is set), not when Amazon already removed or struck it through
 * (`already-removed`), and within `windowDays` of the feedback (`too-old`; an unparseable date counts as too old).
 * The seller must have resolved the buyer's problem first — a condition only the seller can confirm, so elements
 * ask for that confirmation before calling `askBuyerToRemoveFeedback`.
 */
export function buyerRemovalEligibility(
  feedback: Feedback,
  now: Date,
  opts?: { windowDays?: number },
): { eligible: boolean; reasons: BuyerRemovalReasonCode[] } {
  const reasons: BuyerRemovalReasonCode[] = [];
  if (feedbackCategory(feedback.rating) !== 'negative') reasons.push('not-negative');
  if (feedback.buyerRemovalRequestedAt) reasons.push('already-asked');
  if (!countsTowardRating(feedback)) reasons.push('already-removed');
  const age = daysBetween(feedback.date, now);
  if (Number.isNaN(age) || age > (opts?.windowDays ?? BUYER_REMOVAL_WINDOW_DAYS)) reasons.push('too-old');
  return { eligible: reasons.length === 0, reasons };
}
