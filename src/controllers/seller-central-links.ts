/**
 * The Seller Central links of `'manual'` actions (SPEC §9 `capabilities`): their code — the page table by
 * marketplace, the link, its recording, their English strings (seller-central-view.ts) — is not in an element's
 * first load. An element whose adapter has a `'manual'` action loads it with its data (`needsSellerCentral`), so the
 * first render with data shows the links as before; a failed load fails that data load (its error and Retry).
 * One shared import for every element on the page; a failed load is tried again on the next call.
 * @internal
 */
import type { CapabilityMode } from '../data/models.js';
import { lazyCode } from '../data/load-code.js';

export type SellerCentralModule = typeof import('./seller-central-view.js');

const links = lazyCode(
  () => import('./seller-central-view.js'),
  (m) => (m.registerStrings(), m),
);

/** Loads the links' code (once per page) and registers its English strings. */
export function loadSellerCentral(): Promise<SellerCentralModule> {
  return links();
}

/** The links' code once loaded (synchronously), else undefined. */
export function sellerCentralModule(): SellerCentralModule | undefined {
  return links.value;
}

/** Whether any action is offered as a Seller Central link (`modes`: the element's actions and their modes). */
export function needsSellerCentral(modes: Readonly<Record<string, CapabilityMode>>): boolean {
  return Object.values(modes).includes('manual');
}
