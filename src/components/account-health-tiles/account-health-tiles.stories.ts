import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../../define.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { AccountHealth, MetricGroup, SellerKitAdapter } from '../../data/models.js';
import { parseSellerPerformanceReport } from '../../importers/index.js';
import example from '../../../test/fixtures/amazon/GET_V2_SELLER_PERFORMANCE_REPORT.amazon-schema-example.json';

const NOW = new Date('2026-11-20T12:00:00Z');

export default {
  title: 'Elements/account-health-tiles',
  component: 'account-health-tiles',
  parameters: {
    docs: {
      description: {
        component:
          "**What it is for:** Amazon's Account Health at a glance — the Account Health Rating, Customer Service Performance (Order Defect Rate, seller-fulfilled and FBA), Shipping Performance and Product Policy Compliance. **How a seller uses it:** a quick look each morning; each tile says its standing in words (never by colour alone) and how many more defects fit before Amazon's target, so a seller acts before a metric goes bad.",
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta;

type Story = StoryObj;

const view = (adapter: SellerKitAdapter, lang = 'en') =>
  html`<review-kit-provider .adapter=${adapter} .now=${NOW} lang=${lang}>
    <account-health-tiles></account-health-tiles>
  </review-kit-provider>`;

const memory = (health: AccountHealth | 'healthy' | 'at-risk') => createMemoryAdapter({ health, now: NOW });

/** Partial data: a few metrics only; the rest show "Not available". */
function partial(): AccountHealth {
  return {
    marketplaceId: 'ATVPDKIKX0DER',
    asOf: NOW.toISOString(),
    accountStatus: 'NORMAL',
    rating: { status: 'GOOD', score: null },
    metrics: [
      {
        key: 'orderDefectRate',
        group: 'customer-service',
        kind: 'rate',
        value: 0.004,
        target: { value: 0.01, condition: 'LESS_THAN' },
        window: { from: '2026-08-08T00:00:00Z', to: '2026-10-06T23:59:00Z' },
        numerator: 2,
        denominator: 500,
        channel: 'mfn',
      },
      {
        key: 'lateShipmentRate',
        group: 'shipping',
        kind: 'rate',
        value: null,
        target: { value: 0.04, condition: 'LESS_THAN' },
        window: null,
      },
      {
        key: 'customerProductReviewsPolicyViolations',
        group: 'policy-compliance',
        kind: 'count',
        value: 0,
        target: { value: 0, condition: 'EQUALS' },
        window: null,
      },
    ],
    notifications: [],
  };
}

export const Healthy: Story = { render: () => view(memory('healthy')) };

export const AtRisk: Story = { name: 'At risk', render: () => view(memory('at-risk')) };

export const PartialData: Story = { name: 'Partial data', render: () => view(memory(partial())) };

export const Loading: Story = {
  render: () => {
    const base = memory('healthy');
    return view({ ...base, getAccountHealth: () => new Promise<AccountHealth>(() => undefined) });
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => {
    const base = memory('healthy');
    return view({
      ...base,
      getAccountHealth: () => Promise.reject(new SellerKitError('server', 'Account health is unavailable')),
    });
  },
};

export const NoPermission: Story = {
  name: 'No permission',
  render: () =>
    view(
      createMemoryAdapter({
        health: 'healthy',
        now: NOW,
        session: { permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'none' } },
      }),
    ),
};

export const ConfigurationError: Story = {
  name: 'Configuration error',
  render: () => html`<account-health-tiles></account-health-tiles>`,
};

export const German: Story = { render: () => view(memory('at-risk'), 'de') };

export const Japanese: Story = { render: () => view(memory('healthy'), 'ja') };

export const Dark: Story = {
  render: () => html`<div class="srk-dark">${view(memory('at-risk'))}</div>`,
};

export const Narrow: Story = {
  name: 'Narrow (one column)',
  render: () => html`<div style=${styleMap({ maxWidth: '22rem' })}>${view(memory('at-risk'))}</div>`,
};

/** Amazon's own example from the published report schema, read through `parseSellerPerformanceReport`. */
export const AmazonReportExample: Story = {
  name: "Amazon's report example",
  render: () => view(memory(parseSellerPerformanceReport(example)[0]!)),
};

const shipping = (
  key: string,
  value: number,
  target: AccountHealth['metrics'][number]['target'],
  sourceStatus?: string,
): AccountHealth['metrics'][number] => ({
  key,
  group: 'shipping',
  kind: 'rate',
  value,
  target,
  window: { from: '2026-10-08T00:00:00Z', to: '2026-11-06T23:59:00Z' },
  ...(sourceStatus ? { sourceStatus } : {}),
});

/**
 * The report says GOOD where the kit's reading of value and target says otherwise (few shipments: 35 of 40 on time
 * against "over 90 %"): the tile shows Amazon's status, with "By the numbers: …" beside it.
 */
export const AmazonSaysGood: Story = {
  name: 'Amazon says good, numbers say otherwise',
  render: () =>
    view(
      memory({
        ...partial(),
        metrics: [
          {
            ...shipping('onTimeDeliveryRate', 0.875, { value: 0.9, condition: 'GREATER_THAN' }, 'GOOD'),
            numerator: 35,
            denominator: 40,
          },
          shipping('lateShipmentRate', 0.032, { value: 0.04, condition: 'LESS_THAN' }, 'GOOD'),
          shipping('validTrackingRate', 0.99, { value: 0.95, condition: 'GREATER_THAN' }, 'GOOD'),
          shipping('preFulfillmentCancellationRate', 0.004, { value: 0.025, condition: 'LESS_THAN' }, 'UNDER_REVIEW'),
        ],
      }),
    ),
};

/**
 * Metrics the kit does not know: listed under "Other metrics" in their tile (one whose group is no tile: in Customer
 * Service), with name, value and status; never dropped.
 */
export const OtherMetrics: Story = {
  name: 'Other metrics',
  render: () =>
    view(
      memory({
        ...partial(),
        metrics: [
          ...partial().metrics,
          shipping('carrierScanRate', 0.97, { value: 0.95, condition: 'GREATER_THAN' }, 'GOOD'),
          {
            key: 'brandNewPolicyThingViolations',
            group: 'policy-compliance',
            kind: 'count',
            value: 2,
            target: { value: 0, condition: 'EQUALS' },
            window: null,
            sourceStatus: 'BAD',
          },
          { ...shipping('mysteryScore', 7, null, 'NEW_STATUS'), kind: 'count', group: 'logistics' as MetricGroup },
        ],
      }),
    ),
};

/**
 * SPEC §8 alerts: metrics near and over target, and against the `previous` figures the host set (rating 320,
 * status Normal) a rating drop and a status change — `kit-alert` and the **Alerts (n)** badge.
 */
export const Alerts: Story = {
  name: 'Alerts (with previous figures)',
  render: () =>
    html`<review-kit-provider .adapter=${memory('at-risk')} .now=${NOW} lang="en">
      <account-health-tiles .previous=${{ ratingScore: 320, accountStatus: 'NORMAL' }}></account-health-tiles>
    </review-kit-provider>`,
};
