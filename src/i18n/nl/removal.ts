import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': 'Verwijdering kan alleen binnen {days} dagen na de feedback worden aangevraagd.',
  'policy.removal-reason.already-requested': 'Er loopt al een verwijderingsverzoek.',
  'policy.removal-reason.already-decided': 'Amazon heeft al over deze feedback beslist.',
  'policy.criterion.personal-data': 'Bevat persoonlijke gegevens',
  'policy.criterion.obscene': 'Bevat obscene of grove taal',
  'policy.criterion.product-review': 'Is volledig een productrecensie',
  'policy.criterion.fba-delivery': 'Gaat volledig over een door Amazon uitgevoerde levering',
  'policy.removal.fba-message':
    'Dit item is door Amazon verzonden en wij nemen de verantwoordelijkheid voor deze leveringservaring.',
} satisfies Strings;
