import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'En una reseña, cuando el foco no está en un campo de texto:',
  'review-list.shortcuts.key': 'Tecla',
  'review-list.shortcuts.action': 'Acción',
  'review-list.shortcuts.next': 'Reseña siguiente',
  'review-list.shortcuts.previous': 'Reseña anterior',
  'review-list.shortcuts.select': 'Seleccionar o deseleccionar la reseña',
  'review-list.shortcuts.done': 'Marcar como resuelta o restaurar',
  'review-list.shortcuts.comment': 'Comentar',
  'review-list.shortcuts.contact': 'Contactar con el cliente',
  'review-list.shortcuts.help': 'Mostrar estos atajos',
  'review-list.shortcuts.enable': 'Usar atajos de una sola tecla',
  'review-list.shortcuts.close': 'Cerrar',
} satisfies Strings;
