import type { Strings } from '../types.js';

/** Policy strings (src/policy): reason codes, removal criteria, lint messages, clause titles, fixed templates. */
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

  'policy.lint.length': 'Too long: {length} characters, the limit is {limit}.',
  'policy.lint.email': 'Remove the e-mail address.',
  'policy.lint.phone': 'Remove the phone number.',
  'policy.lint.phone-warning': 'Phone numbers are allowed only for warranty, carrier or manufacturer contacts.',
  'policy.lint.url': 'Remove the link.',
  'policy.lint.url-warning': 'Links are allowed only when needed to complete the order.',
  'policy.lint.html': 'Remove the HTML markup.',
  'policy.lint.emoji': 'Remove the emoji: buyer messages may not contain emoji.',
  'policy.lint.ask-positive': 'Do not ask for positive reviews or feedback, or ask only satisfied buyers.',
  'policy.lint.review-change': 'Never ask a customer to change, update or remove a review.',
  'policy.lint.feedback-pressure':
    'Do not ask the buyer to change or remove feedback. You may only say that they can update it.',
  'policy.lint.incentive': 'Do not offer anything, refunds included, in return for a review or feedback.',
  'policy.lint.refund-offer':
    'A public comment may not offer a refund. Use Contact customer or Buyer-Seller Messaging instead.',
  'policy.lint.refund-offer-warning':
    'A public reply is not the place to offer a refund. Consider Buyer-Seller Messaging instead.',

  'policy.clause.messaging.length': 'Buyer messages must be under 4,000 characters.',
  'policy.clause.messaging.no-email': 'Buyer messages may not contain e-mail addresses.',
  'policy.clause.messaging.phone': 'Phone numbers only for warranty, carrier or manufacturer contacts.',
  'policy.clause.messaging.links': 'Links only when needed to complete the order.',
  'policy.clause.messaging.no-html': 'Buyer messages may not contain HTML.',
  'policy.clause.messaging.no-emoji': 'Buyer messages may not contain emoji.',
  'policy.clause.reviews.comment-length': 'Keep review comments short.',
  'policy.clause.reviews.comment-no-contact': 'Public comments may not contain e-mail addresses or phone numbers.',
  'policy.clause.reviews.comment-no-promotion': 'Public comments may not contain promotions or links.',
  'policy.clause.reviews.comment-no-refund': 'Public comments may not offer a refund or anything else.',
  'policy.clause.reviews.no-positive-request': 'Never ask for positive reviews or feedback, or ask only happy buyers.',
  'policy.clause.reviews.no-change-request': 'Never ask a customer to change or remove a review.',
  'policy.clause.reviews.no-incentives': 'Never offer anything for a review or feedback, refunds included.',
  'policy.clause.feedback.reply-length': 'Keep public feedback replies short.',
  'policy.clause.feedback.reply-public': 'A public reply is not the place to talk to the buyer.',
  'policy.clause.feedback.no-pressure': 'You may say the buyer can update feedback; pressure is not allowed.',

  'policy.template.courtesy-refund.subject': 'A courtesy refund for your order',
  'policy.template.courtesy-refund.body':
    'Hello,\n\nWe are sorry that your purchase of {productTitle} did not meet your expectations. As a courtesy, we would like to offer you a full refund for this order. To accept it, simply reply to this message in your Message Center.\n\nKind regards,\n{sellerName}',
  'policy.template.customer-support.subject': 'Can we help with your purchase?',
  'policy.template.customer-support.body':
    'Hello,\n\nWe noticed that you may have had a problem with {productTitle}. We would like to help. May we contact you through Buyer-Seller Messaging? If so, please reply to this message in your Message Center.\n\nKind regards,\n{sellerName}',
} satisfies Strings;
