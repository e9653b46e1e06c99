import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Risposta pubblica',
  'feedback.reply.hint':
    'Tutti i clienti possono leggere questa risposta. Non cambia la tua valutazione e non è il luogo per parlare con l’acquirente.',
  'feedback.reply.length': '{count} di {limit} caratteri.',
  'feedback.reply.submit': 'Pubblica risposta',
  'feedback.reply.confirm.title': 'Pubblicare questa risposta pubblica?',
  'feedback.reply.confirm.body': 'Una volta pubblicata, la risposta non può essere modificata. Puoi solo rimuoverla.',
  'feedback.reply.confirm.submit': 'Pubblica risposta',
  'feedback.reply.remove.title': 'Rimuovere questa risposta?',
  'feedback.reply.remove.body': 'La tua risposta pubblica non sarà più mostrata sotto questo feedback.',
  'feedback.reply.remove.submit': 'Rimuovi risposta',
  'feedback.reply.posted': 'Risposta pubblicata.',
  'feedback.reply.removed': 'Risposta rimossa.',
  'feedback.lint.error': 'Da correggere:',
  'feedback.lint.warning': 'Da verificare:',
  'feedback.local.reply.posted': 'Risposta salvata solo in questo browser; Amazon non ne viene informata.',
  'feedback.local.reply.removed': 'Risposta rimossa solo in questo browser; Amazon non ne viene informata.',
} satisfies Strings;
