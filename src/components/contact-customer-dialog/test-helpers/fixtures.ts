/** Small, explicit data for the dialog's tests and stories (a fixed clock, one eligible review, ...). */
import { createMemoryAdapter, type MemoryAdapter } from '../../../data/memory-adapter.js';
import type { CallOptions, ContactReason, Review, SellerKitAdapter } from '../../../data/models.js';

export const NOW = new Date('2026-11-20T12:00:00.000Z');

export function review(over: Partial<Review> = {}): Review {
  return {
    id: 'rv-1',
    asin: 'B0CONTACT1',
    productTitle: 'Northwind Ceramic Pour-Over Kettle, 1 L',
    brandId: 'northwind-home',
    marketplaceId: 'ATVPDKIKX0DER',
    rating: 2,
    title: 'Lid rattles when pouring',
    body: 'The lid does not sit tight and rattles every time I pour.',
    reviewerName: 'J. Doe',
    publishedAt: '2026-11-15T09:00:00.000Z',
    verifiedPurchase: true,
    sellerOfRecord: true,
    orderDate: '2026-10-30T10:00:00.000Z',
    done: false,
    comments: [],
    contact: null,
    language: 'en',
    ...over,
  };
}

/** Fails every rule it can: 5 stars, not verified, not the seller of record, order too old. */
export const INELIGIBLE = review({
  id: 'rv-2',
  rating: 5,
  title: 'Love it',
  verifiedPurchase: false,
  sellerOfRecord: false,
  orderDate: '2025-01-10T10:00:00.000Z',
});

export const CONTACTED = review({
  id: 'rv-3',
  contact: { reason: 'customer-support', sentAt: '2026-11-16T08:00:00.000Z' },
});

export function memoryAdapter(reviews: Review[] = [review(), INELIGIBLE, CONTACTED]): MemoryAdapter {
  return createMemoryAdapter({ reviews, feedback: [], now: NOW });
}

export interface ContactCall {
  reviewId: string;
  reason: ContactReason;
  idempotencyKey?: string;
}

/**
 * Wraps an adapter and records every contactCustomer call. `failures` are thrown (in order) before the call
 * reaches the adapter; `hold` makes calls wait until `release()`; `never` makes them never settle.
 */
export function spyAdapter(inner: SellerKitAdapter = memoryAdapter()) {
  const calls: ContactCall[] = [];
  const failures: unknown[] = [];
  let gate: Promise<void> | null = null;
  let open: (() => void) | null = null;
  const spy = {
    calls,
    failures,
    never: false,
    hold(): void {
      gate = new Promise((r) => (open = r));
    },
    release(): void {
      open?.();
      gate = null;
    },
    adapter: {
      getSession: (o?: CallOptions) => inner.getSession(o),
      listReviews: (q, o) => inner.listReviews(q, o),
      setReviewDone: (id, done, o) => inner.setReviewDone(id, done, o),
      addReviewComment: (id, text, o) => inner.addReviewComment(id, text, o),
      async contactCustomer(reviewId, reason, o) {
        calls.push({ reviewId, reason, idempotencyKey: o?.idempotencyKey });
        if (spy.never) return new Promise<Review>(() => undefined);
        if (gate) await gate;
        if (failures.length) throw failures.shift();
        return inner.contactCustomer(reviewId, reason, o);
      },
      getFeedbackSummary: (o) => inner.getFeedbackSummary(o),
      listFeedback: (q, o) => inner.listFeedback(q, o),
      postFeedbackReply: (id, text, o) => inner.postFeedbackReply(id, text, o),
      removeFeedbackReply: (id, o) => inner.removeFeedbackReply(id, o),
      requestFeedbackRemoval: (id, reason, o) => inner.requestFeedbackRemoval(id, reason, o),
      getAccountHealth: (o) => inner.getAccountHealth(o),
    } satisfies SellerKitAdapter as SellerKitAdapter,
  };
  return spy;
}
