import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Opinión marcada como hecha y ocultada. Activa «Incluir las marcadas como hechas» para verla.',
  'review-list.done.marked': 'Opinión marcada como hecha.',
  'review-list.done.unmarked': 'Opinión restaurada.',
  'review-list.bulk.saving': { one: 'Guardando {count} reseña…', other: 'Guardando {count} reseñas…' },
  'review-list.bulk.marked': {
    one: '{count} reseña marcada como resuelta.',
    other: '{count} reseñas marcadas como resueltas.',
  },
  'review-list.bulk.restored': { one: '{count} reseña restaurada.', other: '{count} reseñas restauradas.' },
  'review-list.bulk.failed': {
    one: '{count} reseña no se pudo guardar y quedó como estaba.',
    other: '{count} reseñas no se pudieron guardar y quedaron como estaban.',
  },
  'review-list.bulk.undone': {
    one: 'Deshecho: {count} reseña vuelve a estar como antes.',
    other: 'Deshecho: {count} reseñas vuelven a estar como antes.',
  },
} satisfies Strings;
