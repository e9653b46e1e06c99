import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Warnungen ({count})',
  'alerts.list': 'Offene Warnungen',
  'alerts.severity.info': 'Hinweis',
  'alerts.severity.warning': 'Warnung',
  'alerts.severity.critical': 'Kritisch',
  'alert.negative-feedback-unanswered':
    'Die {rating}-Sterne-Bewertung zu Bestellung {orderId} ist seit {hours} Stunden oder länger unbeantwortet.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} negative Bewertung ist unbeantwortet.',
    other: '{count} negative Bewertungen sind unbeantwortet.',
  },
  'alert.critical-review-cluster': '{count} kritische Rezensionen zu {asin} ({product}) innerhalb von {days} Tagen.',
  'alert.metric-near-target': '{metric} liegt nahe am Zielwert.',
  'alert.metric-over-target': '{metric} verfehlt den Zielwert.',
  'alert.metric-near-target.count': {
    one: '{count} Kennzahl liegt nahe am Zielwert.',
    other: '{count} Kennzahlen liegen nahe am Zielwert.',
  },
  'alert.metric-over-target.count': {
    one: '{count} Kennzahl verfehlt den Zielwert.',
    other: '{count} Kennzahlen verfehlen den Zielwert.',
  },
  'alert.rating-drop.ahr': 'Die Bewertung des Kontozustands ist von {from} auf {to} gefallen.',
  'alert.rating-drop.feedback': 'Die Verkäuferbewertung ist von {from} auf {to} Sterne gefallen.',
  'alert.account-status-changed': 'Der Kontostatus hat sich von {from} zu {to} geändert.',
} satisfies Strings;
