import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Öffentliche Antwort',
  'feedback.reply.hint':
    'Alle Kunden können diese Antwort lesen. Sie ändert Ihre Bewertung nicht und ist nicht der Ort, um mit dem Käufer zu sprechen.',
  'feedback.reply.length': '{count} von {limit} Zeichen.',
  'feedback.reply.submit': 'Antwort posten',
  'feedback.reply.confirm.title': 'Diese öffentliche Antwort posten?',
  'feedback.reply.confirm.body':
    'Eine gepostete Antwort kann nicht mehr geändert werden. Sie können sie nur entfernen.',
  'feedback.reply.confirm.submit': 'Antwort posten',
  'feedback.reply.remove.title': 'Diese Antwort entfernen?',
  'feedback.reply.remove.body': 'Ihre öffentliche Antwort wird unter diesem Feedback nicht mehr angezeigt.',
  'feedback.reply.remove.submit': 'Antwort entfernen',
  'feedback.reply.posted': 'Antwort gepostet.',
  'feedback.reply.removed': 'Antwort entfernt.',
  'feedback.lint.error': 'Muss korrigiert werden:',
  'feedback.lint.warning': 'Bitte prüfen:',
  'feedback.local.reply.posted': 'Antwort nur in diesem Browser gespeichert; Amazon erfährt nichts davon.',
  'feedback.local.reply.removed': 'Antwort nur in diesem Browser entfernt; Amazon erfährt nichts davon.',
} satisfies Strings;
