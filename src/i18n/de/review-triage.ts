import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Rezension als erledigt markiert und ausgeblendet. Aktivieren Sie „Als erledigt markierte einschließen“, um sie zu sehen.',
  'review-list.done.marked': 'Rezension als erledigt markiert.',
  'review-list.done.unmarked': 'Rezension wiederhergestellt.',
  'review-list.bulk.saving': {
    one: '{count} Bewertung wird gespeichert…',
    other: '{count} Bewertungen werden gespeichert…',
  },
  'review-list.bulk.marked': {
    one: '{count} Bewertung als erledigt markiert.',
    other: '{count} Bewertungen als erledigt markiert.',
  },
  'review-list.bulk.restored': {
    one: '{count} Bewertung wiederhergestellt.',
    other: '{count} Bewertungen wiederhergestellt.',
  },
  'review-list.bulk.failed': {
    one: '{count} Bewertung konnte nicht gespeichert werden und bleibt unverändert.',
    other: '{count} Bewertungen konnten nicht gespeichert werden und bleiben unverändert.',
  },
  'review-list.bulk.undone': {
    one: 'Rückgängig gemacht: {count} Bewertung ist wieder wie vorher.',
    other: 'Rückgängig gemacht: {count} Bewertungen sind wieder wie vorher.',
  },
} satisfies Strings;
