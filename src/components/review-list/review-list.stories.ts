import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../define.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { Review, SellerKitAdapter, Session } from '../../data/models.js';
import { NOW, makeReview, wrapAdapter } from './test-helpers.js';

export default {
  title: 'Elements/review-list',
  component: 'review-list',
  parameters: {
    docs: {
      description: {
        component:
          "**What it is for:** product reviews as in Brand Dashboard › Customer Reviews. **How a seller uses it:** filter by stars, brand, period or words, read each review, mark it as done once handled, add an internal comment, report abuse to Amazon, and open Contact Customer on a critical review. Amazon's rules (never ask for a review to be changed or removed) are built in.",
      },
    },
  },
  tags: ['autodocs'],
  args: { ratings: '', period: 'all', search: '', sort: 'newest', includeDone: false, pageSize: 20 },
  argTypes: {
    ratings: { control: 'text', description: 'Comma-separated star ratings, e.g. "1,2"' },
    period: { control: 'select', options: ['all', '7d', '30d', 'custom'] },
    sort: { control: 'select', options: ['newest', 'oldest', 'rating-asc', 'rating-desc'] },
    pageSize: { control: 'select', options: [20, 50, 100] },
  },
} satisfies Meta;

type Story = StoryObj;

const demo = (over: { session?: Partial<Session>; reviews?: Review[]; count?: number } = {}) =>
  createMemoryAdapter({
    seed: 7,
    counts: { reviews: over.count ?? 120 },
    reviews: over.reviews,
    session: over.session,
    now: NOW,
  });

const view = (adapter: SellerKitAdapter | undefined, opts: { lang?: string; inner?: TemplateResult } = {}) =>
  html`<review-kit-provider .adapter=${adapter} .now=${NOW} lang=${opts.lang ?? 'en'}>
    ${opts.inner ?? html`<review-list></review-list>`}
  </review-kit-provider>`;

/** Playground: the controls set the element's attributes. */
export const Default: Story = {
  render: (args) =>
    view(demo(), {
      inner: html`<review-list
        ratings=${args.ratings}
        period=${args.period}
        search=${args.search}
        sort=${args.sort}
        ?include-done=${args.includeDone}
        page-size=${args.pageSize}
      ></review-list>`,
    }),
};

export const ManyReviews: Story = { name: 'Many reviews (10 000)', render: () => view(demo({ count: 10_000 })) };

export const CriticalOnly: Story = {
  name: 'Filtered by attributes (1–2 stars, last 7 days)',
  render: () => view(demo(), { inner: html`<review-list ratings="1,2" period="7d"></review-list>` }),
};

export const Empty: Story = {
  render: () =>
    view(demo({ reviews: [makeReview(1, { rating: 5 })] }), {
      inner: html`<review-list ratings="1,2" period="30d"></review-list>`,
    }),
};

export const Loading: Story = {
  render: () => view(wrapAdapter(demo(), { listReviews: () => new Promise(() => undefined) })),
};

export const LoadError: Story = {
  name: 'Error',
  render: () =>
    view(wrapAdapter(demo(), { listReviews: () => Promise.reject(new SellerKitError('server', 'Internal error')) })),
};

export const NoAdapter: Story = {
  name: 'Configuration error (no adapter)',
  render: () => html`<review-list></review-list>`,
};

export const ReadOnly: Story = {
  name: 'Read-only (view permission)',
  render: () => view(demo({ session: { permissions: { reviews: 'view', feedback: 'view', accountHealth: 'view' } } })),
};

export const NoPermission: Story = {
  render: () => view(demo({ session: { permissions: { reviews: 'none', feedback: 'edit', accountHealth: 'edit' } } })),
};

const ineligible: Review[] = [
  makeReview(0, { rating: 1, title: 'Eligible: Contact customer is offered' }),
  makeReview(1, { rating: 2, title: 'Not a verified purchase', verifiedPurchase: false }),
  makeReview(2, {
    rating: 3,
    title: 'Another seller sold it; old order',
    sellerOfRecord: false,
    orderDate: '2025-06-01T00:00:00.000Z',
  }),
  makeReview(3, {
    rating: 1,
    title: 'Already contacted',
    contact: { reason: 'courtesy-refund', sentAt: '2026-11-19T09:00:00.000Z' },
  }),
  makeReview(4, { rating: 5, title: 'Five stars: nothing to contact about' }),
];

export const IneligibleReasons: Story = {
  name: 'Contact customer: eligible, ineligible (reasons), contacted',
  render: () => view(demo({ reviews: ineligible })),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('review-list')!;
    for (let i = 0; i < 60 && !el.shadowRoot?.querySelector('details.unable'); i++)
      await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details.unable').forEach((d) => (d.open = true));
  },
};

export const SeveralBrands: Story = { render: () => view(demo()) };

export const OneBrand: Story = {
  render: () =>
    view(demo({ session: { brands: [{ id: 'northwind-home', name: 'Northwind Home', representative: true }] } })),
};

export const German: Story = { name: 'German locale', render: () => view(demo(), { lang: 'de' }) };

export const Japanese: Story = { name: 'Japanese locale', render: () => view(demo(), { lang: 'ja' }) };

