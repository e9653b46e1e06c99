import { fixture, html, expect, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { Review, ReviewQuery, SellerKitAdapter, Session } from '../../data/models.js';
import type { ReviewList } from './review-list.js';
import { ReviewFilterChangeEvent, type ReviewDoneChangeEvent } from './review-list.events.js';
import { ContactCancelEvent, ContactSentEvent } from '../contact-customer-dialog/contact-customer-dialog.events.js';
import en from '../../i18n/en/review-list.js';
import itTable from '../../i18n/it/review-list.js';
import de from '../../i18n/de/review-list.js';
import fr from '../../i18n/fr/review-list.js';
import es from '../../i18n/es/review-list.js';
import ja from '../../i18n/ja/review-list.js';
import { NOW, allByRole, byRole, makeReview, manyReviews, wrapAdapter } from './test-helpers.js';
import { loadLinter, type LintController, type LinterLoader } from '../../controllers/lint-controller.js';
import { expectAbortOnRemoval } from '../../../test/support/lifecycle.js';

type Opts = { reviews?: Review[]; session?: Partial<Session>; over?: Partial<SellerKitAdapter> };

function adapterWith(o: Opts = {}): SellerKitAdapter & { queries: ReviewQuery[] } {
  const base = createMemoryAdapter({ reviews: o.reviews ?? [], session: o.session, now: NOW });
  const queries: ReviewQuery[] = [];
  const a = wrapAdapter(base, o.over) as SellerKitAdapter & { queries: ReviewQuery[] };
  const list = a.listReviews;
  a.listReviews = (q, opt) => {
    queries.push(q);
    return list(q, opt);
  };
  a.queries = queries;
  return a;
}

type Settling = { taskComplete: Promise<unknown> };

/** Waits for the list's data tasks (session, then page) to settle (complete or error) and the element to render. */
async function settle(el: ReviewList): Promise<void> {
  const { sessionTask, listTask } = el as unknown as { sessionTask: Settling; listTask: Settling };
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await sessionTask.taskComplete.catch(() => undefined);
    await listTask.taskComplete.catch(() => undefined);
  }
  await el.updateComplete;
}

async function mount(adapter: SellerKitAdapter | null, inner = html`<review-list></review-list>`, lang = 'en') {
  const provider = await fixture(
    html`<review-kit-provider lang=${lang} .adapter=${adapter ?? undefined} .now=${NOW}>${inner}</review-kit-provider>`,
  );
  const el = provider.querySelector('review-list')!;
  await settle(el);
  return el;
}

