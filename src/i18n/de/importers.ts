import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'Diese Datei ist kein lesbarer Amazon-Bericht. Wählen Sie einen Verkäuferbewertungs-Bericht oder einen Kontozustands-Bericht.',
  'importers.wrong-file.feedback':
    'Diese Datei ist kein Verkäuferbewertungs-Bericht: Die Spalten Date, Rating und Order ID fehlen.',
  'importers.wrong-file.performance':
    'Diese Datei ist kein Kontozustands-Bericht: Sie enthält keine Leistungskennzahlen.',
  'importers.empty': 'Die Datei ist leer.',
  'importers.too-large': 'Die Datei ist zu groß ({sizeMiB} MiB). Die Grenze liegt bei {maxMiB} MiB.',
  'importers.truncated': 'Die Datei endet zu früh und scheint abgeschnitten. Laden Sie den Bericht erneut herunter.',
  'importers.invalid-json': 'Die Datei ist kein gültiges JSON.',
  'importers.decode': 'Die Datei konnte nicht als {encoding}-Text gelesen werden.',
  'importers.unknown-marketplace': 'Unbekannter Marktplatz: {marketplaceId}.',
  'importers.compressed':
    'Die Datei ist gzip-komprimiert und konnte hier nicht entpackt werden. Entpacken Sie sie und versuchen Sie es erneut.',
  'importers.date-format.marketplace':
    'Die E-Mail-Adressen der Bewerter in dieser Datei stammen von {file}, ausgewählt ist aber {selected}. Wählen Sie, wie die Daten gelesen werden sollen: Noch wurde nichts importiert.',
  'importers.date-format.dates':
    'Die Daten in dieser Datei lassen sich nicht alle so lesen, wie {selected} sie schreibt. Wählen Sie, wie sie gelesen werden sollen: Noch wurde nichts importiert.',
  'importers.date-format.ambiguous':
    'Jedes Datum in dieser Datei lässt sich auf mehr als eine Weise lesen, und nichts in der Datei entscheidet. Wählen Sie, wie die Daten gelesen werden sollen: Noch wurde nichts importiert.',
  'importers.warning.spammingSellerMessaging': 'Warnung: unerwünschte oder zu viele Nachrichten an Käufer',
  'importers.warning.other': 'Kontowarnung: {name}',
  'importers.column-count':
    'Zeile {line}: {expected} Spalten erwartet, {found} gefunden. Die Zeile wurde übersprungen.',
  'importers.bad-date': 'Zeile {line}: „{value}“ ist kein Datum im Format {format}. Die Zeile wurde übersprungen.',
  'importers.bad-rating':
    'Zeile {line}: Die Bewertung „{value}“ ist keine Zahl von 1 bis 5. Die Zeile wurde übersprungen.',
  'importers.missing-order-id': 'Zeile {line}: Die Bestellnummer fehlt. Die Zeile wurde übersprungen.',
  'importers.rows-skipped': { one: '1 Zeile wurde übersprungen.', other: '{count} Zeilen wurden übersprungen.' },
  'importers.positive-unknown':
    'Amazons Verkäuferbewertungs-Bericht enthält nur Bewertungen mit 1–3 Sternen; positive Bewertungen fehlen darin.',

  'provider.reports.title': 'Ihre Amazon-Berichtsdateien verwenden',
  'provider.reports.hint':
    'Ziehen Sie den Verkäuferbewertungsbericht (.txt/.tsv) und den Kontozustandsbericht (.json) hierher oder wählen Sie sie aus. Die Dateien bleiben in diesem Browser; nichts wird hochgeladen.',
  'provider.reports.pick': 'Berichtsdateien auswählen',
  'provider.reports.drop': 'Berichtsdateien hier ablegen',
  'provider.reports.reading': '{name} wird gelesen… {percent}',
  'provider.reports.loaded': { one: '{name} geladen: {count} Zeile.', other: '{name} geladen: {count} Zeilen.' },
  'provider.reports.problems': {
    one: '{count} Zeile wurde übersprungen.',
    other: '{count} Zeilen wurden übersprungen.',
  },
  'provider.reports.unreadable':
    'Die Datei konnte nicht gelesen werden. Sie wurde vielleicht verschoben oder geändert; wählen Sie sie erneut aus.',
  'provider.reports.unknown-file': '{name} ist weder ein Verkäuferbewertungsbericht noch ein Kontozustandsbericht.',
  'provider.reports.importing': '{name} wird importiert… {percent}',
  'provider.reports.cancel': 'Abbrechen',
  'provider.reports.cancelled': 'Der Import von {name} wurde abgebrochen. Aus dieser Datei wurde nichts importiert.',
  'provider.reports.ask.title': 'Wie sind die Daten in {name} geschrieben?',
  'provider.reports.ask.option': 'Tag und Monat als {format}',
  'provider.reports.ask.option-marketplace': 'Tag und Monat als {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} ist der {date}',
  'provider.reports.ask.sample-bad': '{text} ist kein Datum',
  'provider.reports.ask.rows': {
    one: '{count} Zeile lässt sich so lesen.',
    other: '{count} Zeilen lassen sich so lesen.',
  },
  'provider.reports.ask.skip': 'Diese Datei nicht importieren',
  'provider.reports.marketplace': 'Marktplatz des Kontozustandsberichts',
  'provider.reports.marketplace-shown': 'Kontozustand für {marketplace} wird angezeigt.',
  'provider.reports.marketplace-missing':
    'Der Kontozustandsbericht enthält keinen Eintrag für {selected}. {marketplace} wird angezeigt; wählen Sie unten einen anderen.',
  'provider.reports.used-marketplace': 'Die Bewertungen in {name} werden als {marketplace} gelesen.',
} satisfies Strings;
