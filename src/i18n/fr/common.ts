import type { Strings } from '../types.js';

export default {
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.send': 'Envoyer',
  'common.sending': 'Envoi en cours…',
  'common.previous-page': 'Page précédente',
  'common.next-page': 'Page suivante',
  'common.page-status': '{from}–{to} sur {total}',
  'common.not-available': 'Non disponible',
  'common.error.title': 'Un problème est survenu',
  'common.config-error.title': 'Aucune source de données connectée',
  'common.config-error.body':
    '<{tag}> n’a pas d’adaptateur de données. Placez-le dans <review-kit-provider> (avec un adaptateur, une URL api ou l’attribut demo) ou définissez sa propriété adapter.',
  'common.stars': { one: '{count} étoile', other: '{count} étoiles' },
  'common.rating-of-5': '{rating} étoiles sur 5',
  'errors.network': 'Le réseau est injoignable. Vérifiez votre connexion et réessayez.',
  'errors.timeout': 'Le serveur a mis trop de temps à répondre. Réessayez.',
  'errors.unauthorized': 'Votre session a expiré. Reconnectez-vous.',
  'errors.forbidden': 'Vous n’avez pas l’autorisation de faire cela.',
  'errors.not-found': 'Cet élément n’existe plus.',
  'errors.conflict': 'C’était déjà fait ; rien n’a été envoyé deux fois.',
  'errors.policy-violation': 'Le règlement d’Amazon ne le permet pas.',
  'errors.rate-limited': 'Trop de requêtes.',
  'errors.retry-after': 'Réessayez dans {seconds} s.',
  'errors.invalid-response': 'Le serveur a envoyé des données illisibles pour le kit.',
  'errors.internal':
    'Une erreur dans le code de cette page a arrêté le kit. Rechargez la page ; si cela se reproduit, prévenez les développeurs du site.',
  'errors.server': 'Le serveur a rencontré un problème. Réessayez.',
} satisfies Strings;
