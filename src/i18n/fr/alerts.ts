import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Alertes ({count})',
  'alerts.list': 'Alertes ouvertes',
  'alerts.severity.info': 'Information',
  'alerts.severity.warning': 'Avertissement',
  'alerts.severity.critical': 'Critique',
  'alert.negative-feedback-unanswered':
    'L’évaluation {rating} étoile(s) de la commande {orderId} est sans réponse depuis {hours} heures ou plus.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} évaluation négative est sans réponse.',
    other: '{count} évaluations négatives sont sans réponse.',
  },
  'alert.critical-review-cluster': '{count} commentaires critiques sur {asin} ({product}) en {days} jours.',
  'alert.metric-near-target': '{metric} est proche de son objectif.',
  'alert.metric-over-target': '{metric} n’atteint pas son objectif.',
  'alert.metric-near-target.count': {
    one: '{count} indicateur est proche de son objectif.',
    other: '{count} indicateurs sont proches de leur objectif.',
  },
  'alert.metric-over-target.count': {
    one: '{count} indicateur n’atteint pas son objectif.',
    other: '{count} indicateurs n’atteignent pas leur objectif.',
  },
  'alert.rating-drop.ahr': 'L’évaluation de la santé du compte est passée de {from} à {to}.',
  'alert.rating-drop.feedback': 'L’évaluation vendeur est passée de {from} à {to} étoiles.',
  'alert.account-status-changed': 'Le statut du compte est passé de {from} à {to}.',
} satisfies Strings;
