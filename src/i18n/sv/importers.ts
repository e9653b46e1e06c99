import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'Den här filen är ingen Amazon-rapport som kitet kan läsa. Välj en rapport för säljarfeedback eller en rapport för kontostatus.',
  'importers.wrong-file.feedback':
    'Den här filen är ingen rapport för säljarfeedback: den saknar kolumnerna Datum, Betyg och Ordernummer.',
  'importers.wrong-file.performance':
    'Den här filen är ingen rapport för kontostatus: den innehåller inga resultatmätvärden.',
  'importers.empty': 'Filen är tom.',
  'importers.too-large': 'Filen är för stor ({sizeMiB} MiB). Gränsen är {maxMiB} MiB.',
  'importers.truncated': 'Filen tar slut för tidigt: den verkar avklippt. Ladda ned rapporten igen.',
  'importers.invalid-json': 'Filen är inte giltig JSON.',
  'importers.decode': 'Filen kunde inte läsas som {encoding}-text.',
  'importers.unknown-marketplace': 'Okänd marknadsplats: {marketplaceId}.',
  'importers.compressed': 'Filen är gzip-komprimerad och kunde inte packas upp här. Packa upp den och försök igen.',
  'importers.date-format.marketplace':
    'Bedömarnas e-postadresser i den här filen kommer från {file}, men {selected} är vald. Välj hur datumen ska läsas: inget har importerats än.',
  'importers.date-format.dates':
    'Alla datum i den här filen kan inte läsas som {selected} skriver dem. Välj hur de ska läsas: inget har importerats än.',
  'importers.date-format.ambiguous':
    'Varje datum i den här filen kan läsas på mer än ett sätt, och inget i filen visar vilket. Välj hur de ska läsas: inget har importerats än.',
  'importers.warning.spammingSellerMessaging': 'Varning: oönskade eller överdrivet många meddelanden till köpare',
  'importers.warning.other': 'Kontovarning: {name}',
  'importers.column-count': 'Rad {line}: {expected} kolumner förväntades, {found} hittades. Raden hoppades över.',
  'importers.bad-date': 'Rad {line}: "{value}" är inget datum i formatet {format}. Raden hoppades över.',
  'importers.bad-rating': 'Rad {line}: betyget "{value}" är inget tal från 1 till 5. Raden hoppades över.',
  'importers.missing-order-id': 'Rad {line}: ordernumret saknas. Raden hoppades över.',
  'importers.rows-skipped': { one: '1 rad hoppades över.', other: '{count} rader hoppades över.' },
  'importers.positive-unknown':
    'Amazons rapport för säljarfeedback listar bara feedback med 1–3 stjärnor, så positiv feedback ingår inte.',
  'provider.reports.title': 'Använd dina rapportfiler från Amazon',
  'provider.reports.hint':
    'Släpp eller välj rapporten för säljarfeedback (.txt/.tsv) och rapporten för kontostatus (.json). Filerna stannar i den här webbläsaren; inget laddas upp.',
  'provider.reports.pick': 'Välj rapportfiler',
  'provider.reports.drop': 'Släpp rapportfiler här',
  'provider.reports.reading': 'Läser {name}… {percent}',
  'provider.reports.loaded': { one: '{name} inläst: {count} rad.', other: '{name} inläst: {count} rader.' },
  'provider.reports.problems': { one: '{count} rad hoppades över.', other: '{count} rader hoppades över.' },
  'provider.reports.unreadable': 'Filen kunde inte läsas. Den kan ha flyttats eller ändrats; välj den igen.',
  'provider.reports.unknown-file': '{name} är varken en rapport för säljarfeedback eller för kontostatus.',
  'provider.reports.importing': 'Importerar {name}… {percent}',
  'provider.reports.cancel': 'Avbryt',
  'provider.reports.cancelled': 'Importen av {name} avbröts. Inget importerades från den.',
  'provider.reports.ask.title': 'Hur är datumen i {name} skrivna?',
  'provider.reports.ask.option': 'Dag och månad som {format}',
  'provider.reports.ask.option-marketplace': 'Dag och månad som {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} är {date}',
  'provider.reports.ask.sample-bad': '{text} är inget datum',
  'provider.reports.ask.rows': { one: '{count} rad läses så.', other: '{count} rader läses så.' },
  'provider.reports.ask.skip': 'Importera inte den här filen',
  'provider.reports.marketplace': 'Marknadsplats för rapporten för kontostatus',
  'provider.reports.marketplace-shown': 'Visar kontostatus för {marketplace}.',
  'provider.reports.marketplace-missing':
    'Rapporten för kontostatus har ingen post för {selected}. Visar {marketplace}; välj en annan nedan.',
  'provider.reports.used-marketplace': 'Feedbacken i {name} läses som {marketplace}.',
} satisfies Strings;
