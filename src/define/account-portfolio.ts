import { AccountPortfolio } from '../components/account-portfolio/account-portfolio.js';
import { register } from './register.js';

register('account-portfolio', AccountPortfolio);

export { AccountPortfolio };

declare global {
  interface HTMLElementTagNameMap {
    'account-portfolio': AccountPortfolio;
  }
}
