import type { Strings } from '../types.js';
import reportDrop from '../../components/report-file-drop/first-strings.en.js';

/** Importers (Amazon report files): errors that stop an import and problems with single rows. */
export default {
  'importers.wrong-file':
    'This file is not an Amazon report the kit can read. Choose a Seller Feedback report or an Account Health report.',
  'importers.wrong-file.feedback':
    'This file is not a Seller Feedback report: it has no Date, Rating and Order ID columns.',
  'importers.wrong-file.performance': 'This file is not an Account Health report: it has no performance metrics.',
  'importers.empty': 'The file is empty.',
  'importers.too-large': 'The file is too large ({sizeMiB} MiB). The limit is {maxMiB} MiB.',
  'importers.truncated': 'The file ends too early: it looks cut off. Download the report again.',
  'importers.invalid-json': 'The file is not valid JSON.',
  'importers.decode': 'The file could not be read as {encoding} text.',
  'importers.unknown-marketplace': 'Unknown marketplace: {marketplaceId}.',
  'importers.compressed': 'The file is gzip-compressed and could not be unpacked here. Unpack it, then try again.',
  'importers.date-format.marketplace':
    'The rater e-mails in this file come from {file}, but {selected} is selected. Choose how to read the dates: nothing has been imported yet.',
  'importers.date-format.dates':
    'The dates in this file cannot all be read the way {selected} writes them. Choose how to read them: nothing has been imported yet.',
  'importers.date-format.ambiguous':
    'Every date in this file can be read in more than one way, and nothing in the file tells which. Choose how to read them: nothing has been imported yet.',
  'importers.warning.spammingSellerMessaging': 'Warning: unwanted or excessive messages to buyers',
  'importers.warning.other': 'Account warning: {name}',
  'importers.column-count': 'Line {line}: expected {expected} columns, found {found}. The row was skipped.',
  'importers.bad-date': 'Line {line}: "{value}" is not a date in the format {format}. The row was skipped.',
  'importers.bad-rating': 'Line {line}: the rating "{value}" is not a number from 1 to 5. The row was skipped.',
  'importers.missing-order-id': 'Line {line}: the order ID is missing. The row was skipped.',
  'importers.rows-skipped': { one: '1 row was skipped.', other: '{count} rows were skipped.' },
  'importers.positive-unknown':
    "Amazon's Seller Feedback report lists only 1–3 star feedback, so positive feedback is not included.",

  // The drop zone's own words, on first load (`<report-file-drop>`); the rest loads with the importers.
  ...reportDrop,
  'provider.reports.reading': 'Reading {name}… {percent}',
  'provider.reports.loaded': { one: 'Loaded {name}: {count} row.', other: 'Loaded {name}: {count} rows.' },
  'provider.reports.problems': { one: '{count} row was skipped.', other: '{count} rows were skipped.' },
  'provider.reports.unreadable': 'The file could not be read. It may have been moved or changed; choose it again.',
  'provider.reports.unknown-file': '{name} is neither a Seller Feedback report nor an Account Health report.',
  'provider.reports.importing': 'Importing {name}… {percent}',
  'provider.reports.cancel': 'Cancel',
  'provider.reports.cancelled': 'The import of {name} was cancelled. Nothing was imported from it.',
  'provider.reports.ask.title': 'How are the dates in {name} written?',
  'provider.reports.ask.option': 'Day and month as {format}',
  'provider.reports.ask.option-marketplace': 'Day and month as {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} is {date}',
  'provider.reports.ask.sample-bad': '{text} is not a date',
  'provider.reports.ask.rows': { one: '{count} row reads this way.', other: '{count} rows read this way.' },
  'provider.reports.ask.skip': 'Do not import this file',
  'provider.reports.marketplace': 'Marketplace of the Account Health report',
  'provider.reports.marketplace-shown': 'Showing Account Health for {marketplace}.',
  'provider.reports.marketplace-missing':
    'The Account Health report has no entry for {selected}. Showing {marketplace}; choose another below.',
  'provider.reports.used-marketplace': 'The feedback in {name} is read as {marketplace}.',
} satisfies Strings;
