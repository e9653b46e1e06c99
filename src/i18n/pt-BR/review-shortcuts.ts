import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'Em uma avaliação, quando o foco não está em um campo de texto:',
  'review-list.shortcuts.key': 'Tecla',
  'review-list.shortcuts.action': 'Ação',
  'review-list.shortcuts.next': 'Próxima avaliação',
  'review-list.shortcuts.previous': 'Avaliação anterior',
  'review-list.shortcuts.select': 'Selecionar ou desmarcar a avaliação',
  'review-list.shortcuts.done': 'Marcar como concluída ou restaurar',
  'review-list.shortcuts.comment': 'Comentar',
  'review-list.shortcuts.contact': 'Entrar em contato com o cliente',
  'review-list.shortcuts.help': 'Mostrar estes atalhos',
  'review-list.shortcuts.enable': 'Usar atalhos de uma tecla',
  'review-list.shortcuts.close': 'Fechar',
} satisfies Strings;
