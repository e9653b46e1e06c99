import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': 'Removal can only be requested within {days} days of the feedback.',
  'policy.removal-reason.already-requested': 'A removal request is already pending.',
  'policy.removal-reason.already-decided': 'Amazon has already decided on this feedback.',
  'policy.criterion.personal-data': 'Contains personal information',
  'policy.criterion.obscene': 'Contains obscene or profane language',
  'policy.criterion.product-review': 'Is entirely a product review',
  'policy.criterion.fba-delivery': 'Is entirely about a delivery fulfilled by Amazon',
  'policy.removal.fba-message':
    'This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience.',
} satisfies Strings;
