import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define.js';
import { SellerKitError } from '../../data/errors.js';
import type { Page, Review, SellerKitAdapter } from '../../data/models.js';
import type { ContactCustomerDialog } from './contact-customer-dialog.js';
import { CONTACTED, INELIGIBLE, NOW, memoryAdapter, review, spyAdapter } from './test-helpers/fixtures.js';

export default {
  title: 'Elements/contact-customer-dialog',
  component: 'contact-customer-dialog',
  parameters: {
    docs: {
      description: {
        component:
          "**What it is for:** Amazon's Contact Customer on a critical (1–3★) review, the only way Amazon lets a seller reach a reviewer. **How a seller uses it:** choose **Courtesy refund** or **Customer support**, read Amazon's fixed message as the buyer will see it, and send — once per review. When a review is not eligible (already contacted, too old…) the dialog says why.",
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta;

type Story = StoryObj;
type Ctx = { canvasElement: HTMLElement };

/** A provider around a dialog that opens on load (the `open` attribute) for `r`. */
const view = (adapter: SellerKitAdapter | undefined, r: Review | undefined = review(), lang = 'en') =>
  html`<review-kit-provider .adapter=${adapter} .now=${NOW} lang=${lang}>
    <contact-customer-dialog .review=${r} open></contact-customer-dialog>
  </review-kit-provider>`;

const dialogIn = (canvas: HTMLElement) => canvas.querySelector<ContactCustomerDialog>('contact-customer-dialog')!;

/** Waits (up to 3 s) for the dialog's Send button, then clicks it. */
async function clickSend({ canvasElement }: Ctx): Promise<void> {
  const el = dialogIn(canvasElement);
  for (let i = 0; i < 60; i++) {
    const send = el.shadowRoot?.querySelector<HTMLButtonElement>('button[type=submit]:not([disabled])');
    if (send && el.shadowRoot?.querySelector('input[type=radio]')) {
      send.click();
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('The Send button never appeared');
}

/** Opened from a trigger button, as `<review-list>` does: `show(review, trigger)` after the first update. */
export const Open: Story = {
  render: () => {
    const adapter = memoryAdapter();
    const open = (e: Event) => {
      const trigger = e.currentTarget as HTMLElement;
      trigger.parentElement!.querySelector<ContactCustomerDialog>('contact-customer-dialog')!.show(review(), trigger);
    };
    return html`<review-kit-provider .adapter=${adapter} .now=${NOW}>
      <button type="button" @click=${open}>Contact customer</button>
      <contact-customer-dialog></contact-customer-dialog>
    </review-kit-provider>`;
  },
  play: async ({ canvasElement }: Ctx) => {
    const el = dialogIn(canvasElement);
    await el.updateComplete;
    el.show(review(), canvasElement.querySelector('button')!);
  },
};

export const Ineligible: Story = {
  name: 'Ineligible (reasons)',
  render: () => view(memoryAdapter(), INELIGIBLE),
};

export const AlreadyContacted: Story = {
  name: 'Ineligible (already contacted)',
  render: () => view(memoryAdapter(), CONTACTED),
};

export const Sending: Story = {
  render: () => {
    const spy = spyAdapter();
    spy.never = true;
    return view(spy.adapter);
  },
  play: clickSend,
};

export const Sent: Story = { render: () => view(memoryAdapter()), play: clickSend };

export const Failed: Story = {
  render: () => {
    const spy = spyAdapter();
    spy.failures.push(new SellerKitError('server', 'The server had a problem', { status: 503 }));
    return view(spy.adapter);
  },
  play: clickSend,
};

/** The adapter says the customer was already contacted (409): shown as done, with no retry. */
export const Conflict: Story = {
  render: () => {
    const spy = spyAdapter();
    spy.failures.push(new SellerKitError('conflict', 'Already contacted', { status: 409 }));
    return view(spy.adapter);
  },
  play: clickSend,
};

/** Given only `review-id`: the dialog finds the review through `listReviews`. */
export const ByReviewId: Story = {
  name: 'By review id',
  render: () =>
    html`<review-kit-provider .adapter=${memoryAdapter()} .now=${NOW}>
      <contact-customer-dialog review-id="rv-1" open></contact-customer-dialog>
    </review-kit-provider>`,
};

export const LoadingReview: Story = {
  name: 'Loading the review',
  render: () => {
    const base = memoryAdapter();
    const adapter = { ...base, listReviews: () => new Promise<Page<Review>>(() => undefined) };
    return html`<review-kit-provider .adapter=${adapter} .now=${NOW}>
      <contact-customer-dialog review-id="rv-1" open></contact-customer-dialog>
    </review-kit-provider>`;
  },
};

export const NoAdapter: Story = {
  name: 'Configuration error (no adapter)',
  render: () => html`<contact-customer-dialog .review=${review()} open></contact-customer-dialog>`,
};

export const German: Story = { render: () => view(memoryAdapter(), review(), 'de') };

export const Japanese: Story = { render: () => view(memoryAdapter(), review(), 'ja') };

export const Dark: Story = {
  render: () => html`<div class="srk-dark">${view(memoryAdapter())}</div>`,
};