const root = (el: ReviewList) => el.shadowRoot!;
const articles = (el: ReviewList) => [...root(el).querySelectorAll<HTMLElement>('article')];
const article = (el: ReviewList, id: string) => root(el).querySelector<HTMLElement>(`article[data-id="${id}"]`)!;
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What has focus, as plain text (a failed comparison of DOM nodes makes mocha's diff hang the browser). */
function focusName(el: ReviewList): string {
  if (document.activeElement !== el) return `outside: ${document.activeElement?.localName ?? 'none'}`;
  const a = root(el).activeElement as HTMLElement | null;
  return !a ? 'none' : a.localName === 'article' ? `article ${a.dataset.id}` : text(a);
}

function nextEvent<K extends keyof HTMLElementEventMap>(el: EventTarget, name: K): Promise<HTMLElementEventMap[K]> {
  return oneEvent(el, name) as unknown as Promise<HTMLElementEventMap[K]>;
}

async function click(el: ReviewList, target: HTMLElement): Promise<void> {
  target.click();
  await settle(el);
}

/** The compliance linter loads when a composer opens: wait for it and the re-render. */
async function lintReady(el: ReviewList): Promise<void> {
  await loadLinter();
  await el.updateComplete;
}

/** Marks review `id` as done and posts a comment on it, with an adapter that rejects both: waits for both failures. */
async function failDoneAndComment(el: ReviewList, id: string): Promise<void> {
  byRole(article(el, id), 'checkbox', 'Mark as done').click();
  await waitUntil(() => article(el, id).querySelector('.actions ~ [role=alert]'), 'done failure');
  await click(el, byRole(article(el, id), 'button', 'Comment'));
  await typeInto(byRole(article(el, id), 'textbox', 'Public comment on this review'), 'Thank you.');
  await lintReady(el);
  byRole(article(el, id), 'button', 'Post comment').click();
  await waitUntil(() => article(el, id).querySelector('.composer [role=alert]'), 'comment failure');
}

async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<review-list>', () => {
  describe('states', () => {
    it('shows a configuration error without an adapter', async () => {
      const el = await fixture<ReviewList>(html`<review-list></review-list>`);
      const alert = byRole(root(el), 'alert');
      expect(text(alert)).to.contain('Not connected to any data');
      expect(text(alert)).to.contain('<review-list>');
      await expect(el).to.be.accessible();
    });

    it('shows a skeleton while loading', async () => {
      const a = adapterWith({ over: { listReviews: () => new Promise(() => undefined) } });
      const provider = await fixture(
        html`<review-kit-provider .adapter=${a} .now=${NOW}><review-list></review-list></review-kit-provider>`,
      );
      const el = provider.querySelector('review-list')!;
      await waitUntil(() => root(el).querySelector('[part=loading]'), 'skeleton');
      expect(text(root(el).querySelector('[part=loading]'))).to.contain('Loading');
      await expect(el).to.be.accessible();
    });

    it('shows an error with a Retry that loads again', async () => {
      let fail = true;
      const a = adapterWith({
        reviews: [makeReview(1)],
        over: {
          listReviews: (q, o) =>
            fail
              ? Promise.reject(new SellerKitError('server', 'boom'))
              : adapterWith({ reviews: [makeReview(1)] }).listReviews(q, o),
        },
      });
      const el = await mount(a);
      const alert = byRole(root(el), 'alert');
      expect(text(alert)).to.contain('The server had a problem');
      expect(text(alert)).not.to.contain('boom');
      await expect(el).to.be.accessible();
      fail = false;
      await click(el, byRole(alert, 'button', 'Retry'));
      expect(articles(el)).to.have.length(1);
    });

    it('aborts the page request when removed from the page, and loads again when put back', async () => {
      const base = adapterWith({ reviews: [makeReview(1)] });
      await expectAbortOnRemoval('review-list', base, 'listReviews', (r) => !!r.querySelector('article'), NOW);
    });

    it('shows a clear state without the Customer Reviews permission', async () => {
      const el = await mount(
        adapterWith({
          reviews: [makeReview(1)],
          session: { permissions: { reviews: 'none', feedback: 'edit', accountHealth: 'edit' } },
        }),
      );
      expect(text(root(el).querySelector('[part=no-permission]'))).to.contain('No access to customer reviews');
      expect(articles(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('names the active filters when nothing matches, and clears them', async () => {
      const el = await mount(
        adapterWith({ reviews: [makeReview(4)] }),
        html`<review-list ratings="1,2" period="30d"></review-list>`,
      );
      const empty = root(el).querySelector('[part=empty]')!;
      expect(text(empty)).to.contain('No reviews match 1 star, 2 stars, last 30 days.');
      await expect(el).to.be.accessible();
      const events: ReviewFilterChangeEvent[] = [];
      el.addEventListener('review-filter-change', (e) => events.push(e));
      await click(el, byRole(empty, 'button', 'Clear filters'));
      expect(events).to.have.length(1);
      expect(events[0]!.filter.ratings).to.deep.equal([]);
      expect(articles(el)).to.have.length(1);
    });

    it('"Clear filters" leaves focus in the results, not on the page body', async () => {
      const el = await mount(
        adapterWith({ reviews: [makeReview(1, { rating: 5 })] }),
        html`<review-list ratings="1"></review-list>`,
      );
      const clear = byRole(root(el), 'button', 'Clear filters');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(articles(el).map((a) => a.dataset.id)).to.deep.equal(['r1']);
      expect(focusName(el)).to.equal('article r1');
    });

    it('says so plainly when there are no reviews at all', async () => {
      const el = await mount(adapterWith({ reviews: [] }));
      expect(text(root(el).querySelector('[part=empty]'))).to.contain('No reviews to show.');
    });
  });

  describe('a review', () => {
    it('shows stars, texts, reviewer, dates, product, ASIN, brand, badge, comments and contact status', async () => {
      const r = makeReview(1, {
        rating: 2,
        title: 'Broke after a week',
        body: 'The lid cracked.',
        reviewerName: 'Jane D.',
        publishedAt: new Date(NOW.getTime() - 3 * 86_400_000).toISOString(),
        productTitle: 'Water Bottle 32 oz',
        asin: 'B0C7K2M9QX',
        brandId: 'trailhead-outfitters',
        comments: [{ id: 'c1', text: 'Sorry to hear that.', postedAt: '2026-11-19T10:00:00.000Z' }],
        contact: { reason: 'courtesy-refund', sentAt: '2026-11-19T11:00:00.000Z' },
      });
      const el = await mount(adapterWith({ reviews: [r] }));
      const art = article(el, 'r1');
      expect(text(art.querySelector('.rating .visually-hidden'))).to.equal('2 out of 5 stars');
      expect(art.querySelector('.rating .stars')!.getAttribute('aria-hidden')).to.equal('true');
      const t = text(art);
      for (const s of [
        'Broke after a week',
        'The lid cracked.',
        'Jane D.',
        '3 days ago',
        'Nov 17, 2026',
        'Water Bottle 32 oz',
        'B0C7K2M9QX',
        'Trailhead Outfitters',
        'Verified Purchase',
        'Sorry to hear that.',
        'Customer contacted',
        'Courtesy refund',
        'Nov 19, 2026',
      ])
        expect(t).to.contain(s);
      expect(art.querySelector('time')!.getAttribute('datetime')).to.equal(r.publishedAt);
      expect(art.getAttribute('aria-labelledby')).to.equal('title-r1');
      expect(allByRole(art, 'button', 'Contact customer')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('renders hostile text as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await mount(
        adapterWith({
          reviews: [
            makeReview(1, {
              title: evil,
              body: evil,
              reviewerName: evil,
              productTitle: evil,
              comments: [{ id: 'c', text: evil, postedAt: NOW.toISOString() }],
            }),
          ],
        }),
      );
      const art = article(el, 'r1');
      expect(art.querySelector('img')).to.equal(null);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(art.querySelector('.title'))).to.equal(evil);
      expect(text(art.querySelector('.body'))).to.equal(evil);
      expect(text(art.querySelector('.product-title'))).to.equal(evil);
      expect(text(art.querySelector('.reviewer'))).to.contain(evil);
      expect(text(art.querySelector('.comment-text'))).to.equal(evil);
    });

    it('hides reviews past the retention window even when the adapter returns them', async () => {
      const fresh = makeReview(1);
      const old = makeReview(2, { publishedAt: new Date(NOW.getTime() - 31 * 86_400_000).toISOString() });
      const a = adapterWith({
        over: { listReviews: async () => ({ items: [fresh, old], total: 2, offset: 0 }) },
      });
      const el = await mount(a);
      expect(articles(el).map((x) => x.dataset.id)).to.deep.equal(['r1']);
      expect(text(root(el).querySelector('.page-status'))).to.equal('Showing 1–1 of 1');
    });

    it("applies each review's own marketplace retention, not the session's", async () => {
      const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
      // A2EUQ1WTGCTBG2 keeps reviews 90 days; the session's marketplace (ATVPDKIKX0DER) and the US keep 30.
      const items = [
        makeReview(1, { marketplaceId: 'A2EUQ1WTGCTBG2', publishedAt: ago(60) }),
        makeReview(2, { marketplaceId: 'ATVPDKIKX0DER', publishedAt: ago(31) }),
        makeReview(3, { marketplaceId: 'A2EUQ1WTGCTBG2', publishedAt: ago(91) }),
      ];
      const over = { listReviews: async () => ({ items, total: 3, offset: 0 }) };
      const us = await mount(adapterWith({ over, session: { marketplaceId: 'ATVPDKIKX0DER' } }));
      expect(articles(us).map((x) => x.dataset.id)).to.deep.equal(['r1']);
      const ca = await mount(adapterWith({ over, session: { marketplaceId: 'A2EUQ1WTGCTBG2' } }));
      expect(articles(ca).map((x) => x.dataset.id)).to.deep.equal(['r1']);
    });

    it('links Report abuse to the review on Amazon, with the removal-grounds guide', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(1, { id: 'R1ABC', asin: 'B0AAA' })] }));
      const link = byRole<HTMLAnchorElement>(article(el, 'R1ABC'), 'link', 'Report abuse');
      // The exact accessible name is "Report abuse"; "opens in a new window" is its description.
      expect(text(link)).to.equal('Report abuse');
      expect(link.getAttribute('aria-label')).to.equal(null);
      const described = link.getAttribute('aria-describedby')!;
      expect(text(root(el).getElementById(described))).to.equal('(opens Amazon in a new window)');
      expect(link.href).to.equal('https://www.amazon.com/gp/customer-reviews/R1ABC?ASIN=B0AAA');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      // The guide is shown once per list (issue 21), above the reviews, not in each review.
      const guide = byRole<HTMLDetailsElement>(root(el), 'group', 'When can a review be removed?');
      expect(allByRole(article(el, 'R1ABC'), 'group', 'When can a review be removed?')).to.have.length(0);
      expect(text(guide)).to.contain('personal data');
      expect(text(guide)).to.contain('lose access to Brand Dashboard');
    });
  });

  describe('filters', () => {
    const reviews = [1, 2, 3, 4, 5].map((n) => makeReview(n, { rating: n }));

    it('star checkboxes filter, fire review-filter-change with the whole state and go back to page 1', async () => {
      const a = adapterWith({ reviews: manyReviews(60) });
      const el = await mount(a);
      await click(el, byRole(root(el), 'button', 'Next page'));
      expect(a.queries.at(-1)!.offset).to.equal(20);
      const ev = nextEvent(el, 'review-filter-change');
      byRole(root(el), 'checkbox', '1 star').click();
      const e = (await ev) as ReviewFilterChangeEvent;
      await settle(el);
      expect(e).to.be.instanceOf(ReviewFilterChangeEvent);
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.filter).to.deep.equal({
        ratings: [1],
        brandIds: [],
        period: 'all',
        from: '',
        to: '',
        search: '',
        sort: 'attention', // the default since issue 21 ("Needs attention" first)
        includeDone: false,
      });
      expect(e.detail).to.deep.equal(e.filter);
      const q = a.queries.at(-1)!;
      expect(q.ratings).to.deep.equal([1]);
      expect(q.offset).to.equal(0);
      expect(q.limit).to.equal(20);
      expect(
        articles(el).every((x) => text(x.querySelector('.rating .visually-hidden')) === '1 out of 5 stars'),
      ).to.equal(true);
    });

    it('takes its state from attributes without firing events', async () => {
      const a = adapterWith({ reviews });
      let fired = 0;
      const provider = await fixture(
        html`<review-kit-provider .adapter=${a} .now=${NOW} @review-filter-change=${() => fired++}>
          <review-list
            ratings="1,2"
            brand-ids="northwind-home"
            period="7d"
            search="title"
            sort="oldest"
            include-done
          ></review-list>
        </review-kit-provider>`,
      );
      const el = provider.querySelector('review-list')!;
      await settle(el);
      expect(el.ratings).to.deep.equal([1, 2]);
      expect(el.brandIds).to.deep.equal(['northwind-home']);
      const q = a.queries.at(-1)!;
      expect(q).to.include({ search: 'title', sort: 'oldest', includeDone: true });
      expect(q.ratings).to.deep.equal([1, 2]);
      expect(q.brandIds).to.deep.equal(['northwind-home']);
      expect(q.from).to.equal(new Date(NOW.getTime() - 7 * 86_400_000).toISOString());
      expect(byRole<HTMLInputElement>(root(el), 'checkbox', '2 stars').checked).to.equal(true);
      expect(byRole<HTMLInputElement>(root(el), 'switch', 'Include marked as done').checked).to.equal(true);
      el.ratings = [5];
      el.sort = 'rating-desc';
      await settle(el);
      expect(a.queries.at(-1)!.ratings).to.deep.equal([5]);
      expect(fired).to.equal(0);
    });

    it('shows the brand filter only when the session has several brands', async () => {
      const many = await mount(adapterWith({ reviews }));
      const group = byRole(root(many), 'group', 'Brand');
      expect(allByRole(group, 'checkbox').map((c) => text(c.closest('label')))).to.deep.equal([
        'Northwind Home',
        'Trailhead Outfitters',
        'Lumen & Reed',
      ]);
      const a = adapterWith({ reviews });
      const el = await mount(a);
      const ev = nextEvent(el, 'review-filter-change');
      byRole(root(el), 'checkbox', 'Trailhead Outfitters').click();
      expect(((await ev) as ReviewFilterChangeEvent).filter.brandIds).to.deep.equal(['trailhead-outfitters']);
      await settle(el);
      expect(a.queries.at(-1)!.brandIds).to.deep.equal(['trailhead-outfitters']);

      const one = await mount(
        adapterWith({
          reviews,
          session: { brands: [{ id: 'northwind-home', name: 'Northwind Home', representative: true }] },
        }),
      );
      expect(allByRole(root(one), 'group', 'Brand')).to.have.length(0);
      expect(text(article(one, 'r1'))).to.contain('Northwind Home');
    });

    it('offers time-period presets and a custom range with two date inputs', async () => {
      const a = adapterWith({ reviews });
      const el = await mount(a);
      const period = byRole<HTMLSelectElement>(root(el), 'combobox', /^Time period/);
      expect([...period.options].map((o) => o.text)).to.deep.equal([
        'All time',
        'Last 7 days',
        'Last 30 days',
        'Custom range',
      ]);
      expect(a.queries.at(-1)!.from).to.equal(undefined);
      period.value = '30d';
      period.dispatchEvent(new Event('change'));
      await settle(el);
      expect(a.queries.at(-1)!.from).to.equal(new Date(NOW.getTime() - 30 * 86_400_000).toISOString());
      period.value = 'custom';
      period.dispatchEvent(new Event('change'));
      await settle(el);
      const dates = [...root(el).querySelectorAll<HTMLInputElement>('input[type=date]')];
      expect(dates.map((d) => text(d.closest('label')))).to.deep.equal(['From', 'To']);
      const events: ReviewFilterChangeEvent[] = [];
      el.addEventListener('review-filter-change', (e) => events.push(e));
      dates[0]!.value = '2026-11-01';
      dates[0]!.dispatchEvent(new Event('change'));
      await settle(el);
      const [, to] = [...root(el).querySelectorAll<HTMLInputElement>('input[type=date]')];
      to!.value = '2026-11-10';
      to!.dispatchEvent(new Event('change'));
      await settle(el);
      expect(events.at(-1)!.filter).to.include({ period: 'custom', from: '2026-11-01', to: '2026-11-10' });
      const q = a.queries.at(-1)!;
      expect(q.from).to.equal(new Date('2026-11-01T00:00:00').toISOString());
      expect(q.to).to.equal(new Date(new Date('2026-11-11T00:00:00').getTime() - 1).toISOString());
      await expect(el).to.be.accessible();
    });

    it('debounces the search (~200 ms): one query for a burst of typing', async () => {
      const a = adapterWith({ reviews });
      const el = await mount(a);
      const before = a.queries.length;
      const box = byRole<HTMLInputElement>(root(el), 'searchbox', 'Search reviews');
      const events: ReviewFilterChangeEvent[] = [];
      el.addEventListener('review-filter-change', (e) => events.push(e));
      for (const v of ['t', 'ti', 'title 3']) {
        await typeInto(box, v);
        await aTimeout(50);
      }
      expect(a.queries.length).to.equal(before);
      await aTimeout(250);
      await settle(el);
      expect(a.queries.length).to.equal(before + 1);
      expect(a.queries.at(-1)!.search).to.equal('title 3');
      expect(events.map((e) => e.filter.search)).to.deep.equal(['title 3']);
      expect(articles(el).map((x) => x.dataset.id)).to.deep.equal(['r3']);
    });

    it('sorts newest, oldest, rating low→high and high→low', async () => {
      const a = adapterWith({ reviews });
      const el = await mount(a);
      const sort = byRole<HTMLSelectElement>(root(el), 'combobox', /^Sort by/);
      expect([...sort.options].map((o) => o.value)).to.deep.equal([
        'attention',
        'newest',
        'oldest',
        'rating-asc',
        'rating-desc',
      ]);
      sort.value = 'rating-asc';
      sort.dispatchEvent(new Event('change'));
      await settle(el);
      expect(a.queries.at(-1)!.sort).to.equal('rating-asc');
      expect(articles(el).map((x) => x.dataset.id)).to.deep.equal(['r1', 'r2', 'r3', 'r4', 'r5']);
    });

    it('"Include marked as done" brings done reviews back', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(1), makeReview(2, { done: true })] }));
      expect(articles(el).map((x) => x.dataset.id)).to.deep.equal(['r1']);
      const ev = nextEvent(el, 'review-filter-change');
      byRole(root(el), 'switch', 'Include marked as done').click();
      expect(((await ev) as ReviewFilterChangeEvent).filter.includeDone).to.equal(true);
      await settle(el);
      expect(articles(el).map((x) => x.dataset.id)).to.deep.equal(['r1', 'r2']);
      expect(byRole<HTMLInputElement>(article(el, 'r2'), 'checkbox', 'Mark as done').checked).to.equal(true);
    });

    it('keeps the previous page visible and aria-busy while refetching', async () => {
      let release!: () => void;
      const base = adapterWith({ reviews });
      let hold = false;
      const a = wrapAdapter(base, {
        listReviews: async (q, o) => {
          if (hold) await new Promise<void>((r) => (release = r));
          return base.listReviews(q, o);
        },
      });
      const el = await mount(a);
      hold = true;
      byRole(root(el), 'checkbox', '3 stars').click();
      await el.updateComplete;
      const feed = byRole(root(el), 'feed');
      expect(feed.getAttribute('aria-busy')).to.equal('true');
      expect(articles(el)).to.have.length(5);
      await expect(el).to.be.accessible();
      release();
      await settle(el);
      expect(byRole(root(el), 'feed').getAttribute('aria-busy')).to.equal('false');
      expect(articles(el)).to.have.length(1);
    });
  });

  describe('mark as done', () => {
    it('hides a done review from the default view, announces it and fires review-done-change', async () => {
      const a = adapterWith({ reviews: [makeReview(1), makeReview(2)] });
      const el = await mount(a);
      const ev = nextEvent(el, 'review-done-change');
      byRole(article(el, 'r1'), 'checkbox', 'Mark as done').click();
      const e = (await ev) as ReviewDoneChangeEvent;
      expect(e.review.id).to.equal('r1');
      expect(e.done).to.equal(true);
      await settle(el);
      expect(articles(el).map((x) => x.dataset.id)).to.deep.equal(['r2']);
      await waitUntil(() =>
        text(root(el).querySelector('div[role=status].visually-hidden')).includes('marked as done'),
      );
    });

    it('rolls back visibly when the adapter fails', async () => {
      const a = adapterWith({
        reviews: [makeReview(1)],
        over: { setReviewDone: () => Promise.reject(new SellerKitError('network', 'x')) },
      });
      const el = await mount(a);
      let fired = 0;
      el.addEventListener('review-done-change', () => fired++);
      const box = byRole<HTMLInputElement>(article(el, 'r1'), 'checkbox', 'Mark as done');
      box.click();
      expect(box.checked).to.equal(true); // optimistic
      await waitUntil(() => article(el, 'r1').querySelector('[role=alert]'));
      const alert = article(el, 'r1').querySelector('[role=alert]')!;
      expect(text(alert)).to.contain('the change was undone');
      expect(text(alert)).to.contain('network is unreachable');
      expect(byRole<HTMLInputElement>(article(el, 'r1'), 'checkbox', 'Mark as done').checked).to.equal(false);
      expect(fired).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('keeps a comment draft when its review is marked as done, and restores it with the review', async () => {
      const a = adapterWith({ reviews: [makeReview(1), makeReview(2)] });
      const el = await mount(a);
      await click(el, byRole(article(el, 'r1'), 'button', 'Comment'));
      const area = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      await typeInto(area, 'Half-written answer');
      const ev = nextEvent(el, 'review-done-change');
      byRole(article(el, 'r1'), 'checkbox', 'Mark as done').click();
      await ev;
      await settle(el);
      expect(articles(el).map((x) => x.dataset.id)).to.deep.equal(['r2']);
      el.includeDone = true;
      await settle(el);
      const back = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      expect(back.value).to.equal('Half-written answer');
      expect(byRole(article(el, 'r1'), 'button', 'Comment').getAttribute('aria-expanded')).to.equal('true');
    });

    it('unchecking restores a done review (with include-done)', async () => {
      const a = adapterWith({ reviews: [makeReview(1, { done: true })] });
      const el = await mount(a, html`<review-list include-done></review-list>`);
      const ev = nextEvent(el, 'review-done-change');
      byRole(article(el, 'r1'), 'checkbox', 'Mark as done').click();
      expect(((await ev) as ReviewDoneChangeEvent).done).to.equal(false);
      await settle(el);
      expect(byRole<HTMLInputElement>(article(el, 'r1'), 'checkbox', 'Mark as done').checked).to.equal(false);
      el.includeDone = false;
      await settle(el);
      expect(articles(el)).to.have.length(1);
    });
  });

  describe('permissions', () => {
    it('view-only shows reviews with no actions, but with the Report abuse link and guide', async () => {
      const el = await mount(
        adapterWith({
          reviews: [makeReview(0, { rating: 1 }), makeReview(1, { rating: 2, verifiedPurchase: false })],
          session: { permissions: { reviews: 'view', feedback: 'view', accountHealth: 'view' } },
        }),
      );
      expect(articles(el)).to.have.length(2);
      const r = root(el);
      expect(allByRole(r, 'checkbox', 'Mark as done')).to.have.length(0);
      expect(allByRole(r, 'button', 'Comment')).to.have.length(0);
      expect(allByRole(r, 'button', 'Contact customer')).to.have.length(0);
      expect(text(r)).not.to.contain('Unable to contact customer');
      expect(text(r)).to.contain('view-only');
      // Reporting happens on Amazon: a link, not an action of the kit, so view-only users get it.
      for (const id of ['r0', 'r1']) {
        const link = byRole<HTMLAnchorElement>(article(el, id), 'link', 'Report abuse');
        expect(link.href).to.contain(`/gp/customer-reviews/${id}`);
      }
      // Once per list (issue 21), for view-only users too.
      expect(allByRole(r, 'group', 'When can a review be removed?')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('contact customer', () => {
    const session = { brands: [{ id: 'northwind-home', name: 'Northwind Home', representative: true }] };

    it('offers Contact customer on an eligible critical review and opens the dialog', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(0, { rating: 1 })], session }));
      // The dialog loads lazily once an eligible "Contact customer" button renders.
      await customElements.whenDefined('contact-customer-dialog');
      const dialog = root(el).querySelector('contact-customer-dialog')!;
      const calls: unknown[][] = [];
      const original = dialog.show.bind(dialog);
      dialog.show = (...args: Parameters<typeof dialog.show>) => {
        calls.push(args);
        original(...args);
      };
      const button = byRole(article(el, 'r0'), 'button', 'Contact customer');
      button.click();
      await waitUntil(() => calls.length > 0, 'dialog shown');
      expect(calls).to.have.length(1);
      expect((calls[0]![0] as Review).id).to.equal('r0');
      expect(calls[0]![1]).to.equal(button);
      dialog.close();
    });

    it('explains "Unable to contact customer" with the reasons, reachable by keyboard', async () => {
      const el = await mount(
        adapterWith({
          reviews: [
            makeReview(0, { rating: 3, verifiedPurchase: false, sellerOfRecord: false }),
            makeReview(1, { rating: 4 }),
            makeReview(2, { rating: 5 }),
          ],
          session,
        }),
      );
      const details = byRole<HTMLDetailsElement>(article(el, 'r0'), 'group', /Unable to contact customer/);
      const items = [...details.querySelectorAll('li')];
      expect(items).to.have.length(2);
      // Localised reason text (policy strings), never the raw codes.
      for (const li of items) expect(text(li)).not.to.match(/^[a-z]+(-[a-z]+)+$/);
      expect(allByRole(article(el, 'r0'), 'button', 'Contact customer')).to.have.length(0);
      for (const id of ['r1', 'r2']) {
        expect(text(article(el, id))).not.to.contain('contact customer');
        expect(allByRole(article(el, id), 'button', 'Contact customer')).to.have.length(0);
        expect(text(article(el, id))).not.to.contain('Unable to contact');
      }
      // Keyboard: focus the summary and press Enter to open the disclosure.
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('updates the review on contact-sent from the dialog and announces it', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(0, { rating: 1 })], session }));
      const dialog = root(el).querySelector('contact-customer-dialog')!;
      const updated = {
        ...makeReview(0, { rating: 1 }),
        contact: { reason: 'customer-support' as const, sentAt: NOW.toISOString() },
      };
      let outside = 0;
      el.parentElement!.addEventListener('contact-sent', () => outside++);
      dialog.dispatchEvent(new ContactSentEvent(updated));
      await el.updateComplete;
      expect(text(article(el, 'r0'))).to.contain('Customer contacted');
      expect(text(article(el, 'r0'))).to.contain('Customer support');
      expect(allByRole(article(el, 'r0'), 'button', 'Contact customer')).to.have.length(0);
      expect(outside).to.equal(1);
      await waitUntil(() =>
        text(root(el).querySelector('div[role=status].visually-hidden')).includes('Customer contacted'),
      );
    });

    it('on contact-cancel after a failed send (dialog closed meanwhile): alert on the review and a reload', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(0, { rating: 1 }), makeReview(1)], session }));
      const a = (el as unknown as { kitAdapter: SellerKitAdapter & { queries: ReviewQuery[] } }).kitAdapter;
      const before = a.queries.length;
      const dialog = root(el).querySelector('contact-customer-dialog')!;
      dialog.dispatchEvent(new ContactCancelEvent(false, 'r0', new SellerKitError('timeout', 'slow')));
      await settle(el);
      const alert = byRole(article(el, 'r0'), 'alert');
      expect(text(alert)).to.contain('The message to the customer was not sent.');
      expect(text(alert)).to.contain('The server took too long to answer.');
      expect(allByRole(article(el, 'r1'), 'alert')).to.have.length(0);
      expect(a.queries.length).to.be.greaterThan(before);
      await expect(el).to.be.accessible();
      // Opening the dialog again for that review clears the alert.
      byRole(article(el, 'r0'), 'button', 'Contact customer').click();
      await el.updateComplete;
      expect(allByRole(article(el, 'r0'), 'alert')).to.have.length(0);
      await customElements.whenDefined('contact-customer-dialog');
      await waitUntil(() => dialog.open, 'dialog open');
      dialog.close();
    });

    it('on contact-cancel with alreadyContacted, reloads so the review shows "Customer contacted"', async () => {
      const base = createMemoryAdapter({ reviews: [makeReview(0, { rating: 1 })], session, now: NOW });
      const el = await mount(wrapAdapter(base));
      expect(allByRole(article(el, 'r0'), 'button', 'Contact customer')).to.have.length(1);
      await base.contactCustomer('r0', 'customer-support'); // from another tab
      root(el).querySelector('contact-customer-dialog')!.dispatchEvent(new ContactCancelEvent(true, 'r0'));
      await settle(el);
      expect(text(article(el, 'r0'))).to.contain('Customer contacted');
      expect(allByRole(article(el, 'r0'), 'button', 'Contact customer')).to.have.length(0);
      // A plain cancel does not reload.
      let calls = 0;
      const el2 = await mount(wrapAdapter(base, { listReviews: (q, o) => (calls++, base.listReviews(q, o)) }));
      const n = calls;
      root(el2).querySelector('contact-customer-dialog')!.dispatchEvent(new ContactCancelEvent(false, 'r0'));
      await settle(el2);
      expect(calls).to.equal(n);
    });

    it('end to end: the real dialog sends and the list shows "Customer contacted"', async () => {
      const a = adapterWith({ reviews: [makeReview(0, { rating: 1 })], session });
      const el = await mount(a);
      byRole(article(el, 'r0'), 'button', 'Contact customer').click();
      const dialog = root(el).querySelector('contact-customer-dialog')!;
      await waitUntil(() => dialog.shadowRoot?.querySelector('input[type=radio]'), 'dialog form', { timeout: 3000 });
      const sent = nextEvent(el, 'contact-sent');
      byRole(dialog.shadowRoot!, 'button', 'Send').click();
      await sent;
      await el.updateComplete;
      expect(text(article(el, 'r0'))).to.contain('Customer contacted');
      dialog.close();
    });
  });

  describe('contact customer: focus after the dialog', () => {
    const session = { brands: [{ id: 'northwind-home', name: 'Northwind Home', representative: true }] };

    async function sendFromDialog(el: ReviewList): Promise<HTMLElement> {
      const dialog = root(el).querySelector('contact-customer-dialog')!;
      byRole(article(el, 'r0'), 'button', 'Contact customer').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.shadowRoot?.activeElement?.matches('input[type=radio]'), 'dialog form focused', {
        timeout: 3000,
      });
      await sendKeys({ press: 'Enter' }); // submits the form
      await waitUntil(() => allByRole(dialog.shadowRoot!, 'button', 'Close').length, 'outcome shown');
      await waitUntil(() => dialog.shadowRoot?.activeElement, 'focus on Close');
      return dialog;
    }

    it('returns focus to the review (its button is gone) when the dialog closes after sending', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(0, { rating: 1 }), makeReview(1)], session }));
      const dialog = await sendFromDialog(el);
      await settle(el);
      expect(text(article(el, 'r0'))).to.contain('Customer contacted');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.hasAttribute('open'), 'closed');
      await settle(el);
      expect(focusName(el)).to.equal('article r0');
    });

    it('keeps focus on the review when the customer had already been contacted (reload replaces the button)', async () => {
      const base = createMemoryAdapter({ reviews: [makeReview(0, { rating: 1 })], session, now: NOW });
      const el = await mount(wrapAdapter(base));
      await base.contactCustomer('r0', 'customer-support'); // from another tab
      const dialog = await sendFromDialog(el);
      expect(allByRole(dialog.shadowRoot!, 'alert').length).to.be.greaterThan(0);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.hasAttribute('open'), 'closed');
      await settle(el);
      expect(text(article(el, 'r0'))).to.contain('Customer contacted');
      expect(focusName(el)).to.equal('article r0');
    });
  });

  describe('comment composer', () => {
    it('opens a labelled textarea, lints as you type and blocks posting on errors', async () => {
      const a = adapterWith({ reviews: [makeReview(1)] });
      const el = await mount(a);
      const button = byRole(article(el, 'r1'), 'button', 'Comment');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await click(el, button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const area = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      expect(root(el).activeElement).to.equal(area);
      const post = byRole<HTMLButtonElement>(article(el, 'r1'), 'button', 'Post comment');
      expect(post.disabled).to.equal(true);
      await typeInto(area, 'Thanks! Write to me at help@example.com for a refund.');
      await lintReady(el);
      const findings = [...article(el, 'r1').querySelectorAll('.finding')];
      expect(findings.length).to.be.greaterThan(0);
      const mail = findings.find((f) => text(f.querySelector('mark')) === 'help@example.com');
      expect(mail, 'e-mail finding with the excerpt marked').to.exist;
      expect(text(mail!.querySelector('.severity'))).to.match(/Error|Warning/);
      expect(text(mail!.querySelector('.message')).length).to.be.greaterThan(5);
      expect(post.disabled).to.equal(true);
      expect(text(root(el).getElementById(post.getAttribute('aria-describedby')!))).to.equal(
        'Fix the errors above before posting.',
      );
      expect(area.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      // A long text gives the length finding (the policy helper's localised key, or its English message).
      await typeInto(area, 'x'.repeat(1200));
      await el.updateComplete;
      expect(text(article(el, 'r1').querySelector('.findings'))).to.match(/1,?200|1000|1,000/);
    });

    it('announces the lint result politely as it changes (a live region, not only a description)', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(1)] }));
      await click(el, byRole(article(el, 'r1'), 'button', 'Comment'));
      await lintReady(el);
      const area = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      await typeInto(area, 'Mail me at help@example.com');
      await el.updateComplete;
      const live = allByRole(article(el, 'r1'), 'status').find((s) => /issue/.test(text(s)));
      expect(live, 'a status with the finding count').to.exist;
      expect(text(live)).to.equal('1 issue found');
      await typeInto(area, 'Thank you.');
      await el.updateComplete;
      expect(text(live)).to.equal('No policy issues found.');
      await expect(el).to.be.accessible();
    });

    it('offers a fix for each blocking finding: Apply, from the keyboard, rewrites the text and lints it again', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(1)] }));
      await click(el, byRole(article(el, 'r1'), 'button', 'Comment'));
      await lintReady(el);
      const area = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      await typeInto(area, 'Thanks for the update. Please change your review now that it works.');
      await el.updateComplete;
      const post = byRole<HTMLButtonElement>(article(el, 'r1'), 'button', 'Post comment');
      expect(post.disabled).to.equal(true);
      // The button is named after what it does; its visible text is "Apply".
      const apply = byRole<HTMLButtonElement>(
        article(el, 'r1'),
        'button',
        'Apply: replace “Please change your review now that it works.” with “Thank you for your review.”',
      );
      expect(text(apply)).to.equal('Apply');
      expect(text(apply.closest('.finding')!.querySelector('.suggestion'))).to.equal(
        'Suggested rewrite: “Thank you for your review.”',
      );
      await expect(el).to.be.accessible();
      apply.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(area.value).to.equal('Thanks for the update. Thank you for your review.');
      // Linted again: no finding, Post enabled; the Apply button went with its finding and the focus is back in
      // the text, just after the rewrite.
      expect(article(el, 'r1').querySelectorAll('.finding')).to.have.length(0);
      expect(allByRole(article(el, 'r1'), 'button', /^Apply/)).to.have.length(0);
      expect(post.disabled).to.equal(false);
      expect(root(el).activeElement).to.equal(area);
      expect(area.selectionStart).to.equal(area.value.length);
      await expect(el).to.be.accessible();
    });

    it('Apply with an empty replacement removes the span (an e-mail address), with Space', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(1)] }));
      await click(el, byRole(article(el, 'r1'), 'button', 'Comment'));
      await lintReady(el);
      const area = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      await typeInto(area, 'Sorry! Details: help@example.com');
      await el.updateComplete;
      const apply = byRole<HTMLButtonElement>(article(el, 'r1'), 'button', 'Apply: remove “help@example.com”');
      expect(text(apply.closest('.finding')!.querySelector('.suggestion'))).to.equal('Suggested fix: remove it.');
      apply.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await el.updateComplete;
      expect(area.value).to.equal('Sorry! Details: ');
      expect(article(el, 'r1').querySelectorAll('.finding.error')).to.have.length(0);
      expect(root(el).activeElement).to.equal(area);
      expect(area.selectionStart).to.equal('Sorry! Details: '.length);
    });

    it('posts a clean comment, shows it and fires review-comment-posted', async () => {
      const a = adapterWith({ reviews: [makeReview(1)] });
      const el = await mount(a);
      await click(el, byRole(article(el, 'r1'), 'button', 'Comment'));
      const area = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      await typeInto(area, 'Thank you for the detailed review.');
      await lintReady(el);
      expect(text(article(el, 'r1').querySelector('.findings'))).to.contain('No policy issues found.');
      const ev = nextEvent(el, 'review-comment-posted');
      byRole(article(el, 'r1'), 'button', 'Post comment').click();
      const e = await ev;
      expect(e.comment!.text).to.equal('Thank you for the detailed review.');
      await settle(el);
      expect(text(article(el, 'r1').querySelector('.comments'))).to.contain('Thank you for the detailed review.');
      expect(article(el, 'r1').querySelector('textarea')).to.equal(null);
      expect(root(el).activeElement).to.equal(byRole(article(el, 'r1'), 'button', 'Comment'));
    });

    it('does not lose text typed while a post is under way: the draft is read-only until it settles', async () => {
      let release!: () => void;
      const base = adapterWith({ reviews: [makeReview(1)] });
      const a = wrapAdapter(base, {
        addReviewComment: (id, t, o) =>
          new Promise<void>((r) => (release = r)).then(() => base.addReviewComment(id, t, o)),
      });
      const el = await mount(a);
      await click(el, byRole(article(el, 'r1'), 'button', 'Comment'));
      const area = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      await typeInto(area, 'Thank you');
      await lintReady(el);
      byRole(article(el, 'r1'), 'button', 'Post comment').click();
      await el.updateComplete;
      expect(text(byRole(article(el, 'r1'), 'button', 'Posting…'))).to.equal('Posting…');
      expect(area.readOnly, 'no edits that the post in flight would silently drop').to.equal(true);
      area.focus();
      await sendKeys({ type: ' so much' });
      expect(area.value).to.equal('Thank you');
      const posted = nextEvent(el, 'review-comment-posted');
      release();
      expect((await posted).comment!.text).to.equal('Thank you');
    });

    it('keeps the draft on failure and reuses the idempotency key on retry', async () => {
      const keys: (string | undefined)[] = [];
      let fail = true;
      const base = adapterWith({ reviews: [makeReview(1)] });
      const a = wrapAdapter(base, {
        addReviewComment: (id, t, o) => {
          keys.push(o?.idempotencyKey);
          if (fail) return Promise.reject(new SellerKitError('timeout', 'x'));
          return base.addReviewComment(id, t, o);
        },
      });
      const el = await mount(a);
      await click(el, byRole(article(el, 'r1'), 'button', 'Comment'));
      const area = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      await typeInto(area, 'We are sorry to read this.');
      await lintReady(el);
      byRole(article(el, 'r1'), 'button', 'Post comment').click();
      await waitUntil(() => article(el, 'r1').querySelector('.composer [role=alert]'));
      expect(text(article(el, 'r1').querySelector('.composer [role=alert]'))).to.contain('your text is kept');
      expect(byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review').value).to.equal(
        'We are sorry to read this.',
      );
      await expect(el).to.be.accessible();
      fail = false;
      const ev = nextEvent(el, 'review-comment-posted');
      byRole(article(el, 'r1'), 'button', 'Post comment').click();
      await ev;
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    });
    it('says the network is unreachable with Retry when the linter cannot load, keeps the draft and Post disabled, then lints after Retry', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(1, { rating: 2 })] }));
      // The linter's code cannot load (offline, a deploy that removed the chunk): an injected loader, this element only.
      const internals = el as unknown as { linterLoader?: LinterLoader; view: { comments: { lint: LintController } } };
      internals.linterLoader = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const r = root(el);
      await waitUntil(() => r.querySelector('article'), 'reviews shown');
      byRole(r, 'button', 'Comment').click();
      await waitUntil(() => r.querySelector('.composer [role=alert]'), 'load failure shown');
      const alert = r.querySelector('.composer [role=alert]')!;
      expect(alert.textContent).to.contain('The network is unreachable');
      const box = byRole<HTMLTextAreaElement>(r, 'textbox', 'Public comment on this review');
      box.value = 'Thank you for telling us.';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(byRole<HTMLButtonElement>(r, 'button', 'Post comment').disabled, 'never sent unlinted').to.equal(true);
      await expect(el).to.be.accessible();

      internals.view.comments.lint.useLoader(); // the real linter's code again
      const retry = byRole(alert, 'button', 'Retry');
      retry.focus();
      retry.click();
      await waitUntil(() => !r.querySelector('.composer [role=alert]'), 'failure cleared');
      await waitUntil(() => r.activeElement?.localName === 'textarea', 'focus back in the text, not on <body>');
      await waitUntil(() => !byRole<HTMLButtonElement>(r, 'button', 'Post comment').disabled, 'linted, postable');
      expect(byRole<HTMLTextAreaElement>(r, 'textbox', 'Public comment on this review').value).to.equal(
        'Thank you for telling us.',
      );
    });
  });

  describe('keyboard', () => {
    it('moves between reviews with arrows, j/k, Home and End', async () => {
      const el = await mount(adapterWith({ reviews: [0, 1, 2, 3].map((i) => makeReview(i, { rating: 5 })) }));
      const arts = articles(el);
      const active = () => root(el).activeElement;
      arts[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(active()).to.equal(arts[1]);
      await sendKeys({ press: 'j' });
      expect(active()).to.equal(arts[2]);
      await sendKeys({ press: 'k' });
      expect(active()).to.equal(arts[1]);
      await sendKeys({ press: 'ArrowUp' });
      expect(active()).to.equal(arts[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(active()).to.equal(arts[0]);
      await sendKeys({ press: 'End' });
      expect(active()).to.equal(arts[3]);
      await sendKeys({ press: 'Home' });
      expect(active()).to.equal(arts[0]);
      expect(arts.map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3', '4']);
      expect(arts[0]!.getAttribute('aria-setsize')).to.equal('4');
    });

    it('Space on "Mark as done" toggles it; focus moves to the next review', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(1, { rating: 5 }), makeReview(2, { rating: 5 })] }));
      const box = byRole<HTMLInputElement>(article(el, 'r1'), 'checkbox', 'Mark as done');
      box.focus();
      const ev = nextEvent(el, 'review-done-change');
      await sendKeys({ press: 'Space' });
      await ev;
      await settle(el);
      expect(articles(el).map((a) => a.dataset.id)).to.deep.equal(['r2']);
      expect(root(el).activeElement).to.equal(article(el, 'r2'));
    });

    it('Tab from a review reaches Comment; Enter opens the composer', async () => {
      const el = await mount(adapterWith({ reviews: [makeReview(1, { rating: 5 })] }));
      byRole(article(el, 'r1'), 'checkbox', 'Mark as done').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(byRole(article(el, 'r1'), 'button', 'Comment'));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(root(el).activeElement).to.equal(byRole(article(el, 'r1'), 'textbox', 'Public comment on this review'));
      await sendKeys({ type: 'Thanks' });
      await lintReady(el);
      expect(byRole<HTMLButtonElement>(article(el, 'r1'), 'button', 'Post comment').disabled).to.equal(false);
    });

    it('filters work from the keyboard', async () => {
      const a = adapterWith({ reviews: [1, 2, 3].map((n) => makeReview(n, { rating: n })) });
      const el = await mount(a);
      byRole(root(el), 'checkbox', '1 star').focus();
      await sendKeys({ press: 'Tab' });
      const ev = nextEvent(el, 'review-filter-change');
      await sendKeys({ press: 'Space' });
      expect(((await ev) as ReviewFilterChangeEvent).filter.ratings).to.deep.equal([2]);
      await settle(el);
      expect(articles(el).map((x) => x.dataset.id)).to.deep.equal(['r2']);
    });
  });

  describe('paging and scale', () => {
    it('pages with Previous/Next, shows the range and lets the page size change', async () => {
      const a = adapterWith({ reviews: manyReviews(120) });
      const el = await mount(a);
      const status = () => text(root(el).querySelector('.page-status'));
      expect(status()).to.equal('Showing 1–20 of 120');
      const prev = byRole<HTMLButtonElement>(root(el), 'button', 'Previous page');
      expect(prev.disabled).to.equal(true);
      await click(el, byRole(root(el), 'button', 'Next page'));
      expect(status()).to.equal('Showing 21–40 of 120');
      expect(articles(el)[0]!.getAttribute('aria-posinset')).to.equal('21');
      await click(el, prev);
      expect(status()).to.equal('Showing 1–20 of 120');
      const size = byRole<HTMLSelectElement>(root(el), 'combobox', /^Reviews per page/);
      size.value = '50';
      size.dispatchEvent(new Event('change'));
      await settle(el);
      expect(articles(el)).to.have.length(50);
      expect(status()).to.equal('Showing 1–50 of 120');
      await expect(el).to.be.accessible();
    });

    it('keeps focus on the pager when Next or Previous becomes disabled (first and last page)', async () => {
      const el = await mount(adapterWith({ reviews: manyReviews(30) }));
      const next = byRole<HTMLButtonElement>(root(el), 'button', 'Next page');
      const prev = byRole<HTMLButtonElement>(root(el), 'button', 'Previous page');
      next.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(root(el).querySelector('.page-status'))).to.equal('Showing 21–30 of 30');
      expect(next.disabled).to.equal(true);
      expect(focusName(el)).to.equal('Previous page');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(prev.disabled).to.equal(true);
      expect(focusName(el)).to.equal('Next page');
    });

    for (const count of [1_000, 10_000]) {
      it(`stays bounded by the page with ${count.toLocaleString('en')} reviews (timings logged)`, async () => {
        const a = adapterWith({ reviews: manyReviews(count) });
        const t0 = performance.now();
        const el = await mount(a);
        const t1 = performance.now();
        expect(articles(el)).to.have.length(20);
        expect(root(el).querySelectorAll('*').length).to.be.lessThan(1500);
        expect(text(root(el).querySelector('.page-status'))).to.equal(`Showing 1–20 of ${count.toLocaleString('en')}`);
        const t2 = performance.now();
        byRole(root(el), 'checkbox', '1 star').click();
        await settle(el);
        const t3 = performance.now();
        expect(articles(el)).to.have.length(20);
        console.log(
          `[review-list] ${count} reviews: first render ${(t1 - t0).toFixed(1)} ms, apply filter ${(t3 - t2).toFixed(1)} ms`,
        );
      });
    }
  });

  describe('locale', () => {
    it('has the same review-list keys in all six locales, none empty', () => {
      const keys = Object.keys(en).sort();
      for (const table of [itTable, de, fr, es, ja]) {
        expect(Object.keys(table).sort()).to.deep.equal(keys);
        for (const v of Object.values(table)) expect(typeof v === 'string' ? v : v.other).not.to.equal('');
      }
    });

    it('shows failures already on screen in the new language when lang changes (done, comment, contact)', async () => {
      const a = adapterWith({
        reviews: [makeReview(0, { rating: 1 }), makeReview(1, { rating: 5 })],
        session: { brands: [{ id: 'northwind-home', name: 'Northwind Home', representative: true }] },
        over: {
          setReviewDone: () => Promise.reject(new SellerKitError('network', 'x')),
          addReviewComment: () => Promise.reject(new SellerKitError('timeout', 'x')),
        },
      });
      const el = await mount(a);
      await failDoneAndComment(el, 'r1');
      root(el)
        .querySelector('contact-customer-dialog')!
        .dispatchEvent(new ContactCancelEvent(false, 'r0', new SellerKitError('timeout', 'x')));
      await settle(el);
      el.parentElement!.setAttribute('lang', 'de');
      await waitUntil(() => text(root(el)).includes('Als erledigt markieren'), 'German strings', { timeout: 3000 });
      const alerts = allByRole(root(el), 'alert').map(text);
      expect(alerts).to.have.length(3);
      expect(alerts.join(' | ')).to.contain('rückgängig gemacht').and.contain('Netzwerk');
      expect(alerts.join(' | ')).to.contain('Ihr Text bleibt erhalten').and.contain('zu lange');
      expect(alerts.join(' | ')).to.contain('Die Nachricht an den Kunden wurde nicht gesendet.');
      for (const t of alerts)
        expect(t).not.to.match(/the change was undone|your text is kept|was not sent|took too long/);
    });

    it('ignores Cancel and the Comment toggle while a post is under way: the outcome and the draft stay', async () => {
      let fail: (e: unknown) => void = () => {};
      const a = adapterWith({
        reviews: [makeReview(1, { rating: 5 })],
        over: { addReviewComment: () => new Promise((_, reject) => (fail = reject)) },
      });
      const el = await mount(a);
      await click(el, byRole(article(el, 'r1'), 'button', 'Comment'));
      await typeInto(byRole(article(el, 'r1'), 'textbox', 'Public comment on this review'), 'Thank you.');
      await lintReady(el);
      byRole(article(el, 'r1'), 'button', 'Post comment').click();
      await settle(el);
      const cancel = byRole(article(el, 'r1'), 'button', 'Cancel');
      expect(cancel.getAttribute('aria-disabled')).to.equal('true');
      cancel.click();
      byRole(article(el, 'r1'), 'button', 'Comment').click();
      await settle(el);
      expect(article(el, 'r1').querySelector('.composer'), 'composer still open').to.exist;
      fail(new SellerKitError('server', 'x'));
      await waitUntil(() => article(el, 'r1').querySelector('.composer [role=alert]'), 'failure shown in the composer');
      const box = byRole<HTMLTextAreaElement>(article(el, 'r1'), 'textbox', 'Public comment on this review');
      expect(box.value).to.equal('Thank you.');
      byRole(article(el, 'r1'), 'button', 'Cancel').click();
      await settle(el);
      expect(article(el, 'r1').querySelector('.composer'), 'Cancel works again after the failure').to.equal(null);
    });

    it('words the reason codes of a backend refusal, never showing a raw code or a {placeholder}', async () => {
      const a = adapterWith({
        reviews: [makeReview(1, { rating: 5 })],
        over: {
          setReviewDone: () => Promise.reject(new SellerKitError('not-found', 'x', { reasons: ['retention-expired'] })),
          addReviewComment: () =>
            Promise.reject(new SellerKitError('policy-violation', 'x', { reasons: ['length', 'empty', 'email'] })),
        },
      });
      const el = await mount(a);
      await failDoneAndComment(el, 'r1');
      const alerts = allByRole(root(el), 'alert').map(text).join(' | ');
      expect(alerts).to.contain('its display period has ended');
      expect(alerts).to.contain('The text is longer than Amazon allows.').and.contain('The text is empty.');
      expect(alerts).to.contain('e-mail');
      expect(alerts).not.to.match(/[{}]|retention-expired/);
    });

    it('renders German labels and dates', async () => {
      const el = await mount(
        adapterWith({ reviews: [makeReview(1, { rating: 2 })] }),
        html`<review-list></review-list>`,
        'de',
      );
      await waitUntil(() => text(root(el)).includes('Als erledigt markieren'), 'German strings', { timeout: 3000 });
      expect(text(article(el, 'r1').querySelector('.rating .visually-hidden'))).to.contain('von 5');
      await expect(el).to.be.accessible();
    });
  });
});
