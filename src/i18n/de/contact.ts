import type { Strings } from '../types.js';

export default {
  'contact.title': 'Kunden kontaktieren',
  'contact.reason.legend': 'Grund für die Kontaktaufnahme',
  'contact.reason.courtesy-refund': 'Kulanzerstattung',
  'contact.reason.courtesy-refund.hint': 'Bietet dem Kunden eine vollständige Erstattung an.',
  'contact.reason.customer-support': 'Kundenservice',
  'contact.reason.customer-support.hint':
    'Bittet den Kunden um die Erlaubnis, ihn über den Käufer-Verkäufer-Nachrichtenservice zu kontaktieren.',
  'contact.preview.title': 'Vorschau der Nachricht',
  'contact.preview.note': 'Amazon sendet diese Nachricht aus einer festen Vorlage. Sie kann nicht bearbeitet werden.',
  'contact.preview.subject': 'Betreff',
  'contact.preview.unavailable': 'Der Text dieser Vorlage ist nicht verfügbar.',
  'contact.review.product': 'Produkt',
  'contact.review.rating': 'Bewertung',
  'contact.review.title': 'Titel der Rezension',
  'contact.loading': 'Rezension wird geladen…',
  'contact.no-review': 'Diesem Dialog wurde keine Rezension übergeben.',
  'contact.ineligible.title': 'Kunde kann nicht kontaktiert werden',
  'contact.ineligible.intro':
    'Amazon erlaubt die Kontaktaufnahme nur, wenn alle Bedingungen erfüllt sind. Nicht erfüllt:',
  'contact.sent.title': 'Nachricht gesendet',
  'contact.sent.body':
    'Amazon hat die Nachricht „{reason}“ am {date} gesendet. Der Kunde sieht sie in seinem Nachrichtencenter; Antworten kommen als Käufer-Verkäufer-Nachrichten an.',
  'contact.failed.title': 'Die Nachricht wurde nicht gesendet',
  'contact.failed.retry':
    'Ihre Auswahl bleibt erhalten. Wählen Sie Senden, um es erneut zu versuchen; die Nachricht wird nie doppelt gesendet.',
  'contact.conflict.title': 'Kunde bereits kontaktiert',
  'contact.conflict.body':
    'Dieser Kunde wurde zu dieser Rezension bereits kontaktiert. Amazon erlaubt eine Kontaktaufnahme pro Rezension, daher wurde nichts weiter gesendet.',

  'policy.template.courtesy-refund.subject': 'Eine Kulanzerstattung für Ihre Bestellung',
  'policy.template.courtesy-refund.body':
    'Hallo,\n\nes tut uns leid, dass Ihr Kauf von {productTitle} nicht Ihren Erwartungen entsprochen hat. Aus Kulanz möchten wir Ihnen eine volle Erstattung für diese Bestellung anbieten. Um sie anzunehmen, antworten Sie einfach auf diese Nachricht in Ihrem Nachrichtencenter.\n\nMit freundlichen Grüßen\n{sellerName}',
  'policy.template.customer-support.subject': 'Können wir Ihnen bei Ihrem Kauf helfen?',
  'policy.template.customer-support.body':
    'Hallo,\n\nwir haben bemerkt, dass Sie möglicherweise ein Problem mit {productTitle} hatten. Wir möchten Ihnen gerne helfen. Dürfen wir Sie über den Käufer-Verkäufer-Nachrichtenservice kontaktieren? Wenn ja, antworten Sie bitte auf diese Nachricht in Ihrem Nachrichtencenter.\n\nMit freundlichen Grüßen\n{sellerName}',
} satisfies Strings;
