import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Commentaire public sur cet avis',
  'review-list.comment.hint':
    'Visible par tous. Pas d’adresse e-mail, de numéro de téléphone, de remboursement ni d’offre : utilisez plutôt Contacter le client.',
  'review-list.comment.post': 'Publier le commentaire',
  'review-list.comment.posting': 'Publication…',
  'review-list.comment.blocked': 'Corrigez les erreurs ci-dessus avant de publier.',
  'review-list.comment.empty': 'Écrivez un commentaire pour le publier.',
  'review-list.comment.posted': 'Commentaire publié.',
  'review-list.comment.failed': 'Le commentaire n’a pas été publié ; votre texte est conservé. {error}',
  'review-list.comment.no-findings': 'Aucun problème détecté.',
  'review-list.severity.error': 'Erreur (bloque la publication)',
  'review-list.severity.warning': 'Avertissement',
} satisfies Strings;
