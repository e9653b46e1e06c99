import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Contatta il cliente è disponibile solo per recensioni da 1 a 3 stelle.',
  'policy.reason.not-verified-purchase': 'La recensione non è collegata a un acquisto verificato.',
  'policy.reason.not-seller-of-record': 'Non sei il venditore registrato per l’ordine di questa recensione.',
  'policy.reason.no-order-date': 'La data dell’ordine è sconosciuta.',
  'policy.reason.order-too-old': 'L’ordine è stato effettuato più di un anno fa.',
  'policy.reason.not-brand-representative': 'Non hai il ruolo di Rappresentante del brand per questo brand.',
  'policy.reason.not-professional': 'Contatta il cliente richiede un account di vendita Professionale.',
  'policy.reason.account-not-in-good-standing': 'Il tuo account non è in regola.',
  'policy.reason.already-contacted': 'Questo cliente è già stato contattato per questa recensione.',
  'policy.reason.no-edit-permission': 'Serve l’autorizzazione Visualizza e modifica per Recensioni dei clienti.',

  'policy.removal-reason.too-old': 'La rimozione si può richiedere solo entro {days} giorni dal feedback.',
  'policy.removal-reason.already-requested': 'È già in corso una richiesta di rimozione.',
  'policy.removal-reason.already-decided': 'Amazon ha già deciso su questo feedback.',

  'policy.criterion.personal-data': 'Contiene informazioni personali',
  'policy.criterion.obscene': 'Contiene linguaggio osceno o volgare',
  'policy.criterion.product-review': 'È interamente una recensione del prodotto',
  'policy.criterion.fba-delivery': 'Riguarda interamente una consegna gestita da Amazon',

  'policy.removal.fba-message':
    'Questo articolo è stato spedito da Amazon, che si assume la responsabilità di questa esperienza di evasione dell’ordine.',

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
    'Un commento pubblico non può offrire un rimborso. Usa Contatta il cliente o la messaggistica acquirente-venditore.',
  'policy.lint.refund-offer-warning':
    'Una risposta pubblica non è il posto per offrire un rimborso. Valuta la messaggistica acquirente-venditore.',

  'policy.clause.messaging.length': 'I messaggi agli acquirenti devono restare sotto i 4.000 caratteri.',
  'policy.clause.messaging.no-email': 'I messaggi agli acquirenti non possono contenere indirizzi e-mail.',
  'policy.clause.messaging.phone': 'Numeri di telefono solo per garanzia, corriere o produttore.',
  'policy.clause.messaging.links': 'Link solo se servono a completare l’ordine.',
  'policy.clause.messaging.no-html': 'I messaggi agli acquirenti non possono contenere HTML.',
  'policy.clause.messaging.no-emoji': 'I messaggi agli acquirenti non possono contenere emoji.',
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

  'policy.template.courtesy-refund.subject': 'Un rimborso di cortesia per il tuo ordine',
  'policy.template.courtesy-refund.body':
    'Ciao,\n\nci dispiace che il tuo acquisto di {productTitle} non abbia soddisfatto le tue aspettative. Come gesto di cortesia, vorremmo offrirti un rimborso completo per questo ordine. Per accettarlo, rispondi a questo messaggio nel tuo Centro messaggi.\n\nCordiali saluti,\n{sellerName}',
  'policy.template.customer-support.subject': 'Possiamo aiutarti con il tuo acquisto?',
  'policy.template.customer-support.body':
    'Ciao,\n\nabbiamo notato che potresti aver avuto un problema con {productTitle}. Vorremmo aiutarti. Possiamo contattarti tramite la messaggistica acquirente-venditore? In tal caso, rispondi a questo messaggio nel tuo Centro messaggi.\n\nCordiali saluti,\n{sellerName}',
} satisfies Strings;
