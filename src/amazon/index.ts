/**
 * `seller-review-kit/amazon.js` (SPEC §9): the kit's data adapter over Amazon's Selling Partner API, for servers.
 * Not part of the browser bundles: it holds Login with Amazon credentials, which never belong in a page.
 */
export { createAmazonAdapter, amazonEndpointFor, AMAZON_CAPABILITIES } from './amazon-adapter.js';
export type { AmazonAdapter, AmazonAdapterOptions } from './amazon-adapter.js';
export type { AmazonCredentials, RetryOptions } from './sp-api-client.js';
export { createInMemoryStore, type AmazonStore } from './store.js';
export { DEFAULT_USAGE_PLANS, SP_API_OPERATIONS, type SpApiOperation, type UsagePlan } from './rate-limit.js';
export { AMAZON_REPORT_TYPES, type AmazonReportType } from './reports.js';
