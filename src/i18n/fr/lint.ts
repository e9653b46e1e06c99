import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
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
    'Un commentaire public ne peut proposer ni remboursement ni quoi que ce soit d’autre (remplacement, réduction, produit gratuit). Utilisez Contacter le client ou la messagerie acheteur-vendeur.',
  'policy.lint.refund-offer-warning':
    'Une réponse publique n’est pas l’endroit pour proposer un remboursement ou quoi que ce soit d’autre. Préférez la messagerie acheteur-vendeur.',
  'policy.lint.marketing':
    'Supprimez le contenu marketing : les messages aux acheteurs et les commentaires publics ne peuvent pas promouvoir de produits, inviter à suivre ou à s’abonner, ni contenir de lien de désabonnement.',
  'policy.lint.contact-first':
    'Ne demandez pas aux acheteurs de vous contacter avant de laisser un avis ou une évaluation, ou à la place.',
  'policy.lint.repeat-request': 'Ne demandez un avis ou une évaluation qu’une fois par commande : pas de relance.',
  'policy.lint.abuse': "Restez professionnel : ni menaces, ni accusations contre l'acheteur, ni grossièretés.",
  'policy.lint.personal-name':
    "Retirez le nom de l'acheteur : un texte public ne peut pas contenir de données personnelles.",
  'policy.lint.handle': 'Retirez le compte de réseau social.',
  'policy.lint.off-platform': "Restez sur Amazon : pas d'autres canaux, d'appels ni de comptes de paiement.",
  'policy.lint.fix.apply': 'Appliquer',
  'policy.lint.fix.replace': 'Réécriture suggérée : « {replacement} »',
  'policy.lint.fix.remove': 'Correction suggérée : le supprimer.',
  'policy.lint.fix.apply-replace': 'Appliquer : remplacer « {text} » par « {replacement} »',
  'policy.lint.fix.apply-remove': 'Appliquer : supprimer « {text} »',
  'policy.lint.fix.applied': 'Suggestion appliquée ; le texte a été vérifié à nouveau.',
  'policy.clause.messaging.length': 'Les messages aux acheteurs doivent faire moins de 4 000 caractères.',
  'policy.clause.messaging.no-email': 'Les messages aux acheteurs ne peuvent pas contenir d’adresses e-mail.',
  'policy.clause.messaging.phone': 'Numéros de téléphone uniquement pour la garantie, le transporteur ou le fabricant.',
  'policy.clause.messaging.links': 'Liens uniquement s’ils sont nécessaires pour finaliser la commande.',
  'policy.clause.messaging.no-html': 'Les messages aux acheteurs ne peuvent pas contenir de HTML.',
  'policy.clause.messaging.no-emoji': 'Les messages aux acheteurs ne peuvent pas contenir d’emoji.',
  'policy.clause.messaging.no-marketing':
    'Les messages aux acheteurs ne peuvent contenir ni marketing ni lien de désabonnement.',
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
  'policy.clause.reviews.no-diverting':
    "Ne jamais demander d'être contacté avant ou à la place d'un avis ou d'une évaluation.",
  'policy.clause.messaging.one-request': "Au plus une demande d'avis ou d'évaluation par commande.",
  'policy.clause.messaging.no-off-platform':
    "Le contact avec l'acheteur reste sur Amazon : pas d'autres canaux ni de comptes de paiement.",
  'policy.clause.public.professional':
    'Les commentaires et réponses publics restent professionnels : ni menaces, ni accusations, ni grossièretés.',
  'policy.clause.public.no-personal-data':
    "Un texte public ne peut pas nommer l'acheteur ni contenir d'autres données personnelles.",
} satisfies Strings;
