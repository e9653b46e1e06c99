import type { Strings } from '../../i18n/types.js';

/**
 * `<account-portfolio>`'s first render (the loading label, and the state of an adapter without `listAccounts`, which
 * needs no request): part of `en/account-portfolio.ts` (spread there), apart so the element's first load carries
 * these and not the whole table, which loads with the first data.
 */
export default {
  'portfolio.loading': 'Loading client accounts…',
  'portfolio.unsupported.title': 'This data source serves one account',
  'portfolio.unsupported.body':
    'Its adapter has no listAccounts method, so there is no portfolio to show. Connect an adapter that lists your client accounts (REST: GET /accounts).',
} satisfies Strings;
