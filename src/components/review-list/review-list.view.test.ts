/**
 * `<review-list>`'s first load is a small shell: the loaded list (`review-list.view.ts`, with its strings and styles)
 * loads with the first data. These tests cover that split: a view that cannot load, the skeleton before data, the
 * styles of the loaded list.
 */
import { css } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import type { SellerKitAdapter, Session } from '../../data/models.js';
import { ReviewList } from './review-list.js';
import { NOW, allByRole, byRole, makeReview, wrapAdapter } from './test-helpers.js';
import { stubLoader } from '../../../test/support/loaders.js';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

function adapterWith(session?: Partial<Session>, over: Partial<SellerKitAdapter> = {}): SellerKitAdapter {
  const base = createMemoryAdapter({ reviews: [makeReview(1), makeReview(2, { rating: 1 })], session, now: NOW });
  return wrapAdapter(base, over);
}

async function mount(adapter: SellerKitAdapter): Promise<[ReviewList, ShadowRoot]> {
  const provider = await fixture(
    html`<review-kit-provider .adapter=${adapter} .now=${NOW}><review-list></review-list></review-kit-provider>`,
  );
  const el = provider.querySelector('review-list')!;
  return [el, el.shadowRoot!];
}

describe('<review-list> view (loaded with the first data)', () => {
  it('a view that cannot load (offline, a removed chunk): the network error with Retry, which loads it', async () => {
    const view = stubLoader('review-list', 'loadView', Infinity);
    try {
      const [el, root] = await mount(adapterWith());
      await waitUntil(() => root.querySelector('[role=alert]'), 'error shown');
      const alert = root.querySelector('[role=alert]')!;
      expect(text(alert)).to.contain('The network is unreachable');
      expect(root.querySelector('article')).to.equal(null);
      expect(root.querySelector('[part=loading]')).to.equal(null);
      await expect(el).to.be.accessible();
      view.restore();
      byRole(alert as HTMLElement, 'button', 'Retry').click();
      await waitUntil(() => root.querySelector('article[data-id]'), 'reviews shown');
      await el.updateComplete;
      expect(allByRole(root, 'article')).to.have.length(2);
      expect(byRole(root, 'feed').getAttribute('aria-label')).to.equal('Customer reviews');
      await expect(el).to.be.accessible();
    } finally {
      view.restore();
    }
  });

  it("a view whose load fails (the session's and the list's tries) loads on Retry; the list then works from the keyboard", async () => {
    const view = stubLoader('review-list', 'loadView', 2); // the session's and the list's loads fail
    try {
      const [el, root] = await mount(adapterWith());
      await waitUntil(() => root.querySelector('[role=alert] button'), 'Retry shown');
      byRole(root.querySelector<HTMLElement>('[role=alert]')!, 'button', 'Retry').click();
      await waitUntil(() => root.querySelector('article[data-id]'), 'reviews shown');
      await el.updateComplete;
      const first = root.querySelector<HTMLElement>('article[data-id]')!;
      first.focus();
      await sendKeys({ press: 'j' });
      await waitUntil(() => (root.activeElement as HTMLElement | null)?.dataset.id === 'r2', 'J moved to the next');
    } finally {
      view.restore();
    }
  });

  it('no permission with a view that cannot load: the error with Retry (the message needs the list strings)', async () => {
    const view = stubLoader('review-list', 'loadView', 1);
    try {
      const [el, root] = await mount(
        adapterWith({ permissions: { reviews: 'none', feedback: 'edit', accountHealth: 'edit' } }),
      );
      await waitUntil(() => root.querySelector('[role=alert] button'), 'Retry shown');
      expect(text(root.querySelector('[role=alert]'))).to.contain('The network is unreachable');
      byRole(root.querySelector<HTMLElement>('[role=alert]')!, 'button', 'Retry').click();
      await waitUntil(() => root.querySelector('[part=no-permission]'), 'no permission shown');
      expect(text(root.querySelector('[part=no-permission]'))).to.contain('No access to customer reviews');
      await expect(el).to.be.accessible();
    } finally {
      view.restore();
    }
  });

  it('shows the skeleton before data, and the view starts loading before the page has arrived', async () => {
    const view = stubLoader('review-list', 'loadView');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const base = adapterWith();
    try {
      const [el, root] = await mount(
        adapterWith(undefined, { listReviews: (q, o) => held.then(() => base.listReviews(q, o)) }),
      );
      await waitUntil(() => view.calls > 0, 'view requested');
      expect(root.querySelector('[part=loading]'), 'skeleton').not.to.equal(null);
      expect(text(root.querySelector('[part=loading]'))).to.contain('Loading');
      expect(root.querySelector('article')).to.equal(null);
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => root.querySelector('article[data-id]'), 'reviews shown');
      expect(root.querySelector('[part=loading]')).to.equal(null);
    } finally {
      release();
      view.restore();
    }
  });

  it("the loaded list's styles apply with its first render", async () => {
    const [el, root] = await mount(adapterWith());
    await waitUntil(() => root.querySelector('article[data-id]'), 'reviews shown');
    await el.updateComplete;
    expect(getComputedStyle(root.querySelector('.filters')!).display).to.equal('flex');
    expect(getComputedStyle(root.querySelector('#feed-hint')!).position).to.equal('absolute'); // shared styles kept
    el.density = 'compact';
    await el.updateComplete;
    expect(el.getAttribute('density')).to.equal('compact');
  });

  it("a host's subclass still overrides the list's styles (they keep their place before the subclass's)", async () => {
    class AcmeReviewList extends ReviewList {
      static override styles = [
        ...ReviewList.styles,
        css`
          .filters {
            display: grid;
          }
        `,
      ];
    }
    customElements.define('acme-review-list-view-test', AcmeReviewList);
    const provider = await fixture(
      html`<review-kit-provider .adapter=${adapterWith()} .now=${NOW}
        ><acme-review-list-view-test></acme-review-list-view-test
      ></review-kit-provider>`,
    );
    const el = provider.querySelector<ReviewList>('acme-review-list-view-test')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('article[data-id]'), 'reviews shown');
    await el.updateComplete;
    expect(getComputedStyle(root.querySelector('.filters')!).display).to.equal('grid');
    expect(getComputedStyle(root.querySelector('#feed-hint')!).position).to.equal('absolute');
  });
});
