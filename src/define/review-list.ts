import { ReviewList } from '../components/review-list/review-list.js';
import { register } from './register.js';

register('review-list', ReviewList);

export { ReviewList };

declare global {
  interface HTMLElementTagNameMap {
    'review-list': ReviewList;
  }
}
