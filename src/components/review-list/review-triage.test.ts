/** `<review-list>` triage (issue 21): bulk Mark as done with Undo, "Needs attention" first, shortcuts, density. */
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { Review, ReviewQuery, SellerKitAdapter } from '../../data/models.js';
import type { ReviewList } from './review-list.js';
import { BATCH_CONCURRENCY } from './review-triage.js';
import { NOW, allByRole, byRole, makeReview, wrapAdapter } from './test-helpers.js';

type Spy = SellerKitAdapter & { queries: ReviewQuery[]; keys: string[]; inFlight: number; maxInFlight: number };

function spy(reviews: Review[], fail: (id: string) => boolean = () => false): Spy {
  const base = createMemoryAdapter({ reviews, now: NOW });
  const a = wrapAdapter(base) as Spy;
  a.queries = [];
  a.keys = [];
  a.inFlight = a.maxInFlight = 0;
  const list = a.listReviews;
  a.listReviews = (q, o) => (a.queries.push(q ?? {}), list(q, o));
  a.setReviewDone = async (id, done, o) => {
    a.keys.push(o?.idempotencyKey ?? '');
    a.inFlight++;
    a.maxInFlight = Math.max(a.maxInFlight, a.inFlight);
    try {
      await new Promise((r) => setTimeout(r, 5));
      if (fail(id)) throw new SellerKitError('network', 'offline');
      return await base.setReviewDone(id, done, o);
    } finally {
      a.inFlight--;
    }
  };
  return a;
}

type Settling = { taskComplete: Promise<unknown> };
async function settle(el: ReviewList): Promise<void> {
  const { sessionTask, listTask } = el as unknown as { sessionTask: Settling; listTask: Settling };
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await sessionTask.taskComplete.catch(() => undefined);
    await listTask.taskComplete.catch(() => undefined);
  }
  await el.updateComplete;
}

async function mount(adapter: SellerKitAdapter, inner = html`<review-list></review-list>`): Promise<ReviewList> {
  const provider = await fixture(
    html`<review-kit-provider lang="en" .adapter=${adapter} .now=${NOW}>${inner}</review-kit-provider>`,
  );
  const el = provider.querySelector('review-list')!;
  await settle(el);
  return el;
}

const root = (el: ReviewList) => el.shadowRoot!;
const ids = (el: ReviewList) => [...root(el).querySelectorAll<HTMLElement>('article')].map((a) => a.dataset.id);
const article = (el: ReviewList, id: string) => root(el).querySelector<HTMLElement>(`article[data-id="${id}"]`)!;
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const announced = (el: ReviewList) => text(root(el).querySelector('[aria-live="polite"]'));
const selectAll = (el: ReviewList) => byRole<HTMLInputElement>(root(el), 'checkbox', 'Select all on this page');
const select = (el: ReviewList, id: string) => byRole<HTMLInputElement>(article(el, id), 'checkbox', /^Select review/);
const button = (el: ReviewList, name: string) => byRole<HTMLButtonElement>(root(el), 'button', name);
/** What has focus, as text (a failed comparison of DOM nodes makes mocha's diff hang the browser). */
function focused(el: ReviewList): string {
  const a = root(el).activeElement as HTMLElement | null;
  if (!a) return 'none';
  if (a.localName === 'article') return `article ${a.dataset.id}`;
  return `${a.localName} ${a.getAttribute('aria-label') ?? text(a.closest('label') ?? a)}`;
}
const name = (a: HTMLElement) =>
  a.localName === 'article'
    ? `article ${a.dataset.id}`
    : `${a.localName} ${a.getAttribute('aria-label') ?? text(a.closest('label') ?? a)}`;
const critical = (n: number) => Array.from({ length: n }, (_, i) => makeReview(i, { rating: 1 }));

async function waitIdle(el: ReviewList, a: Spy): Promise<void> {
  await el.updateComplete; // the triage actions' code loads on the first press
  await waitUntil(() => a.inFlight === 0 && !root(el).querySelector('.saving'), 'batch still running');
  await settle(el);
}

