/**
 * Seller Central pages for actions an adapter offers no API for (SPEC §9 `capabilities`, `'manual'`): the element
 * shows the action as a link "… in Seller Central" to the page where the seller does it, for the session's
 * marketplace. One table, DOM-free.
 *
 * Sources (checked 2026-12-05):
 * - Hosts: Amazon's Seller Central URL per marketplace as listed with the SP-API authorization docs
 *   (developer-docs.amazon.com/sp-api/docs/seller-central-urls; the European marketplaces share
 *   sellercentral-europe.amazon.com) and Seller Central help pages served from those hosts
 *   (e.g. sellercentral.amazon.com.au/gp/help/external/202126280, sellercentral.amazon.sa/gp/help/external/help.html?itemID=761).
 * - Pages: Feedback Manager (Performance › Feedback; replies, reply removal, removal requests, "About Feedback
 *   Manager", help item 761) at /feedback-manager/index.html; Brand Dashboard › Customer Reviews (comments on a
 *   review, Contact customer; "Customer Reviews on the Brand Dashboard", help item XATYDG72KXPG7EM) at
 *   /brand-customer-reviews/.
 */
import type { CapabilityAction } from '../data/models.js';

// In a module of its own: elements decide between a form and a link on first load; the page table loads with the link.
export { capabilityMode } from './capability-mode.js';

/** Seller Central's host by marketplace id; an unknown id uses the US host (Amazon redirects by account). */
const HOSTS: Readonly<Record<string, string>> = {
  ATVPDKIKX0DER: 'sellercentral.amazon.com',
  A2EUQ1WTGCTBG2: 'sellercentral.amazon.ca',
  A1AM78C64UM0Y8: 'sellercentral.amazon.com.mx',
  A2Q3Y263D00KWC: 'sellercentral.amazon.com.br',
  A1F83G8C2ARO7P: 'sellercentral-europe.amazon.com',
  A1PA6795UKMFR9: 'sellercentral-europe.amazon.com',
  A13V1IB3VIYZZH: 'sellercentral-europe.amazon.com',
  APJ6JRA9NG5V4: 'sellercentral-europe.amazon.com',
  A1RKKUPIHCS9HS: 'sellercentral-europe.amazon.com',
  A1805IZSGTT6HS: 'sellercentral-europe.amazon.com',
  A2NODRKZP88ZB9: 'sellercentral-europe.amazon.com',
  A1C3SOZRARQ6R3: 'sellercentral-europe.amazon.com',
  AMEN7PMS3EDWL: 'sellercentral-europe.amazon.com',
  A28R8C7NBKEWEA: 'sellercentral-europe.amazon.com',
  A33AVAJ2PDY3EV: 'sellercentral.amazon.com.tr',
  A1VC38T7YXB528: 'sellercentral.amazon.co.jp',
  A39IBJ37TRP1C6: 'sellercentral.amazon.com.au',
  A21TJRUUN4KGV: 'sellercentral.amazon.in',
  A2VIGQ35RCS4UG: 'sellercentral.amazon.ae',
  A17E79C6D8DWNP: 'sellercentral.amazon.sa',
  ARBP9OOSHTCHU: 'sellercentral.amazon.eg',
  A19VAU5U5O7RUS: 'sellercentral.amazon.sg',
};

/** The Seller Central page where each action is done by hand. */
export const SELLER_CENTRAL_PAGES: Readonly<Record<CapabilityAction, string>> = {
  addReviewComment: '/brand-customer-reviews/',
  contactCustomer: '/brand-customer-reviews/',
  postFeedbackReply: '/feedback-manager/index.html',
  removeFeedbackReply: '/feedback-manager/index.html',
  requestFeedbackRemoval: '/feedback-manager/index.html',
  askBuyerToRemoveFeedback: '/feedback-manager/index.html',
};

/** The Seller Central page for `action` in the marketplace's Seller Central (`https://…`). */
export function sellerCentralUrl(action: CapabilityAction, marketplaceId: string | undefined): string {
  const host =
    (marketplaceId !== undefined && Object.hasOwn(HOSTS, marketplaceId) ? HOSTS[marketplaceId] : undefined) ??
    HOSTS.ATVPDKIKX0DER!;
  return `https://${host}${SELLER_CENTRAL_PAGES[action]}`;
}
