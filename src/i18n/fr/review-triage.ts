import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Avis marqué comme traité et masqué. Activez « Inclure les avis marqués comme traités » pour le voir.',
  'review-list.done.marked': 'Avis marqué comme traité.',
  'review-list.done.unmarked': 'Avis rétabli.',
  'review-list.bulk.saving': { one: 'Enregistrement de {count} avis…', other: 'Enregistrement de {count} avis…' },
  'review-list.bulk.marked': { one: '{count} avis marqué comme traité.', other: '{count} avis marqués comme traités.' },
  'review-list.bulk.restored': { one: '{count} avis rétabli.', other: '{count} avis rétablis.' },
  'review-list.bulk.failed': {
    one: '{count} avis n’a pas pu être enregistré et reste inchangé.',
    other: '{count} avis n’ont pas pu être enregistrés et restent inchangés.',
  },
  'review-list.bulk.undone': {
    one: 'Annulé : {count} avis est revenu à son état précédent.',
    other: 'Annulé : {count} avis sont revenus à leur état précédent.',
  },
} satisfies Strings;
