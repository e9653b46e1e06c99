import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Alertas ({count})',
  'alerts.list': 'Alertas abiertas',
  'alerts.severity.info': 'Información',
  'alerts.severity.warning': 'Advertencia',
  'alerts.severity.critical': 'Crítico',
  'alert.negative-feedback-unanswered':
    'La valoración de {rating} estrellas del pedido {orderId} lleva {hours} horas o más sin respuesta.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} valoración negativa no tiene respuesta.',
    other: '{count} valoraciones negativas no tienen respuesta.',
  },
  'alert.critical-review-cluster': '{count} reseñas críticas de {asin} ({product}) en {days} días.',
  'alert.metric-near-target': '{metric} está cerca de su objetivo.',
  'alert.metric-over-target': '{metric} no cumple su objetivo.',
  'alert.metric-near-target.count': {
    one: '{count} métrica está cerca de su objetivo.',
    other: '{count} métricas están cerca de su objetivo.',
  },
  'alert.metric-over-target.count': {
    one: '{count} métrica no cumple su objetivo.',
    other: '{count} métricas no cumplen su objetivo.',
  },
  'alert.rating-drop.ahr': 'La calificación de estado de la cuenta bajó de {from} a {to}.',
  'alert.rating-drop.feedback': 'La valoración como vendedor bajó de {from} a {to} estrellas.',
  'alert.account-status-changed': 'El estado de la cuenta cambió de {from} a {to}.',
} satisfies Strings;
