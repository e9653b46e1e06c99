/**
 * SPEC §9 `capabilities` end to end in the browser: elements over the kit's HTTP adapter, over the REST contract
 * (MSW → createRequestHandler), over an adapter whose capabilities say `'manual'` (as the Amazon adapter's do).
 * The elements learn them from `GET /session` and show the Seller Central links, never a form the server would
 * refuse with 403 `manual-only`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker, type SetupWorker } from 'msw/browser';
import '../src/define/review-kit-provider.js';
import '../src/define/review-list.js';
import '../src/define/feedback-table.js';
import '../src/define/contact-customer-dialog.js';
import { createHttpAdapter } from '../src/data/http-adapter.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import { forwardAdapter } from '../src/data/lazy-adapter.js';
import { SellerKitError } from '../src/data/errors.js';
import { createHandlers } from '../src/mocks/index.js';
import type { AdapterCapabilities, SellerKitAdapter } from '../src/data/models.js';
import type { ContactCustomerDialog } from '../src/components/contact-customer-dialog/contact-customer-dialog.js';
import { NOW, makeReview } from '../src/components/review-list/test-helpers.js';
import { feedbackEntry, openConfirm } from '../src/components/feedback-table/test-helpers.js';
import { review as contactReview } from '../src/components/contact-customer-dialog/test-helpers/fixtures.js';
import { allByRole, byRole } from './support/dom.js';

const BASE = '/caps-e2e-api';
const UK = 'A1F83G8C2ARO7P';

/** What the Amazon adapter says (src/amazon/amazon-adapter.ts AMAZON_CAPABILITIES). */
const AMAZON_LIKE: AdapterCapabilities = {
  addReviewComment: 'manual',
  contactCustomer: 'manual',
  postFeedbackReply: 'manual',
  removeFeedbackReply: 'manual',
  requestFeedbackRemoval: 'manual',
  askBuyerToRemoveFeedback: 'api',
};

