import { FeedbackTable } from '../components/feedback-table/feedback-table.js';
import { register } from './register.js';

register('feedback-table', FeedbackTable);

export { FeedbackTable };

declare global {
  interface HTMLElementTagNameMap {
    'feedback-table': FeedbackTable;
  }
}
