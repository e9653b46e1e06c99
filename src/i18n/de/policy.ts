import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Kunden kontaktieren ist nur bei Rezensionen mit 1 bis 3 Sternen möglich.',
  'policy.reason.not-verified-purchase': 'Die Rezension ist nicht mit einem verifizierten Kauf verknüpft.',
  'policy.reason.not-seller-of-record': 'Sie sind nicht der eingetragene Verkäufer der Bestellung zu dieser Rezension.',
  'policy.reason.no-order-date': 'Das Bestelldatum ist unbekannt.',
  'policy.reason.order-too-old': 'Die Bestellung liegt mehr als ein Jahr zurück.',
  'policy.reason.not-brand-representative': 'Sie haben für diese Marke nicht die Rolle Markenvertreter.',
  'policy.reason.not-professional': 'Kunden kontaktieren erfordert ein professionelles Verkäuferkonto.',
  'policy.reason.account-not-in-good-standing': 'Ihr Konto ist nicht in gutem Zustand.',
  'policy.reason.already-contacted': 'Dieser Kunde wurde zu dieser Rezension bereits kontaktiert.',
  'policy.reason.no-edit-permission': 'Sie benötigen die Berechtigung „Anzeigen und bearbeiten“ für Kundenrezensionen.',

  'policy.removal-reason.too-old':
    'Die Entfernung kann nur innerhalb von {days} Tagen nach dem Feedback beantragt werden.',
  'policy.removal-reason.already-requested': 'Ein Antrag auf Entfernung liegt bereits vor.',
  'policy.removal-reason.already-decided': 'Amazon hat über dieses Feedback bereits entschieden.',

  'policy.criterion.personal-data': 'Enthält personenbezogene Daten',
  'policy.criterion.obscene': 'Enthält obszöne oder vulgäre Sprache',
  'policy.criterion.product-review': 'Ist ausschließlich eine Produktrezension',
  'policy.criterion.fba-delivery': 'Betrifft ausschließlich eine Lieferung durch Amazon',

  'policy.removal.fba-message':
    'Dieser Artikel wurde von Amazon versandt, und wir übernehmen die Verantwortung für diese Versanderfahrung.',

  'policy.template.courtesy-refund.subject': 'Eine Kulanzerstattung für Ihre Bestellung',
  'policy.template.courtesy-refund.body':
    'Hallo,\n\nes tut uns leid, dass Ihr Kauf von {productTitle} nicht Ihren Erwartungen entsprochen hat. Aus Kulanz möchten wir Ihnen eine volle Erstattung für diese Bestellung anbieten. Um sie anzunehmen, antworten Sie einfach auf diese Nachricht in Ihrem Nachrichtencenter.\n\nMit freundlichen Grüßen\n{sellerName}',
  'policy.template.customer-support.subject': 'Können wir Ihnen bei Ihrem Kauf helfen?',
  'policy.template.customer-support.body':
    'Hallo,\n\nwir haben bemerkt, dass Sie möglicherweise ein Problem mit {productTitle} hatten. Wir möchten Ihnen gerne helfen. Dürfen wir Sie über den Käufer-Verkäufer-Nachrichtenservice kontaktieren? Wenn ja, antworten Sie bitte auf diese Nachricht in Ihrem Nachrichtencenter.\n\nMit freundlichen Grüßen\n{sellerName}',
} satisfies Strings;
