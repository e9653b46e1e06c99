import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Offentlig kommentar till den här recensionen',
  'review-list.comment.hint':
    'Synlig för alla. Inga e-postadresser, telefonnummer, återbetalningar eller erbjudanden: använd Kontakta kund i stället.',
  'review-list.comment.post': 'Publicera kommentaren',
  'review-list.comment.posting': 'Publicerar…',
  'review-list.comment.blocked': 'Åtgärda felen ovan innan du publicerar.',
  'review-list.comment.empty': 'Skriv en kommentar för att publicera den.',
  'review-list.comment.posted': 'Kommentaren har publicerats.',
  'review-list.comment.failed': 'Kommentaren publicerades inte; din text sparas. {error}',
  'review-list.comment.no-findings': 'Inga policyproblem hittades.',
  'review-list.severity.error': 'Fel (stoppar publicering)',
  'review-list.severity.warning': 'Varning',
} satisfies Strings;