const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
export const HostileText: Story = {
  render: () =>
    view(
      demo({
        reviews: [
          makeReview(1, {
            rating: 1,
            title: evil,
            body: `${evil} ${'Averyveryverylongwordwithoutanyspacesatall'.repeat(6)}`,
            reviewerName: evil,
            productTitle: evil,
            comments: [{ id: 'c1', text: evil, postedAt: '2026-11-19T09:00:00.000Z' }],
          }),
        ],
      }),
    ),
};

export const Dark: Story = {
  render: () => html`<div class="srk-dark">${view(demo())}</div>`,
};

/** SPEC §8 alerts: three 1★ reviews of one product this week — `kit-alert` and the **Alerts (1)** badge. */
export const Alerts: Story = {
  name: 'Alert: critical reviews cluster',
  render: () =>
    view(
      demo({
        reviews: [1, 2, 3, 4].map((i) =>
          makeReview(i, { asin: 'B0ALERT001', productTitle: 'Bamboo cutting board', rating: i < 4 ? 1 : 5 }),
        ),
      }),
    ),
};

// ---- triage (issue 21): bulk selection, partial failure, compact density, the Keyboard shortcuts help --------------

type PlayCtx = { canvasElement: HTMLElement };

/** Waits (up to 5 s) for `find` in the story's `<review-list>` to return something. */
async function waitFor<T>(canvas: HTMLElement, find: (root: ShadowRoot) => T | null | undefined, what: string) {
  const el = canvas.querySelector('review-list')!;
  for (let i = 0; i < 100; i++) {
    const root = el.shadowRoot;
    const found = root && find(root);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`review-list story: ${what} never appeared`);
}

const selectBoxes = (root: ShadowRoot) => [
  ...root.querySelectorAll<HTMLInputElement>('article input[type=checkbox][aria-label^="Select review"]'),
];
const buttonNamed = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);

/** Ticks the first `n` reviews' Select boxes. */
async function selectFirst(canvas: HTMLElement, n: number): Promise<ShadowRoot> {
  const boxes = await waitFor(canvas, (r) => (selectBoxes(r).length >= n ? selectBoxes(r) : null), 'the reviews');
  for (const box of boxes.slice(0, n)) if (!box.checked) box.click();
  return canvas.querySelector('review-list')!.shadowRoot!;
}

/** Six critical reviews that need the seller, then a few others (as a seller's morning looks). */
const triage = (): Review[] => [
  ...Array.from({ length: 6 }, (_, i) =>
    makeReview(i, { rating: (i % 2) + 1, title: `Arrived damaged (${i + 1})`, productTitle: 'Bamboo cutting board' }),
  ),
  ...Array.from({ length: 4 }, (_, i) => makeReview(6 + i, { rating: 5, title: `Great value (${i + 1})` })),
];

/** Bulk triage: three reviews selected ("3 selected"), the bulk bar with **Mark selected as done**; mixed Select all. */
export const BulkSelection: Story = {
  name: 'Bulk triage: several selected',
  render: () => view(demo({ reviews: triage() })),
  play: async ({ canvasElement }: PlayCtx) => {
    await selectFirst(canvasElement, 3);
    await waitFor(canvasElement, (r) => r.querySelector('.selected-count'), 'the selected count');
  },
};

/**
 * Bulk triage, partial failure: two of the four selected reviews cannot be saved (the network drops them). Those
 * two are rolled back with their own alert and stay selected; the other two are done; one announcement, **Undo**.
 */
export const BulkPartialFailure: Story = {
  name: 'Bulk triage: partial failure',
  render: () => {
    const base = demo({ reviews: triage() });
    const failing = new Set(['r1', 'r3']);
    return view(
      wrapAdapter(base, {
        setReviewDone: (id, done, o) =>
          failing.has(id)
            ? Promise.reject(new SellerKitError('network', 'The request did not reach the server'))
            : base.setReviewDone(id, done, o),
      }),
    );
  },
  play: async ({ canvasElement }: PlayCtx) => {
    const root = await selectFirst(canvasElement, 4);
    buttonNamed(root, 'Mark selected as done')!.click();
    await waitFor(canvasElement, (r) => r.querySelectorAll('article [role=alert]').length >= 2 || null, 'the alerts');
  },
};

/** `density="compact"`: tighter cards, the review text clipped to a few lines, the removal guide once per list. */
export const Compact: Story = {
  name: 'Density: compact',
  render: () => view(demo({ reviews: triage() }), { inner: html`<review-list density="compact"></review-list>` }),
};

/** The **Keyboard shortcuts** dialog (the button, or `?` on a review): J/K, X, E, C, O, ?, and the on/off switch. */
export const ShortcutsHelp: Story = {
  name: 'Keyboard shortcuts help',
  render: () => view(demo({ reviews: triage() })),
  play: async ({ canvasElement }: PlayCtx) => {
    const open = await waitFor(canvasElement, (r) => buttonNamed(r, 'Keyboard shortcuts'), 'the shortcuts button');
    open.click();
    await waitFor(canvasElement, (r) => r.querySelector<HTMLDialogElement>('dialog.shortcut-help')?.open, 'the dialog');
  },
};
