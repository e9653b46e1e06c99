import { ReviewKitProvider } from '../components/review-kit-provider/review-kit-provider.js';
import { register } from './register.js';

register('review-kit-provider', ReviewKitProvider);

export { ReviewKitProvider };

declare global {
  interface HTMLElementTagNameMap {
    'review-kit-provider': ReviewKitProvider;
  }
}
