/** Registers every tag of the kit (idempotent). */
import './define/review-kit-provider.js';
import './define/review-list.js';
import './define/contact-customer-dialog.js';
import './define/feedback-table.js';
import './define/account-health-tiles.js';

export * from './index.js';
