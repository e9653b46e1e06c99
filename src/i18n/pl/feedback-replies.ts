import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Publiczna odpowiedź',
  'feedback.reply.hint':
    'Każdy kupujący może przeczytać tę odpowiedź. Nie zmienia ona Twojej oceny i nie służy do rozmowy z kupującym.',
  'feedback.reply.length': '{count} z {limit} znaków.',
  'feedback.reply.submit': 'Opublikuj odpowiedź',
  'feedback.reply.confirm.title': 'Opublikować tę publiczną odpowiedź?',
  'feedback.reply.confirm.body': 'Opublikowanej odpowiedzi nie można zmienić. Można ją tylko usunąć.',
  'feedback.reply.confirm.submit': 'Opublikuj odpowiedź',
  'feedback.reply.remove.title': 'Usunąć tę odpowiedź?',
  'feedback.reply.remove.body': 'Twoja publiczna odpowiedź nie będzie już wyświetlana pod tą opinią.',
  'feedback.reply.remove.submit': 'Usuń odpowiedź',
  'feedback.reply.posted': 'Odpowiedź opublikowana.',
  'feedback.reply.removed': 'Odpowiedź usunięta.',
  'feedback.lint.error': 'Do poprawienia:',
  'feedback.lint.warning': 'Sprawdź:',
  'feedback.local.reply.posted': 'Odpowiedź zapisana tylko w tej przeglądarce; Amazon o niej nie wie.',
  'feedback.local.reply.removed': 'Odpowiedź usunięta tylko w tej przeglądarce; Amazon o tym nie wie.',
} satisfies Strings;
