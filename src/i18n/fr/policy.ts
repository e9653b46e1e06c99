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

  'policy.lint.length': 'Trop long : {length} caractères, la limite est de {limit}.',
  'policy.lint.email': 'Supprimez l’adresse e-mail.',
  'policy.lint.phone': 'Supprimez le numéro de téléphone.',
  'policy.lint.phone-warning':
    'Les numéros de téléphone ne sont autorisés que pour la garantie, le transporteur ou le fabricant.',
  'policy.lint.url': 'Supprimez le lien.',
  'policy.lint.url-warning': 'Les liens ne sont autorisés que s’ils sont nécessaires pour finaliser la commande.',
  'policy.lint.html': 'Supprimez le code HTML.',
  'policy.lint.emoji': 'Supprimez les emoji : les messages aux acheteurs ne peuvent pas en contenir.',
  'policy.lint.ask-positive':
    'Ne demandez pas de commentaires ou d’évaluations positifs, ni uniquement aux acheteurs satisfaits.',
  'policy.lint.review-change': 'Ne demandez jamais à un client de modifier, mettre à jour ou supprimer un commentaire.',
  'policy.lint.feedback-pressure':
    'Ne demandez pas à l’acheteur de modifier ou supprimer son évaluation. Vous pouvez seulement dire qu’il peut la mettre à jour.',
  'policy.lint.incentive': 'N’offrez rien, remboursement compris, en échange d’un commentaire ou d’une évaluation.',
  'policy.lint.refund-offer':
    'Un commentaire public ne peut pas proposer de remboursement. Utilisez Contacter le client ou la messagerie acheteur-vendeur.',
  'policy.lint.refund-offer-warning':
    'Une réponse publique n’est pas l’endroit pour proposer un remboursement. Préférez la messagerie acheteur-vendeur.',

  'policy.clause.messaging.length': 'Les messages aux acheteurs doivent faire moins de 4 000 caractères.',
  'policy.clause.messaging.no-email': 'Les messages aux acheteurs ne peuvent pas contenir d’adresses e-mail.',
  'policy.clause.messaging.phone': 'Numéros de téléphone uniquement pour la garantie, le transporteur ou le fabricant.',
  'policy.clause.messaging.links': 'Liens uniquement s’ils sont nécessaires pour finaliser la commande.',
  'policy.clause.messaging.no-html': 'Les messages aux acheteurs ne peuvent pas contenir de HTML.',
  'policy.clause.messaging.no-emoji': 'Les messages aux acheteurs ne peuvent pas contenir d’emoji.',
  'policy.clause.reviews.comment-length': 'Les réponses aux commentaires doivent rester courtes.',
  'policy.clause.reviews.comment-no-contact':
    'Les réponses publiques ne peuvent pas contenir d’adresses e-mail ni de numéros de téléphone.',
  'policy.clause.reviews.comment-no-promotion':
    'Les réponses publiques ne peuvent pas contenir de promotions ni de liens.',
  'policy.clause.reviews.comment-no-refund':
    'Les réponses publiques ne peuvent proposer ni remboursement ni autre chose.',
  'policy.clause.reviews.no-positive-request':
    'Ne jamais demander de commentaires ou d’évaluations positifs, ni uniquement aux clients satisfaits.',
  'policy.clause.reviews.no-change-request': 'Ne jamais demander de modifier ou de supprimer un commentaire.',
  'policy.clause.reviews.no-incentives':
    'Ne jamais rien offrir pour un commentaire ou une évaluation, remboursement compris.',
  'policy.clause.feedback.reply-length': 'Les réponses publiques aux évaluations doivent rester courtes.',
  'policy.clause.feedback.reply-public': 'Une réponse publique n’est pas l’endroit pour discuter avec l’acheteur.',
  'policy.clause.feedback.no-pressure':
    'Vous pouvez dire que l’acheteur peut mettre à jour son évaluation ; toute pression est interdite.',

  'policy.template.courtesy-refund.subject': 'Un remboursement à titre commercial pour votre commande',
  'policy.template.courtesy-refund.body':
    'Bonjour,\n\nNous sommes désolés que votre achat de {productTitle} n’ait pas répondu à vos attentes. À titre commercial, nous souhaitons vous proposer un remboursement intégral de cette commande. Pour l’accepter, répondez simplement à ce message depuis votre Centre de messagerie.\n\nCordialement,\n{sellerName}',
  'policy.template.customer-support.subject': 'Pouvons-nous vous aider avec votre achat ?',
  'policy.template.customer-support.body':
    'Bonjour,\n\nNous avons remarqué que vous avez peut-être rencontré un problème avec {productTitle}. Nous aimerions vous aider. Pouvons-nous vous contacter via la messagerie acheteur-vendeur ? Si oui, répondez à ce message depuis votre Centre de messagerie.\n\nCordialement,\n{sellerName}',
} satisfies Strings;
