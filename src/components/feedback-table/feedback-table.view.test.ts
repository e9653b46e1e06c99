import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/feedback-table.js';
import type { FeedbackTable } from './feedback-table.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import type { SellerKitAdapter } from '../../data/models.js';
import { feedbackEntry, NOW } from './test-helpers.js';
import { byRole } from '../../../test/support/dom.js';
import { stubLoader } from '../../../test/support/loaders.js';

/** Counts the feedback requests (made beside the table's code, never after it). */
function counted() {
  const base = createMemoryAdapter({ now: NOW, feedback: [feedbackEntry(1), feedbackEntry(2), feedbackEntry(3)] });
  const calls = { list: 0, summary: 0 };
  const adapter: SellerKitAdapter = {
    ...base,
    listFeedback: (q, o) => (calls.list++, base.listFeedback(q, o)),
    getFeedbackSummary: (o) => (calls.summary++, base.getFeedbackSummary(o)),
  };
  return { adapter, calls };
}

async function mount(adapter: SellerKitAdapter) {
  const provider = await fixture(
    html`<review-kit-provider .adapter=${adapter} .now=${NOW}><feedback-table></feedback-table></review-kit-provider>`,
  );
  const el = provider.querySelector('feedback-table') as FeedbackTable;
  return { el, root: el.shadowRoot! };
}

const rows = (root: ShadowRoot) => root.querySelectorAll('table.feedback tbody tr');
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('feedback-table: the table loads with the first data', () => {
  it('a table whose code cannot load (offline, a removed chunk): the network error with Retry, which loads it', async () => {
    const view = stubLoader('feedback-table', 'loadView', Infinity);
    try {
      const { adapter, calls } = counted();
      const { el, root } = await mount(adapter);
      await waitUntil(() => root.querySelector('[role=alert]'), 'the failure shown');
      expect(text(root.querySelector('[role=alert]'))).to.contain('The network is unreachable');
      expect(root.querySelector('table.feedback'), 'no table').to.equal(null);
      expect(root.querySelector('.summary'), 'no summary').to.equal(null);
      // The requests did not wait for the table's code: they ran beside it.
      expect(calls, 'requested beside the code').to.deep.equal({ list: 1, summary: 1 });
      await expect(el).to.be.accessible();

      view.restore();
      byRole(root, 'button', 'Retry').click();
      await waitUntil(() => rows(root).length === 3, 'rows after Retry', { timeout: 5000 });
      expect(root.querySelector('[role=alert]')).to.equal(null);
      expect(text(root.querySelector('#rating-title'))).to.equal('Feedback rating');
      expect(calls).to.deep.equal({ list: 2, summary: 2 }); // Retry asks again for the code and the data
    } finally {
      view.restore();
    }
  });

  it('Retry after a failed load loads the code again (the page shares it once loaded)', async () => {
    const view = stubLoader('feedback-table', 'loadView', 1);
    try {
      const { root } = await mount(counted().adapter);
      await waitUntil(() => root.querySelector('[role=alert]'), 'the failure shown');
      byRole(root, 'button', 'Retry').click();
      await waitUntil(() => rows(root).length === 3, 'rows after Retry', { timeout: 5000 });
      expect(view.calls).to.equal(2);
      // A second table on the page renders with the shared code.
      const second = await mount(counted().adapter);
      await waitUntil(() => rows(second.root).length === 3, 'rows of the second table', { timeout: 5000 });
      expect(view.calls).to.equal(3);
    } finally {
      view.restore();
    }
  });

  it("the summary's and the list's requests start before the table's code has arrived", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const proto = customElements.get('feedback-table')!.prototype as unknown as { loadView(): Promise<unknown> };
    const real = proto.loadView;
    proto.loadView = function (this: unknown) {
      return held.then(() => real.call(this));
    };
    try {
      const { adapter, calls } = counted();
      const { root } = await mount(adapter);
      await waitUntil(() => calls.list === 1 && calls.summary === 1, 'both requests made while the code is held');
      expect(root.querySelector('[part=loading]'), 'the skeleton meanwhile').to.not.equal(null);
      release();
      await waitUntil(() => rows(root).length === 3, 'rows once the code is there', { timeout: 5000 });
    } finally {
      proto.loadView = real;
    }
  });
});
