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

  'policy.removal-reason.too-old':
    'La suppression ne peut être demandée que dans les {days} jours suivant l’évaluation.',
  'policy.removal-reason.already-requested': 'Une demande de suppression est déjà en cours.',
  'policy.removal-reason.already-decided': 'Amazon a déjà statué sur cette évaluation.',

  'policy.criterion.personal-data': 'Contient des informations personnelles',
  'policy.criterion.obscene': 'Contient des propos obscènes ou grossiers',
  'policy.criterion.product-review': 'Porte entièrement sur le produit',
  'policy.criterion.fba-delivery': 'Porte entièrement sur une livraison expédiée par Amazon',

  'policy.removal.fba-message':
    'Cet article a été expédié par Amazon, et nous assumons la responsabilité de cette expérience d’expédition.',

  'policy.template.courtesy-refund.subject': 'Un remboursement à titre commercial pour votre commande',
  'policy.template.courtesy-refund.body':
    'Bonjour,\n\nNous sommes désolés que votre achat de {productTitle} n’ait pas répondu à vos attentes. À titre commercial, nous souhaitons vous proposer un remboursement intégral de cette commande. Pour l’accepter, répondez simplement à ce message depuis votre Centre de messagerie.\n\nCordialement,\n{sellerName}',
  'policy.template.customer-support.subject': 'Pouvons-nous vous aider avec votre achat ?',
  'policy.template.customer-support.body':
    'Bonjour,\n\nNous avons remarqué que vous avez peut-être rencontré un problème avec {productTitle}. Nous aimerions vous aider. Pouvons-nous vous contacter via la messagerie acheteur-vendeur ? Si oui, répondez à ce message depuis votre Centre de messagerie.\n\nCordialement,\n{sellerName}',
} satisfies Strings;
