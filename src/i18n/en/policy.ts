import type { Strings } from '../types.js';

/**
 * Policy reason codes (src/policy/contact.ts, and empty/length/retention-expired/invalid-reason, which a backend's
 * refusal may carry), shown by every element that reports a refusal. Other policy strings
 * live with their users: templates in contact.ts, removal in removal.ts, lint messages in lint.ts.
 */
export default {
  'policy.reason.not-critical': 'Only reviews with 1 to 3 stars can be answered with Contact customer.',
  'policy.reason.not-verified-purchase': 'The review is not linked to a verified purchase.',
  'policy.reason.not-seller-of-record': 'You are not the seller of record for the order behind this review.',
  'policy.reason.no-order-date': 'The order date is unknown.',
  'policy.reason.order-too-old': 'The order was placed more than a year ago.',
  'policy.reason.not-brand-representative': 'You do not hold the Brand Representative role for this brand.',
  'policy.reason.not-professional': 'Contact customer needs a Professional selling account.',
  'policy.reason.account-not-in-good-standing': 'Your account is not in good standing.',
  'policy.reason.already-contacted': 'This customer has already been contacted about this review.',
  'policy.reason.no-edit-permission': 'You need the View and Edit permission for Customer Reviews.',
  'policy.reason.empty': 'The text is empty.',
  'policy.reason.length': 'The text is longer than Amazon allows.',
  'policy.reason.retention-expired': 'This review is no longer on Customer Reviews: its display period has ended.',
  'policy.reason.invalid-reason': 'Amazon does not accept this reason.',
} satisfies Strings;
