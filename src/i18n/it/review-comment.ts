import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Commento pubblico su questa recensione',
  'review-list.comment.hint':
    'Visibile a tutti. Niente indirizzi e-mail, numeri di telefono, rimborsi o offerte: usa invece Contatta il cliente.',
  'review-list.comment.post': 'Pubblica commento',
  'review-list.comment.posting': 'Pubblicazione…',
  'review-list.comment.blocked': 'Correggi gli errori indicati sopra prima di pubblicare.',
  'review-list.comment.empty': 'Scrivi un commento per pubblicarlo.',
  'review-list.comment.posted': 'Commento pubblicato.',
  'review-list.comment.failed': 'Il commento non è stato pubblicato; il testo è stato conservato. {error}',
  'review-list.comment.no-findings': 'Nessun problema rispetto alle regole.',
  'review-list.severity.error': 'Errore (blocca la pubblicazione)',
  'review-list.severity.warning': 'Avviso',
} satisfies Strings;
