import type { Strings } from '../types.js';

export default {
  'contact.title': 'Contatta il cliente',
  'contact.reason.legend': 'Motivo del contatto con il cliente',
  'contact.reason.courtesy-refund': 'Rimborso di cortesia',
  'contact.reason.courtesy-refund.hint': 'Offre al cliente un rimborso completo.',
  'contact.reason.customer-support': 'Assistenza clienti',
  'contact.reason.customer-support.hint':
    'Chiede al cliente il permesso di contattarlo tramite la messaggistica tra acquirente e venditore.',
  'contact.preview.title': 'Anteprima del messaggio',
  'contact.preview.note': 'Amazon invia questo messaggio da un modello fisso. Non può essere modificato.',
  'contact.preview.subject': 'Oggetto',
  'contact.preview.unavailable': 'Il testo di questo modello non è disponibile.',
  'contact.review.product': 'Prodotto',
  'contact.review.rating': 'Valutazione',
  'contact.review.title': 'Titolo della recensione',
  'contact.loading': 'Caricamento della recensione…',
  'contact.no-review': 'A questa finestra non è stata data alcuna recensione.',
  'contact.ineligible.title': 'Impossibile contattare il cliente',
  'contact.ineligible.intro':
    'Amazon consente di contattare il cliente solo se tutte le condizioni sono soddisfatte. Non soddisfatte:',
  'contact.sent.title': 'Messaggio inviato',
  'contact.sent.body':
    'Amazon ha inviato il messaggio “{reason}” il {date}. Il cliente lo vede nel Centro messaggi; le risposte arrivano come messaggi tra acquirente e venditore.',
  'contact.failed.title': 'Il messaggio non è stato inviato',
  'contact.failed.retry':
    'La tua scelta è conservata. Seleziona Invia per riprovare; il messaggio non verrà mai inviato due volte.',
  'contact.conflict.title': 'Cliente già contattato',
  'contact.conflict.body':
    'Questo cliente è già stato contattato per questa recensione. Amazon consente un solo contatto per recensione, quindi non è stato inviato altro.',

  'policy.template.courtesy-refund.subject': 'Un rimborso di cortesia per il tuo ordine',
  'policy.template.courtesy-refund.body':
    'Ciao,\n\nci dispiace che il tuo acquisto di {productTitle} non abbia soddisfatto le tue aspettative. Come gesto di cortesia, vorremmo offrirti un rimborso completo per questo ordine. Per accettarlo, rispondi a questo messaggio nel tuo Centro messaggi.\n\nCordiali saluti,\n{sellerName}',
  'policy.template.customer-support.subject': 'Possiamo aiutarti con il tuo acquisto?',
  'policy.template.customer-support.body':
    'Ciao,\n\nabbiamo notato che potresti aver avuto un problema con {productTitle}. Vorremmo aiutarti. Possiamo contattarti tramite la messaggistica acquirente-venditore? In tal caso, rispondi a questo messaggio nel tuo Centro messaggi.\n\nCordiali saluti,\n{sellerName}',
} satisfies Strings;
