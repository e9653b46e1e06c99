import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': 'O usunięcie można poprosić tylko w ciągu {days} dni od wystawienia opinii.',
  'policy.removal-reason.already-requested': 'Wniosek o usunięcie już oczekuje.',
  'policy.removal-reason.already-decided': 'Amazon już podjął decyzję w sprawie tej opinii.',
  'policy.criterion.personal-data': 'Zawiera dane osobowe',
  'policy.criterion.obscene': 'Zawiera język obsceniczny lub wulgarny',
  'policy.criterion.product-review': 'W całości jest recenzją produktu',
  'policy.criterion.fba-delivery': 'W całości dotyczy dostawy zrealizowanej przez Amazon',
  'policy.removal.fba-message':
    'Ten produkt został wysłany przez Amazon i to my ponosimy odpowiedzialność za realizację tej dostawy.',
} satisfies Strings;
