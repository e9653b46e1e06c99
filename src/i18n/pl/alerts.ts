import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Alerty ({count})',
  'alerts.list': 'Otwarte alerty',
  'alerts.severity.info': 'Informacja',
  'alerts.severity.warning': 'Ostrzeżenie',
  'alerts.severity.critical': 'Krytyczny',
  'alert.negative-feedback-unanswered':
    'Opinia z oceną {rating} z 5 gwiazdek do zamówienia {orderId} od co najmniej {hours} godz. nie ma odpowiedzi.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} negatywna opinia nie ma odpowiedzi.',
    few: '{count} negatywne opinie nie mają odpowiedzi.',
    many: '{count} negatywnych opinii nie ma odpowiedzi.',
    other: '{count} negatywnej opinii nie ma odpowiedzi.',
  },
  'alert.critical-review-cluster': 'Krytyczne recenzje {asin} ({product}) w ciągu {days} dni: {count}.',
  'alert.metric-near-target': '{metric} jest blisko wartości docelowej.',
  'alert.metric-over-target': '{metric} nie spełnia wartości docelowej.',
  'alert.metric-near-target.count': {
    one: '{count} wskaźnik jest blisko wartości docelowej.',
    few: '{count} wskaźniki są blisko wartości docelowych.',
    many: '{count} wskaźników jest blisko wartości docelowych.',
    other: '{count} wskaźnika jest blisko wartości docelowych.',
  },
  'alert.metric-over-target.count': {
    one: '{count} wskaźnik nie spełnia wartości docelowej.',
    few: '{count} wskaźniki nie spełniają wartości docelowych.',
    many: '{count} wskaźników nie spełnia wartości docelowych.',
    other: '{count} wskaźnika nie spełnia wartości docelowych.',
  },
  'alert.rating-drop.ahr': 'Ocena kondycji konta spadła z {from} do {to}.',
  'alert.rating-drop.feedback': 'Ocena opinii spadła z {from} do {to} gwiazdek.',
  'alert.account-status-changed': 'Status konta zmienił się z {from} na {to}.',
} satisfies Strings;
