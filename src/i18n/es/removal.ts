import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old':
    'La eliminación solo se puede solicitar en los {days} días siguientes a la valoración.',
  'policy.removal-reason.already-requested': 'Ya hay una solicitud de eliminación pendiente.',
  'policy.removal-reason.already-decided': 'Amazon ya ha resuelto sobre esta valoración.',
  'policy.criterion.personal-data': 'Contiene información personal',
  'policy.criterion.obscene': 'Contiene lenguaje obsceno o grosero',
  'policy.criterion.product-review': 'Es por completo una reseña del producto',
  'policy.criterion.fba-delivery': 'Trata por completo de una entrega gestionada por Amazon',
  'policy.removal.fba-message':
    'Este producto lo ha enviado Amazon, y asumimos la responsabilidad de esta experiencia de envío.',
} satisfies Strings;
