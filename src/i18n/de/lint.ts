import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
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
    'Ein öffentlicher Kommentar darf weder eine Erstattung noch sonst etwas anbieten (Ersatz, Rabatt, kostenloses Produkt). Nutzen Sie Kunden kontaktieren oder den Käufer-Verkäufer-Nachrichtenservice.',
  'policy.lint.refund-offer-warning':
    'Eine öffentliche Antwort ist nicht der Ort, eine Erstattung oder sonst etwas anzubieten. Nutzen Sie besser den Käufer-Verkäufer-Nachrichtenservice.',
  'policy.lint.marketing':
    'Entfernen Sie die Werbung: Käufernachrichten und öffentliche Kommentare dürfen keine Produkte bewerben, nicht zum Folgen oder Abonnieren auffordern und keine Abmeldelinks enthalten.',
  'policy.lint.contact-first':
    'Bitten Sie Käufer nicht, sich vor oder statt einer Rezension oder Bewertung bei Ihnen zu melden.',
  'policy.lint.repeat-request':
    'Bitten Sie nur einmal pro Bestellung um eine Rezension oder Bewertung: keine Erinnerungen.',
  'policy.lint.abuse': 'Bleiben Sie sachlich: keine Drohungen, keine Vorwürfe gegen den Käufer, keine Beschimpfungen.',
  'policy.lint.personal-name':
    'Entfernen Sie den Namen des Käufers: öffentliche Texte dürfen keine personenbezogenen Daten enthalten.',
  'policy.lint.handle': 'Entfernen Sie den Social-Media-Namen.',
  'policy.lint.off-platform': 'Bleiben Sie bei Amazon: keine anderen Kanäle, Anrufe oder Zahlungskonten.',
  'policy.lint.fix.apply': 'Übernehmen',
  'policy.lint.fix.replace': 'Vorschlag: „{replacement}“',
  'policy.lint.fix.remove': 'Vorschlag: entfernen.',
  'policy.lint.fix.apply-replace': 'Übernehmen: „{text}“ durch „{replacement}“ ersetzen',
  'policy.lint.fix.apply-remove': 'Übernehmen: „{text}“ entfernen',
  'policy.lint.fix.applied': 'Vorschlag übernommen; der Text wurde erneut geprüft.',
  'policy.clause.messaging.length': 'Käufernachrichten müssen unter 4.000 Zeichen bleiben.',
  'policy.clause.messaging.no-email': 'Käufernachrichten dürfen keine E-Mail-Adressen enthalten.',
  'policy.clause.messaging.phone': 'Telefonnummern nur für Garantie, Versanddienstleister oder Hersteller.',
  'policy.clause.messaging.links': 'Links nur, wenn sie zur Abwicklung der Bestellung nötig sind.',
  'policy.clause.messaging.no-html': 'Käufernachrichten dürfen kein HTML enthalten.',
  'policy.clause.messaging.no-emoji': 'Käufernachrichten dürfen keine Emojis enthalten.',
  'policy.clause.messaging.no-marketing': 'Käufernachrichten dürfen keine Werbung und keine Abmeldelinks enthalten.',
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
  'policy.clause.reviews.no-diverting':
    'Nie darum bitten, sich vor oder statt einer Rezension oder Bewertung zu melden.',
  'policy.clause.messaging.one-request': 'Höchstens eine Bitte um Rezension oder Bewertung pro Bestellung.',
  'policy.clause.messaging.no-off-platform':
    'Käuferkontakt bleibt bei Amazon: keine anderen Kanäle oder Zahlungskonten.',
  'policy.clause.public.professional':
    'Öffentliche Kommentare und Antworten bleiben sachlich: keine Drohungen, Vorwürfe oder Beschimpfungen.',
  'policy.clause.public.no-personal-data':
    'Öffentliche Texte dürfen den Käufer nicht nennen und keine anderen personenbezogenen Daten enthalten.',
} satisfies Strings;