describe('<review-list> triage', () => {
  describe('bulk', () => {
    it('selects all on the page and marks them done: one request each with its own key, one announcement, Undo', async function () {
      this.timeout(30_000); // two axe runs over the whole list under a shared CPU
      const a = spy(critical(3));
      const el = await mount(a);
      expect(select(el, 'r0').getAttribute('aria-label')).to.equal('Select review “Review title 0” by Reviewer 0');
      expect(button(el, 'Mark selected as done').getAttribute('aria-disabled')).to.equal('true');
      selectAll(el).click();
      await el.updateComplete;
      expect(['r0', 'r1', 'r2'].map((id) => select(el, id).checked)).to.deep.equal([true, true, true]);
      expect(text(root(el).querySelector('.selected-count'))).to.equal('3 selected');
      await expect(el).to.be.accessible();
      button(el, 'Mark selected as done').click();
      await waitIdle(el, a);
      expect(a.keys).to.have.length(3);
      expect(new Set(a.keys).size).to.equal(3);
      expect(ids(el)).to.deep.equal([]);
      await waitUntil(() => announced(el) === '3 reviews marked as done.', 'announced marked');
      button(el, 'Undo').focus();
      button(el, 'Undo').click();
      await waitIdle(el, a);
      await waitUntil(() => ids(el).length === 3, `the reviews came back: ${ids(el).join()}`);
      expect(ids(el)).to.deep.equal(['r0', 'r1', 'r2']);
      await waitUntil(() => announced(el) === 'Undone: 3 reviews are back as they were.', 'announced undone');
      expect(allByRole(root(el), 'button', 'Undo')).to.have.length(0);
      expect(focused(el)).to.equal(name(selectAll(el)));
      await expect(el).to.be.accessible();
    });

    it('several: "Select all" shows the mixed state; only the selected ones change', async () => {
      const a = spy(critical(3));
      const el = await mount(a);
      select(el, 'r0').click();
      select(el, 'r2').click();
      await el.updateComplete;
      expect(selectAll(el).indeterminate).to.equal(true);
      expect(selectAll(el).checked).to.equal(false);
      await expect(el).to.be.accessible();
      button(el, 'Mark selected as done').click();
      await waitIdle(el, a);
      expect(ids(el)).to.deep.equal(['r1']);
      expect(select(el, 'r1').checked).to.equal(false);
      expect(selectAll(el).indeterminate).to.equal(false);
      await waitUntil(() => announced(el) === '2 reviews marked as done.');
    });

    it('partial failure: the failed review is rolled back with its alert and stays selected; the others are kept', async () => {
      const a = spy(critical(3), (id) => id === 'r1');
      const el = await mount(a);
      selectAll(el).click();
      await el.updateComplete;
      button(el, 'Mark selected as done').click();
      await waitIdle(el, a);
      expect(ids(el)).to.deep.equal(['r1']);
      const r1 = article(el, 'r1');
      expect(byRole<HTMLInputElement>(r1, 'checkbox', 'Mark as done').checked).to.equal(false);
      expect(text(byRole(r1, 'alert'))).to.match(/^Could not save “Mark as done”; the change was undone\./);
      expect(select(el, 'r1').checked).to.equal(true);
      await waitUntil(
        () => announced(el) === '2 reviews marked as done. 1 review could not be saved and was left as it was.',
      );
      await expect(el).to.be.accessible();
      // Undo reverts the two that were saved; the failed one is untouched.
      button(el, 'Undo').click();
      await waitIdle(el, a);
      await waitUntil(() => ids(el).length === 3);
      const all = await a.listReviews({ includeDone: true });
      expect(all.items.filter((r) => r.done)).to.have.length(0);
    });

    it(`sends at most ${BATCH_CONCURRENCY} requests at a time`, async () => {
      const a = spy(critical(12));
      const el = await mount(a);
      selectAll(el).click();
      await el.updateComplete;
      button(el, 'Mark selected as done').click();
      // Shown from the first render after the click (polling could miss it: the batch takes a few ms).
      await el.updateComplete;
      expect(text(root(el).querySelector('.saving'))).to.equal('Saving 12 reviews…');
      await waitIdle(el, a);
      expect(a.keys).to.have.length(12);
      expect(a.maxInFlight).to.be.within(2, BATCH_CONCURRENCY);
    });

    it('"Restore selected" when done reviews are shown', async () => {
      const a = spy([makeReview(0, { rating: 2, done: true }), makeReview(1, { rating: 2, done: true })]);
      const el = await mount(a, html`<review-list include-done></review-list>`);
      selectAll(el).click();
      await el.updateComplete;
      button(el, 'Restore selected').click();
      await waitIdle(el, a);
      expect(ids(el)).to.deep.equal(['r0', 'r1']);
      expect(allByRole<HTMLInputElement>(root(el), 'checkbox', 'Mark as done').map((c) => c.checked)).to.deep.equal([
        false,
        false,
      ]);
      await waitUntil(() => announced(el) === '2 reviews restored.');
    });

    it('works from the keyboard alone: Space on "Select all", Tab to "Mark selected as done", Enter', async () => {
      const a = spy(critical(2));
      const el = await mount(a);
      selectAll(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(select(el, 'r1').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(name(button(el, 'Mark selected as done')));
      await sendKeys({ press: 'Enter' });
      await waitIdle(el, a);
      expect(ids(el)).to.deep.equal([]);
      expect(focused(el)).to.equal(name(button(el, 'Mark selected as done'))); // aria-disabled, still focusable
    });

    it('view-only sessions get no selection', async () => {
      const el = await mount(
        wrapAdapter(
          createMemoryAdapter({
            reviews: critical(2),
            now: NOW,
            session: { permissions: { reviews: 'view', feedback: 'view', accountHealth: 'view' } },
          }),
        ),
      );
      expect(allByRole(root(el), 'checkbox', /^Select/)).to.have.length(0);
      expect(allByRole(root(el), 'button', 'Keyboard shortcuts')).to.have.length(1);
    });
  });

  describe('"Needs attention" first', () => {
    it('is the default sort: critical reviews not yet done first, then the newest', async () => {
      const reviews = [
        makeReview(0, { rating: 5 }),
        makeReview(1, { rating: 4 }),
        makeReview(2, { rating: 2 }),
        makeReview(3, { rating: 1 }),
      ];
      const a = spy(reviews);
      const el = await mount(a);
      expect(el.sort).to.equal('attention');
      expect(a.queries.at(-1)!.sort).to.equal('attention');
      expect(ids(el)).to.deep.equal(['r2', 'r3', 'r0', 'r1']);
      const sort = byRole<HTMLSelectElement>(root(el), 'combobox', /^Sort by/);
      expect(sort.selectedOptions[0]!.text).to.equal('Needs attention first');
    });
  });

  describe('keyboard shortcuts', () => {
    it('x selects, e marks as done, j/k move — on a review, never in a text field', async () => {
      const a = spy(critical(3));
      const el = await mount(a);
      article(el, 'r0').focus();
      await sendKeys({ press: 'x' });
      await el.updateComplete;
      expect(select(el, 'r0').checked).to.equal(true);
      await sendKeys({ press: 'j' });
      expect(focused(el)).to.equal(name(article(el, 'r1')));
      await sendKeys({ press: 'x' });
      await el.updateComplete;
      expect(select(el, 'r1').checked).to.equal(true);
      // From a control inside a review too.
      select(el, 'r1').focus();
      await sendKeys({ press: 'k' });
      expect(focused(el)).to.equal(name(article(el, 'r0')));
      // Modified keys are not shortcuts. (Shift+X as an event on the focused review: WebKit's WebDriver supports only
      // "press" and "type", not holding Shift down.)
      const focusedEl = el.shadowRoot!.activeElement as HTMLElement;
      focusedEl.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'X', shiftKey: true, bubbles: true, composed: true }),
      );
      await el.updateComplete;
      expect(select(el, 'r0').checked).to.equal(true);
      // Typing in the search field types.
      const search = byRole<HTMLInputElement>(root(el), 'searchbox', /^Search reviews/);
      search.focus();
      await sendKeys({ type: 'xej' });
      expect(search.value).to.equal('xej');
      expect(focused(el)).to.equal(name(search));
      expect(select(el, 'r0').checked).to.equal(true);
      // Clear the search again and let the list settle: the field searches 200 ms after the last key, and a slow
      // machine may have searched for "xej" already (no review listed until the empty search lists them again).
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
      expect(search.value).to.equal('');
      await new Promise((r) => setTimeout(r, 300));
      await waitUntil(() => article(el, 'r2'), 'the reviews are listed again after the search is cleared');
      await waitIdle(el, a);
      // e on a review: Mark as done (the review's own checkbox).
      article(el, 'r2').focus();
      await sendKeys({ press: 'e' });
      await waitIdle(el, a);
      await waitUntil(() => !article(el, 'r2'));
      expect(a.keys).to.have.length(1);
    });

    it('? opens the Keyboard shortcuts dialog; Escape closes it and focus returns', async () => {
      const el = await mount(spy(critical(2)));
      article(el, 'r0').focus();
      await sendKeys({ press: '?' });
      const dialog = root(el).querySelector<HTMLDialogElement>('dialog.shortcut-help')!;
      await waitUntil(() => dialog.open);
      expect(text(dialog.querySelector('h2'))).to.equal('Keyboard shortcuts');
      expect(text(dialog.querySelector('tbody'))).to.contain('Select or unselect the review');
      await expect(el).to.be.accessible();
      // Keys typed in the dialog are not shortcuts.
      await sendKeys({ press: 'x' });
      expect(select(el, 'r0').checked).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(focused(el)).to.equal(name(article(el, 'r0')));
      // The visible button opens it too.
      button(el, 'Keyboard shortcuts').click();
      await waitUntil(() => dialog.open);
      button(el, 'Close').click();
      await waitUntil(() => !dialog.open);
      expect(focused(el)).to.equal(name(button(el, 'Keyboard shortcuts')));
    });

    it('can be turned off: shortcuts="off", or "Use single-key shortcuts" in the dialog (arrow keys still work)', async () => {
      const el = await mount(spy(critical(3)), html`<review-list shortcuts="off"></review-list>`);
      expect(el.shortcuts).to.equal(false);
      article(el, 'r0').focus();
      await sendKeys({ press: 'x' });
      await sendKeys({ press: 'j' });
      await sendKeys({ press: '?' });
      await el.updateComplete;
      expect(select(el, 'r0').checked).to.equal(false);
      expect(focused(el)).to.equal(name(article(el, 'r0')));
      expect(root(el).querySelector<HTMLDialogElement>('dialog.shortcut-help')!.open).to.equal(false);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(name(article(el, 'r1')));
      // The user turns them on in the dialog.
      button(el, 'Keyboard shortcuts').click();
      await el.updateComplete;
      const toggle = byRole<HTMLInputElement>(root(el), 'checkbox', 'Use single-key shortcuts');
      expect(toggle.checked).to.equal(false);
      toggle.click();
      expect(el.shortcuts).to.equal(true);
      button(el, 'Close').click();
      article(el, 'r1').focus();
      await sendKeys({ press: 'x' });
      await el.updateComplete;
      expect(select(el, 'r1').checked).to.equal(true);
    });
  });

  describe('density and the guide', () => {
    it('compact density is an attribute; the removal guide is shown once per list', async () => {
      const el = await mount(spy(critical(3)), html`<review-list density="compact"></review-list>`);
      expect(el.getAttribute('density')).to.equal('compact');
      const body = article(el, 'r0').querySelector('.body')!;
      expect(getComputedStyle(body).overflow).to.equal('hidden');
      expect(allByRole(root(el), 'group', 'When can a review be removed?')).to.have.length(1);
      expect(allByRole(article(el, 'r0'), 'group', 'When can a review be removed?')).to.have.length(0);
      await expect(el).to.be.accessible();
      el.density = 'comfortable';
      await el.updateComplete;
      expect(getComputedStyle(body).overflow).to.equal('visible');
    });
  });
});

describe('<review-list> counts (issue 21)', () => {
  it('shows how many each star and period filter would list, beside the label (names unchanged)', async () => {
    const reviews = [makeReview(0, { rating: 1 }), makeReview(1, { rating: 1 }), makeReview(2, { rating: 5 })];
    const el = await mount(spy(reviews));
    await waitUntil(() => root(el).querySelector('#count-rating-1'), 'counts shown');
    const one = byRole<HTMLInputElement>(root(el), 'checkbox', '1 star');
    expect(text(root(el).getElementById(one.getAttribute('aria-describedby')!))).to.contain('2 reviews');
    expect(text(root(el).querySelector('#count-rating-5'))).to.contain('1 review');
    expect(text(root(el).querySelector('#period-counts'))).to.equal('All time: 3 · Last 7 days: 3 · Last 30 days: 3');
    await expect(el).to.be.accessible();
  });
});
