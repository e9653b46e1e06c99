import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/feedback-table.js';
import type { FeedbackTable } from './feedback-table.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { forwardAdapter } from '../../data/lazy-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { ActivityInput, AdapterCapabilities, SellerKitAdapter } from '../../data/models.js';
import { feedbackEntry, NOW, openConfirm } from './test-helpers.js';
import { allByRole, byRole } from '../../../test/support/dom.js';
import { stubLoader } from '../../../test/support/loaders.js';

/** f1 (2★, 1 day old, mfn) can be asked about; f5 (1★) has a reply; f3 (4★) is positive. */
function memory(): SellerKitAdapter {
  return createMemoryAdapter({
    now: NOW,
    session: {
      marketplaceId: 'A1PA6795UKMFR9',
      permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'edit' },
    },
    feedback: [
      feedbackEntry(1),
      feedbackEntry(3),
      feedbackEntry(5, { rating: 1, reply: { text: 'We are sorry.', postedAt: NOW.toISOString() } }),
    ],
  });
}

async function mount(adapter: SellerKitAdapter) {
  const provider = await fixture(
    html`<review-kit-provider .adapter=${adapter} .now=${NOW}><feedback-table></feedback-table></review-kit-provider>`,
  );
  const el = provider.querySelector('feedback-table') as FeedbackTable;
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelectorAll('table.feedback tbody tr').length === 3, 'rows', { timeout: 5000 });
  return { el, root };
}

