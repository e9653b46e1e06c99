import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old':
    'La suppression ne peut être demandée que dans les {days} jours suivant l’évaluation.',
  'policy.removal-reason.already-requested': 'Une demande de suppression est déjà en cours.',
  'policy.removal-reason.already-decided': 'Amazon a déjà statué sur cette évaluation.',
  'policy.criterion.personal-data': 'Contient des informations personnelles',
  'policy.criterion.obscene': 'Contient des propos obscènes ou grossiers',
  'policy.criterion.product-review': 'Porte entièrement sur le produit',
  'policy.criterion.fba-delivery': 'Porte entièrement sur une livraison expédiée par Amazon',
  'policy.removal.fba-message':
    'Cet article a été expédié par Amazon, et nous assumons la responsabilité de cette expérience d’expédition.',
} satisfies Strings;
