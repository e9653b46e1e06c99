import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Aviseringar ({count})',
  'alerts.list': 'Öppna aviseringar',
  'alerts.severity.info': 'Info',
  'alerts.severity.warning': 'Varning',
  'alerts.severity.critical': 'Kritisk',
  'alert.negative-feedback-unanswered':
    'Feedback med {rating} av 5 stjärnor på order {orderId} har varit obesvarad i {hours} timmar eller längre.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} negativ feedback är obesvarad.',
    other: '{count} negativa feedbackomdömen är obesvarade.',
  },
  'alert.critical-review-cluster': '{count} kritiska recensioner av {asin} ({product}) inom {days} dagar.',
  'alert.metric-near-target': '{metric} ligger nära sitt mål.',
  'alert.metric-over-target': '{metric} når inte sitt mål.',
  'alert.metric-near-target.count': {
    one: '{count} mätvärde ligger nära sitt mål.',
    other: '{count} mätvärden ligger nära sina mål.',
  },
  'alert.metric-over-target.count': {
    one: '{count} mätvärde når inte sitt mål.',
    other: '{count} mätvärden når inte sina mål.',
  },
  'alert.rating-drop.ahr': 'Betyget för kontostatus sjönk från {from} till {to}.',
  'alert.rating-drop.feedback': 'Feedbackbetyget sjönk från {from} till {to} stjärnor.',
  'alert.account-status-changed': 'Kontostatus ändrades från {from} till {to}.',
} satisfies Strings;