/** The server's adapter: a UK seller with a critical review, and 2★ feedback f1 that may be asked about. */
function backend(capabilities: AdapterCapabilities, over: Partial<SellerKitAdapter> = {}): SellerKitAdapter {
  const memory = createMemoryAdapter({
    now: NOW,
    session: {
      marketplaceId: UK,
      permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'edit' },
    },
    reviews: [makeReview(0, { rating: 1, marketplaceId: UK }), contactReview({ id: 'c1', marketplaceId: UK })],
    feedback: [feedbackEntry(1), feedbackEntry(3)],
  });
  return forwardAdapter(memory, { capabilities, ...over });
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('capabilities over HTTP in the elements (SPEC §9)', () => {
  let worker: SetupWorker;
  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  });
  after(() => worker.stop());

  const http = () => createHttpAdapter({ baseUrl: BASE, retries: 0 });

  it("review-list: 'manual' Comment and Contact customer are Seller Central links", async () => {
    worker.resetHandlers(...createHandlers(backend(AMAZON_LIKE), { baseUrl: BASE }));
    const provider = await fixture(
      html`<review-kit-provider .adapter=${http()} .now=${NOW}><review-list></review-list></review-kit-provider>`,
    );
    const el = provider.querySelector('review-list')!;
    await waitUntil(() => el.shadowRoot!.querySelector('article.review'), 'reviews', { timeout: 5000 });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const card = el.shadowRoot!.querySelector<HTMLElement>('article.review')!;
    expect(allByRole(card, 'button', 'Comment')).to.have.length(0);
    expect(allByRole(card, 'button', 'Contact customer')).to.have.length(0);
    const link = byRole<HTMLAnchorElement>(card, 'link', 'Comment in Seller Central');
    expect(link.href).to.equal('https://sellercentral-europe.amazon.com/brand-customer-reviews/');
    expect(allByRole(card, 'link', 'Contact customer in Seller Central')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it("feedback-table (through <review-kit-provider api>): 'manual' reply and removal are links; Ask buyer stays", async () => {
    worker.resetHandlers(...createHandlers(backend(AMAZON_LIKE), { baseUrl: BASE }));
    const provider = await fixture(
      html`<review-kit-provider api=${BASE} .now=${NOW}><feedback-table></feedback-table></review-kit-provider>`,
    );
    const el = provider.querySelector('feedback-table')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('tr[data-id="f1"]'), 'rows', { timeout: 5000 });
    const f1 = root.querySelector<HTMLElement>('tr[data-id="f1"]')!;
    expect(allByRole(f1, 'button', 'Post a public reply')).to.have.length(0);
    expect(allByRole(f1, 'button', 'Request removal')).to.have.length(0);
    expect(byRole<HTMLAnchorElement>(f1, 'link', 'Reply in Seller Central').href).to.equal(
      'https://sellercentral-europe.amazon.com/feedback-manager/index.html',
    );
    expect(allByRole(f1, 'link', 'Request removal in Seller Central')).to.have.length(1);
    expect(allByRole(f1, 'button', 'Ask buyer to remove')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('feedback-table: Amazon not offering the message for the order is said in words, not as a generic error', async () => {
    const refuse = () =>
      Promise.reject(
        new SellerKitError('policy-violation', 'Amazon does not offer the negative-feedback removal message', {
          status: 422,
          reasons: ['not-offered-by-amazon'],
        }),
      );
    worker.resetHandlers(
      ...createHandlers(backend(AMAZON_LIKE, { askBuyerToRemoveFeedback: refuse }), { baseUrl: BASE }),
    );
    const provider = await fixture(
      html`<review-kit-provider .adapter=${http()} .now=${NOW}><feedback-table></feedback-table></review-kit-provider>`,
    );
    const el = provider.querySelector('feedback-table')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('tr[data-id="f1"]'), 'rows', { timeout: 5000 });
    byRole(root.querySelector<HTMLElement>('tr[data-id="f1"]')!, 'button', 'Ask buyer to remove').click();
    const dialog = await openConfirm(root);
    byRole(dialog, 'button', 'The problem is resolved: ask the buyer').click();
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'refusal shown', { timeout: 5000 });
    const alert = text(dialog.querySelector('[role=alert]'));
    expect(alert).to.contain('Amazon doesn’t offer its message asking the buyer to remove feedback for this order');
    expect(alert).to.not.contain('not-offered-by-amazon');
    await expect(el).to.be.accessible();
  });

  it("contact-customer-dialog: 'manual' is a Seller Central link instead of the form", async () => {
    worker.resetHandlers(...createHandlers(backend(AMAZON_LIKE), { baseUrl: BASE }));
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <button id="trigger">Open</button>
        <review-kit-provider .adapter=${http()} .now=${NOW}
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
      { timeout: 5000 },
    );
    await el.updateComplete;
    expect(root.querySelector('form')).to.equal(null);
    expect(allByRole(root, 'button', 'Send')).to.have.length(0);
    expect(byRole<HTMLAnchorElement>(root, 'link', 'Contact customer in Seller Central').href).to.equal(
      'https://sellercentral-europe.amazon.com/brand-customer-reviews/',
    );
    await expect(el).to.be.accessible();
  });

  it('agency mode: each account shows what its own adapter offers', async () => {
    const de = backend({ postFeedbackReply: 'manual' });
    const fr = backend({ postFeedbackReply: 'api' });
    const root = forwardAdapter(backend({}), { forAccount: (id) => (id === 'de' ? de : fr) });
    worker.resetHandlers(...createHandlers(root, { baseUrl: BASE }));
    const api = http();
    for (const [account, link] of [
      ['de', 1],
      ['fr', 0],
    ] as const) {
      const provider = await fixture(
        html`<review-kit-provider .adapter=${api} account=${account} .now=${NOW}
          ><feedback-table></feedback-table
        ></review-kit-provider>`,
      );
      const sr = provider.querySelector('feedback-table')!.shadowRoot!;
      await waitUntil(() => sr.querySelector('tr[data-id="f1"]'), `${account} rows`, { timeout: 5000 });
      const f1 = sr.querySelector<HTMLElement>('tr[data-id="f1"]')!;
      expect(allByRole(f1, 'link', 'Reply in Seller Central'), account).to.have.length(link);
      expect(allByRole(f1, 'button', 'Post a public reply'), account).to.have.length(1 - link);
    }
  });
});
