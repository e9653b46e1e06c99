import { expect } from '@open-wc/testing';
import { CAPABILITY_ACTIONS } from '../data/models.js';
import { buyerRemovalEligibility, BUYER_REMOVAL_WINDOW_DAYS } from './feedback.js';
import { SELLER_CENTRAL_PAGES, capabilityMode, sellerCentralUrl } from './seller-central.js';
import { DAY, NOW, makeFeedback } from '../../test/support/index.js';

describe('Seller Central pages (SPEC §9 manual actions)', () => {
  it('links each action to its page in the marketplace’s Seller Central', () => {
    expect(sellerCentralUrl('postFeedbackReply', 'ATVPDKIKX0DER')).to.equal(
      'https://sellercentral.amazon.com/feedback-manager/index.html',
    );
    expect(sellerCentralUrl('contactCustomer', 'A1PA6795UKMFR9')).to.equal(
      'https://sellercentral-europe.amazon.com/brand-customer-reviews/',
    );
    expect(sellerCentralUrl('addReviewComment', 'A1VC38T7YXB528')).to.equal(
      'https://sellercentral.amazon.co.jp/brand-customer-reviews/',
    );
    // Unknown or missing marketplace: the US host; a prototype key is not a marketplace.
    expect(sellerCentralUrl('requestFeedbackRemoval', 'nope')).to.match(/^https:\/\/sellercentral\.amazon\.com\//);
    expect(sellerCentralUrl('requestFeedbackRemoval', 'constructor')).to.match(
      /^https:\/\/sellercentral\.amazon\.com\//,
    );
    expect(sellerCentralUrl('askBuyerToRemoveFeedback', undefined)).to.match(/feedback-manager/);
    expect(Object.keys(SELLER_CENTRAL_PAGES).sort()).to.deep.equal([...CAPABILITY_ACTIONS].sort());
  });

  it('capabilityMode: given modes win, missing is api, Ask buyer needs its method', () => {
    expect(capabilityMode(undefined, 'postFeedbackReply')).to.equal('api');
    expect(capabilityMode({ postFeedbackReply: 'manual' }, 'postFeedbackReply')).to.equal('manual');
    expect(capabilityMode({ contactCustomer: 'none' }, 'contactCustomer')).to.equal('none');
    expect(capabilityMode({}, 'askBuyerToRemoveFeedback', false)).to.equal('none');
    expect(capabilityMode({ askBuyerToRemoveFeedback: 'api' }, 'askBuyerToRemoveFeedback', false)).to.equal('none');
    expect(capabilityMode({ askBuyerToRemoveFeedback: 'manual' }, 'askBuyerToRemoveFeedback', false)).to.equal(
      'manual',
    );
    expect(capabilityMode(undefined, 'askBuyerToRemoveFeedback', true)).to.equal('api');
  });
});

describe('buyerRemovalEligibility (Ask buyer to remove, SPEC §9)', () => {
  const at = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
  it('allows 1–2★ feedback within the window, once, while not removed', () => {
    expect(buyerRemovalEligibility(makeFeedback(1, { rating: 1, date: at(1) }), NOW)).to.deep.equal({
      eligible: true,
      reasons: [],
    });
    expect(buyerRemovalEligibility(makeFeedback(1, { rating: 2, date: at(BUYER_REMOVAL_WINDOW_DAYS) }), NOW).eligible)
      .to.be.true;
    const reasons = (over: Parameters<typeof makeFeedback>[1]) =>
      buyerRemovalEligibility(makeFeedback(1, { rating: 1, date: at(1), ...over }), NOW).reasons;
    expect(reasons({ rating: 3 })).to.deep.equal(['not-negative']);
    expect(reasons({ buyerRemovalRequestedAt: at(0) })).to.deep.equal(['already-asked']);
    expect(reasons({ removal: { status: 'removed', reason: 'obscene', requestedAt: at(1) } })).to.deep.equal([
      'already-removed',
    ]);
    expect(reasons({ date: at(BUYER_REMOVAL_WINDOW_DAYS + 1) })).to.deep.equal(['too-old']);
    expect(reasons({ date: 'not a date' })).to.deep.equal(['too-old']);
    expect(buyerRemovalEligibility(makeFeedback(1, { rating: 1, date: at(200) }), NOW, { windowDays: 365 }).eligible).to
      .be.true;
  });
});
