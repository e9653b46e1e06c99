import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'Sur un avis, lorsque le focus n’est pas dans un champ de texte :',
  'review-list.shortcuts.key': 'Touche',
  'review-list.shortcuts.action': 'Action',
  'review-list.shortcuts.next': 'Avis suivant',
  'review-list.shortcuts.previous': 'Avis précédent',
  'review-list.shortcuts.select': 'Sélectionner ou désélectionner l’avis',
  'review-list.shortcuts.done': 'Marquer comme traité, ou rétablir',
  'review-list.shortcuts.comment': 'Commenter',
  'review-list.shortcuts.contact': 'Contacter le client',
  'review-list.shortcuts.help': 'Afficher ces raccourcis',
  'review-list.shortcuts.enable': 'Utiliser les raccourcis à une touche',
  'review-list.shortcuts.close': 'Fermer',
} satisfies Strings;
