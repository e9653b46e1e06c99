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
} satisfies Strings;
