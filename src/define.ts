/**
 * Registers every tag of the kit (idempotent) and exports nothing: the public API lives in the main entry
 * (`seller-review-kit`); the CDN modules (`src/cdn.ts`, `src/cdn-define.ts`) build on this file.
 * The tags are those of `src/elements.ts`; the `satisfies` below makes a tag without its import here a type error.
 */
import type { ElementTag } from './elements.js';
import { ReviewKitProvider } from './define/review-kit-provider.js';
import { ReviewList } from './define/review-list.js';
import { ContactCustomerDialog } from './define/contact-customer-dialog.js';
import { FeedbackTable } from './define/feedback-table.js';
import { AccountHealthTiles } from './define/account-health-tiles.js';
import { ReportFileDrop } from './define/report-file-drop.js';
import { AccountPortfolio } from './define/account-portfolio.js';
import { ActivityLog } from './define/activity-log.js';

const registered = {
  'review-kit-provider': ReviewKitProvider,
  'review-list': ReviewList,
  'contact-customer-dialog': ContactCustomerDialog,
  'feedback-table': FeedbackTable,
  'account-health-tiles': AccountHealthTiles,
  'report-file-drop': ReportFileDrop,
  'account-portfolio': AccountPortfolio,
  'activity-log': ActivityLog,
} satisfies Record<ElementTag, CustomElementConstructor>;
void registered;
