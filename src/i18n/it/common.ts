import type { Strings } from '../types.js';

export default {
  'common.loading': 'Caricamento…',
  'common.retry': 'Riprova',
  'common.cancel': 'Annulla',
  'common.close': 'Chiudi',
  'common.send': 'Invia',
  'common.sending': 'Invio in corso…',
  'common.previous-page': 'Pagina precedente',
  'common.next-page': 'Pagina successiva',
  'common.page-status': '{from}–{to} di {total}',
  'common.not-available': 'Non disponibile',
  'common.error.title': 'Si è verificato un problema',
  'common.config-error.title': 'Nessuna origine dati collegata',
  'common.config-error.body':
    '<{tag}> non ha un adattatore di dati. Inseriscilo in <review-kit-provider> (con un adattatore, un URL api o l’attributo demo) oppure imposta la sua proprietà adapter.',
  'common.stars': { one: '{count} stella', other: '{count} stelle' },
  'common.rating-of-5': '{rating} stelle su 5',
  'errors.network': 'Rete non raggiungibile. Controlla la connessione e riprova.',
  'errors.timeout': 'Il server ha impiegato troppo tempo a rispondere. Riprova.',
  'errors.unauthorized': 'La sessione è scaduta. Accedi di nuovo.',
  'errors.forbidden': 'Non hai l’autorizzazione per questa operazione.',
  'errors.not-found': 'Questo elemento non esiste più.',
  'errors.conflict': 'Operazione già eseguita; nulla è stato inviato due volte.',
  'errors.policy-violation': 'Le norme di Amazon non lo consentono.',
  'errors.rate-limited': 'Troppe richieste.',
  'errors.retry-after': 'Riprova tra {seconds} s.',
  'errors.invalid-response': 'Il server ha inviato dati che il kit non riesce a leggere.',
  'errors.internal':
    'Un errore nel codice di questa pagina ha bloccato il kit. Ricarica la pagina; se si ripete, avvisa gli sviluppatori del sito.',
  'errors.server': 'Si è verificato un problema sul server. Riprova.',
} satisfies Strings;
