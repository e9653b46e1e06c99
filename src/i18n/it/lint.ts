import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': 'Troppo lungo: {length} caratteri, il limite è {limit}.',
  'policy.lint.email': 'Rimuovi l’indirizzo e-mail.',
  'policy.lint.phone': 'Rimuovi il numero di telefono.',
  'policy.lint.phone-warning': 'I numeri di telefono sono ammessi solo per garanzia, corriere o produttore.',
  'policy.lint.url': 'Rimuovi il link.',
  'policy.lint.url-warning': 'I link sono ammessi solo se servono a completare l’ordine.',
  'policy.lint.html': 'Rimuovi il codice HTML.',
  'policy.lint.emoji': 'Rimuovi le emoji: i messaggi agli acquirenti non possono contenerne.',
  'policy.lint.ask-positive': 'Non chiedere recensioni o feedback positivi, né solo ai clienti soddisfatti.',
  'policy.lint.review-change': 'Non chiedere mai a un cliente di modificare, aggiornare o rimuovere una recensione.',
  'policy.lint.feedback-pressure':
    'Non chiedere all’acquirente di modificare o rimuovere il feedback. Puoi solo dire che può aggiornarlo.',
  'policy.lint.incentive': 'Non offrire nulla, nemmeno rimborsi, in cambio di una recensione o di un feedback.',
  'policy.lint.refund-offer':
    'Un commento pubblico non può offrire un rimborso né altro (una sostituzione, uno sconto, un prodotto gratuito). Usa Contatta il cliente o la messaggistica acquirente-venditore.',
  'policy.lint.refund-offer-warning':
    'Una risposta pubblica non è il posto per offrire un rimborso o altro. Valuta la messaggistica acquirente-venditore.',
  'policy.lint.marketing':
    'Rimuovi il contenuto promozionale: messaggi agli acquirenti e commenti pubblici non possono promuovere prodotti, invitare a seguire o iscriversi, né contenere link di disiscrizione.',
  'policy.lint.contact-first':
    'Non chieda agli acquirenti di contattarla prima di lasciare una recensione o un feedback, o al posto di farlo.',
  'policy.lint.repeat-request': 'Chieda una recensione o un feedback una sola volta per ordine: niente promemoria.',
  'policy.lint.abuse': "Resti professionale: niente minacce, accuse all'acquirente o volgarità.",
  'policy.lint.personal-name': "Rimuova il nome dell'acquirente: un testo pubblico non può contenere dati personali.",
  'policy.lint.handle': "Rimuova l'account social.",
  'policy.lint.off-platform':
    'Mantenga la conversazione su Amazon: niente canali esterni, telefonate o conti di pagamento.',
  'policy.lint.fix.apply': 'Applica',
  'policy.lint.fix.replace': 'Riscrittura suggerita: «{replacement}»',
  'policy.lint.fix.remove': 'Correzione suggerita: rimuoverlo.',
  'policy.lint.fix.apply-replace': 'Applica: sostituisci «{text}» con «{replacement}»',
  'policy.lint.fix.apply-remove': 'Applica: rimuovi «{text}»',
  'policy.lint.fix.applied': 'Suggerimento applicato; il testo è stato ricontrollato.',
  'policy.clause.messaging.length': 'I messaggi agli acquirenti devono restare sotto i 4.000 caratteri.',
  'policy.clause.messaging.no-email': 'I messaggi agli acquirenti non possono contenere indirizzi e-mail.',
  'policy.clause.messaging.phone': 'Numeri di telefono solo per garanzia, corriere o produttore.',
  'policy.clause.messaging.links': 'Link solo se servono a completare l’ordine.',
  'policy.clause.messaging.no-html': 'I messaggi agli acquirenti non possono contenere HTML.',
  'policy.clause.messaging.no-emoji': 'I messaggi agli acquirenti non possono contenere emoji.',
  'policy.clause.messaging.no-marketing':
    'I messaggi agli acquirenti non possono contenere marketing o link di disiscrizione.',
  'policy.clause.reviews.comment-length': 'I commenti alle recensioni devono essere brevi.',
  'policy.clause.reviews.comment-no-contact': 'I commenti pubblici non possono contenere e-mail o numeri di telefono.',
  'policy.clause.reviews.comment-no-promotion': 'I commenti pubblici non possono contenere promozioni o link.',
  'policy.clause.reviews.comment-no-refund': 'I commenti pubblici non possono offrire rimborsi o altro.',
  'policy.clause.reviews.no-positive-request':
    'Mai chiedere recensioni o feedback positivi, né solo ai clienti soddisfatti.',
  'policy.clause.reviews.no-change-request': 'Mai chiedere a un cliente di modificare o rimuovere una recensione.',
  'policy.clause.reviews.no-incentives': 'Mai offrire nulla per una recensione o un feedback, rimborsi compresi.',
  'policy.clause.feedback.reply-length': 'Le risposte pubbliche ai feedback devono essere brevi.',
  'policy.clause.feedback.reply-public': 'Una risposta pubblica non è il posto per parlare con l’acquirente.',
  'policy.clause.feedback.no-pressure':
    'Puoi dire che l’acquirente può aggiornare il feedback; fare pressione non è consentito.',
  'policy.clause.reviews.no-diverting':
    'Mai chiedere di essere contattati prima di una recensione o di un feedback, o al posto di essi.',
  'policy.clause.messaging.one-request': 'Al massimo una richiesta di recensione o feedback per ordine.',
  'policy.clause.messaging.no-off-platform':
    "I contatti con l'acquirente restano su Amazon: niente canali esterni o conti di pagamento.",
  'policy.clause.public.professional':
    'Commenti e risposte pubblici restano professionali: niente minacce, accuse o volgarità.',
  'policy.clause.public.no-personal-data':
    "Un testo pubblico non può nominare l'acquirente né contenere altri dati personali.",
} satisfies Strings;
