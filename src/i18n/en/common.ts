import type { Strings } from '../types.js';

export default {
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.send': 'Send',
  'common.sending': 'Sending…',
  'common.previous-page': 'Previous page',
  'common.next-page': 'Next page',
  'common.page-status': 'Showing {from}–{to} of {total}',
  'common.not-available': 'Not available',
  'common.error.title': 'Something went wrong',
  'common.config-error.title': 'Not connected to any data',
  'common.config-error.body':
    '<{tag}> has no data adapter. Place it inside <review-kit-provider> (with an adapter, an api URL or the demo attribute), or set its adapter property.',
  'common.stars': { one: '{count} star', other: '{count} stars' },
  'common.rating-of-5': '{rating} out of 5 stars',
  'errors.network': 'The network is unreachable. Check your connection and try again.',
  'errors.timeout': 'The server took too long to answer. Try again.',
  'errors.unauthorized': 'Your session has expired. Sign in again.',
  'errors.forbidden': 'You don’t have permission to do this.',
  'errors.not-found': 'This item no longer exists.',
  'errors.conflict': 'This was already done; nothing was sent twice.',
  'errors.policy-violation': 'Amazon’s policy doesn’t allow this.',
  'errors.rate-limited': 'Too many requests.',
  'errors.retry-after': 'Try again in {seconds} s.',
  'errors.invalid-response': 'The server sent data the kit could not read.',
  'errors.internal': 'An error in this page’s code stopped the kit. Reload the page.',
  'errors.server': 'The server had a problem. Try again.',
  // <account-health-tiles>' loading label: shown before its other strings, which load with its first data.
  'health.loading': 'Loading account health…',
} satisfies Strings;
