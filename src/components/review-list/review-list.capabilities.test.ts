import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import '../../define/contact-customer-dialog.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { forwardAdapter } from '../../data/lazy-adapter.js';
import type { ActivityInput, AdapterCapabilities, SellerKitAdapter } from '../../data/models.js';
import type { ReviewList } from './review-list.js';
import type { ContactCustomerDialog } from '../contact-customer-dialog/contact-customer-dialog.js';
import { NOW, makeReview } from './test-helpers.js';
import { review as contactReview } from '../contact-customer-dialog/test-helpers/fixtures.js';
import { allByRole, byRole } from '../../../test/support/dom.js';
import { stubLoader } from '../../../test/support/loaders.js';

const UK = 'A1F83G8C2ARO7P';

/** A critical review (1★, verified, seller of record) in the UK, so Comment and Contact customer are both offered. */
function adapter(capabilities?: AdapterCapabilities, recorded: ActivityInput[] = []): SellerKitAdapter {
  const base = createMemoryAdapter({
    now: NOW,
    session: { marketplaceId: UK },
    reviews: [makeReview(0, { rating: 1, marketplaceId: UK }), contactReview({ id: 'c1', marketplaceId: UK })],
  });
  return forwardAdapter(base, {
    ...(capabilities ? { capabilities } : {}),
    recordActivity: (input) => {
      recorded.push(input);
      return Promise.resolve({ id: 'a', at: NOW.toISOString(), actor: 'x', summary: '', outcome: 'ok', ...input });
    },
  });
}

async function mountList(a: SellerKitAdapter) {
  const provider = await fixture(
    html`<review-kit-provider .adapter=${a} .now=${NOW}><review-list></review-list></review-kit-provider>`,
  );
  const el = provider.querySelector('review-list') as ReviewList;
  await waitUntil(() => el.shadowRoot!.querySelector('article.review'), 'reviews', { timeout: 5000 });
  await el.updateComplete;
  return { el, root: el.shadowRoot!, card: el.shadowRoot!.querySelector<HTMLElement>('article.review')! };
}

