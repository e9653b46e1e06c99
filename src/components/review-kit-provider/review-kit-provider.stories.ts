import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define.js';
import '../../define/report-file-drop.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { createHandlers } from '../../mocks/index.js';

const NOW = new Date('2026-11-20T12:00:00Z');

/**
 * `<review-kit-provider>` chooses the data source for every element inside it: an `adapter` property, the
 * `api` attribute (HTTP, here served by MSW), the `demo` attribute, or Amazon report files (`reports`).
 */
const meta = {
  title: 'Elements/review-kit-provider',
  component: 'review-kit-provider',
  parameters: {
    docs: {
      description: {
        component:
          '**What it is for:** the wrapper every page needs. It gives the widgets inside their data (your API, Amazon report files, or demo data), the language and the clock. **Who uses it:** a seller never sees it; the developer of the portal sets it up once around the widgets.',
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** `demo`: the in-memory adapter with generated demo data, loaded lazily. */
export const Demo: Story = {
  render: () =>
    html`<review-kit-provider demo health-preset="at-risk"
      ><account-health-tiles></account-health-tiles
    ></review-kit-provider>`,
};

/** `api="/api"`: the HTTP adapter, talking to the MSW mock backend over a memory adapter. */
export const HttpThroughMsw: Story = {
  parameters: {
    msw: createHandlers(createMemoryAdapter({ seed: 5, now: NOW, counts: { reviews: 40, feedback: 40 } }), {
      baseUrl: '/api',
    }),
  },
  render: () =>
    html`<review-kit-provider api="/api" .now=${NOW}>
      <feedback-table></feedback-table>
    </review-kit-provider>`,
};

/** `reports`: drop Amazon's Seller Feedback and Account Health reports; the elements then read them. */
export const ReportFiles: Story = {
  render: () =>
    html`<review-kit-provider reports>
      <account-health-tiles></account-health-tiles>
    </review-kit-provider>`,
};

/** No data source: every element says so instead of showing demo data or a blank box. */
export const NoDataSource: Story = {
  render: () => html`<review-kit-provider><review-list></review-list></review-kit-provider>`,
};

/** `lang="it"` on the provider: every element inside follows it. */
export const Italian: Story = {
  render: () =>
    html`<review-kit-provider lang="it" .adapter=${createMemoryAdapter({ seed: 2, now: NOW })} .now=${NOW}>
      <account-health-tiles></account-health-tiles>
    </review-kit-provider>`,
};

/**
 * `account="…"` (SPEC §8): an agency's adapter serves many client accounts; every element inside works on
 * `adapter.forAccount(account)`. Here the demo portfolio's German account `alpenglow-de`.
 */
export const OneClientAccount: Story = {
  render: () =>
    html`<review-kit-provider
      account="alpenglow-de"
      .adapter=${createMemoryAdapter({ seed: 2, now: NOW, accounts: 12 })}
      .now=${NOW}
    >
      <account-health-tiles></account-health-tiles>
      <feedback-table></feedback-table>
    </review-kit-provider>`,
};
