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
  'policy.reason.empty': 'Il testo è vuoto.',
  'policy.reason.length': 'Il testo supera la lunghezza consentita da Amazon.',
  'policy.reason.retention-expired':
    'Questa recensione non è più in Recensioni dei clienti: il periodo di visualizzazione è terminato.',
  'policy.reason.invalid-reason': 'Amazon non accetta questo motivo.',
} satisfies Strings;
