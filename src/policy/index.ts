/** seller-review-kit policy module (SPEC §6): pure, DOM-free rules shared by elements, adapters and mocks. */
export * from './marketplaces.js';
export * from './contact.js';
export * from './feedback.js';
export * from './removal-candidates.js';
export * from './lint.js';
export * from './account-health.js';
export * from './portfolio.js';
export { sortAccounts } from './portfolio-sort.js';
export * from './seller-central.js';
export * from './alerts.js';
