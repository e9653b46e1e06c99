import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Meldingen ({count})',
  'alerts.list': 'Open meldingen',
  'alerts.severity.info': 'Info',
  'alerts.severity.warning': 'Waarschuwing',
  'alerts.severity.critical': 'Kritiek',
  'alert.negative-feedback-unanswered':
    'Feedback met {rating} van 5 sterren bij bestelling {orderId} is al {hours} uur of langer niet beantwoord.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} negatieve feedback is niet beantwoord.',
    other: '{count} negatieve feedbackbeoordelingen zijn niet beantwoord.',
  },
  'alert.critical-review-cluster': '{count} kritische beoordelingen van {asin} ({product}) binnen {days} dagen.',
  'alert.metric-near-target': '{metric} ligt dicht bij het doel.',
  'alert.metric-over-target': '{metric} haalt het doel niet.',
  'alert.metric-near-target.count': {
    one: '{count} statistiek ligt dicht bij het doel.',
    other: '{count} statistieken liggen dicht bij hun doel.',
  },
  'alert.metric-over-target.count': {
    one: '{count} statistiek haalt het doel niet.',
    other: '{count} statistieken halen hun doel niet.',
  },
  'alert.rating-drop.ahr': 'Beoordeling accountstatus gedaald van {from} naar {to}.',
  'alert.rating-drop.feedback': 'Feedbackbeoordeling gedaald van {from} naar {to} sterren.',
  'alert.account-status-changed': 'Accountstatus gewijzigd van {from} naar {to}.',
} satisfies Strings;
