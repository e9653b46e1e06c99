import type { Strings } from '../types.js';
import firstRender from '../../components/account-portfolio/first-strings.en.js';

export default {
  'portfolio.title': 'Client accounts',
  // The loading label and the one-account state, on first load (`<account-portfolio>`); the rest with the first data.
  ...firstRender,
  'portfolio.col.account': 'Account',
  'portfolio.col.marketplace': 'Marketplace',
  'portfolio.col.rating': 'Account Health Rating',
  'portfolio.col.odr': 'Order Defect Rate',
  'portfolio.col.atRisk': 'Metrics at risk',
  'portfolio.col.toAnswer': 'Negative feedback to answer',
  'portfolio.col.toHandle': 'Critical reviews to handle',
  'portfolio.open': 'Open',
  'portfolio.open-label': 'Open {name} ({marketplace})',
  'portfolio.standing.deactivated': 'Deactivated',
  'portfolio.standing.bad': 'Metrics over target',
  'portfolio.standing.at-risk': 'At risk',
  'portfolio.standing.no-data': 'No data yet',
  'portfolio.standing.good': 'Healthy',
  'portfolio.standing.no-access': 'No access',
  'portfolio.metrics-bad': '{n} over target',
  'portfolio.total': 'Total',
  'portfolio.total.accounts': { one: '{n} account', other: '{n} accounts' },
  'portfolio.total.at-risk': { one: '{n} needs attention', other: '{n} need attention' },
  'portfolio.empty.title': 'No client accounts yet',
  'portfolio.empty.body': 'Accounts appear here once your clients authorise your agency.',
  'portfolio.current': 'Selected',
  'portfolio.col.alerts': 'Open alerts',
} satisfies Strings;
