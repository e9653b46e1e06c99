import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'Auf einer Bewertung, wenn der Fokus nicht in einem Textfeld ist:',
  'review-list.shortcuts.key': 'Taste',
  'review-list.shortcuts.action': 'Aktion',
  'review-list.shortcuts.next': 'Nächste Bewertung',
  'review-list.shortcuts.previous': 'Vorherige Bewertung',
  'review-list.shortcuts.select': 'Bewertung aus- oder abwählen',
  'review-list.shortcuts.done': 'Als erledigt markieren oder wiederherstellen',
  'review-list.shortcuts.comment': 'Kommentieren',
  'review-list.shortcuts.contact': 'Kunden kontaktieren',
  'review-list.shortcuts.help': 'Diese Tastenkürzel anzeigen',
  'review-list.shortcuts.enable': 'Einzeltasten-Kürzel verwenden',
  'review-list.shortcuts.close': 'Schließen',
} satisfies Strings;