const rowOf = (root: ShadowRoot, id: string) => root.querySelector<HTMLTableRowElement>(`tr[data-id="${id}"]`)!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('feedback-table capabilities (SPEC §9)', () => {
  it("'manual': each action is a link … in Seller Central (new tab, noopener), recorded as activity", async () => {
    const recorded: ActivityInput[] = [];
    const capabilities: AdapterCapabilities = {
      postFeedbackReply: 'manual',
      removeFeedbackReply: 'manual',
      requestFeedbackRemoval: 'manual',
      askBuyerToRemoveFeedback: 'manual',
    };
    const base = memory();
    const adapter = forwardAdapter(base, {
      capabilities,
      recordActivity: (input) => {
        recorded.push(input);
        return Promise.resolve({ id: 'a1', at: NOW.toISOString(), actor: 'x', summary: '', outcome: 'ok', ...input });
      },
    });
    const { el, root } = await mount(adapter);
    const f1 = rowOf(root, 'f1');
    for (const name of ['Post a public reply', 'Request removal', 'Ask buyer to remove']) {
      expect(allByRole(f1, 'button', name), name).to.have.length(0);
    }
    const reply = byRole(f1, 'link', 'Reply in Seller Central') as HTMLAnchorElement;
    expect(reply.href).to.equal('https://sellercentral-europe.amazon.com/feedback-manager/index.html');
    expect([reply.target, reply.rel]).to.deep.equal(['_blank', 'noopener']);
    expect(allByRole(f1, 'link', 'Request removal in Seller Central')).to.have.length(1);
    expect(allByRole(f1, 'link', 'Ask buyer to remove in Seller Central')).to.have.length(1);
    expect(allByRole(rowOf(root, 'f5'), 'link', 'Remove reply in Seller Central')).to.have.length(1);
    // Positive feedback: no Ask buyer link.
    expect(allByRole(rowOf(root, 'f3'), 'link', 'Ask buyer to remove in Seller Central')).to.have.length(0);
    await expect(el).to.be.accessible();
    // Following the link (the new tab is prevented here) records the activity.
    reply.addEventListener('click', (e) => e.preventDefault(), { once: true });
    reply.click();
    await waitUntil(() => recorded.length === 1);
    expect(recorded[0]).to.deep.include({ type: 'seller-central-opened', targetId: 'f1' });
  });

  it("'manual': the links' code loads with the page; a failed load is the list's error with Retry, which loads it", async () => {
    // The links' code is not in the first load: an adapter with a 'manual' action loads it with its page. A chunk
    // that cannot load (offline, a deploy that removed it) fails the page, never a row without its action.
    const links = stubLoader('feedback-table', 'loadSellerCentral', 1);
    try {
      const adapter = forwardAdapter(memory(), { capabilities: { postFeedbackReply: 'manual' } });
      const provider = await fixture(
        html`<review-kit-provider .adapter=${adapter} .now=${NOW}
          ><feedback-table></feedback-table
        ></review-kit-provider>`,
      );
      const el = provider.querySelector('feedback-table') as FeedbackTable;
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('.recent [role=alert]'), 'the page failed');
      expect(text(root.querySelector('.recent [role=alert]'))).to.contain('network is unreachable');
      expect(root.querySelector('table.feedback')).to.equal(null);
      await expect(el).to.be.accessible();
      byRole(root.querySelector('.recent')!, 'button', 'Retry').click();
      await waitUntil(() => root.querySelectorAll('table.feedback tbody tr').length === 3, 'rows after Retry');
      expect(links.calls).to.equal(2);
      expect(allByRole(rowOf(root, 'f1'), 'link', 'Reply in Seller Central')).to.have.length(1);
      expect(root.querySelector('.recent [role=alert]')).to.equal(null);
    } finally {
      links.restore();
    }
  });

  it("'api': the links' code is not loaded at all", async () => {
    const links = stubLoader('feedback-table', 'loadSellerCentral');
    try {
      const { root } = await mount(memory());
      expect(allByRole(rowOf(root, 'f1'), 'button', 'Post a public reply')).to.have.length(1);
      expect(links.calls).to.equal(0);
    } finally {
      links.restore();
    }
  });

  it("'none': the actions are absent; without askBuyerToRemoveFeedback there is no Ask buyer", async () => {
    const none: AdapterCapabilities = {
      postFeedbackReply: 'none',
      removeFeedbackReply: 'none',
      requestFeedbackRemoval: 'none',
      askBuyerToRemoveFeedback: 'none',
    };
    const { el, root } = await mount(forwardAdapter(memory(), { capabilities: none }));
    for (const id of ['f1', 'f3', 'f5']) {
      const row = rowOf(root, id);
      expect(row.querySelectorAll('.actions button, .actions a'), id).to.have.length(0);
    }
    await expect(el).to.be.accessible();

    const plain = memory() as SellerKitAdapter & { askBuyerToRemoveFeedback?: unknown };
    const { askBuyerToRemoveFeedback: _omit, ...withoutAsk } = forwardAdapter(plain);
    const second = await mount(withoutAsk as SellerKitAdapter);
    const f1 = rowOf(second.root, 'f1');
    expect(allByRole(f1, 'button', 'Post a public reply')).to.have.length(1);
    expect(allByRole(f1, 'button', 'Ask buyer to remove')).to.have.length(0);
  });

  describe('Ask buyer to remove', () => {
    async function openAsk(root: ShadowRoot) {
      byRole(rowOf(root, 'f1'), 'button', 'Ask buyer to remove').click();
      return openConfirm(root);
    }

    it('is offered on 1–2★ feedback only, asks to confirm the problem was resolved, then shows the date, once', async () => {
      const { el, root } = await mount(memory());
      expect(allByRole(rowOf(root, 'f3'), 'button', 'Ask buyer to remove')).to.have.length(0);
      expect(allByRole(rowOf(root, 'f5'), 'button', 'Ask buyer to remove')).to.have.length(1);
      const dialog = await openAsk(root);
      expect(text(dialog.querySelector('h2'))).to.equal('Ask the buyer to remove this feedback?');
      expect(text(dialog)).to.contain('Only once you have resolved the buyer’s problem');
      await expect(el).to.be.accessible();
      byRole(dialog, 'button', 'The problem is resolved: ask the buyer').click();
      await waitUntil(() => !dialog.open, 'closed');
      const f1 = rowOf(root, 'f1');
      await waitUntil(() => text(f1).includes('Buyer asked to remove it on'));
      expect(allByRole(f1, 'button', 'Ask buyer to remove')).to.have.length(0);
      expect(text(root.querySelector('.visually-hidden[role=status]'))).to.contain(
        'The buyer was asked to remove the feedback.',
      );
      await expect(el).to.be.accessible();
    });

    it('Cancel asks nothing', async () => {
      let calls = 0;
      const base = memory();
      const adapter = forwardAdapter(base, {
        askBuyerToRemoveFeedback: (id, o) => (calls++, base.askBuyerToRemoveFeedback!(id, o)),
      });
      const { root } = await mount(adapter);
      const dialog = await openAsk(root);
      byRole(dialog, 'button', 'Cancel').click();
      await waitUntil(() => !dialog.open);
      expect(calls).to.equal(0);
      expect(allByRole(rowOf(root, 'f1'), 'button', 'Ask buyer to remove')).to.have.length(1);
    });

    it('a failure stays visible in the dialog and the row keeps its button; a retry succeeds', async () => {
      const base = memory();
      let fail = true;
      const adapter = forwardAdapter(base, {
        askBuyerToRemoveFeedback: (id, o) =>
          fail ? Promise.reject(new SellerKitError('network', 'down')) : base.askBuyerToRemoveFeedback!(id, o),
      });
      const { el, root } = await mount(adapter);
      const dialog = await openAsk(root);
      byRole(dialog, 'button', 'The problem is resolved: ask the buyer').click();
      await waitUntil(() => dialog.querySelector('[role=alert]'), 'error shown');
      expect(dialog.open).to.equal(true);
      await expect(el).to.be.accessible();
      fail = false;
      byRole(dialog, 'button', 'The problem is resolved: ask the buyer').click();
      await waitUntil(() => !dialog.open);
      await waitUntil(() => text(rowOf(root, 'f1')).includes('Buyer asked to remove it on'));
    });
  });
});
