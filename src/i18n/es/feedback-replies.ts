import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Respuesta pública',
  'feedback.reply.hint':
    'Todos los clientes pueden leer esta respuesta. No cambia tu valoración y no es el lugar para hablar con el comprador.',
  'feedback.reply.length': '{count} de {limit} caracteres.',
  'feedback.reply.submit': 'Publicar respuesta',
  'feedback.reply.confirm.title': '¿Publicar esta respuesta pública?',
  'feedback.reply.confirm.body': 'Una vez publicada, la respuesta no se puede cambiar. Solo se puede eliminar.',
  'feedback.reply.confirm.submit': 'Publicar respuesta',
  'feedback.reply.remove.title': '¿Eliminar esta respuesta?',
  'feedback.reply.remove.body': 'Tu respuesta pública dejará de mostrarse debajo de esta opinión.',
  'feedback.reply.remove.submit': 'Eliminar respuesta',
  'feedback.reply.posted': 'Respuesta publicada.',
  'feedback.reply.removed': 'Respuesta eliminada.',
  'feedback.lint.error': 'Hay que corregir:',
  'feedback.lint.warning': 'Revisa:',
  'feedback.local.reply.posted': 'Respuesta guardada solo en este navegador; Amazon no recibe nada.',
  'feedback.local.reply.removed': 'Respuesta eliminada solo en este navegador; Amazon no recibe nada.',
} satisfies Strings;
