import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old':
    'Die Entfernung kann nur innerhalb von {days} Tagen nach dem Feedback beantragt werden.',
  'policy.removal-reason.already-requested': 'Ein Antrag auf Entfernung liegt bereits vor.',
  'policy.removal-reason.already-decided': 'Amazon hat über dieses Feedback bereits entschieden.',
  'policy.criterion.personal-data': 'Enthält personenbezogene Daten',
  'policy.criterion.obscene': 'Enthält obszöne oder vulgäre Sprache',
  'policy.criterion.product-review': 'Ist ausschließlich eine Produktrezension',
  'policy.criterion.fba-delivery': 'Betrifft ausschließlich eine Lieferung durch Amazon',
  'policy.removal.fba-message':
    'Dieser Artikel wurde von Amazon versandt, und wir übernehmen die Verantwortung für diese Versanderfahrung.',
} satisfies Strings;
