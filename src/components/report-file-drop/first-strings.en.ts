import type { Strings } from '../../i18n/types.js';

/**
 * `<report-file-drop>`'s first render (the drop zone's title, hint and picker): part of `importers.ts` (spread
 * there), apart so the element's first load carries these four strings and not the whole table, which loads with
 * the importers' code on the first file.
 */
export default {
  'provider.reports.title': 'Use your Amazon report files',
  'provider.reports.hint':
    'Drop or pick the Seller Feedback report (.txt/.tsv) and the Account Health report (.json). Files stay in this browser; nothing is uploaded.',
  'provider.reports.pick': 'Choose report files',
  'provider.reports.drop': 'Drop report files here',
} satisfies Strings;
