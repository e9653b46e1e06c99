import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'Dit bestand is geen Amazon-rapport dat de kit kan lezen. Kies een rapport Verkopersfeedback of een rapport Accountstatus.',
  'importers.wrong-file.feedback':
    'Dit bestand is geen rapport Verkopersfeedback: het heeft geen kolommen Datum, Beoordeling en Bestelnummer.',
  'importers.wrong-file.performance':
    'Dit bestand is geen rapport Accountstatus: het bevat geen prestatiestatistieken.',
  'importers.empty': 'Het bestand is leeg.',
  'importers.too-large': 'Het bestand is te groot ({sizeMiB} MiB). De limiet is {maxMiB} MiB.',
  'importers.truncated': 'Het bestand houdt te vroeg op: het lijkt afgebroken. Download het rapport opnieuw.',
  'importers.invalid-json': 'Het bestand is geen geldige JSON.',
  'importers.decode': 'Het bestand kon niet als {encoding}-tekst worden gelezen.',
  'importers.unknown-marketplace': 'Onbekende marktplaats: {marketplaceId}.',
  'importers.compressed':
    'Het bestand is met gzip gecomprimeerd en kon hier niet worden uitgepakt. Pak het uit en probeer het opnieuw.',
  'importers.date-format.marketplace':
    'De e-mailadressen van beoordelaars in dit bestand komen van {file}, maar {selected} is geselecteerd. Kies hoe de datums gelezen moeten worden: er is nog niets geïmporteerd.',
  'importers.date-format.dates':
    'De datums in dit bestand kunnen niet allemaal worden gelezen zoals {selected} ze schrijft. Kies hoe ze gelezen moeten worden: er is nog niets geïmporteerd.',
  'importers.date-format.ambiguous':
    'Elke datum in dit bestand kan op meer dan één manier worden gelezen en niets in het bestand geeft aan welke. Kies hoe ze gelezen moeten worden: er is nog niets geïmporteerd.',
  'importers.warning.spammingSellerMessaging': 'Waarschuwing: ongewenste of overmatige berichten aan kopers',
  'importers.warning.other': 'Accountwaarschuwing: {name}',
  'importers.column-count': 'Regel {line}: {expected} kolommen verwacht, {found} gevonden. De rij is overgeslagen.',
  'importers.bad-date': 'Regel {line}: "{value}" is geen datum in de notatie {format}. De rij is overgeslagen.',
  'importers.bad-rating': 'Regel {line}: de beoordeling "{value}" is geen getal van 1 tot 5. De rij is overgeslagen.',
  'importers.missing-order-id': 'Regel {line}: het bestelnummer ontbreekt. De rij is overgeslagen.',
  'importers.rows-skipped': { one: '1 rij is overgeslagen.', other: '{count} rijen zijn overgeslagen.' },
  'importers.positive-unknown':
    'Het rapport Verkopersfeedback van Amazon bevat alleen feedback met 1–3 sterren, dus positieve feedback is niet opgenomen.',
  'provider.reports.title': 'Je Amazon-rapportbestanden gebruiken',
  'provider.reports.hint':
    'Sleep of kies het rapport Verkopersfeedback (.txt/.tsv) en het rapport Accountstatus (.json). Bestanden blijven in deze browser; er wordt niets geüpload.',
  'provider.reports.pick': 'Rapportbestanden kiezen',
  'provider.reports.drop': 'Sleep rapportbestanden hierheen',
  'provider.reports.reading': '{name} lezen… {percent}',
  'provider.reports.loaded': { one: '{name} geladen: {count} rij.', other: '{name} geladen: {count} rijen.' },
  'provider.reports.problems': { one: '{count} rij is overgeslagen.', other: '{count} rijen zijn overgeslagen.' },
  'provider.reports.unreadable':
    'Het bestand kon niet worden gelezen. Het is mogelijk verplaatst of gewijzigd; kies het opnieuw.',
  'provider.reports.unknown-file': '{name} is geen rapport Verkopersfeedback en geen rapport Accountstatus.',
  'provider.reports.importing': '{name} importeren… {percent}',
  'provider.reports.cancel': 'Annuleren',
  'provider.reports.cancelled': 'Het importeren van {name} is geannuleerd. Er is niets uit geïmporteerd.',
  'provider.reports.ask.title': 'Hoe zijn de datums in {name} geschreven?',
  'provider.reports.ask.option': 'Dag en maand als {format}',
  'provider.reports.ask.option-marketplace': 'Dag en maand als {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} is {date}',
  'provider.reports.ask.sample-bad': '{text} is geen datum',
  'provider.reports.ask.rows': { one: '{count} rij leest zo.', other: '{count} rijen lezen zo.' },
  'provider.reports.ask.skip': 'Dit bestand niet importeren',
  'provider.reports.marketplace': 'Marktplaats van het rapport Accountstatus',
  'provider.reports.marketplace-shown': 'Accountstatus voor {marketplace} wordt getoond.',
  'provider.reports.marketplace-missing':
    'Het rapport Accountstatus bevat niets voor {selected}. {marketplace} wordt getoond; kies hieronder een andere.',
  'provider.reports.used-marketplace': 'De feedback in {name} wordt gelezen als {marketplace}.',
} satisfies Strings;
