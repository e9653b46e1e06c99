import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Contacter le client n’est possible que pour les commentaires de 1 à 3 étoiles.',
  'policy.reason.not-verified-purchase': 'Le commentaire n’est pas lié à un achat vérifié.',
  'policy.reason.not-seller-of-record': 'Vous n’êtes pas le vendeur officiel de la commande liée à ce commentaire.',
  'policy.reason.no-order-date': 'La date de commande est inconnue.',
  'policy.reason.order-too-old': 'La commande date de plus d’un an.',
  'policy.reason.not-brand-representative': 'Vous n’avez pas le rôle de représentant de la marque pour cette marque.',
  'policy.reason.not-professional': 'Contacter le client nécessite un compte vendeur Professionnel.',
  'policy.reason.account-not-in-good-standing': 'Votre compte n’est pas en règle.',
  'policy.reason.already-contacted': 'Ce client a déjà été contacté au sujet de ce commentaire.',
  'policy.reason.no-edit-permission':
    'Vous avez besoin de l’autorisation Afficher et modifier pour les commentaires client.',
  'policy.reason.empty': 'Le texte est vide.',
  'policy.reason.length': 'Le texte dépasse la longueur autorisée par Amazon.',
  'policy.reason.retention-expired':
    'Ce commentaire n’apparaît plus dans les commentaires client : sa période d’affichage est terminée.',
  'policy.reason.invalid-reason': 'Amazon n’accepte pas ce motif.',
} satisfies Strings;
