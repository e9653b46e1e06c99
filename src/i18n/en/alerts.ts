import type { Strings } from '../types.js';

/** Alerts (SPEC §8): the badge in each element's header, the alert messages of `alertsFor` (the portfolio's
 * Open alerts column header is in account-portfolio.ts: the table shows it before any alert code loads). */
export default {
  'alerts.button': 'Alerts ({count})',
  'alerts.list': 'Open alerts',
  'alerts.severity.info': 'Info',
  'alerts.severity.warning': 'Warning',
  'alerts.severity.critical': 'Critical',
  'alert.negative-feedback-unanswered':
    '{rating}-star feedback on order {orderId} has had no reply for {hours} hours or more.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} negative feedback has no reply.',
    other: '{count} negative feedback ratings have no reply.',
  },
  'alert.critical-review-cluster': '{count} critical reviews of {asin} ({product}) within {days} days.',
  'alert.metric-near-target': '{metric} is close to its target.',
  'alert.metric-over-target': '{metric} misses its target.',
  'alert.metric-near-target.count': {
    one: '{count} metric is close to its target.',
    other: '{count} metrics are close to their targets.',
  },
  'alert.metric-over-target.count': {
    one: '{count} metric misses its target.',
    other: '{count} metrics miss their targets.',
  },
  'alert.rating-drop.ahr': 'Account Health Rating fell from {from} to {to}.',
  'alert.rating-drop.feedback': 'Feedback rating fell from {from} to {to} stars.',
  'alert.account-status-changed': 'Account status changed from {from} to {to}.',
} satisfies Strings;
