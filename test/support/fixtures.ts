/**
 * The one set of test fixtures: a fixed clock (`NOW`) and factories for reviews, feedback and sessions. Every factory
 * returns a valid, policy-eligible object and takes overrides last, so a test states only what it is about.
 * Tests whose rules need another date (a policy window, a report's own dates) pass their own `now`; everything else
 * uses this one.
 */
import type { Feedback, Review, Session } from '../../src/data/models.js';
import { demoSession } from '../../src/data/demo-session.js';

/** The kit's fixed "now" in tests and stories. */
export const NOW = new Date('2026-11-20T12:00:00.000Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const US = 'ATVPDKIKX0DER';

/** The ISO string of `ms` milliseconds before `now` (default NOW). */
export const ago = (ms: number, now: Date = NOW): string => new Date(now.getTime() - ms).toISOString();

/**
 * Review number `i`: published `i + 1` hours before NOW, rating `i % 5 + 1`, verified, sold by this seller, ordered 20
 * days ago (eligible for Contact Customer when critical), not done, no comments, not contacted.
 */
export function makeReview(i: number, over: Partial<Review> = {}): Review {
  return {
    id: `r${i}`,
    asin: `B0TEST${String(i).padStart(4, '0')}`,
    productTitle: `Test product ${i}`,
    brandId: 'northwind-home',
    marketplaceId: US,
    rating: (i % 5) + 1,
    title: `Review title ${i}`,
    body: `Review body ${i}`,
    reviewerName: `Reviewer ${i}`,
    publishedAt: ago((i + 1) * HOUR),
    verifiedPurchase: true,
    sellerOfRecord: true,
    orderDate: ago(20 * DAY),
    done: false,
    comments: [],
    contact: null,
    ...over,
  };
}

/** `count` reviews spread over the last 25 days (all inside the 30-day retention window). */
export function manyReviews(count: number): Review[] {
  const span = 25 * DAY;
  return Array.from({ length: count }, (_, i) =>
    makeReview(i, { publishedAt: ago(HOUR + Math.floor((i * span) / count)) }),
  );
}

/** Feedback number `i`: `i % 400` days before NOW, rating `i % 5 + 1`, no reply, no removal request. */
export function makeFeedback(i: number, over: Partial<Feedback> = {}): Feedback {
  return {
    id: `f${i}`,
    orderId: `111-${String(1000000 + i)}-${String(2000000 + i)}`,
    date: ago((i % 400) * DAY),
    rating: (i % 5) + 1,
    comments: `Comment number ${i}`,
    raterEmail: `x7k${i}q@marketplace.amazon.com`,
    fulfillment: i % 2 ? 'afn' : 'mfn',
    reply: null,
    removal: null,
    ...over,
  };
}

/** The demo seller's session (Professional, in good standing, three brands, full permissions), with overrides. */
export function makeSession(over: Partial<Session> = {}): Session {
  return demoSession(over);
}
