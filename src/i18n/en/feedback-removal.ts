import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon removes feedback only when it contains obscene or profane words, contains personal data about you (e-mail addresses, full names, phone numbers), or is entirely a product review. Feedback entirely about a delivery fulfilled by Amazon is struck through instead. Speculative requests are not allowed.',
  'feedback.removal.candidates': 'What the comment appears to contain',
  'feedback.removal.no-candidates': 'The comment does not clearly meet any of Amazon’s criteria.',
  'feedback.removal.confidence.high': 'high confidence',
  'feedback.removal.confidence.medium': 'medium confidence',
  'feedback.removal.confidence.low': 'low confidence',
  'feedback.removal.pick': 'Which criterion does the feedback meet?',
  'feedback.removal.reason.personal-data': 'Contains personal data',
  'feedback.removal.reason.obscene': 'Obscene or profane language',
  'feedback.removal.reason.product-review': 'Entirely a product review',
  'feedback.removal.reason.fba-delivery': 'Entirely about a delivery fulfilled by Amazon',
  'feedback.removal.fba-only': 'Delivery feedback is struck through only for orders fulfilled by Amazon.',
  'feedback.removal.submit': 'Submit request',
  'feedback.removal.outcome.requested': 'Request received. Amazon will review the feedback.',
  'feedback.removal.outcome.denied': 'Retained: Amazon found no policy violation.',
  'feedback.removal.outcome.struck-through': 'Struck through: the feedback no longer counts toward your rating.',
  'feedback.removal.outcome.removed': 'Removed: the feedback no longer counts toward your rating.',
  'feedback.local.removal':
    'Request noted in this browser only; Amazon is not told. Request the removal in Seller Central.',
} satisfies Strings;
