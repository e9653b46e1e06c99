import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': 'Borttagning kan bara begäras inom {days} dagar från feedbacken.',
  'policy.removal-reason.already-requested': 'En begäran om borttagning väntar redan.',
  'policy.removal-reason.already-decided': 'Amazon har redan fattat beslut om den här feedbacken.',
  'policy.criterion.personal-data': 'Innehåller personlig information',
  'policy.criterion.obscene': 'Innehåller obscent eller svordomsfullt språk',
  'policy.criterion.product-review': 'Är helt en produktrecension',
  'policy.criterion.fba-delivery': 'Handlar helt om en leverans som Amazon skött',
  'policy.removal.fba-message': 'Artikeln skickades av Amazon och vi tar ansvar för den här leveransupplevelsen.',
} satisfies Strings;
