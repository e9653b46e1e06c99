import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Recensione contrassegnata come completata e nascosta. Attiva «Includi contrassegnate come completate» per vederla.',
  'review-list.done.marked': 'Recensione contrassegnata come completata.',
  'review-list.done.unmarked': 'Recensione ripristinata.',
  'review-list.bulk.saving': { one: 'Salvataggio di {count} recensione…', other: 'Salvataggio di {count} recensioni…' },
  'review-list.bulk.marked': {
    one: '{count} recensione segnata come gestita.',
    other: '{count} recensioni segnate come gestite.',
  },
  'review-list.bulk.restored': { one: '{count} recensione ripristinata.', other: '{count} recensioni ripristinate.' },
  'review-list.bulk.failed': {
    one: '{count} recensione non è stata salvata ed è rimasta com’era.',
    other: '{count} recensioni non sono state salvate e sono rimaste com’erano.',
  },
  'review-list.bulk.undone': {
    one: 'Annullato: {count} recensione è tornata com’era.',
    other: 'Annullato: {count} recensioni sono tornate com’erano.',
  },
} satisfies Strings;
