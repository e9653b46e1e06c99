import type { Strings } from '../types.js';

// TODO(es): translate (English placeholder written by npm run new:element).
export default {
  'account-portfolio.title': 'AccountPortfolio',
} satisfies Strings;
