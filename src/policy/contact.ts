/**
 * Contact Customer eligibility and templates. Source: POLICY.md "Contact Customer (critical reviews)".
 */
import type { ContactReason, Review, Session } from '../data/models.js';
import { daysBetween } from './days.js';

export type ContactReasonCode =
  | 'not-critical'
  | 'not-verified-purchase'
  | 'not-seller-of-record'
  | 'no-order-date'
  | 'order-too-old'
  | 'not-brand-representative'
  | 'not-professional'
  | 'account-not-in-good-standing'
  | 'already-contacted'
  | 'no-edit-permission';

/**
 * POLICY.md: "the order was placed within the last year". Exactly one year old is still eligible: 365 whole days,
 * or 366 when the past year spans a 29 February (see `contactEligibility`).
 */
export const CONTACT_ORDER_MAX_AGE_DAYS = 365;
/** POLICY.md: "Offered on 1–3 star reviews … the rule is rating ≤ 3". */
export const CRITICAL_MAX_RATING = 3;

/** The same instant one calendar year earlier; from 29 February, the 28th (the last day of that February). */
function yearBefore(now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  if (d.getUTCMonth() !== now.getUTCMonth()) d.setUTCDate(0); // rolled over into 1 March
  return d;
}

/**
 * Every failing reason, in the order of `ContactReasonCode`.
 * - critical: 1 ≤ rating ≤ 3 (a missing, 0, negative or NaN rating is not a 1–3 star review);
 * - order age: `daysBetween(orderDate, now)` (whole 24-h days, floored) ≤ the length of the past calendar year
 *   (365 days, 366 when it spans a 29 February) — exactly one year old is OK, a day more is not;
 *   an order date in the future counts as recent; an unparseable date counts as missing (`no-order-date`);
 * - good standing: `accountStatus === 'NORMAL'`;
 * - brand representative: a `session.brands` entry with `id === review.brandId` and `representative`;
 * - already contacted: `review.contact` is set (one contact per review, POLICY.md);
 * - edit permission: `session.permissions.reviews === 'edit'` (view-only users see no actions).
 */
export function contactEligibility(
  review: Review,
  session: Session,
  now: Date,
): { eligible: boolean; reasons: ContactReasonCode[] } {
  const reasons: ContactReasonCode[] = [];
  if (!(review.rating >= 1 && review.rating <= CRITICAL_MAX_RATING)) reasons.push('not-critical');
  if (!review.verifiedPurchase) reasons.push('not-verified-purchase');
  if (!review.sellerOfRecord) reasons.push('not-seller-of-record');
  const age = review.orderDate ? daysBetween(review.orderDate, now) : NaN;
  if (Number.isNaN(age)) reasons.push('no-order-date');
  else if (age > Math.max(CONTACT_ORDER_MAX_AGE_DAYS, daysBetween(yearBefore(now), now))) reasons.push('order-too-old');
  if (!session.brands.some((b) => b.id === review.brandId && b.representative))
    reasons.push('not-brand-representative');
  if (!session.professional) reasons.push('not-professional');
  if (session.accountStatus !== 'NORMAL') reasons.push('account-not-in-good-standing');
  if (review.contact) reasons.push('already-contacted');
  if (session.permissions.reviews !== 'edit') reasons.push('no-edit-permission');
  return { eligible: reasons.length === 0, reasons };
}

/**
 * The two fixed templates (POLICY.md: "an automated e-mail from a fixed template that cannot be customized").
 * Text lives in src/i18n/<lang>/contact.ts. The courtesy refund offers a full refund and never mentions the review.
 */
export const CONTACT_TEMPLATES: Record<ContactReason, { subjectKey: string; bodyKey: string }> =
  /* @__PURE__ */ Object.freeze({
    'courtesy-refund': {
      subjectKey: 'policy.template.courtesy-refund.subject',
      bodyKey: 'policy.template.courtesy-refund.body',
    },
    'customer-support': {
      subjectKey: 'policy.template.customer-support.subject',
      bodyKey: 'policy.template.customer-support.body',
    },
  });
