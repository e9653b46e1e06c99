import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Publiczny komentarz do tej recenzji',
  'review-list.comment.hint':
    'Widoczny dla wszystkich. Bez adresów e-mail, numerów telefonów, zwrotów pieniędzy i ofert: zamiast tego użyj kontaktu z klientem.',
  'review-list.comment.post': 'Opublikuj komentarz',
  'review-list.comment.posting': 'Publikowanie…',
  'review-list.comment.blocked': 'Przed publikacją popraw powyższe błędy.',
  'review-list.comment.empty': 'Napisz komentarz, aby go opublikować.',
  'review-list.comment.posted': 'Komentarz opublikowany.',
  'review-list.comment.failed': 'Komentarz nie został opublikowany; Twój tekst został zachowany. {error}',
  'review-list.comment.no-findings': 'Nie znaleziono problemów z zasadami.',
  'review-list.severity.error': 'Błąd (blokuje publikację)',
  'review-list.severity.warning': 'Ostrzeżenie',
} satisfies Strings;
