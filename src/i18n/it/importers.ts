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
} satisfies Strings;
