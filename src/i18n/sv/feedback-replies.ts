import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Offentligt svar',
  'feedback.reply.hint':
    'Alla kunder kan läsa det här svaret. Det ändrar inte ditt betyg och är inte platsen för att prata med köparen.',
  'feedback.reply.length': '{count} av {limit} tecken.',
  'feedback.reply.submit': 'Publicera svaret',
  'feedback.reply.confirm.title': 'Publicera det här offentliga svaret?',
  'feedback.reply.confirm.body': 'Ett publicerat svar kan inte ändras. Du kan bara ta bort det.',
  'feedback.reply.confirm.submit': 'Publicera svaret',
  'feedback.reply.remove.title': 'Ta bort det här svaret?',
  'feedback.reply.remove.body': 'Ditt offentliga svar visas inte längre under den här feedbacken.',
  'feedback.reply.remove.submit': 'Ta bort svaret',
  'feedback.reply.posted': 'Svaret har publicerats.',
  'feedback.reply.removed': 'Svaret har tagits bort.',
  'feedback.lint.error': 'Måste åtgärdas:',
  'feedback.lint.warning': 'Kontrollera:',
  'feedback.local.reply.posted': 'Svaret sparades bara i den här webbläsaren; Amazon får inte veta något.',
  'feedback.local.reply.removed': 'Svaret togs bara bort i den här webbläsaren; Amazon får inte veta något.',
} satisfies Strings;
