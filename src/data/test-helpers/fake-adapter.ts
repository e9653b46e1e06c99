/**
 * A small hand-written SellerKitAdapter for tests of the HTTP layer: two reviews, two feedback entries and a
 * few rules (second contact / second reply → conflict, a comment containing "forbidden" → policy-violation,
 * unknown id → not-found). Every call is recorded in `calls`.
 */
import { SellerKitError } from '../errors.js';
import type {
  AccountHealth,
  CallOptions,
  Feedback,
  FeedbackSummary,
  Page,
  Review,
  SellerKitAdapter,
  Session,
} from '../models.js';

export interface FakeCall {
  method: string;
  args: unknown[];
  idempotencyKey?: string;
}

export interface FakeAdapter extends SellerKitAdapter {
  calls: FakeCall[];
  reviews: Review[];
  feedback: Feedback[];
  /** The next call rejects with this error (then the field is cleared). */
  failNext?: unknown;
}

export function sampleSession(): Session {
  return {
    sellerName: 'Acme Goods',
    marketplaceId: 'ATVPDKIKX0DER',
    professional: true,
    accountStatus: 'NORMAL',
    brands: [
      { id: 'b1', name: 'Acme', representative: true },
      { id: 'b2', name: 'Other', representative: false },
    ],
    permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'view' },
  };
}

export function sampleReview(i: number, over: Partial<Review> = {}): Review {
  return {
    id: `r${i}`,
    asin: `B00000000${i % 10}`,
    productTitle: `Product ${i}`,
    brandId: 'b1',
    marketplaceId: 'ATVPDKIKX0DER',
    rating: (i % 5) + 1,
    title: `Title ${i}`,
    body: `Body ${i}`,
    reviewerName: `Reviewer ${i}`,
    publishedAt: '2026-11-01T10:00:00.000Z',
    verifiedPurchase: true,
    sellerOfRecord: true,
    orderDate: '2026-10-20T10:00:00.000Z',
    detailPageUrl: `https://www.amazon.com/dp/B00000000${i % 10}`,
    done: false,
    comments: [],
    contact: null,
    language: 'en',
    ...over,
  };
}

export function sampleFeedback(i: number, over: Partial<Feedback> = {}): Feedback {
  return {
    id: `f${i}`,
    orderId: `111-0000000-000000${i}`,
    date: '2026-11-02T00:00:00.000Z',
    rating: (i % 5) + 1,
    comments: `Comment ${i}`,
    raterEmail: `buyer${i}@marketplace.amazon.com`,
    fulfillment: i % 2 ? 'afn' : 'mfn',
    reply: null,
    removal: null,
    questions: { arrivedOnTime: true, itemAsDescribed: null, promptCourteousService: false },
    ...over,
  };
}

export function sampleSummary(): FeedbackSummary {
  const c = { positive: 8, neutral: 1, negative: 1 };
  return {
    ratingAverage: 4.5,
    ratingCount: 10,
    periods: { d30: c, d90: c, d365: c, lifetime: c },
    positiveKnown: true,
  };
}

export function sampleHealth(): AccountHealth {
  return {
    marketplaceId: 'ATVPDKIKX0DER',
    asOf: '2026-11-20T00:00:00.000Z',
    accountStatus: 'NORMAL',
    rating: { status: 'GOOD', score: 250 },
    metrics: [
      {
        key: 'orderDefectRate',
        group: 'customer-service',
        kind: 'rate',
        value: 0.004,
        target: { value: 0.01, condition: 'LESS_THAN' },
        window: { from: '2026-09-20', to: '2026-11-19' },
        numerator: 2,
        denominator: 500,
        channel: 'mfn',
        parts: [
          {
            key: 'negativeFeedback',
            group: 'customer-service',
            kind: 'rate',
            value: 0.002,
            target: null,
            window: null,
          },
        ],
        sourceStatus: 'GOOD',
      },
    ],
    notifications: [{ id: 'n1', date: '2026-11-18', title: 'Policy update', read: false }],
  };
}

