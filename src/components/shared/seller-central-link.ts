/**
 * A `'manual'` action (SPEC §9 `capabilities`): a link "… in Seller Central" to the page where the seller does it,
 * opening in a new tab (`rel="noopener"`), never a form that cannot be sent. The accessible name is the label; the
 * new tab is said in the description. `opened` runs when it is followed (elements record it as activity).
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ActivityInput, CapabilityAction, SellerKitAdapter } from '../../data/models.js';
import { sellerCentralUrl } from '../../policy/seller-central.js';

export interface SellerCentralLink {
  href: string;
  /** "Reply in Seller Central", … */
  label: string;
  /** "(opens in a new tab)". */
  newTab: string;
  /** `data-action` (the capability action). */
  action: string;
  /** Id of the element that says which item the action is on. */
  describedBy?: string;
  opened: () => void;
}

export function renderSellerCentralLink(l: SellerCentralLink): TemplateResult {
  return html`<a
    class="seller-central"
    href=${l.href}
    target="_blank"
    rel="noopener"
    data-action=${l.action}
    aria-describedby=${l.describedBy ?? nothing}
    title=${l.newTab}
    @click=${l.opened}
    >${l.label}<span aria-hidden="true"> ↗</span></a
  >`;
}

/**
 * Records, when the adapter keeps an activity log (SPEC §8 `recordActivity`), an event no mutation sees — a link
 * that left the kit. Never blocks the link and never reports: a failure to record is not the link's failure.
 */
export function recordOpened(adapter: SellerKitAdapter | null | undefined, entry: ActivityInput): void {
  void Promise.resolve()
    .then(() => adapter?.recordActivity?.(entry))
    .catch(() => undefined);
}

/** `seller-central-opened` for a `'manual'` action's link on `targetId` (SPEC §9). */
export function recordSellerCentral(
  adapter: SellerKitAdapter | null | undefined,
  action: CapabilityAction,
  targetId: string,
  marketplaceId: string | undefined,
): void {
  recordOpened(adapter, {
    type: 'seller-central-opened',
    targetId,
    summary: `${action} in Seller Central`,
    text: sellerCentralUrl(action, marketplaceId),
  });
}
