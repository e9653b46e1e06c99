import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon supprime un commentaire uniquement s’il contient des mots obscènes ou grossiers, des données personnelles vous concernant (adresses e-mail, noms complets, numéros de téléphone) ou s’il s’agit entièrement d’un avis sur le produit. Un commentaire portant entièrement sur une livraison expédiée par Amazon est barré à la place. Les demandes spéculatives ne sont pas autorisées.',
  'feedback.removal.candidates': 'Ce que le commentaire semble contenir',
  'feedback.removal.no-candidates': 'Le commentaire ne remplit clairement aucun des critères d’Amazon.',
  'feedback.removal.confidence.high': 'probabilité élevée',
  'feedback.removal.confidence.medium': 'probabilité moyenne',
  'feedback.removal.confidence.low': 'probabilité faible',
  'feedback.removal.pick': 'Quel critère le commentaire remplit-il ?',
  'feedback.removal.reason.personal-data': 'Contient des données personnelles',
  'feedback.removal.reason.obscene': 'Langage obscène ou grossier',
  'feedback.removal.reason.product-review': 'Entièrement un avis sur le produit',
  'feedback.removal.reason.fba-delivery': 'Entièrement sur une livraison expédiée par Amazon',
  'feedback.removal.fba-only':
    'Un commentaire sur la livraison n’est barré que pour les commandes expédiées par Amazon.',
  'feedback.removal.submit': 'Envoyer la demande',
  'feedback.removal.outcome.requested': 'Demande reçue. Amazon va examiner le commentaire.',
  'feedback.removal.outcome.denied': 'Conservé : Amazon n’a constaté aucune violation des règles.',
  'feedback.removal.outcome.struck-through': 'Barré : le commentaire ne compte plus dans votre évaluation.',
  'feedback.removal.outcome.removed': 'Supprimé : le commentaire ne compte plus dans votre évaluation.',
  'feedback.local.removal':
    'Demande notée dans ce navigateur uniquement ; Amazon n’en est pas informé. Demandez la suppression dans Seller Central.',
} satisfies Strings;
