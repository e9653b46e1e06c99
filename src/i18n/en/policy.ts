import type { Strings } from '../types.js';

/** Policy strings (src/policy): reason codes, removal criteria, fixed templates (lint messages and clause titles: lint.ts). */
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

  'policy.removal-reason.too-old': 'Removal can only be requested within {days} days of the feedback.',
  'policy.removal-reason.already-requested': 'A removal request is already pending.',
  'policy.removal-reason.already-decided': 'Amazon has already decided on this feedback.',

  'policy.criterion.personal-data': 'Contains personal information',
  'policy.criterion.obscene': 'Contains obscene or profane language',
  'policy.criterion.product-review': 'Is entirely a product review',
  'policy.criterion.fba-delivery': 'Is entirely about a delivery fulfilled by Amazon',

  'policy.removal.fba-message':
    'This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience.',

  'policy.template.courtesy-refund.subject': 'A courtesy refund for your order',
  'policy.template.courtesy-refund.body':
    'Hello,\n\nWe are sorry that your purchase of {productTitle} did not meet your expectations. As a courtesy, we would like to offer you a full refund for this order. To accept it, simply reply to this message in your Message Center.\n\nKind regards,\n{sellerName}',
  'policy.template.customer-support.subject': 'Can we help with your purchase?',
  'policy.template.customer-support.body':
    'Hello,\n\nWe noticed that you may have had a problem with {productTitle}. We would like to help. May we contact you through Buyer-Seller Messaging? If so, please reply to this message in your Message Center.\n\nKind regards,\n{sellerName}',
} satisfies Strings;
