import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Avvisi ({count})',
  'alerts.list': 'Avvisi aperti',
  'alerts.severity.info': 'Informazione',
  'alerts.severity.warning': 'Attenzione',
  'alerts.severity.critical': 'Critico',
  'alert.negative-feedback-unanswered':
    'Il feedback a {rating} stelle sull’ordine {orderId} è senza risposta da {hours} ore o più.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} feedback negativo è senza risposta.',
    other: '{count} feedback negativi sono senza risposta.',
  },
  'alert.critical-review-cluster': '{count} recensioni critiche su {asin} ({product}) in {days} giorni.',
  'alert.metric-near-target': '{metric} è vicino all’obiettivo.',
  'alert.metric-over-target': '{metric} non rispetta l’obiettivo.',
  'alert.metric-near-target.count': {
    one: '{count} parametro è vicino all’obiettivo.',
    other: '{count} parametri sono vicini all’obiettivo.',
  },
  'alert.metric-over-target.count': {
    one: '{count} parametro non rispetta l’obiettivo.',
    other: '{count} parametri non rispettano l’obiettivo.',
  },
  'alert.rating-drop.ahr': 'La valutazione dello stato dell’account è scesa da {from} a {to}.',
  'alert.rating-drop.feedback': 'La valutazione dei feedback è scesa da {from} a {to} stelle.',
  'alert.account-status-changed': 'Lo stato dell’account è passato da {from} a {to}.',
} satisfies Strings;
