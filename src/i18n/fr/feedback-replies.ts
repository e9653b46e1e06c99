import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Réponse publique',
  'feedback.reply.hint':
    'Tous les clients peuvent lire cette réponse. Elle ne modifie pas votre évaluation et ne sert pas à échanger avec l’acheteur.',
  'feedback.reply.length': '{count} caractères sur {limit}.',
  'feedback.reply.submit': 'Publier la réponse',
  'feedback.reply.confirm.title': 'Publier cette réponse publique ?',
  'feedback.reply.confirm.body':
    'Une fois publiée, une réponse ne peut plus être modifiée. Vous pouvez seulement la supprimer.',
  'feedback.reply.confirm.submit': 'Publier la réponse',
  'feedback.reply.remove.title': 'Supprimer cette réponse ?',
  'feedback.reply.remove.body': 'Votre réponse publique ne sera plus affichée sous ce commentaire.',
  'feedback.reply.remove.submit': 'Supprimer la réponse',
  'feedback.reply.posted': 'Réponse publiée.',
  'feedback.reply.removed': 'Réponse supprimée.',
  'feedback.lint.error': 'À corriger :',
  'feedback.lint.warning': 'À vérifier :',
  'feedback.local.reply.posted': 'Réponse enregistrée dans ce navigateur uniquement ; Amazon n’en est pas informé.',
  'feedback.local.reply.removed': 'Réponse supprimée dans ce navigateur uniquement ; Amazon n’en est pas informé.',
} satisfies Strings;
