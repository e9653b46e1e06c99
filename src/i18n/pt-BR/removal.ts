import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': 'A remoção só pode ser solicitada até {days} dias após a avaliação.',
  'policy.removal-reason.already-requested': 'Já há uma solicitação de remoção pendente.',
  'policy.removal-reason.already-decided': 'A Amazon já decidiu sobre esta avaliação.',
  'policy.criterion.personal-data': 'Contém informações pessoais',
  'policy.criterion.obscene': 'Contém linguagem obscena ou ofensiva',
  'policy.criterion.product-review': 'É inteiramente uma avaliação do produto',
  'policy.criterion.fba-delivery': 'É inteiramente sobre uma entrega feita pela Amazon',
  'policy.removal.fba-message':
    'Este item foi processado pela Amazon, e nós assumimos a responsabilidade por esta experiência de entrega.',
} satisfies Strings;
