/**
 * Recording a link that left the kit (SPEC §8 activity), apart from the Seller Central links: `<review-list>`'s
 * Report abuse link records with it on first load, while the Seller Central links' code loads only for an adapter
 * with a `'manual'` action (seller-central-links.ts). Re-exported by components/shared/seller-central-link.ts.
 * @internal
 */
import type { ActivityInput, SellerKitAdapter } from '../data/models.js';

/**
 * Records, when the adapter keeps an activity log (SPEC §8 `recordActivity`), an event no mutation sees — a link
 * that left the kit. Never blocks the link and never reports: a failure to record is not the link's failure.
 */
export function recordOpened(adapter: SellerKitAdapter | null | undefined, entry: ActivityInput): void {
  void Promise.resolve()
    .then(() => adapter?.recordActivity?.(entry))
    .catch(() => undefined);
}
