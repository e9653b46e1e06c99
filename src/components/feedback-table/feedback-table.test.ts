import { fixture, html, expect, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/review-kit-provider.js';
import '../../define/feedback-table.js';
import type { FeedbackTable } from './feedback-table.js';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../data/memory-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { CallOptions, Feedback, FeedbackQuery, SellerKitAdapter, Session } from '../../data/models.js';
import { createReportAdapter, parseSellerFeedbackReport } from '../../importers/index.js';
import { maskEmail, nextSort, excerpt, confidenceLevel, reportFilename } from './feedback-format.js';
import { allByRole, byRole, feedbackEntry, NOW, openConfirm } from './test-helpers.js';
import { LINT_LIMITS } from '../../policy/lint.js';
import type { LintController } from '../../controllers/lint-controller.js';
import { expectAbortOnRemoval } from '../../../test/support/lifecycle.js';
import { allByRole as deepAllByRole, byRole as deepByRole, deepQueryAll } from '../../../test/support/dom.js';

type Perm = Session['permissions']['feedback'];

function memory(opts: MemoryAdapterOptions & { perm?: Perm } = {}) {
  const { perm = 'edit', ...rest } = opts;
  return createMemoryAdapter({
    now: NOW,
    session: { permissions: { reviews: 'edit', feedback: perm, accountHealth: 'edit' } },
    ...rest,
  });
}

/** Records every listFeedback query and mutation (with its idempotency key). */
function spy(a: SellerKitAdapter) {
  const queries: FeedbackQuery[] = [];
  const keys: Record<string, (string | undefined)[]> = {};
  const record = (m: string, o?: CallOptions) => (keys[m] ??= []).push(o?.idempotencyKey);
  const wrapped: SellerKitAdapter = {
    ...a,
    listFeedback: (q, o) => {
      queries.push(q);
      return a.listFeedback(q, o);
    },
    postFeedbackReply: (id, t, o) => (record('post', o), a.postFeedbackReply(id, t, o)),
    removeFeedbackReply: (id, o) => (record('remove', o), a.removeFeedbackReply(id, o)),
    requestFeedbackRemoval: (id, r, o) => (record('removal', o), a.requestFeedbackRemoval(id, r, o)),
  };
  return { adapter: wrapped, queries, keys };
}

async function mount(adapter: SellerKitAdapter | null, lang = 'en') {
  const provider = await fixture(
    html`<review-kit-provider .adapter=${adapter ?? undefined} .now=${NOW} lang=${lang}
      ><feedback-table></feedback-table
    ></review-kit-provider>`,
  );
  const el = provider.querySelector('feedback-table') as FeedbackTable;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLTableRowElement>('table.feedback tbody tr')];
const ready = (root: ShadowRoot) => waitUntil(() => rows(root).length > 0, 'rows rendered', { timeout: 5000 });
const rowOf = (root: ShadowRoot, id: string) => root.querySelector<HTMLTableRowElement>(`tr[data-id="${id}"]`)!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The next event of a type, typed from HTMLElementEventMap. */
function oneEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, name: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => el.addEventListener(name, resolve, { once: true }));
}

/** A control by role and name, through shadow roots (the removal dialog is inside `<feedback-removal-dialog>`). */
async function findRole(root: ParentNode, role: string, name: string) {
  await waitUntil(() => deepAllByRole(root, role, name).length > 0, `${role} ${name}`);
  return deepByRole(root, role, name);
}

/** The removal dialog, inside `<feedback-removal-dialog>` (defined on the first "Request removal"). */
const removalDialog = (root: ShadowRoot) => deepQueryAll<HTMLDialogElement>(root, 'dialog.removal')[0] ?? null;

