import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
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
    'A public comment may not offer a refund or anything else (a replacement, a discount, a free product). Use Contact customer or Buyer-Seller Messaging instead.',
  'policy.lint.refund-offer-warning':
    'A public reply is not the place to offer a refund or anything else. Consider Buyer-Seller Messaging instead.',
  'policy.lint.marketing':
    'Remove the marketing: buyer messages and public comments may not promote products, ask to follow or subscribe, or carry opt-out links.',
  'policy.lint.contact-first': 'Do not ask buyers to contact you before or instead of leaving a review or feedback.',
  'policy.lint.repeat-request': 'Ask for a review or feedback only once per order: no reminders.',
  'policy.lint.abuse': 'Keep it professional: no threats, accusations against the buyer or profanity.',
  'policy.lint.personal-name': "Remove the buyer's name: public text may not carry personal data.",
  'policy.lint.handle': 'Remove the social-media handle.',
  'policy.lint.off-platform': 'Keep the conversation on Amazon: no outside channels, calls or payment accounts.',
  'policy.clause.messaging.length': 'Buyer messages must be under 4,000 characters.',
  'policy.clause.messaging.no-email': 'Buyer messages may not contain e-mail addresses.',
  'policy.clause.messaging.phone': 'Phone numbers only for warranty, carrier or manufacturer contacts.',
  'policy.clause.messaging.links': 'Links only when needed to complete the order.',
  'policy.clause.messaging.no-html': 'Buyer messages may not contain HTML.',
  'policy.clause.messaging.no-emoji': 'Buyer messages may not contain emoji.',
  'policy.clause.messaging.no-marketing': 'Buyer messages may not contain marketing or opt-out links.',
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
  'policy.clause.reviews.no-diverting':
    'Never ask buyers to contact you before or instead of leaving a review or feedback.',
  'policy.clause.messaging.one-request': 'At most one review or feedback request per order.',
  'policy.clause.messaging.no-off-platform': 'Keep buyer contact on Amazon: no outside channels or payment accounts.',
  'policy.clause.public.professional':
    'Public comments and replies stay professional: no threats, accusations or profanity.',
  'policy.clause.public.no-personal-data': 'Public text may not name the buyer or carry other personal data.',
} satisfies Strings;
