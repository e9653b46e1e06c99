import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': 'La rimozione si può richiedere solo entro {days} giorni dal feedback.',
  'policy.removal-reason.already-requested': 'È già in corso una richiesta di rimozione.',
  'policy.removal-reason.already-decided': 'Amazon ha già deciso su questo feedback.',
  'policy.criterion.personal-data': 'Contiene informazioni personali',
  'policy.criterion.obscene': 'Contiene linguaggio osceno o volgare',
  'policy.criterion.product-review': 'È interamente una recensione del prodotto',
  'policy.criterion.fba-delivery': 'Riguarda interamente una consegna gestita da Amazon',
  'policy.removal.fba-message':
    'Questo articolo è stato spedito da Amazon, che si assume la responsabilità di questa esperienza di evasione dell’ordine.',
} satisfies Strings;
