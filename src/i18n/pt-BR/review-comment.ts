import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Comentário público sobre esta avaliação',
  'review-list.comment.hint':
    'Visível para todos. Sem endereços de e-mail, números de telefone, reembolsos ou ofertas: use Entrar em contato com o cliente.',
  'review-list.comment.post': 'Publicar comentário',
  'review-list.comment.posting': 'Publicando…',
  'review-list.comment.blocked': 'Corrija os erros acima antes de publicar.',
  'review-list.comment.empty': 'Escreva um comentário para publicá-lo.',
  'review-list.comment.posted': 'Comentário publicado.',
  'review-list.comment.failed': 'O comentário não foi publicado; seu texto foi mantido. {error}',
  'review-list.comment.no-findings': 'Nenhum problema de política encontrado.',
  'review-list.severity.error': 'Erro (impede a publicação)',
  'review-list.severity.warning': 'Aviso',
} satisfies Strings;
