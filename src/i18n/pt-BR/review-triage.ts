import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Avaliação marcada como concluída e oculta. Ative “Incluir marcadas como concluídas” para vê-la.',
  'review-list.done.marked': 'Avaliação marcada como concluída.',
  'review-list.done.unmarked': 'Avaliação restaurada.',
  'review-list.bulk.saving': { one: 'Salvando {count} avaliação…', other: 'Salvando {count} avaliações…' },
  'review-list.bulk.marked': {
    one: '{count} avaliação marcada como concluída.',
    other: '{count} avaliações marcadas como concluídas.',
  },
  'review-list.bulk.restored': { one: '{count} avaliação restaurada.', other: '{count} avaliações restauradas.' },
  'review-list.bulk.failed': {
    one: '{count} avaliação não pôde ser salva e ficou como estava.',
    other: '{count} avaliações não puderam ser salvas e ficaram como estavam.',
  },
  'review-list.bulk.undone': {
    one: 'Desfeito: {count} avaliação voltou a ser como era.',
    other: 'Desfeito: {count} avaliações voltaram a ser como eram.',
  },
} satisfies Strings;
