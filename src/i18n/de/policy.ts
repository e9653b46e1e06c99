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

  'policy.lint.length': 'Zu lang: {length} Zeichen, erlaubt sind {limit}.',
  'policy.lint.email': 'Entfernen Sie die E-Mail-Adresse.',
  'policy.lint.phone': 'Entfernen Sie die Telefonnummer.',
  'policy.lint.phone-warning': 'Telefonnummern sind nur für Garantie, Versanddienstleister oder Hersteller erlaubt.',
  'policy.lint.url': 'Entfernen Sie den Link.',
  'policy.lint.url-warning': 'Links sind nur erlaubt, wenn sie zur Abwicklung der Bestellung nötig sind.',
  'policy.lint.html': 'Entfernen Sie das HTML.',
  'policy.lint.emoji': 'Entfernen Sie die Emojis: Käufernachrichten dürfen keine enthalten.',
  'policy.lint.ask-positive':
    'Bitten Sie nicht um positive Rezensionen oder Bewertungen und nicht nur zufriedene Käufer.',
  'policy.lint.review-change':
    'Bitten Sie einen Kunden nie, eine Rezension zu ändern, zu aktualisieren oder zu entfernen.',
  'policy.lint.feedback-pressure':
    'Bitten Sie den Käufer nicht, sein Feedback zu ändern oder zu entfernen. Sie dürfen nur sagen, dass er es aktualisieren kann.',
  'policy.lint.incentive': 'Bieten Sie nichts, auch keine Erstattung, für eine Rezension oder ein Feedback an.',
  'policy.lint.refund-offer':
    'Ein öffentlicher Kommentar darf keine Erstattung anbieten. Nutzen Sie Kunden kontaktieren oder den Käufer-Verkäufer-Nachrichtenservice.',
  'policy.lint.refund-offer-warning':
    'Eine öffentliche Antwort ist nicht der Ort für ein Erstattungsangebot. Nutzen Sie besser den Käufer-Verkäufer-Nachrichtenservice.',

  'policy.clause.messaging.length': 'Käufernachrichten müssen unter 4.000 Zeichen bleiben.',
  'policy.clause.messaging.no-email': 'Käufernachrichten dürfen keine E-Mail-Adressen enthalten.',
  'policy.clause.messaging.phone': 'Telefonnummern nur für Garantie, Versanddienstleister oder Hersteller.',
  'policy.clause.messaging.links': 'Links nur, wenn sie zur Abwicklung der Bestellung nötig sind.',
  'policy.clause.messaging.no-html': 'Käufernachrichten dürfen kein HTML enthalten.',
  'policy.clause.messaging.no-emoji': 'Käufernachrichten dürfen keine Emojis enthalten.',
  'policy.clause.reviews.comment-length': 'Kommentare zu Rezensionen kurz halten.',
  'policy.clause.reviews.comment-no-contact':
    'Öffentliche Kommentare dürfen keine E-Mail-Adressen oder Telefonnummern enthalten.',
  'policy.clause.reviews.comment-no-promotion':
    'Öffentliche Kommentare dürfen keine Werbung und keine Links enthalten.',
  'policy.clause.reviews.comment-no-refund':
    'Öffentliche Kommentare dürfen keine Erstattung und nichts anderes anbieten.',
  'policy.clause.reviews.no-positive-request':
    'Nie um positive Rezensionen oder Bewertungen bitten, nie nur zufriedene Käufer.',
  'policy.clause.reviews.no-change-request': 'Nie darum bitten, eine Rezension zu ändern oder zu entfernen.',
  'policy.clause.reviews.no-incentives':
    'Nie etwas für eine Rezension oder ein Feedback anbieten, auch keine Erstattung.',
  'policy.clause.feedback.reply-length': 'Öffentliche Antworten auf Feedback kurz halten.',
  'policy.clause.feedback.reply-public': 'Eine öffentliche Antwort ist nicht der Ort für ein Gespräch mit dem Käufer.',
  'policy.clause.feedback.no-pressure':
    'Sie dürfen sagen, dass der Käufer sein Feedback aktualisieren kann; Druck ist verboten.',

  'policy.template.courtesy-refund.subject': 'Eine Kulanzerstattung für Ihre Bestellung',
  'policy.template.courtesy-refund.body':
    'Hallo,\n\nes tut uns leid, dass Ihr Kauf von {productTitle} nicht Ihren Erwartungen entsprochen hat. Aus Kulanz möchten wir Ihnen eine volle Erstattung für diese Bestellung anbieten. Um sie anzunehmen, antworten Sie einfach auf diese Nachricht in Ihrem Nachrichtencenter.\n\nMit freundlichen Grüßen\n{sellerName}',
  'policy.template.customer-support.subject': 'Können wir Ihnen bei Ihrem Kauf helfen?',
  'policy.template.customer-support.body':
    'Hallo,\n\nwir haben bemerkt, dass Sie möglicherweise ein Problem mit {productTitle} hatten. Wir möchten Ihnen gerne helfen. Dürfen wir Sie über den Käufer-Verkäufer-Nachrichtenservice kontaktieren? Wenn ja, antworten Sie bitte auf diese Nachricht in Ihrem Nachrichtencenter.\n\nMit freundlichen Grüßen\n{sellerName}',
} satisfies Strings;
