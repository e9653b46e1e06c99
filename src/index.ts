/**
 * seller-review-kit — the package's main entry: element classes (not registered: import
 * `seller-review-kit/define.js` for that), data adapters, the policy module and every type. No side effects.
 */
export { KitElement } from './base/kit-element.js';
export { ReviewKitProvider, type HealthPreset } from './components/review-kit-provider/review-kit-provider.js';
export { ReviewList } from './components/review-list/review-list.js';
export { ContactCustomerDialog } from './components/contact-customer-dialog/contact-customer-dialog.js';
export { FeedbackTable } from './components/feedback-table/feedback-table.js';
export { AccountHealthTiles } from './components/account-health-tiles/account-health-tiles.js';
export { ReportFileDrop } from './components/report-file-drop/report-file-drop.js';
export { AccountPortfolio } from './components/account-portfolio/account-portfolio.js';
export { ActivityLog } from './components/activity-log/activity-log.js';

// Typed events (also in the global HTMLElementEventMap).
export * from './components/review-list/review-list.events.js';
export * from './components/contact-customer-dialog/contact-customer-dialog.events.js';
export * from './components/feedback-table/feedback-table.events.js';
export * from './components/account-health-tiles/account-health-tiles.events.js';
export * from './components/report-file-drop/report-file-drop.events.js';
export * from './components/account-portfolio/account-portfolio.events.js';
export * from './components/activity-log/activity-log.events.js';
export { KitAlertEvent, rememberSnapshot, ALERT_MEMORY_PREFIX } from './controllers/alert-controller.js';

export type * from './data/models.js';
export { SellerKitError, ERROR_CODES, isSellerKitError, type SellerKitErrorCode } from './data/errors.js';
export { kitContext, type KitEnvironment } from './data/context.js';
export { sessionFor, forgetSession } from './data/session.js';
export { createHttpAdapter } from './data/http-adapter.js';
export { createMemoryAdapter, type MemoryAccount, type MemoryAdapterOptions } from './data/memory-adapter.js';
export { lazyAdapter, ADAPTER_METHODS, type LazyAdapterExtras } from './data/lazy-adapter.js';
export {
  EVIDENCE_FORMAT,
  ACTIVITY_CSV_HEADER,
  activityCsv,
  buildEvidencePack,
  canonicalJson,
  collectActivity,
  verifyEvidencePack,
  type EvidenceFilter,
  type EvidencePack,
} from './data/evidence.js';
export { KIT_VERSION } from './version.js';
export { register } from './define/register.js';
export {
  LOCALES,
  formatTag,
  loadLocale,
  localeDirection,
  registerStrings,
  resolveLocale,
  translate,
  type Locale,
} from './i18n/index.js';
export * from './policy/index.js';
