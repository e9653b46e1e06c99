import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Resposta pública',
  'feedback.reply.hint':
    'Todos os compradores podem ler esta resposta. Ela não muda sua classificação e não é o lugar para conversar com o comprador.',
  'feedback.reply.length': '{count} de {limit} caracteres.',
  'feedback.reply.submit': 'Publicar resposta',
  'feedback.reply.confirm.title': 'Publicar esta resposta pública?',
  'feedback.reply.confirm.body': 'Depois de publicada, a resposta não pode ser alterada. Você só pode removê-la.',
  'feedback.reply.confirm.submit': 'Publicar resposta',
  'feedback.reply.remove.title': 'Remover esta resposta?',
  'feedback.reply.remove.body': 'Sua resposta pública deixará de ser mostrada abaixo desta avaliação.',
  'feedback.reply.remove.submit': 'Remover resposta',
  'feedback.reply.posted': 'Resposta publicada.',
  'feedback.reply.removed': 'Resposta removida.',
  'feedback.lint.error': 'Corrija:',
  'feedback.lint.warning': 'Verifique:',
  'feedback.local.reply.posted': 'Resposta salva apenas neste navegador; a Amazon não é informada.',
  'feedback.local.reply.removed': 'Resposta removida apenas neste navegador; a Amazon não é informada.',
} satisfies Strings;
