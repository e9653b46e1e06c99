import type { Strings } from '../types.js';

/** Seller Central links (SPEC §9 capabilities 'manual') and Ask buyer to remove. */
export default {
  'sc.reply': 'Rispondi in Seller Central',
  'sc.remove-reply': 'Rimuovi la risposta in Seller Central',
  'sc.request-removal': 'Richiedi la rimozione in Seller Central',
  'sc.ask-buyer': 'Chiedi all’acquirente di rimuoverlo in Seller Central',
  'sc.comment': 'Commenta in Seller Central',
  'sc.contact': 'Contatta il cliente in Seller Central',
  'sc.new-tab': '(si apre in una nuova scheda)',
  'feedback.ask-buyer': 'Chiedi all’acquirente di rimuoverlo',
  'feedback.ask-buyer.title': 'Chiedere all’acquirente di rimuovere questo feedback?',
  'feedback.ask-buyer.body':
    'Solo dopo aver risolto il problema dell’acquirente. Amazon invia all’acquirente un proprio messaggio che gli chiede di rimuovere il feedback; puoi chiederlo una volta per ordine, senza mai offrire nulla in cambio.',
  'feedback.ask-buyer.confirm': 'Il problema è risolto: chiedi all’acquirente',
  'feedback.ask-buyer.asked-on': 'Rimozione chiesta all’acquirente il {date}',
  'feedback.ask-buyer.done': 'All’acquirente è stato chiesto di rimuovere il feedback.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon non offre, per questo ordine, il messaggio che chiede all’acquirente di rimuovere il feedback: potrebbe essere troppo tardi, essere già stato inviato o non essere più disponibile.',
  'feedback.reason.manual-only': 'Amazon non consente di farlo da qui: fallo in Seller Central.',
} satisfies Strings;
