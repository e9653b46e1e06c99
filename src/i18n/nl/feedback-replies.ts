import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Openbaar antwoord',
  'feedback.reply.hint':
    'Elke klant kan dit antwoord lezen. Het verandert je beoordeling niet en is niet de plek om met de koper te praten.',
  'feedback.reply.length': '{count} van {limit} tekens.',
  'feedback.reply.submit': 'Antwoord plaatsen',
  'feedback.reply.confirm.title': 'Dit openbare antwoord plaatsen?',
  'feedback.reply.confirm.body':
    'Een geplaatst antwoord kan niet meer worden gewijzigd. Je kunt het alleen verwijderen.',
  'feedback.reply.confirm.submit': 'Antwoord plaatsen',
  'feedback.reply.remove.title': 'Dit antwoord verwijderen?',
  'feedback.reply.remove.body': 'Je openbare antwoord wordt niet langer onder deze feedback getoond.',
  'feedback.reply.remove.submit': 'Antwoord verwijderen',
  'feedback.reply.posted': 'Antwoord geplaatst.',
  'feedback.reply.removed': 'Antwoord verwijderd.',
  'feedback.lint.error': 'Verplicht aanpassen:',
  'feedback.lint.warning': 'Controleren:',
  'feedback.local.reply.posted': 'Antwoord alleen in deze browser opgeslagen; Amazon krijgt er geen bericht van.',
  'feedback.local.reply.removed': 'Antwoord alleen in deze browser verwijderd; Amazon krijgt er geen bericht van.',
} satisfies Strings;
