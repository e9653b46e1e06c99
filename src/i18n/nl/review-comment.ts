import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Openbare opmerking bij deze recensie',
  'review-list.comment.hint':
    'Voor iedereen zichtbaar. Geen e-mailadressen, telefoonnummers, terugbetalingen of aanbiedingen: gebruik in plaats daarvan Contact opnemen met klant.',
  'review-list.comment.post': 'Opmerking plaatsen',
  'review-list.comment.posting': 'Plaatsen…',
  'review-list.comment.blocked': 'Los de fouten hierboven op voordat je plaatst.',
  'review-list.comment.empty': 'Schrijf een opmerking om die te plaatsen.',
  'review-list.comment.posted': 'Opmerking geplaatst.',
  'review-list.comment.failed': 'De opmerking is niet geplaatst; je tekst blijft bewaard. {error}',
  'review-list.comment.no-findings': 'Geen beleidsproblemen gevonden.',
  'review-list.severity.error': 'Fout (blokkeert plaatsen)',
  'review-list.severity.warning': 'Waarschuwing',
} satisfies Strings;
