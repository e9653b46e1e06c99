import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'Su una recensione, quando il focus non è in un campo di testo:',
  'review-list.shortcuts.key': 'Tasto',
  'review-list.shortcuts.action': 'Azione',
  'review-list.shortcuts.next': 'Recensione successiva',
  'review-list.shortcuts.previous': 'Recensione precedente',
  'review-list.shortcuts.select': 'Seleziona o deseleziona la recensione',
  'review-list.shortcuts.done': 'Segna come gestita o ripristina',
  'review-list.shortcuts.comment': 'Commenta',
  'review-list.shortcuts.contact': 'Contatta il cliente',
  'review-list.shortcuts.help': 'Mostra queste scorciatoie',
  'review-list.shortcuts.enable': 'Usa le scorciatoie a un tasto',
  'review-list.shortcuts.close': 'Chiudi',
} satisfies Strings;
