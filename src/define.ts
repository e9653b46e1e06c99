/**
 * Registers every tag of the kit (idempotent). Side effects only: the public API lives in the main entry
 * (`seller-review-kit`), and the CDN module (`src/cdn.ts`) re-exports it beside the registrations.
 */
import './define/review-kit-provider.js';
import './define/review-list.js';
import './define/contact-customer-dialog.js';
import './define/feedback-table.js';
import './define/account-health-tiles.js';
