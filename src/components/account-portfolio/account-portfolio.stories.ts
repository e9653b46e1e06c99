import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { AccountSummary, SellerKitAdapter } from '../../data/models.js';
import { sampleAccounts } from './sample-accounts.js';

const NOW = new Date('2026-11-20T12:00:00Z');

export default {
  title: 'Elements/account-portfolio',
  component: 'account-portfolio',
  parameters: {
    docs: {
      description: {
        component:
          "**What it is for:** an agency's client accounts in one table, worst first (deactivated, then bad metrics, then at risk). **How it is used:** an account manager scans the work waiting in each account (negative feedback to answer, critical reviews to handle), sorts by any column, and presses **Open** to work in one client's account: the widgets on the page switch to it and the focus moves there. On a phone the table scrolls inside its own labelled region.",
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta;

type Story = StoryObj;

/** A fake agency adapter: the memory adapter plus `listAccounts`. */
const agency = (listAccounts: () => Promise<AccountSummary[]>): SellerKitAdapter => ({
  ...createMemoryAdapter({ now: NOW }),
  listAccounts,
});

const view = (adapter: SellerKitAdapter, lang = 'en') =>
  html`<review-kit-provider .adapter=${adapter} .now=${NOW} lang=${lang}>
    <account-portfolio focus-target="client"></account-portfolio>
    <section id="client" aria-label="Client workspace"></section>
  </review-kit-provider>`;

export const TwelveAccounts: Story = {
  name: '12 accounts',
  render: () => view(agency(() => Promise.resolve(sampleAccounts(12)))),
};

export const FiveHundredAccounts: Story = {
  name: '500 accounts',
  render: () => view(agency(() => Promise.resolve(sampleAccounts(500)))),
};

export const NoAccessRow: Story = {
  name: 'No access row',
  render: () => {
    const [a, b] = sampleAccounts(2);
    return view(agency(() => Promise.resolve([a!, { ...b!, sellerName: 'Locked Client', access: false }])));
  },
};

export const Loading: Story = {
  render: () => view(agency(() => new Promise<AccountSummary[]>(() => undefined))),
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => view(agency(() => Promise.reject(new SellerKitError('server', 'Accounts are unavailable')))),
};

export const Empty: Story = {
  render: () => view(agency(() => Promise.resolve([]))),
};

export const OneAccountAdapter: Story = {
  name: 'Adapter without listAccounts',
  render: () => view(createMemoryAdapter({ now: NOW })),
};

export const ConfigurationError: Story = {
  name: 'Configuration error',
  render: () => html`<account-portfolio></account-portfolio>`,
};

export const German: Story = {
  render: () =>
    view(
      agency(() => Promise.resolve(sampleAccounts(12))),
      'de',
    ),
};

export const Japanese: Story = {
  render: () =>
    view(
      agency(() => Promise.resolve(sampleAccounts(12))),
      'ja',
    ),
};
