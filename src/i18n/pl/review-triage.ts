import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Recenzja oznaczona jako załatwiona i ukryta. Włącz „Uwzględnij oznaczone jako załatwione”, aby ją zobaczyć.',
  'review-list.done.marked': 'Recenzja oznaczona jako załatwiona.',
  'review-list.done.unmarked': 'Recenzja przywrócona.',
  'review-list.bulk.saving': {
    one: 'Zapisywanie {count} recenzji…',
    few: 'Zapisywanie {count} recenzji…',
    many: 'Zapisywanie {count} recenzji…',
    other: 'Zapisywanie {count} recenzji…',
  },
  'review-list.bulk.marked': {
    one: '{count} recenzja oznaczona jako załatwiona.',
    few: '{count} recenzje oznaczone jako załatwione.',
    many: '{count} recenzji oznaczono jako załatwione.',
    other: '{count} recenzji oznaczono jako załatwione.',
  },
  'review-list.bulk.restored': {
    one: '{count} recenzja przywrócona.',
    few: '{count} recenzje przywrócone.',
    many: '{count} recenzji przywrócono.',
    other: '{count} recenzji przywrócono.',
  },
  'review-list.bulk.failed': {
    one: '{count} recenzji nie udało się zapisać i pozostała bez zmian.',
    few: '{count} recenzji nie udało się zapisać i pozostały bez zmian.',
    many: '{count} recenzji nie udało się zapisać i pozostały bez zmian.',
    other: '{count} recenzji nie udało się zapisać i pozostały bez zmian.',
  },
  'review-list.bulk.undone': {
    one: 'Cofnięto: {count} recenzja jest znów taka jak wcześniej.',
    few: 'Cofnięto: {count} recenzje są znów takie jak wcześniej.',
    many: 'Cofnięto: {count} recenzji jest znów takich jak wcześniej.',
    other: 'Cofnięto: {count} recenzji jest znów takich jak wcześniej.',
  },
} satisfies Strings;