/** Waits until the removal dialog is open, and returns it. */
async function openedRemoval(root: ShadowRoot, message = 'removal dialog open') {
  await waitUntil(() => removalDialog(root)?.open, message);
  return removalDialog(root)!;
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function settle(el: FeedbackTable) {
  await aTimeout(0);
  await el.updateComplete;
}

/** Opens the removal dialog of row `id` and picks the reason whose radio is named `reason`. */
async function pickRemoval(el: FeedbackTable, root: ShadowRoot, id: string, reason: string) {
  byRole(rowOf(root, id), 'button', 'Request removal').click();
  const dialog = await openedRemoval(root);
  byRole(dialog, 'radio', reason).click();
  await settle(el);
  return dialog;
}

async function type(textarea: HTMLTextAreaElement, value: string) {
  textarea.value = value;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('feedback-table', () => {
  describe('helpers', () => {
    it('masks emails keeping three characters and the domain', () => {
      expect(maskEmail('x7k9q2m@marketplace.amazon.com')).to.equal('x7k***@marketplace.amazon.com');
      expect(maskEmail('ab@x.com')).to.equal('a***@x.com');
    });
    it('cycles sorts per column', () => {
      expect(nextSort('newest', 'date')).to.equal('oldest');
      expect(nextSort('oldest', 'date')).to.equal('newest');
      expect(nextSort('newest', 'rating')).to.equal('rating-asc');
      expect(nextSort('rating-asc', 'rating')).to.equal('rating-desc');
      expect(nextSort('rating-desc', 'order')).to.equal('order-asc');
    });
    it('cuts excerpts and names confidence', () => {
      const x = excerpt('a'.repeat(100) + 'MATCH' + 'b'.repeat(100), 100, 105, 10);
      expect(x).to.deep.equal({ before: '…aaaaaaaaaa', match: 'MATCH', after: 'bbbbbbbbbb…' });
      expect([0.95, 0.7, 0.5].map(confidenceLevel)).to.deep.equal(['high', 'medium', 'low']);
      expect(reportFilename(NOW)).to.equal('Feedback-2026-11-20.txt');
    });
  });

  describe('states', () => {
    it('shows a configuration error without an adapter', async () => {
      const { el, root } = await mount(null);
      expect(byRole(root, 'alert').textContent).to.contain('Not connected to any data');
      await expect(el).to.be.accessible();
    });

    it('shows a loading skeleton while data loads', async () => {
      const never = new Promise<never>(() => undefined);
      const a = memory();
      const { el, root } = await mount({ ...a, getSession: () => never });
      expect(root.querySelector('.loading .skeleton')).to.exist;
      expect(byRole(root, 'status').textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
    });

    it('shows a skeleton with aria-busy for the list while the session is known', async () => {
      const a = memory({ feedback: [feedbackEntry(1)] });
      const { el, root } = await mount({ ...a, listFeedback: () => new Promise(() => undefined) });
      await waitUntil(() => root.querySelector('section.recent'));
      await settle(el);
      expect(root.querySelector('section.recent')!.getAttribute('aria-busy')).to.equal('true');
      expect(root.querySelector('section.recent .skeleton')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows an empty state', async () => {
      const { el, root } = await mount(memory({ feedback: [] }));
      await waitUntil(() => root.querySelector('.empty'));
      expect(text(root.querySelector('.empty'))).to.equal('No feedback yet.');
      await expect(el).to.be.accessible();
    });

    it('shows a list error with a working retry', async () => {
      const a = memory({ feedback: [feedbackEntry(1)] });
      let fail = true;
      const { el, root } = await mount({
        ...a,
        listFeedback: (q, o) => (fail ? Promise.reject(new SellerKitError('server', 'boom')) : a.listFeedback(q, o)),
      });
      await waitUntil(() => root.querySelector('section.recent [role=alert]'));
      const alert = root.querySelector('section.recent [role=alert]')!;
      expect(text(alert)).to.contain('The server had a problem');
      expect(text(alert)).not.to.contain('boom');
      await expect(el).to.be.accessible();
      fail = false;
      byRole(alert, 'button', 'Retry').click();
      await ready(root);
      expect(rows(root)).to.have.length(1);
    });

    it('shows a session error with retry, and a summary error separately', async () => {
      const a = memory({ feedback: [feedbackEntry(1)] });
      let fail = true;
      const { el, root } = await mount({
        ...a,
        getSession: (o) => (fail ? Promise.reject(new SellerKitError('network', 'x')) : a.getSession(o)),
        getFeedbackSummary: () => Promise.reject(new SellerKitError('timeout', 'x')),
      });
      await waitUntil(() => root.querySelector('[role=alert]'));
      expect(text(byRole(root, 'alert'))).to.contain('network is unreachable');
      fail = false;
      byRole(root, 'button', 'Retry').click();
      await ready(root);
      await waitUntil(() => root.querySelector('section.summary [role=alert]'));
      expect(text(root.querySelector('section.summary [role=alert]'))).to.contain('took too long');
      await expect(el).to.be.accessible();
    });

    it('shows no-permission without loading feedback', async () => {
      const s = spy(memory({ perm: 'none', feedback: [feedbackEntry(1)] }));
      const { el, root } = await mount(s.adapter);
      await waitUntil(() => root.querySelector('.no-permission'));
      expect(text(byRole(root, 'alert'))).to.contain('No access to feedback');
      await aTimeout(20);
      expect(s.queries).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('is read-only with view permission: no actions, email not revealable', async () => {
      const f = feedbackEntry(1, { rating: 1, reply: { text: 'Sorry', postedAt: NOW.toISOString() } });
      const { el, root } = await mount(memory({ perm: 'view', feedback: [f, feedbackEntry(2)] }));
      await ready(root);
      for (const name of ['Post a public reply', 'Remove reply', 'Request removal', 'Show email']) {
        expect(allByRole(root, 'button', name), name).to.have.length(0);
      }
      expect(text(rowOf(root, 'f1').querySelector('.email'))).to.equal('x7k***@marketplace.amazon.com');
      expect(text(rowOf(root, 'f1').querySelector('.actions'))).to.equal('View only');
      await expect(el).to.be.accessible();
    });

    it('renders in German', async () => {
      const { root } = await mount(memory({ feedback: [feedbackEntry(1)] }), 'de');
      await ready(root);
      await waitUntil(() => allByRole(root, 'columnheader', 'Datum').length > 0, 'German loaded');
      expect(allByRole(root, 'radio', 'Alle Bewertungen')).to.have.length(1);
    });
  });

  it('aborts its requests when removed from the page, and loads again when put back', async () => {
    const base = memory({ feedback: [feedbackEntry(1)] });
    await expectAbortOnRemoval('feedback-table', base, 'listFeedback', (r) => rows(r).length > 0, NOW);
  });

  describe('summary', () => {
    it('shows the rating and a proper summary table', async () => {
      const feedback = [
        feedbackEntry(1, { rating: 5, date: new Date(NOW.getTime() - 5 * 864e5).toISOString() }),
        feedbackEntry(2, { rating: 4, date: new Date(NOW.getTime() - 60 * 864e5).toISOString() }),
        feedbackEntry(3, { rating: 1, date: new Date(NOW.getTime() - 10 * 864e5).toISOString() }),
        feedbackEntry(4, { rating: 3, date: new Date(NOW.getTime() - 500 * 864e5).toISOString() }),
      ];
      const { el, root } = await mount(memory({ feedback }));
      await waitUntil(() => root.querySelector('table.periods'));
      expect(text(root.querySelector('.summary .rating'))).to.contain('3.3 out of 5 stars');
      expect(text(root.querySelector('.summary .rating'))).to.contain('3 ratings in the past 12 months');
      const table = byRole(root, 'table', 'Feedback summary') as HTMLTableElement;
      const cols = [...table.querySelectorAll('thead th')].map(text);
      expect(cols).to.deep.equal(['Rating', '30 days', '90 days', '365 days', 'Lifetime']);
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.be.true;
      const heads = allByRole(table, 'rowheader').map(text);
      expect(heads).to.deep.equal(['Positive', 'Neutral', 'Negative', 'Count']);
      const cells = (i: number) => [...table.tBodies[0]!.rows[i]!.cells].slice(1).map(text);
      expect(cells(0)).to.deep.equal(['50% (1)', '67% (2)', '67% (2)', '50% (2)']);
      expect(cells(1)).to.deep.equal(['0% (0)', '0% (0)', '0% (0)', '25% (1)']);
      expect(cells(2)).to.deep.equal(['50% (1)', '33% (1)', '33% (1)', '25% (1)']);
      expect(cells(3)).to.deep.equal(['2', '3', '3', '4']);
      await expect(el).to.be.accessible();
    });

    it('says positive feedback is not known for report-based data instead of 0 %', async () => {
      const { el, root } = await mount(memory({ feedback: [feedbackEntry(1, { rating: 2 })], positiveKnown: false }));
      await waitUntil(() => root.querySelector('table.periods'));
      expect(text(root.querySelector('.positive-unknown'))).to.contain('only 1–3 star');
      const positive = [...root.querySelector('table.periods')!.querySelectorAll('tbody tr')][0]!;
      expect(text(positive)).not.to.contain('0%');
      expect(text(positive)).to.contain('Not known');
      // The total is not known either: it would be the 1–3 star count under the name "Count".
      const count = root.querySelector<HTMLTableElement>('table.periods')!.tBodies[0]!.rows[3]!;
      expect([...count.cells].slice(1).map(text)).to.deep.equal(Array(4).fill('Not known'));
      expect(root.querySelector('.summary .stars')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('recent feedback', () => {
    it('renders the columns and rows with masked emails and prioritised negatives', async () => {
      const feedback = [
        feedbackEntry(1, {
          rating: 1,
          questions: { arrivedOnTime: true, itemAsDescribed: false, promptCourteousService: null },
        }),
        feedbackEntry(2, { rating: 5 }),
      ];
      const { el, root } = await mount(memory({ feedback }));
      await ready(root);
      const table = byRole(root, 'table', 'Recent feedback');
      expect(allByRole(table, 'columnheader').map((th) => text(th).replace(/[▲▼↕]/g, '').trim())).to.deep.equal([
        'Date',
        'Rating',
        'Comments',
        'Order ID',
        'Rater email',
        'Actions',
      ]);
      const neg = rowOf(root, 'f1');
      expect(neg.classList.contains('priority')).to.be.true;
      expect(text(neg.querySelector('.badge'))).to.contain('Negative');
      expect(neg.querySelector('.badge [aria-hidden=true]')).to.exist;
      expect(text(neg.querySelector('.rating .visually-hidden'))).to.equal('1 out of 5 stars');
      expect(rowOf(root, 'f2').classList.contains('priority')).to.be.false;
      expect(text(neg.querySelector('.email-text'))).to.equal('x7k***@marketplace.amazon.com');
      const qs = [...neg.querySelectorAll('.questions div')].map(text);
      expect(qs).to.deep.equal(['Arrived on time Yes', 'Item as described No', 'Prompt and courteous service —']);
      expect(rowOf(root, 'f2').querySelector('.questions')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reveals and hides an email per row for editors', async () => {
      const { root } = await mount(memory({ feedback: [feedbackEntry(1), feedbackEntry(2)] }));
      await ready(root);
      const row = rowOf(root, 'f1');
      byRole(row, 'button', 'Show email').click();
      await waitUntil(() => text(row.querySelector('.email-text')) === 'x7k1q@marketplace.amazon.com');
      expect(text(rowOf(root, 'f2').querySelector('.email-text'))).to.equal('x7k***@marketplace.amazon.com');
      byRole(row, 'button', 'Hide email').click();
      await waitUntil(() => text(row.querySelector('.email-text')) === 'x7k***@marketplace.amazon.com');
    });

    it('renders hostile comment and reply text as text', async () => {
      const hostile = `<b>DO NOT BUY</b> <script>alert('x')</script><img src=x onerror="window.__pwned=1">`;
      const { root } = await mount(
        memory({
          feedback: [feedbackEntry(1, { comments: hostile, reply: { text: hostile, postedAt: NOW.toISOString() } })],
        }),
      );
      await ready(root);
      const row = rowOf(root, 'f1');
      expect(row.querySelector('b, script, img')).to.equal(null);
      expect(text(row.querySelector('.comment'))).to.equal(hostile);
      expect(text(row.querySelector('.reply-text'))).to.equal(hostile);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('lays out right-to-left comments, replies and drafts in their own direction (dir=auto)', async () => {
      const arabic = 'المنتج وصل متأخرا جدا!';
      const { el, root } = await mount(
        memory({
          feedback: [
            feedbackEntry(1, { comments: arabic, reply: { text: 'نعتذر عن التأخير.', postedAt: NOW.toISOString() } }),
            feedbackEntry(2, {
              comments: arabic,
              fulfillment: 'afn',
              removal: { status: 'struck-through', reason: 'fba-delivery', requestedAt: NOW.toISOString() },
            }),
            feedbackEntry(3, { comments: arabic }),
          ],
        }),
      );
      await ready(root);
      // Shown right to left, the "!" at the left end, not stranded on the right of an LTR line.
      expect(getComputedStyle(rowOf(root, 'f1').querySelector('.comment')!).direction).to.equal('rtl');
      expect(getComputedStyle(rowOf(root, 'f1').querySelector('.reply-text')!).direction).to.equal('rtl');
      expect(getComputedStyle(rowOf(root, 'f2').querySelector('s')!).direction).to.equal('rtl');
      byRole(rowOf(root, 'f3'), 'button', 'Post a public reply').click();
      await waitUntil(() => rowOf(root, 'f3').querySelector('textarea'));
      const box = rowOf(root, 'f3').querySelector('textarea')!;
      expect(box.getAttribute('dir')).to.equal('auto');
      await type(box, 'شكرا لك');
      await waitUntil(() => !(byRole(rowOf(root, 'f3'), 'button', 'Post reply') as HTMLButtonElement).disabled);
      byRole(rowOf(root, 'f3'), 'button', 'Post reply').click();
      const dialog = await openConfirm(root);
      expect(getComputedStyle(dialog.querySelector('blockquote')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('filters by rating, firing feedback-filter-change only on user action', async () => {
      const s = spy(memory({ feedback: [1, 2, 3, 4, 5].map((i) => feedbackEntry(i)) }));
      const { el, root } = await mount(s.adapter);
      let fired = 0;
      el.addEventListener('feedback-filter-change', () => fired++);
      await ready(root);
      expect(fired).to.equal(0);
      expect(allByRole(root, 'radio').map((r) => text((r as HTMLInputElement).labels![0]!))).to.deep.equal([
        'All ratings',
        'Positive',
        'Neutral',
        'Negative',
      ]);
      expect((byRole(root, 'radio', 'All ratings') as HTMLInputElement).checked).to.be.true;
      setTimeout(() => byRole(root, 'radio', 'Negative').click());
      const ev = await oneEvent(el, 'feedback-filter-change');
      expect(ev.filter).to.equal('negative');
      await waitUntil(() => rows(root).length === 2);
      expect(s.queries.at(-1)).to.include({ category: 'negative', offset: 0 });
      expect(rows(root).every((r) => r.classList.contains('negative'))).to.be.true;
      el.filter = 'positive';
      await waitUntil(() => rows(root).length === 2 && rows(root).every((r) => r.classList.contains('positive')));
      expect(fired).to.equal(1);
    });

    it('shows the empty-filter state', async () => {
      const { el, root } = await mount(memory({ feedback: [feedbackEntry(4, { rating: 5 })] }));
      await ready(root);
      byRole(root, 'radio', 'Negative').click();
      await waitUntil(() => root.querySelector('.empty'));
      expect(text(root.querySelector('.empty'))).to.equal('No feedback matches this filter.');
      await expect(el).to.be.accessible();
    });

    it('sorts by Date, Rating and Order ID with header buttons, Enter and Space, and aria-sort', async () => {
      const s = spy(memory({ feedback: [1, 2, 3, 4].map((i) => feedbackEntry(i)) }));
      const { el, root } = await mount(s.adapter);
      await ready(root);
      const th = (name: string) => byRole(root, 'button', new RegExp(`^${name}`)).closest('th')!;
      // The default, "Needs attention" (worst first), is no column's sort.
      expect(el.sort).to.equal('attention');
      expect(['Date', 'Rating', 'Order ID'].map((n) => th(n).getAttribute('aria-sort'))).to.deep.equal([
        'none',
        'none',
        'none',
      ]);
      el.sort = 'newest';
      await el.updateComplete;
      expect(th('Date').getAttribute('aria-sort')).to.equal('descending');
      expect(th('Rating').getAttribute('aria-sort')).to.equal('none');
      byRole(th('Rating'), 'button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => th('Rating').getAttribute('aria-sort') === 'ascending');
      await waitUntil(() => s.queries.at(-1)?.sort === 'rating-asc');
      await waitUntil(() => text(rows(root)[0]!.querySelector('.badge')).includes('Negative'));
      expect(th('Date').getAttribute('aria-sort')).to.equal('none');
      byRole(th('Rating'), 'button').focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => th('Rating').getAttribute('aria-sort') === 'descending');
      await waitUntil(() => s.queries.at(-1)?.sort === 'rating-desc');
      byRole(th('Order ID'), 'button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => th('Order ID').getAttribute('aria-sort') === 'ascending');
      await waitUntil(() => s.queries.at(-1)?.sort === 'order-asc');
      await settle(el);
      expect(rows(root).map((r) => r.dataset.id)).to.deep.equal(['f1', 'f2', 'f3', 'f4']);
      await expect(el).to.be.accessible();
    });

    it('pages through 10 000 rows with a DOM bounded by the page size', async () => {
      const adapter = memory({ seed: 7, counts: { feedback: 10000 } });
      const t0 = performance.now();
      const { el, root } = await mount(adapter);
      await ready(root);
      const ms = performance.now() - t0;
      console.log(`feedback-table: first rows of 10 000 feedback rendered in ${ms.toFixed(1)} ms`);
      expect(rows(root)).to.have.length(25);
      expect(root.querySelectorAll('tr').length).to.be.below(40);
      expect(text(root.querySelector('.page-status'))).to.equal('Showing 1–25 of 10,000');
      expect((byRole(root, 'button', 'Previous page') as HTMLButtonElement).disabled).to.be.true;
      const first = rows(root)[0]!.dataset.id;
      byRole(root, 'button', 'Next page').click();
      await waitUntil(() => text(root.querySelector('.page-status')) === 'Showing 26–50 of 10,000');
      await settle(el);
      expect(rows(root)).to.have.length(25);
      expect(rows(root)[0]!.dataset.id).not.to.equal(first);
      byRole(root, 'button', 'Previous page').click();
      await waitUntil(() => text(root.querySelector('.page-status')) === 'Showing 1–25 of 10,000');
      await expect(el).to.be.accessible();
    });
    it('pages with the keyboard and keeps focus in the pager on the last page', async () => {
      const { root } = await mount(memory({ feedback: Array.from({ length: 30 }, (_, i) => feedbackEntry(i + 1)) }));
      await ready(root);
      byRole(root, 'button', 'Next page').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(root.querySelector('.page-status')) === 'Showing 26–30 of 30');
      await waitUntil(() => root.activeElement === byRole(root, 'button', 'Previous page'), 'focus moved to Previous');
      expect(rows(root)).to.have.length(5);
    });
  });

  describe('public reply', () => {
    it('says the network is unreachable with Retry when the linter cannot load, keeps the draft and Post reply disabled, then lints after Retry', async () => {
      const { el, root } = await mount(memory({ feedback: [feedbackEntry(1, { rating: 2 })] }));
      await ready(root);
      // The element's own linter gets a loader that fails (the page's shared import is not touched).
      // The replies' chunk (with the linter's controller) loads once the user may edit (into the loaded view).
      const internals = el as unknown as { view?: { replies?: { lint: LintController } } };
      await waitUntil(() => internals.view?.replies, 'replies loaded');
      const lint = internals.view!.replies!.lint;
      lint.useLoader(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      try {
        const row = rowOf(root, 'f1');
        byRole(row, 'button', 'Post a public reply').click();
        await waitUntil(() => row.querySelector('.composer [role=alert]'), 'load failure shown');
        const alert = row.querySelector('.composer [role=alert]')!;
        expect(alert.textContent).to.contain('The network is unreachable');
        const box = byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement;
        box.value = 'Thank you, we are sorry for the delay.';
        box.dispatchEvent(new Event('input'));
        await el.updateComplete;
        expect((byRole(row, 'button', 'Post reply') as HTMLButtonElement).disabled, 'never sent unlinted').to.equal(
          true,
        );
        await expect(el).to.be.accessible();

        lint.useLoader();
        const retry = byRole(alert, 'button', 'Retry');
        retry.focus();
        retry.click();
        await waitUntil(() => !row.querySelector('.composer [role=alert]'), 'failure cleared');
        await waitUntil(() => root.activeElement?.localName === 'textarea', 'focus back in the text, not on <body>');
        await waitUntil(() => !(byRole(row, 'button', 'Post reply') as HTMLButtonElement).disabled, 'linted, postable');
        expect((byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement).value).to.equal(
          'Thank you, we are sorry for the delay.',
        );
      } finally {
        lint.useLoader();
      }
    });

    it('offers a fix for a blocking finding: Apply, from the keyboard, rewrites the reply and lints it again', async () => {
      const { el, root } = await mount(memory({ feedback: [feedbackEntry(1, { rating: 2 })] }));
      await ready(root);
      const row = rowOf(root, 'f1');
      byRole(row, 'button', 'Post a public reply').click();
      await waitUntil(() => row.querySelector('textarea'));
      const box = byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement;
      await type(box, 'We refunded the order. Please remove this feedback.');
      await settle(el);
      await waitUntil(() => row.querySelector('.finding.error'), 'the linter ran');
      const post = () => byRole(row, 'button', 'Post reply') as HTMLButtonElement;
      expect(post().disabled).to.be.true;
      const apply = byRole(
        row,
        'button',
        'Apply: replace “Please remove this feedback.” with “If you wish, you can update your feedback.”',
      ) as HTMLButtonElement;
      expect(text(apply)).to.equal('Apply');
      await expect(el).to.be.accessible();
      apply.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(box.value).to.equal('We refunded the order. If you wish, you can update your feedback.');
      expect(row.querySelectorAll('.finding.error')).to.have.length(0);
      expect(allByRole(row, 'button', /^Apply/)).to.have.length(0);
      expect(post().disabled).to.be.false;
      expect(root.activeElement).to.equal(box);
      expect(box.selectionStart).to.equal(box.value.length);
      await expect(el).to.be.accessible();
    });

    it('lints as the user types, confirms, posts once and shows the reply', async () => {
      const s = spy(memory({ feedback: [feedbackEntry(1, { rating: 2 })] }));
      const { el, root } = await mount(s.adapter);
      await ready(root);
      const row = rowOf(root, 'f1');
      expect(allByRole(root, 'button', /edit/i)).to.have.length(0);
      byRole(row, 'button', 'Post a public reply').click();
      await waitUntil(() => row.querySelector('textarea'));
      const box = byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement;
      await waitUntil(() => row.getRootNode() && root.activeElement === box);
      const post = () => byRole(row, 'button', 'Post reply') as HTMLButtonElement;
      expect(post().disabled, 'empty').to.be.true;
      const limit = LINT_LIMITS['feedback-reply'];
      await type(box, 'x'.repeat(limit + 1));
      await settle(el);
      expect(post().disabled, 'too long').to.be.true;
      expect(text(row.querySelector('.hint'))).to.contain(`${limit + 1} of ${limit} characters.`);
      expect(row.querySelectorAll('.finding.error')).to.have.length.above(0);
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await type(box, 'Thank you — we have refunded the order.');
      await settle(el);
      expect(row.querySelectorAll('.finding.error')).to.have.length(0);
      expect(post().disabled).to.be.false;
      post().click();
      const dialog = (await findRole(root, 'dialog', 'Post this public reply?')) as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      expect(text(dialog)).to.contain('a reply cannot be changed');
      expect(text(dialog.querySelector('blockquote'))).to.equal('Thank you — we have refunded the order.');
      await expect(el).to.be.accessible();
      const confirm = byRole(dialog, 'button', 'Post reply') as HTMLButtonElement;
      setTimeout(() => {
        confirm.click();
        confirm.click();
      });
      const ev = await oneEvent(el, 'feedback-reply-posted');
      expect(ev.feedback.reply?.text).to.equal('Thank you — we have refunded the order.');
      await waitUntil(() => !dialog.open);
      await settle(el);
      expect(s.keys.post).to.have.length(1);
      expect(s.keys.post![0]).to.be.a('string');
      expect(text(row.querySelector('.reply-text'))).to.equal('Thank you — we have refunded the order.');
      expect(row.querySelector('textarea')).to.equal(null);
      expect(allByRole(row, 'button', 'Post a public reply')).to.have.length(0);
      await waitUntil(() => root.activeElement === byRole(row, 'button', 'Remove reply'));
      expect(text(root.querySelector('.visually-hidden[role=status]'))).to.equal('Reply posted.');
    });

    it('keeps the draft on failure and retries with the same idempotency key', async () => {
      const a = memory({ feedback: [feedbackEntry(1)] });
      let fail = true;
      const s = spy({
        ...a,
        postFeedbackReply: (id, t, o) =>
          fail ? Promise.reject(new SellerKitError('network', 'x')) : a.postFeedbackReply(id, t, o),
      });
      const { el, root } = await mount(s.adapter);
      await ready(root);
      const row = rowOf(root, 'f1');
      byRole(row, 'button', 'Post a public reply').click();
      await waitUntil(() => row.querySelector('textarea'));
      await type(byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement, 'We are sorry.');
      await settle(el);
      byRole(row, 'button', 'Post reply').click();
      const dialog = await openConfirm(root);
      byRole(dialog, 'button', 'Post reply').click();
      await waitUntil(() => dialog.querySelector('[role=alert]'));
      expect(text(dialog.querySelector('[role=alert]'))).to.contain('network is unreachable');
      await expect(el).to.be.accessible();
      byRole(dialog, 'button', 'Cancel').click();
      await waitUntil(() => !dialog.open);
      await settle(el);
      expect((byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement).value).to.equal('We are sorry.');
      fail = false;
      byRole(row, 'button', 'Post reply').click();
      await waitUntil(() => dialog.open);
      byRole(dialog, 'button', 'Post reply').click();
      await waitUntil(() => row.querySelector('.reply-text'));
      expect(s.keys.post).to.have.length(2);
      expect(s.keys.post![0]).to.equal(s.keys.post![1]);
    });

    it('removes a reply after confirmation', async () => {
      const s = spy(
        memory({ feedback: [feedbackEntry(1, { reply: { text: 'Old reply', postedAt: NOW.toISOString() } })] }),
      );
      const { el, root } = await mount(s.adapter);
      await ready(root);
      const row = rowOf(root, 'f1');
      expect(text(row.querySelector('.reply-text'))).to.equal('Old reply');
      expect(allByRole(row, 'button', 'Post a public reply')).to.have.length(0);
      byRole(row, 'button', 'Remove reply').click();
      const dialog = (await findRole(root, 'dialog', 'Remove this reply?')) as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      setTimeout(() => byRole(dialog, 'button', 'Remove reply').click());
      const ev = await oneEvent(el, 'feedback-reply-removed');
      expect(ev.feedback.reply).to.equal(null);
      await waitUntil(() => !row.querySelector('.reply-text'));
      expect(s.keys.remove).to.have.length(1);
      // A removed reply cannot be replaced (it would change it): no "Post a public reply", the date instead.
      expect(ev.feedback.replyRemovedAt).to.be.a('string');
      expect(allByRole(row, 'button', 'Post a public reply')).to.have.length(0);
      expect(text(row.querySelector('.reply-removed'))).to.equal('Reply removed on Nov 20, 2026');
      await waitUntil(() => root.activeElement === byRole(row, 'button', 'Request removal'));
    });

    it('shows "Reply removed on <date>" instead of "Post a public reply" after a removed reply', async () => {
      const { el, root } = await mount(
        memory({ feedback: [feedbackEntry(1, { reply: null, replyRemovedAt: '2026-11-18T10:00:00.000Z' })] }),
        'de',
      );
      await ready(root);
      const row = rowOf(root, 'f1');
      await waitUntil(() => text(row.querySelector('.reply-removed')).startsWith('Antwort entfernt am'));
      expect(text(row.querySelector('.reply-removed'))).to.contain('2026');
      expect(row.querySelectorAll('[data-action="reply"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the dialog open on Escape (twice) while its request is pending, and shows the failure', async () => {
      const a = memory({ feedback: [feedbackEntry(1, { reply: { text: 'R', postedAt: NOW.toISOString() } })] });
      let fail!: (e: unknown) => void;
      const { el, root } = await mount({
        ...a,
        removeFeedbackReply: () => new Promise<Feedback>((_, reject) => (fail = reject)),
      });
      await ready(root);
      byRole(rowOf(root, 'f1'), 'button', 'Remove reply').click();
      const dialog = await openConfirm(root);
      byRole(dialog, 'button', 'Remove reply').click();
      await waitUntil(() => fail !== undefined && dialog.getAttribute('closedby') === 'none', 'pending');
      dialog.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await aTimeout(20);
      expect(dialog.open, 'still open while pending').to.be.true;
      fail(new SellerKitError('server', 'x'));
      await waitUntil(() => dialog.querySelector('[role=alert]'), 'error in the dialog');
      expect(text(dialog.querySelector('[role=alert]'))).to.contain('server');
      expect(dialog.getAttribute('closedby')).to.equal('closerequest');
      await expect(el).to.be.accessible();
    });

    it('shows the failure in the row when the dialog was closed before the request settled', async () => {
      const a = memory({ feedback: [feedbackEntry(1, { reply: { text: 'R', postedAt: NOW.toISOString() } })] });
      let fail!: (e: unknown) => void;
      const { el, root } = await mount({
        ...a,
        removeFeedbackReply: () => new Promise<Feedback>((_, reject) => (fail = reject)),
      });
      await ready(root);
      const row = rowOf(root, 'f1');
      byRole(row, 'button', 'Remove reply').click();
      const dialog = await openConfirm(root);
      byRole(dialog, 'button', 'Remove reply').click();
      await waitUntil(() => fail !== undefined, 'pending');
      dialog.close(); // e.g. closed by the host page
      await waitUntil(() => !dialog.open);
      fail(new SellerKitError('network', 'x'));
      await waitUntil(() => row.querySelector('[role=alert]'), 'error in the row');
      expect(text(row.querySelector('[role=alert]'))).to.contain('Your request was not completed.');
      expect(text(row.querySelector('[role=alert]'))).to.contain('network is unreachable');
      await expect(el).to.be.accessible();
      // Opening a dialog for the row again clears it.
      byRole(row, 'button', 'Remove reply').click();
      await waitUntil(() => dialog.open);
      expect(row.querySelector('[role=alert]')).to.equal(null);
    });

    it('closes a dialog with Escape and returns focus to its trigger', async () => {
      const { root } = await mount(
        memory({ feedback: [feedbackEntry(1, { reply: { text: 'R', postedAt: NOW.toISOString() } })] }),
      );
      await ready(root);
      const trigger = byRole(rowOf(root, 'f1'), 'button', 'Remove reply');
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = await openConfirm(root);
      expect(dialog.contains(root.activeElement)).to.be.true;
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      await waitUntil(() => root.activeElement === trigger, 'focus returned');
      expect(text(rowOf(root, 'f1').querySelector('.reply-text'))).to.equal('R');
    });
  });

  it('keeps focus on the pressed button while the request is pending and after it fails (never on <body>)', async () => {
    const a = memory({ feedback: [feedbackEntry(1, { reply: { text: 'R', postedAt: NOW.toISOString() } })] });
    let fail!: (e: unknown) => void;
    const calls: string[] = [];
    const { el, root } = await mount({
      ...a,
      removeFeedbackReply: (id) => (calls.push(id), new Promise<Feedback>((_, reject) => (fail = reject))),
    });
    await ready(root);
    byRole(rowOf(root, 'f1'), 'button', 'Remove reply').focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openConfirm(root);
    const confirm = byRole(dialog, 'button', 'Remove reply');
    expect(root.activeElement === confirm, 'focus on the confirm button').to.be.true;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(confirm) === 'Sending…', 'pending');
    expect(root.activeElement === confirm, 'focus stays while pending').to.be.true;
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    // Enter again and Cancel do nothing while the request is pending.
    await sendKeys({ press: 'Enter' });
    byRole(dialog, 'button', 'Cancel').click();
    await aTimeout(20);
    expect(dialog.open).to.be.true;
    expect(calls).to.have.length(1);
    await expect(el).to.be.accessible();
    fail(new SellerKitError('server', 'x'));
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'error in the dialog');
    expect(root.activeElement === confirm, 'focus stays after the failure').to.be.true;
    expect(confirm.hasAttribute('aria-disabled')).to.be.false;
  });

  for (const [setup, words] of [
    ['posted and removed elsewhere', 'A reply was already posted and removed'],
    ['posted elsewhere', 'A public reply was already posted on this feedback'],
  ] as const) {
    it(`explains a refused reply in words, never a reason code (${setup})`, async () => {
      const a = memory({ feedback: [feedbackEntry(1, { rating: 2 })] });
      const { el, root } = await mount(a);
      await ready(root);
      const row = rowOf(root, 'f1');
      byRole(row, 'button', 'Post a public reply').click();
      await waitUntil(() => row.querySelector('textarea'));
      // Meanwhile, in another tab:
      await a.postFeedbackReply('f1', 'Sorry about that.');
      if (setup === 'posted and removed elsewhere') await a.removeFeedbackReply('f1');
      await type(byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement, 'We are sorry.');
      await waitUntil(() => !(byRole(row, 'button', 'Post reply') as HTMLButtonElement).disabled);
      byRole(row, 'button', 'Post reply').click();
      const dialog = await openConfirm(root);
      byRole(dialog, 'button', 'Post reply').click();
      await waitUntil(() => dialog.querySelector('[role=alert]'));
      const alert = text(dialog.querySelector('[role=alert]'));
      expect(alert).to.contain(words);
      expect(alert).not.to.match(/reply-(removed|exists)/);
      await expect(el).to.be.accessible();
    });
  }

  it('names Feedback, not Customer Reviews, when the edit permission is missing', async () => {
    const a = memory({ feedback: [feedbackEntry(1, { reply: { text: 'R', postedAt: NOW.toISOString() } })] });
    const { root } = await mount({
      ...a,
      removeFeedbackReply: () =>
        Promise.reject(new SellerKitError('forbidden', 'x', { reasons: ['no-edit-permission'] })),
    });
    await ready(root);
    byRole(rowOf(root, 'f1'), 'button', 'Remove reply').click();
    const dialog = await openConfirm(root);
    byRole(dialog, 'button', 'Remove reply').click();
    await waitUntil(() => dialog.querySelector('[role=alert]'));
    expect(text(dialog.querySelector('[role=alert]'))).to.contain('View and Edit permission for Feedback');
  });

  describe('removal request', () => {
    const personal = 'Terrible service. Call me on 555-123-4567 or mail jane.doe@example.com now.';

    it('explains why removal is not available outside the window', async () => {
      const old = feedbackEntry(1, { date: new Date(NOW.getTime() - 91 * 864e5).toISOString() });
      const { root } = await mount(memory({ feedback: [old] }));
      await ready(root);
      const row = rowOf(root, 'f1');
      expect(allByRole(row, 'button', 'Request removal')).to.have.length(0);
      expect(text(row.querySelector('.removal-why'))).to.contain('within 90 days');
    });

    it('fills in the window when the backend refuses a removal as too old', async () => {
      const a = memory({ feedback: [feedbackEntry(1, { rating: 2 })] });
      const { el, root } = await mount({
        ...a,
        requestFeedbackRemoval: () =>
          Promise.reject(new SellerKitError('policy-violation', 'x', { reasons: ['too-old'] })),
      });
      await ready(root);
      const dialog = await pickRemoval(el, root, 'f1', 'Contains personal data');
      byRole(dialog, 'button', 'Submit request').click();
      await waitUntil(() => dialog.querySelector('[role=alert]'));
      const alert = text(dialog.querySelector('[role=alert]'));
      expect(alert).to.contain('within 90 days');
      expect(alert).not.to.contain('{days}');
    });

    it('loads the removal suggestions on demand: a failed load shows on the row, and the button tries again', async () => {
      const { el, root } = await mount(memory({ feedback: [feedbackEntry(1, { rating: 1, comments: personal })] }));
      await ready(root);
      const host = el as unknown as { loadRemovalCandidates: () => Promise<unknown> };
      const real = host.loadRemovalCandidates.bind(el);
      let calls = 0;
      host.loadRemovalCandidates = () => {
        calls++;
        return calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real();
      };
      byRole(rowOf(root, 'f1'), 'button', 'Request removal').click();
      await waitUntil(() => rowOf(root, 'f1')!.querySelector('.inline-error'), 'failure shown on the row');
      expect(text(rowOf(root, 'f1')!.querySelector('.inline-error'))).to.contain('network is unreachable');
      expect(removalDialog(root)!.open).to.be.false;
      await expect(el).to.be.accessible();
      byRole(rowOf(root, 'f1'), 'button', 'Request removal').click();
      const dialog = await openedRemoval(root, 'opens on the second try');
      expect(calls).to.equal(2);
      expect(text(dialog.querySelector('.candidates'))).to.contain('Contains personal data');
      expect(rowOf(root, 'f1')!.querySelector('.inline-error')).to.equal(null);
    });

    it('keeps one modal: a dialog opened while the removal suggestions load wins, and focus returns to its trigger', async () => {
      const { el, root } = await mount(
        memory({
          feedback: [
            feedbackEntry(1, { rating: 1, comments: personal }),
            feedbackEntry(2, { rating: 2, reply: { text: 'Old reply', postedAt: NOW.toISOString() } }),
          ],
        }),
      );
      await ready(root);
      const host = el as unknown as { loadRemovalCandidates: () => Promise<unknown> };
      const real = host.loadRemovalCandidates.bind(el);
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      host.loadRemovalCandidates = () => gate.then(real);
      byRole(rowOf(root, 'f1'), 'button', 'Request removal').click();
      const remove = byRole(rowOf(root, 'f2'), 'button', 'Remove reply');
      remove.click();
      const confirm = (await findRole(root, 'dialog', 'Remove this reply?')) as HTMLDialogElement;
      await waitUntil(() => confirm.open);
      release();
      await gate;
      await settle(el);
      await waitUntil(() => removalDialog(root), 'removal dialog defined');
      const removal = removalDialog(root)!;
      expect(removal.open).to.be.false;
      expect(confirm.open).to.be.true;
      byRole(confirm, 'button', 'Cancel').click();
      await waitUntil(() => !confirm.open);
      await waitUntil(() => root.activeElement === remove, 'focus back on Remove reply');
    });

    it('shows the criteria with highlighted excerpts, asks for one and submits once', async () => {
      const s = spy(memory({ feedback: [feedbackEntry(1, { rating: 1, comments: personal })] }));
      const { el, root } = await mount(s.adapter);
      await ready(root);
      const row = rowOf(root, 'f1');
      const trigger = byRole(row, 'button', 'Request removal');
      trigger.click();
      const dialog = (await findRole(root, 'dialog', 'Request removal')) as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      const marks = [...dialog.querySelectorAll('.candidates mark')].map(text);
      expect(marks).to.include('jane.doe@example.com');
      expect(text(dialog.querySelector('.candidates'))).to.match(/Contains personal data — (high|medium) confidence/);
      expect(allByRole(dialog, 'radio').map((r) => text((r as HTMLInputElement).labels![0]!))).to.deep.equal([
        'Contains personal data',
        'Obscene or profane language',
        'Entirely a product review',
        'Entirely about a delivery fulfilled by Amazon',
      ]);
      const submit = byRole(dialog, 'button', 'Submit request') as HTMLButtonElement;
      expect(submit.disabled).to.be.true;
      await expect(el).to.be.accessible();
      byRole(dialog, 'radio', 'Contains personal data').click();
      await settle(el);
      expect(submit.disabled).to.be.false;
      setTimeout(() => {
        submit.click();
        submit.click();
      });
      const ev = await oneEvent(el, 'feedback-removal-requested');
      expect(ev.reason).to.equal('personal-data');
      expect(ev.feedback.removal?.status).to.equal('requested');
      await waitUntil(() => dialog.querySelector('.outcome'));
      expect(text(dialog.querySelector('.outcome'))).to.contain('Request received');
      expect(s.keys.removal).to.have.length(1);
      expect(s.keys.removal![0]).to.be.a('string');
      await expect(el).to.be.accessible();
      byRole(dialog, 'button', 'Close').click();
      await waitUntil(() => !dialog.open);
      await settle(el);
      expect(text(row.querySelector('.removal-status'))).to.contain('Removal requested');
      expect(allByRole(row, 'button', 'Request removal')).to.have.length(0);
      await waitUntil(() => row.contains(root.activeElement));
    });

    it('moves focus to Close when the outcome replaces the form (never to <body>)', async () => {
      const { el, root } = await mount(memory({ feedback: [feedbackEntry(1, { rating: 1, comments: personal })] }));
      await ready(root);
      const dialog = await pickRemoval(el, root, 'f1', 'Contains personal data');
      byRole(dialog, 'button', 'Submit request').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.querySelector('.outcome'));
      await waitUntil(() => deepActive() === byRole(dialog, 'button', 'Close'), 'focus on Close');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !dialog.open);
      await waitUntil(() => rowOf(root, 'f1').contains(root.activeElement), 'focus back in the row');
    });

    it('keeps the dialog filled when the list reloads without its row meanwhile', async () => {
      const s = spy(memory({ feedback: [feedbackEntry(1, { rating: 1, comments: personal }), feedbackEntry(4)] }));
      const { el, root } = await mount(s.adapter);
      await ready(root);
      byRole(rowOf(root, 'f1'), 'button', 'Request removal').click();
      const dialog = await openedRemoval(root);
      el.filter = 'positive'; // the page reloads without f1 (1 star)
      await waitUntil(() => s.queries.at(-1)?.category === 'positive' && !rowOf(root, 'f1'), 'reloaded');
      await settle(el);
      expect(dialog.open).to.be.true;
      expect(text(dialog.querySelector('h2'))).to.equal('Request removal');
      expect(text(dialog.querySelector('.candidates'))).to.contain('Contains personal data');
      byRole(dialog, 'radio', 'Contains personal data').click();
      await settle(el);
      setTimeout(() => byRole(dialog, 'button', 'Submit request').click());
      const ev = await oneEvent(el, 'feedback-removal-requested');
      expect(ev.feedback.id).to.equal('f1');
      await waitUntil(() => dialog.querySelector('.outcome'));
    });

    it('uses a new idempotency key per dialog opening', async () => {
      const a = memory({ feedback: [feedbackEntry(1, { comments: personal })] });
      const s = spy({ ...a, requestFeedbackRemoval: () => Promise.reject(new SellerKitError('server', 'x')) });
      const { el, root } = await mount(s.adapter);
      await ready(root);
      for (let i = 0; i < 2; i++) {
        byRole(rowOf(root, 'f1'), 'button', 'Request removal').click();
        const dialog = await openedRemoval(root);
        byRole(dialog, 'radio', 'Obscene or profane language').click();
        await settle(el);
        byRole(dialog, 'button', 'Submit request').click();
        await waitUntil(() => dialog.querySelector('[role=alert]'));
        byRole(dialog, 'button', 'Submit request').click(); // retry within the same opening
        await aTimeout(10);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialog.open);
      }
      expect(s.keys.removal).to.have.length(4);
      const [a1, a2, b1, b2] = s.keys.removal!;
      expect(a1).to.equal(a2);
      expect(b1).to.equal(b2);
      expect(a1).not.to.equal(b1);
    });

    for (const [status, words] of [
      ['denied', 'Retained'],
      ['removed', 'Removed'],
      ['struck-through', 'Struck through'],
    ] as const) {
      it(`shows the outcome "${status}"`, async () => {
        const a = memory({ feedback: [feedbackEntry(1, { comments: 'Box arrived late', fulfillment: 'afn' })] });
        const adapter: SellerKitAdapter = {
          ...a,
          requestFeedbackRemoval: async (id, reason, o) => {
            const f = await a.requestFeedbackRemoval(id, reason, o);
            return { ...f, removal: { ...f.removal!, status } };
          },
        };
        const { el, root } = await mount(adapter);
        await ready(root);
        byRole(rowOf(root, 'f1'), 'button', 'Request removal').click();
        const dialog = await openedRemoval(root);
        expect(text(dialog.querySelector('.candidates'))).to.contain('Entirely about a delivery fulfilled by Amazon');
        byRole(dialog, 'radio', 'Entirely about a delivery fulfilled by Amazon').click();
        await settle(el);
        byRole(dialog, 'button', 'Submit request').click();
        await waitUntil(() => dialog.querySelector('.outcome'));
        expect(text(dialog.querySelector('.outcome'))).to.contain(words);
        if (status === 'struck-through') {
          expect(text(dialog.querySelector('.outcome'))).to.contain('fulfilled by Amazon, and we take responsibility');
        }
        await expect(el).to.be.accessible();
      });
    }

    it('renders struck-through feedback with <s>, the FBA message and words for screen readers', async () => {
      const f = feedbackEntry(1, {
        comments: 'Parcel came late',
        removal: { status: 'struck-through', reason: 'fba-delivery', requestedAt: NOW.toISOString() },
      });
      const { el, root } = await mount(memory({ feedback: [f] }));
      await ready(root);
      const row = rowOf(root, 'f1');
      expect(text(row.querySelector('s'))).to.equal('Parcel came late');
      expect(text(row.querySelector('.comment .visually-hidden'))).to.contain('Struck through');
      expect(text(row.querySelector('.fba-note'))).to.contain('This item was fulfilled by Amazon');
      await expect(el).to.be.accessible();
    });

    it('disables the FBA criterion for merchant-fulfilled orders', async () => {
      const { root } = await mount(memory({ feedback: [feedbackEntry(2, { fulfillment: 'mfn' })] }));
      await ready(root);
      byRole(rowOf(root, 'f2'), 'button', 'Request removal').click();
      const dialog = await openedRemoval(root);
      expect((byRole(dialog, 'radio', 'Entirely about a delivery fulfilled by Amazon') as HTMLInputElement).disabled).to
        .be.true;
      expect(text(dialog.querySelector('.note'))).to.contain('does not clearly meet');
    });
  });

  describe('report adapter (writes kept in this browser)', () => {
    const LOCAL_NOTE =
      'Replies and removal requests you make here are kept in this browser only; Amazon is not told. Do them in Seller Central.';

    it('shows a persistent note and outcome texts that do not claim Amazon was told', async () => {
      const adapter = createReportAdapter({
        feedbackReport: [
          feedbackEntry(1, { rating: 1, comments: 'Mail me at jane.doe@example.com', fulfillment: 'afn' }),
          feedbackEntry(3, { rating: 2 }),
        ],
        marketplaceId: 'ATVPDKIKX0DER',
        now: NOW,
      });
      const { el, root } = await mount(adapter);
      await ready(root);
      const note = root.querySelector('[role=note].local-writes');
      expect(text(note)).to.equal(`ℹ ${LOCAL_NOTE}`);
      await expect(el).to.be.accessible();
      // Removal request: the outcome says it stays in this browser.
      const removal = await pickRemoval(el, root, 'f1', 'Contains personal data');
      byRole(removal, 'button', 'Submit request').click();
      await waitUntil(() => removal.querySelector('.outcome'));
      const outcome = text(removal.querySelector('.outcome'));
      expect(outcome).to.contain('Request noted in this browser only; Amazon is not told.');
      expect(outcome).not.to.contain('Amazon will review');
      byRole(removal, 'button', 'Close').click();
      await waitUntil(() => !removal.open);
      // Public reply: the announcement says it was saved here only.
      byRole(rowOf(root, 'f3'), 'button', 'Post a public reply').click();
      await waitUntil(() => rowOf(root, 'f3').querySelector('textarea'));
      await type(byRole(rowOf(root, 'f3'), 'textbox', 'Public reply') as HTMLTextAreaElement, 'Thank you.');
      await settle(el);
      await waitUntil(() => !(byRole(rowOf(root, 'f3'), 'button', 'Post reply') as HTMLButtonElement).disabled);
      byRole(rowOf(root, 'f3'), 'button', 'Post reply').click();
      const confirm = await openConfirm(root);
      byRole(confirm, 'button', 'Post reply').click();
      await waitUntil(() => rowOf(root, 'f3').querySelector('.reply-text'), 'reply shown');
      expect(text(root.querySelector('.visually-hidden[role=status]'))).to.equal(
        'Reply saved in this browser only; Amazon is not told.',
      );
      expect(text(root.querySelector('[role=note].local-writes'))).to.contain('Amazon is not told');
    });

    it('shows no such note for an adapter that talks to Amazon', async () => {
      const { root } = await mount(memory({ feedback: [feedbackEntry(1)] }));
      await ready(root);
      expect(root.querySelector('.local-writes')).to.equal(null);
    });
  });

  describe('report download', () => {
    it('keeps focus on Download from the keyboard while the report is prepared and after it (never <body>)', async () => {
      const a = memory({ feedback: [feedbackEntry(1), feedbackEntry(2)] });
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let exporting = false;
      const calls: number[] = [];
      const { el, root } = await mount({
        ...a,
        listFeedback: async (q, o) => {
          if (exporting) {
            calls.push(q.offset ?? 0);
            await gate;
          }
          return a.listFeedback(q, o);
        },
      });
      await ready(root);
      el.addEventListener('feedback-report-download', (e) => e.preventDefault());
      const button = byRole(root, 'button', 'Download feedback report');
      button.focus();
      exporting = true;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('.toolbar .progress'), 'progress shown');
      expect(root.activeElement === button, 'focus stays while preparing').to.be.true;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      // The first export is collecting (its code loads first: wait for its first page request, not a fixed time).
      await waitUntil(() => calls.length === 1, 'the export asks for its first page');
      await sendKeys({ press: 'Enter' });
      await aTimeout(20);
      expect(calls, 'a second Enter starts no second export').to.deep.equal([0]);
      release();
      await waitUntil(() => !root.querySelector('.toolbar .progress'), 'done');
      expect(root.activeElement === button, 'focus stays after the download').to.be.true;
      expect(button.hasAttribute('aria-disabled')).to.be.false;
    });

    it('exports every row matching the filter in pages of 500, in a format that parses back', async () => {
      const feedback = Array.from({ length: 1203 }, (_, i) =>
        feedbackEntry(i + 1, {
          comments: i === 0 ? 'Tab\there <b>bold</b>' : `Comment ${i + 1}`,
          reply: i % 7 ? null : { text: `Reply ${i + 1}`, postedAt: NOW.toISOString() },
        }),
      );
      const s = spy(memory({ feedback }));
      const { el, root } = await mount(s.adapter);
      await ready(root);
      byRole(root, 'radio', 'Negative').click();
      await waitUntil(() => s.queries.at(-1)?.category === 'negative' && rows(root)[0]?.classList.contains('negative'));
      const expected = (await s.adapter.listFeedback({ category: 'negative', limit: 500 })).total;
      expect(expected).to.be.above(480);
      s.queries.length = 0;
      el.addEventListener('feedback-report-download', (e) => e.preventDefault(), { once: true });
      setTimeout(() => byRole(root, 'button', 'Download feedback report').click());
      const ev = await oneEvent(el, 'feedback-report-download');
      expect(ev.filename).to.equal('Feedback-2026-11-20.txt');
      expect(ev.rows).to.equal(expected);
      expect(s.queries.every((q) => q.limit === 500 && q.category === 'negative')).to.be.true;
      const parsed = parseSellerFeedbackReport(ev.text, { marketplaceId: 'ATVPDKIKX0DER' });
      expect(parsed.problems).to.deep.equal([]);
      const all = await Promise.all(
        // In the table's sort (the default is "Needs attention" since issue 21).
        [0, 500].map((offset) => s.adapter.listFeedback({ category: 'negative', sort: el.sort, offset, limit: 500 })),
      );
      const source = all.flatMap((p) => p.items);
      const shape = (f: Feedback) => ({
        date: f.date.slice(0, 10),
        rating: f.rating,
        comments: f.comments.replace(/\t/g, ' '),
        reply: f.reply?.text ?? null,
        orderId: f.orderId,
        raterEmail: f.raterEmail,
      });
      expect(parsed.feedback.map(shape)).to.deep.equal(source.map(shape));
      await waitUntil(() => text(root.querySelector('.visually-hidden[role=status]')).startsWith('Report ready'));
    });

    it('offers the text as a Blob download through <a download>', async () => {
      const { root } = await mount(memory({ feedback: [feedbackEntry(1)] }));
      await ready(root);
      const origCreate = URL.createObjectURL;
      const origClick = HTMLAnchorElement.prototype.click;
      let blob: Blob | undefined;
      let anchor: HTMLAnchorElement | undefined;
      URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
      const clicked: HTMLAnchorElement[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        byRole(root, 'button', 'Download feedback report').click();
        await waitUntil(() => clicked.length > 0);
        anchor = clicked[0];
      } finally {
        URL.createObjectURL = origCreate;
        HTMLAnchorElement.prototype.click = origClick;
      }
      expect(anchor!.download).to.equal('Feedback-2026-11-20.txt');
      expect(anchor!.href).to.equal('blob:test');
      expect((await blob!.text()).split('\n')[0]).to.equal('Date\tRating\tComments\tResponse\tOrder ID\tRater Email');
    });

    it('shows a failure of the (lazily loaded) download step, and Download works again after it', async () => {
      const { root } = await mount(memory({ feedback: [feedbackEntry(1)] }));
      await ready(root);
      const origCreate = URL.createObjectURL;
      const origClick = HTMLAnchorElement.prototype.click;
      const clicked: HTMLAnchorElement[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      const button = byRole(root, 'button', 'Download feedback report') as HTMLButtonElement;
      try {
        URL.createObjectURL = () => {
          throw new Error('blocked');
        };
        button.click();
        await waitUntil(() => root.querySelector('.toolbar [role=alert]'), 'failure shown');
        expect(text(root.querySelector('.toolbar [role=alert]'))).to.contain('could not be prepared');
        await waitUntil(() => !button.disabled, 'Download enabled again');
        expect(clicked).to.have.length(0);
        URL.createObjectURL = () => 'blob:retry';
        button.click();
        await waitUntil(() => clicked.length > 0, 'retry downloads');
      } finally {
        URL.createObjectURL = origCreate;
        HTMLAnchorElement.prototype.click = origClick;
      }
      expect(clicked[0]!.href).to.equal('blob:retry');
      await waitUntil(() => !root.querySelector('.toolbar [role=alert]'), 'failure cleared on retry');
    });

    it('stops paging and aborts the request when the element is disconnected during a download', async () => {
      const feedback = Array.from({ length: 1203 }, (_, i) => feedbackEntry(i + 1));
      const a = memory({ feedback });
      const signals: (AbortSignal | undefined)[] = [];
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const { el, root } = await mount({
        ...a,
        listFeedback: async (q, o) => {
          if (q.limit === 500) {
            signals.push(o?.signal);
            await gate;
          }
          return a.listFeedback(q, o);
        },
      });
      await ready(root);
      let downloads = 0;
      el.addEventListener('feedback-report-download', () => downloads++);
      byRole(root, 'button', 'Download feedback report').click();
      await waitUntil(() => signals.length === 1, 'first export page requested');
      expect(signals[0]).to.be.instanceOf(AbortSignal);
      expect(signals[0]!.aborted).to.be.false;
      el.parentElement!.remove();
      expect(signals[0]!.aborted).to.be.true;
      release();
      await aTimeout(50);
      expect(signals).to.have.length(1);
      expect(downloads).to.equal(0);
    });

    it('shows a failure of the export', async () => {
      const a = memory({ feedback: [feedbackEntry(1)] });
      let calls = 0;
      const { el, root } = await mount({
        ...a,
        listFeedback: (q, o) =>
          ++calls > 1 ? Promise.reject(new SellerKitError('server', 'x')) : a.listFeedback(q, o),
      });
      await ready(root);
      byRole(root, 'button', 'Download feedback report').click();
      await waitUntil(() => root.querySelector('.toolbar [role=alert]'));
      expect(text(root.querySelector('.toolbar [role=alert]'))).to.contain('could not be prepared');
      await expect(el).to.be.accessible();
    });
  });
});
