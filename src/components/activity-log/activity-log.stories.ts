import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { forwardAdapter } from '../../data/lazy-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { SellerKitAdapter } from '../../data/models.js';

const NOW = new Date('2026-11-20T12:00:00Z');

export default {
  title: 'Elements/activity-log',
  component: 'activity-log',
  tags: ['autodocs'],
  argTypes: {
    type: {
      control: 'select',
      options: ['', 'review-done', 'review-comment', 'contact-customer', 'feedback-reply', 'abuse-report-opened'],
    },
    pageSize: { control: 'number' },
  },
  args: { type: '', pageSize: 10 },
} satisfies Meta;

type Story = StoryObj;

/**
 * A demo account where a few things were done: marked as done, a comment, a contact, a compliant reply, a reply the
 * policy refused (its findings kept), a refusal for a second contact, and a Report abuse link opened. The log is
 * read once they are all recorded.
 */
function withActivity(): SellerKitAdapter {
  const a = createMemoryAdapter({ seed: 3, now: NOW, actor: 'dana@northwind.example' });
  const seeded = (async () => {
    const reviews = (await a.listReviews({ ratings: [1, 2], limit: 3 })).items;
    const feedback = (await a.listFeedback({ category: 'negative', limit: 2 })).items;
    const [r0, r1] = reviews;
    const [f0, f1] = feedback;
    const quiet = (p: Promise<unknown>) => p.catch(() => undefined);
    if (r0) {
      await a.setReviewDone(r0.id, true);
      await quiet(a.contactCustomer(r0.id, 'courtesy-refund'));
      await quiet(a.contactCustomer(r0.id, 'courtesy-refund'));
    }
    if (r1) {
      await quiet(a.addReviewComment(r1.id, 'Thank you for the review. Our care guide explains how to clean the lid.'));
      await a.recordActivity!({ type: 'abuse-report-opened', targetId: r1.id });
    }
    if (f0) await quiet(a.postFeedbackReply(f0.id, 'Write to us at help@northwind.example and we will refund you.'));
    if (f1) await quiet(a.postFeedbackReply(f1.id, 'We are sorry the parcel was late; the carrier has been told.'));
  })();
  return forwardAdapter(a, { listActivity: (q, o) => seeded.then(() => a.listActivity!(q, o)) });
}

const view = (adapter: SellerKitAdapter | undefined, args: Record<string, unknown> = {}, lang = 'en') =>
  html`<review-kit-provider .adapter=${adapter} .now=${NOW} lang=${lang}>
    <activity-log type=${(args.type as string) ?? ''} page-size=${(args.pageSize as number) ?? 10}></activity-log>
  </review-kit-provider>`;

export const Default: Story = { render: (args) => view(withActivity(), args) };

export const Empty: Story = { render: (args) => view(createMemoryAdapter({ seed: 3, now: NOW }), args) };

/** A data source without `listActivity`. */
export const NoActivityLog: Story = {
  render: (args) => {
    const { listActivity: _l, recordActivity: _r, ...plain } = createMemoryAdapter({ seed: 3, now: NOW });
    return view(forwardAdapter(plain), args);
  },
};

export const Loading: Story = {
  render: (args) =>
    view(
      forwardAdapter(createMemoryAdapter({ seed: 3, now: NOW }), { listActivity: () => new Promise(() => {}) }),
      args,
    ),
};

export const LoadError: Story = {
  render: (args) =>
    view(
      forwardAdapter(createMemoryAdapter({ seed: 3, now: NOW }), {
        listActivity: () => Promise.reject(new SellerKitError('server', 'Mock failure', { status: 503 })),
      }),
      args,
    ),
};

export const German: Story = { render: (args) => view(withActivity(), args, 'de') };

export const Japanese: Story = { render: (args) => view(withActivity(), args, 'ja') };