const clone = <T>(v: T): T => structuredClone(v);

export function createFakeAdapter(): FakeAdapter {
  const fake: FakeAdapter = {
    calls: [],
    reviews: [sampleReview(1, { rating: 1 }), sampleReview(2, { rating: 5 })],
    feedback: [sampleFeedback(1, { rating: 1 }), sampleFeedback(2, { rating: 5 })],
    failNext: undefined,

    getSession: (o) => call('getSession', [], o, () => sampleSession()),
    listReviews: (q, o) =>
      call('listReviews', [q], o, (): Page<Review> => {
        const offset = q.offset ?? 0;
        const items = fake.reviews.filter((r) => !q.ratings || q.ratings.includes(r.rating));
        return { items: items.slice(offset, offset + (q.limit ?? 25)), total: items.length, offset };
      }),
    setReviewDone: (id, done, o) =>
      call('setReviewDone', [id, done], o, () => {
        const r = review(id);
        r.done = done;
        return r;
      }),
    addReviewComment: (id, text, o) =>
      call('addReviewComment', [id, text], o, () => {
        const r = review(id);
        if (/forbidden/i.test(text)) {
          throw new SellerKitError('policy-violation', 'The comment breaks policy', { reasons: ['incentive'] });
        }
        r.comments.push({ id: `c${r.comments.length + 1}`, text, postedAt: '2026-11-21T00:00:00.000Z' });
        return r;
      }),
    contactCustomer: (id, reason, o) =>
      call('contactCustomer', [id, reason], o, () => {
        const r = review(id);
        if (r.contact) throw new SellerKitError('conflict', 'Already contacted', { reasons: ['already-contacted'] });
        r.contact = { reason, sentAt: '2026-11-21T00:00:00.000Z' };
        return r;
      }),
    getFeedbackSummary: (o) => call('getFeedbackSummary', [], o, () => sampleSummary()),
    listFeedback: (q, o) =>
      call('listFeedback', [q], o, (): Page<Feedback> => {
        const offset = q.offset ?? 0;
        return { items: fake.feedback.slice(offset), total: fake.feedback.length, offset };
      }),
    postFeedbackReply: (id, text, o) =>
      call('postFeedbackReply', [id, text], o, () => {
        const f = feedback(id);
        if (f.reply) throw new SellerKitError('conflict', 'Already replied', { reasons: ['reply-exists'] });
        f.reply = { text, postedAt: '2026-11-21T00:00:00.000Z' };
        return f;
      }),
    removeFeedbackReply: (id, o) =>
      call('removeFeedbackReply', [id], o, () => {
        const f = feedback(id);
        if (!f.reply) throw new SellerKitError('conflict', 'No reply to remove');
        f.reply = null;
        return f;
      }),
    requestFeedbackRemoval: (id, reason, o) =>
      call('requestFeedbackRemoval', [id, reason], o, () => {
        const f = feedback(id);
        f.removal = { status: 'requested', reason, requestedAt: '2026-11-21T00:00:00.000Z' };
        return f;
      }),
    getAccountHealth: (o) => call('getAccountHealth', [], o, () => sampleHealth()),
  };

  function review(id: string): Review {
    const r = fake.reviews.find((x) => x.id === id);
    if (!r) throw new SellerKitError('not-found', `No review ${id}`);
    return r;
  }
  function feedback(id: string): Feedback {
    const f = fake.feedback.find((x) => x.id === id);
    if (!f) throw new SellerKitError('not-found', `No feedback ${id}`);
    return f;
  }
  async function call<T>(method: string, args: unknown[], o: CallOptions | undefined, fn: () => T): Promise<T> {
    fake.calls.push({ method, args, idempotencyKey: o?.idempotencyKey });
    if (fake.failNext !== undefined) {
      const e = fake.failNext;
      fake.failNext = undefined;
      throw e;
    }
    return clone(fn());
  }
  return fake;
}
