import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'På en recension, när fokus inte är i ett textfält:',
  'review-list.shortcuts.key': 'Tangent',
  'review-list.shortcuts.action': 'Åtgärd',
  'review-list.shortcuts.next': 'Nästa recension',
  'review-list.shortcuts.previous': 'Föregående recension',
  'review-list.shortcuts.select': 'Välj eller avmarkera recensionen',
  'review-list.shortcuts.done': 'Markera som klar, eller återställ',
  'review-list.shortcuts.comment': 'Kommentera',
  'review-list.shortcuts.contact': 'Kontakta kund',
  'review-list.shortcuts.help': 'Visa de här kortkommandona',
  'review-list.shortcuts.enable': 'Använd kortkommandon med en tangent',
  'review-list.shortcuts.close': 'Stäng',
} satisfies Strings;
