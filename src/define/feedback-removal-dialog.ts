import { FeedbackRemovalDialog } from '../components/feedback-table/feedback-removal-dialog.js';
import { register } from './register.js';

/** Loaded by `<feedback-table>` on the first "Request removal" (not part of `define.js`: it is internal to the table). */
register('feedback-removal-dialog', FeedbackRemovalDialog);

export { FeedbackRemovalDialog };

declare global {
  interface HTMLElementTagNameMap {
    'feedback-removal-dialog': FeedbackRemovalDialog;
  }
}
