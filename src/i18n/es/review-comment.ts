import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Comentario público sobre esta opinión',
  'review-list.comment.hint':
    'Visible para todos. Sin direcciones de correo, teléfonos, reembolsos ni ofertas: usa Contactar con el cliente en su lugar.',
  'review-list.comment.post': 'Publicar comentario',
  'review-list.comment.posting': 'Publicando…',
  'review-list.comment.blocked': 'Corrige los errores indicados arriba antes de publicar.',
  'review-list.comment.empty': 'Escribe un comentario para publicarlo.',
  'review-list.comment.posted': 'Comentario publicado.',
  'review-list.comment.failed': 'El comentario no se ha publicado; tu texto se conserva. {error}',
  'review-list.comment.no-findings': 'No se ha encontrado ningún problema.',
  'review-list.severity.error': 'Error (impide publicar)',
  'review-list.severity.warning': 'Advertencia',
} satisfies Strings;
