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
