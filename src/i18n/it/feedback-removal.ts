import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon rimuove un feedback solo se contiene parole oscene o volgari, dati personali che ti riguardano (indirizzi e-mail, nomi completi, numeri di telefono) o se è interamente una recensione del prodotto. Un feedback interamente sulla consegna gestita da Amazon viene invece barrato. Le richieste speculative non sono consentite.',
  'feedback.removal.candidates': 'Cosa sembra contenere il commento',
  'feedback.removal.no-candidates': 'Il commento non soddisfa chiaramente nessuno dei criteri di Amazon.',
  'feedback.removal.confidence.high': 'probabilità alta',
  'feedback.removal.confidence.medium': 'probabilità media',
  'feedback.removal.confidence.low': 'probabilità bassa',
  'feedback.removal.pick': 'Quale criterio soddisfa il feedback?',
  'feedback.removal.reason.personal-data': 'Contiene dati personali',
  'feedback.removal.reason.obscene': 'Linguaggio osceno o volgare',
  'feedback.removal.reason.product-review': 'Interamente una recensione del prodotto',
  'feedback.removal.reason.fba-delivery': 'Interamente su una consegna gestita da Amazon',
  'feedback.removal.fba-only': 'Il feedback sulla consegna viene barrato solo per gli ordini gestiti da Amazon.',
  'feedback.removal.submit': 'Invia richiesta',
  'feedback.removal.outcome.requested': 'Richiesta ricevuta. Amazon esaminerà il feedback.',
  'feedback.removal.outcome.denied': 'Mantenuto: Amazon non ha riscontrato violazioni delle norme.',
  'feedback.removal.outcome.struck-through': 'Barrato: il feedback non conta più per la tua valutazione.',
  'feedback.removal.outcome.removed': 'Rimosso: il feedback non conta più per la tua valutazione.',
  'feedback.local.removal':
    'Richiesta annotata solo in questo browser; Amazon non ne viene informata. Chiedi la rimozione in Seller Central.',
} satisfies Strings;
