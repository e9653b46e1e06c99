import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'Na recenzji, gdy fokus nie jest w polu tekstowym:',
  'review-list.shortcuts.key': 'Klawisz',
  'review-list.shortcuts.action': 'Działanie',
  'review-list.shortcuts.next': 'Następna recenzja',
  'review-list.shortcuts.previous': 'Poprzednia recenzja',
  'review-list.shortcuts.select': 'Zaznacz lub odznacz recenzję',
  'review-list.shortcuts.done': 'Oznacz jako załatwione lub przywróć',
  'review-list.shortcuts.comment': 'Skomentuj',
  'review-list.shortcuts.contact': 'Skontaktuj się z klientem',
  'review-list.shortcuts.help': 'Pokaż te skróty',
  'review-list.shortcuts.enable': 'Używaj skrótów jednoklawiszowych',
  'review-list.shortcuts.close': 'Zamknij',
} satisfies Strings;
