import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'Op een recensie, als de focus niet in een tekstveld staat:',
  'review-list.shortcuts.key': 'Toets',
  'review-list.shortcuts.action': 'Actie',
  'review-list.shortcuts.next': 'Volgende recensie',
  'review-list.shortcuts.previous': 'Vorige recensie',
  'review-list.shortcuts.select': 'Recensie selecteren of deselecteren',
  'review-list.shortcuts.done': 'Markeren als afgehandeld, of terugzetten',
  'review-list.shortcuts.comment': 'Reageren',
  'review-list.shortcuts.contact': 'Contact opnemen met klant',
  'review-list.shortcuts.help': 'Deze sneltoetsen tonen',
  'review-list.shortcuts.enable': 'Sneltoetsen met één toets gebruiken',
  'review-list.shortcuts.close': 'Sluiten',
} satisfies Strings;
