import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon entfernt Feedback nur, wenn es obszöne oder vulgäre Ausdrücke oder personenbezogene Daten über Sie (E-Mail-Adressen, vollständige Namen, Telefonnummern) enthält oder ausschließlich eine Produktbewertung ist. Feedback, das sich ausschließlich auf eine Lieferung durch Amazon bezieht, wird stattdessen durchgestrichen. Spekulative Anträge sind nicht erlaubt.',
  'feedback.removal.candidates': 'Was der Kommentar zu enthalten scheint',
  'feedback.removal.no-candidates': 'Der Kommentar erfüllt keines der Kriterien von Amazon eindeutig.',
  'feedback.removal.confidence.high': 'hohe Sicherheit',
  'feedback.removal.confidence.medium': 'mittlere Sicherheit',
  'feedback.removal.confidence.low': 'geringe Sicherheit',
  'feedback.removal.pick': 'Welches Kriterium erfüllt das Feedback?',
  'feedback.removal.reason.personal-data': 'Enthält personenbezogene Daten',
  'feedback.removal.reason.obscene': 'Obszöne oder vulgäre Sprache',
  'feedback.removal.reason.product-review': 'Ausschließlich eine Produktbewertung',
  'feedback.removal.reason.fba-delivery': 'Ausschließlich zu einer Lieferung durch Amazon',
  'feedback.removal.fba-only': 'Lieferfeedback wird nur bei Bestellungen mit Versand durch Amazon durchgestrichen.',
  'feedback.removal.submit': 'Antrag senden',
  'feedback.removal.outcome.requested': 'Antrag erhalten. Amazon prüft das Feedback.',
  'feedback.removal.outcome.denied': 'Beibehalten: Amazon hat keinen Richtlinienverstoß festgestellt.',
  'feedback.removal.outcome.struck-through': 'Durchgestrichen: Das Feedback zählt nicht mehr für Ihre Bewertung.',
  'feedback.removal.outcome.removed': 'Entfernt: Das Feedback zählt nicht mehr für Ihre Bewertung.',
  'feedback.local.removal':
    'Antrag nur in diesem Browser vermerkt; Amazon erfährt nichts davon. Beantragen Sie die Entfernung in Seller Central.',
} satisfies Strings;
