import type { Strings } from '../types.js';

export default {
  'account-portfolio.title': 'AccountPortfolio',
} satisfies Strings;
