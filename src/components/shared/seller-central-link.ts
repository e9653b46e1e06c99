/**
 * A `'manual'` action (SPEC §9 `capabilities`): a link "… in Seller Central" to the page where the seller does it,
 * opening in a new tab (`rel="noopener"`), never a form that cannot be sent. The accessible name is the label; the
 * new tab is said in the description. `opened` runs when it is followed (elements record it as activity).
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CapabilityAction, SellerKitAdapter } from '../../data/models.js';
import { sellerCentralUrl } from '../../policy/seller-central.js';
import { recordOpened } from '../../controllers/record-opened.js';

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

// On first load without the links (review-list's Report abuse): in controllers/record-opened.ts.
export { recordOpened };

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
