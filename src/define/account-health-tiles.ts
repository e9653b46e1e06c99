import { AccountHealthTiles } from '../components/account-health-tiles/account-health-tiles.js';
import { register } from './register.js';

register('account-health-tiles', AccountHealthTiles);

export { AccountHealthTiles };

declare global {
  interface HTMLElementTagNameMap {
    'account-health-tiles': AccountHealthTiles;
  }
}
