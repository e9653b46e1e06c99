import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    "Questo file non è un report Amazon leggibile. Scegli un report Feedback del venditore o un report Stato dell'account.",
  'importers.wrong-file.feedback':
    'Questo file non è un report Feedback del venditore: mancano le colonne Date, Rating e Order ID.',
  'importers.wrong-file.performance':
    "Questo file non è un report Stato dell'account: non contiene metriche di performance.",
  'importers.empty': 'Il file è vuoto.',
  'importers.too-large': 'Il file è troppo grande ({sizeMiB} MiB). Il limite è {maxMiB} MiB.',
  'importers.truncated': 'Il file termina troppo presto: sembra troncato. Scarica di nuovo il report.',
  'importers.invalid-json': 'Il file non è un JSON valido.',
  'importers.decode': 'Impossibile leggere il file come testo {encoding}.',
  'importers.unknown-marketplace': 'Marketplace sconosciuto: {marketplaceId}.',
  'importers.compressed':
    'Il file è compresso (gzip) e non è stato possibile decomprimerlo qui. Decomprimilo e riprova.',
  'importers.date-format.marketplace':
    'Le e-mail dei valutatori in questo file provengono da {file}, ma è selezionato {selected}. Scegli come leggere le date: non è stato ancora importato nulla.',
  'importers.date-format.dates':
    'Le date di questo file non si possono leggere tutte come le scrive {selected}. Scegli come leggerle: non è stato ancora importato nulla.',
  'importers.date-format.ambiguous':
    'Ogni data di questo file si può leggere in più modi e nel file nulla indica quale. Scegli come leggerle: non è stato ancora importato nulla.',
  'importers.warning.spammingSellerMessaging': 'Avviso: messaggi indesiderati o eccessivi agli acquirenti',
  'importers.warning.other': 'Avviso sull’account: {name}',
  'importers.column-count': 'Riga {line}: attese {expected} colonne, trovate {found}. La riga è stata saltata.',
  'importers.bad-date': 'Riga {line}: "{value}" non è una data nel formato {format}. La riga è stata saltata.',
  'importers.bad-rating': 'Riga {line}: la valutazione "{value}" non è un numero da 1 a 5. La riga è stata saltata.',
  'importers.missing-order-id': "Riga {line}: manca l'ID ordine. La riga è stata saltata.",
  'importers.rows-skipped': { one: '1 riga è stata saltata.', other: '{count} righe sono state saltate.' },
  'importers.positive-unknown':
    'Il report Feedback del venditore di Amazon elenca solo i feedback da 1 a 3 stelle: i feedback positivi non sono inclusi.',

  'provider.reports.title': 'Usa i tuoi report Amazon',
  'provider.reports.hint':
    'Trascina o scegli il report Feedback venditore (.txt/.tsv) e il report Stato dell’account (.json). I file restano in questo browser; non viene caricato nulla.',
  'provider.reports.pick': 'Scegli i file dei report',
  'provider.reports.drop': 'Trascina qui i file dei report',
  'provider.reports.reading': 'Lettura di {name}… {percent}',
  'provider.reports.loaded': { one: '{name} caricato: {count} riga.', other: '{name} caricato: {count} righe.' },
  'provider.reports.problems': { one: '{count} riga è stata saltata.', other: '{count} righe sono state saltate.' },
  'provider.reports.unreadable':
    'Impossibile leggere il file. Potrebbe essere stato spostato o modificato: sceglilo di nuovo.',
  'provider.reports.unknown-file': '{name} non è né un report Feedback venditore né un report Stato dell’account.',
  'provider.reports.importing': 'Importazione di {name}… {percent}',
  'provider.reports.cancel': 'Annulla',
  'provider.reports.cancelled':
    'L’importazione di {name} è stata annullata. Da questo file non è stato importato nulla.',
  'provider.reports.ask.title': 'Come sono scritte le date in {name}?',
  'provider.reports.ask.option': 'Giorno e mese come {format}',
  'provider.reports.ask.option-marketplace': 'Giorno e mese come {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} è il {date}',
  'provider.reports.ask.sample-bad': '{text} non è una data',
  'provider.reports.ask.rows': { one: '{count} riga si legge così.', other: '{count} righe si leggono così.' },
  'provider.reports.ask.skip': 'Non importare questo file',
  'provider.reports.marketplace': 'Marketplace del report sullo stato dell’account',
  'provider.reports.marketplace-shown': 'Stato dell’account mostrato per {marketplace}.',
  'provider.reports.marketplace-missing':
    'Il report sullo stato dell’account non ha una voce per {selected}. Viene mostrato {marketplace}; scegline un altro qui sotto.',
  'provider.reports.used-marketplace': 'I feedback in {name} sono letti come {marketplace}.',
} satisfies Strings;
