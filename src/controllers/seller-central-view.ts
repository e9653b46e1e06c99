/**
 * The Seller Central links' code (loaded by seller-central-links.ts, for adapters with a `'manual'` action): the
 * link of an action for the session's marketplace, recorded when followed (`seller-central-opened`).
 * @internal
 */
import type { TemplateResult } from 'lit';
import type { CapabilityAction, SellerKitAdapter } from '../data/models.js';
import sellerCentralEn from '../i18n/en/seller-central.js';
import { addEnglish } from '../i18n/index.js';
import { recordSellerCentral, renderSellerCentralLink } from '../components/shared/seller-central-link.js';
import { sellerCentralUrl } from '../policy/seller-central.js';

/** The links' English strings (`sc.*`); other locales load whole. */
export function registerStrings(): void {
  addEnglish(sellerCentralEn);
}

export interface ManualLink {
  adapter: SellerKitAdapter | null | undefined;
  action: CapabilityAction;
  /** The session's marketplace (its Seller Central host). */
  marketplaceId: string | undefined;
  /** What the action is on (the activity's `targetId`). */
  targetId: string;
  /** "Comment in Seller Central", … */
  label: string;
  /** "(opens in a new tab)". */
  newTab: string;
  /** Id of the element that says which item the action is on. */
  describedBy?: string;
}

/** The link "… in Seller Central" of a `'manual'` action, recorded as activity when followed. */
export function renderManualLink(l: ManualLink): TemplateResult {
  return renderSellerCentralLink({
    href: sellerCentralUrl(l.action, l.marketplaceId),
    label: l.label,
    newTab: l.newTab,
    action: l.action,
    ...(l.describedBy ? { describedBy: l.describedBy } : {}),
    opened: () => recordSellerCentral(l.adapter, l.action, l.targetId, l.marketplaceId),
  });
}
