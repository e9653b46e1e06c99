import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Öffentlicher Kommentar zu dieser Rezension',
  'review-list.comment.hint':
    'Für alle sichtbar. Keine E-Mail-Adressen, Telefonnummern, Erstattungen oder Angebote: Nutzen Sie stattdessen „Kunden kontaktieren“.',
  'review-list.comment.post': 'Kommentar veröffentlichen',
  'review-list.comment.posting': 'Wird veröffentlicht …',
  'review-list.comment.blocked': 'Beheben Sie die oben genannten Fehler, bevor Sie veröffentlichen.',
  'review-list.comment.empty': 'Schreiben Sie einen Kommentar, um ihn zu veröffentlichen.',
  'review-list.comment.posted': 'Kommentar veröffentlicht.',
  'review-list.comment.failed': 'Der Kommentar wurde nicht veröffentlicht; Ihr Text bleibt erhalten. {error}',
  'review-list.comment.no-findings': 'Keine Richtlinienprobleme gefunden.',
  'review-list.severity.error': 'Fehler (verhindert die Veröffentlichung)',
  'review-list.severity.warning': 'Warnung',
} satisfies Strings;