describe('capabilities in review-list and contact-customer-dialog (SPEC §9)', () => {
  it("review-list 'manual': Comment and Contact customer are links to Seller Central, recorded when followed", async () => {
    const recorded: ActivityInput[] = [];
    const { el, card } = await mountList(adapter({ addReviewComment: 'manual', contactCustomer: 'manual' }, recorded));
    expect(allByRole(card, 'button', 'Comment')).to.have.length(0);
    expect(allByRole(card, 'button', 'Contact customer')).to.have.length(0);
    const comment = byRole(card, 'link', 'Comment in Seller Central') as HTMLAnchorElement;
    expect(comment.href).to.equal('https://sellercentral-europe.amazon.com/brand-customer-reviews/');
    expect([comment.target, comment.rel]).to.deep.equal(['_blank', 'noopener']);
    expect(allByRole(card, 'link', 'Contact customer in Seller Central')).to.have.length(1);
    await expect(el).to.be.accessible();
    comment.addEventListener('click', (e) => e.preventDefault(), { once: true });
    comment.click();
    await waitUntil(() => recorded.length === 1);
    expect(recorded[0]).to.deep.include({ type: 'seller-central-opened' });
  });

  it("review-list 'manual': the links' code loads with the page; a failed load is the list's error with Retry", async () => {
    // Not in the first load: an adapter with a 'manual' action loads the links' code with its page, so the links show
    // with the reviews. A chunk that cannot load fails the page (its error and Retry), never a card without its action.
    const links = stubLoader('review-list', 'loadSellerCentral', 1);
    try {
      const provider = await fixture(
        html`<review-kit-provider .adapter=${adapter({ addReviewComment: 'manual' })} .now=${NOW}
          ><review-list></review-list
        ></review-kit-provider>`,
      );
      const el = provider.querySelector('review-list') as ReviewList;
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('.state.error'), 'the page failed');
      expect(root.querySelector('.state.error')!.textContent).to.contain('network is unreachable');
      expect(root.querySelector('article.review')).to.equal(null);
      await expect(el).to.be.accessible();
      byRole(root.querySelector<HTMLElement>('.state.error')!, 'button', 'Retry').click();
      await waitUntil(() => root.querySelector('article.review'), 'reviews after Retry');
      expect(links.calls).to.equal(2);
      const card = root.querySelector<HTMLElement>('article.review')!;
      expect(allByRole(card, 'link', 'Comment in Seller Central')).to.have.length(1);
      expect(allByRole(card, 'button', 'Contact customer')).to.have.length(1);
    } finally {
      links.restore();
    }
  });

  it("review-list: a 'manual' action known only after the page loaded loads the links' code and shows its link", async () => {
    // The adapter's capabilities appear later (as an HTTP adapter's do once a session has loaded).
    const known: { capabilities?: AdapterCapabilities } = {};
    const late = { ...adapter() } as SellerKitAdapter;
    Object.defineProperty(late, 'capabilities', { get: () => known.capabilities, configurable: true });
    const { el, card } = await mountList(late);
    expect(allByRole(card, 'button', 'Comment')).to.have.length(1);
    known.capabilities = { addReviewComment: 'manual' };
    el.requestUpdate();
    await el.updateComplete;
    expect(allByRole(card, 'button', 'Comment')).to.have.length(0);
    expect(allByRole(card, 'link', 'Comment in Seller Central')).to.have.length(1);
  });

  it("review-list 'none': Comment and Contact customer are absent; Mark as done and Report abuse stay", async () => {
    const { el, card } = await mountList(adapter({ addReviewComment: 'none', contactCustomer: 'none' }));
    expect(allByRole(card, 'button', 'Comment')).to.have.length(0);
    expect(allByRole(card, 'button', 'Contact customer')).to.have.length(0);
    expect(allByRole(card, 'link', /Seller Central/)).to.have.length(0);
    expect(card.querySelector('input[type=checkbox]')).to.not.equal(null);
    expect(card.querySelector('a.report')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  async function openDialog(a: SellerKitAdapter) {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <button id="trigger">Open</button>
        <review-kit-provider .adapter=${a} .now=${NOW}
          ><contact-customer-dialog></contact-customer-dialog
        ></review-kit-provider>
      </div>`,
    );
    const el = wrap.querySelector('contact-customer-dialog') as ContactCustomerDialog;
    const trigger = wrap.querySelector<HTMLButtonElement>('#trigger')!;
    trigger.focus();
    el.show(contactReview({ id: 'c1', marketplaceId: UK }), trigger);
    const root = el.shadowRoot!;
    await waitUntil(
      () => root.querySelector('.loading') === null && allByRole(root, 'button', 'Cancel').length,
      'content',
    );
    await el.updateComplete;
    return { el, root };
  }

  it("contact-customer-dialog 'manual': a link instead of a form that cannot be sent, no Send button", async () => {
    const { el, root } = await openDialog(adapter({ contactCustomer: 'manual' }));
    expect(root.querySelector('form')).to.equal(null);
    expect(allByRole(root, 'button', 'Send')).to.have.length(0);
    const link = byRole(root, 'link', 'Contact customer in Seller Central') as HTMLAnchorElement;
    expect(link.href).to.equal('https://sellercentral-europe.amazon.com/brand-customer-reviews/');
    expect(link.rel).to.equal('noopener');
    await expect(el).to.be.accessible();
  });

  it("contact-customer-dialog 'none': no form, no link, only Cancel", async () => {
    const { el, root } = await openDialog(adapter({ contactCustomer: 'none' }));
    expect(root.querySelector('form')).to.equal(null);
    expect(allByRole(root, 'link', /Seller Central/)).to.have.length(0);
    expect(allByRole(root, 'button', 'Send')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
