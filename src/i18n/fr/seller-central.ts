import type { Strings } from '../types.js';

/** Seller Central links (SPEC §9 capabilities 'manual') and Ask buyer to remove. */
export default {
  'sc.reply': 'Répondre dans Seller Central',
  'sc.remove-reply': 'Supprimer la réponse dans Seller Central',
  'sc.request-removal': 'Demander la suppression dans Seller Central',
  'sc.ask-buyer': 'Demander à l’acheteur de le retirer dans Seller Central',
  'sc.comment': 'Commenter dans Seller Central',
  'sc.contact': 'Contacter le client dans Seller Central',
  'sc.new-tab': '(s’ouvre dans un nouvel onglet)',
  'feedback.ask-buyer': 'Demander à l’acheteur de le retirer',
  'feedback.ask-buyer.title': 'Demander à l’acheteur de retirer cette évaluation ?',
  'feedback.ask-buyer.body':
    'Seulement une fois le problème de l’acheteur résolu. Amazon envoie à l’acheteur son propre message lui demandant de retirer l’évaluation ; vous pouvez le demander une fois par commande, sans jamais rien offrir en échange.',
  'feedback.ask-buyer.confirm': 'Le problème est résolu : demander à l’acheteur',
  'feedback.ask-buyer.asked-on': 'Retrait demandé à l’acheteur le {date}',
  'feedback.ask-buyer.done': 'L’acheteur a été invité à retirer l’évaluation.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon ne propose pas, pour cette commande, son message demandant à l’acheteur de retirer l’évaluation : il est peut-être trop tard, le message a déjà été envoyé ou n’est plus proposé.',
  'feedback.reason.manual-only': 'Amazon ne permet pas de le faire d’ici : faites-le dans Seller Central.',
} satisfies Strings;
