import type { Strings } from '../types.js';

export default {
  'contact.title': 'Contacter le client',
  'contact.reason.legend': 'Motif de la prise de contact',
  'contact.reason.courtesy-refund': 'Remboursement à titre commercial',
  'contact.reason.courtesy-refund.hint': 'Propose au client un remboursement intégral.',
  'contact.reason.customer-support': 'Service client',
  'contact.reason.customer-support.hint':
    'Demande au client l’autorisation de le contacter via la messagerie acheteur-vendeur.',
  'contact.preview.title': 'Aperçu du message',
  'contact.preview.note': 'Amazon envoie ce message à partir d’un modèle fixe. Il ne peut pas être modifié.',
  'contact.preview.subject': 'Objet',
  'contact.preview.unavailable': 'Le texte de ce modèle n’est pas disponible.',
  'contact.review.product': 'Produit',
  'contact.review.rating': 'Note',
  'contact.review.title': 'Titre du commentaire',
  'contact.loading': 'Chargement du commentaire…',
  'contact.no-review': 'Aucun commentaire n’a été transmis à cette boîte de dialogue.',
  'contact.ineligible.title': 'Impossible de contacter le client',
  'contact.ineligible.intro':
    'Amazon n’autorise la prise de contact que si toutes les conditions sont remplies. Non remplies :',
  'contact.sent.title': 'Message envoyé',
  'contact.sent.body':
    'Amazon a envoyé le message « {reason} » le {date}. Le client le voit dans son centre de messagerie ; les réponses arrivent comme messages acheteur-vendeur.',
  'contact.failed.title': 'Le message n’a pas été envoyé',
  'contact.failed.retry':
    'Votre choix est conservé. Sélectionnez Envoyer pour réessayer ; le message ne sera jamais envoyé deux fois.',
  'contact.conflict.title': 'Client déjà contacté',
  'contact.conflict.body':
    'Ce client a déjà été contacté au sujet de ce commentaire. Amazon autorise un seul contact par commentaire ; rien de plus n’a été envoyé.',

  'policy.template.courtesy-refund.subject': 'Un remboursement à titre commercial pour votre commande',
  'policy.template.courtesy-refund.body':
    'Bonjour,\n\nNous sommes désolés que votre achat de {productTitle} n’ait pas répondu à vos attentes. À titre commercial, nous souhaitons vous proposer un remboursement intégral de cette commande. Pour l’accepter, répondez simplement à ce message depuis votre Centre de messagerie.\n\nCordialement,\n{sellerName}',
  'policy.template.customer-support.subject': 'Pouvons-nous vous aider avec votre achat ?',
  'policy.template.customer-support.body':
    'Bonjour,\n\nNous avons remarqué que vous avez peut-être rencontré un problème avec {productTitle}. Nous aimerions vous aider. Pouvons-nous vous contacter via la messagerie acheteur-vendeur ? Si oui, répondez à ce message depuis votre Centre de messagerie.\n\nCordialement,\n{sellerName}',
} satisfies Strings;
