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

  'policy.template.courtesy-refund.subject': 'Un rimborso di cortesia per il tuo ordine',
  'policy.template.courtesy-refund.body':
    'Ciao,\n\nci dispiace che il tuo acquisto di {productTitle} non abbia soddisfatto le tue aspettative. Come gesto di cortesia, vorremmo offrirti un rimborso completo per questo ordine. Per accettarlo, rispondi a questo messaggio nel tuo Centro messaggi.\n\nCordiali saluti,\n{sellerName}',
  'policy.template.customer-support.subject': 'Possiamo aiutarti con il tuo acquisto?',
  'policy.template.customer-support.body':
    'Ciao,\n\nabbiamo notato che potresti aver avuto un problema con {productTitle}. Vorremmo aiutarti. Possiamo contattarti tramite la messaggistica acquirente-venditore? In tal caso, rispondi a questo messaggio nel tuo Centro messaggi.\n\nCordiali saluti,\n{sellerName}',
} satisfies Strings;
