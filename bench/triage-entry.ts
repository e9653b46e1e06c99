/**
 * Browser side of `npm run bench:triage` (bench/triage-actions.mjs bundles it with esbuild and drives it with
 * Playwright in Debian's Chromium): a `<review-list>` on the memory adapter with COUNT new critical reviews
 * (1–3 stars, none done), as a seller finds them in the morning.
 */
import '../src/define.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import type { Review } from '../src/data/models.js';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const COUNT = Number(new URLSearchParams(location.search).get('count') ?? 50);

const reviews: Review[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `R${i}`,
  asin: `B0BENCH${String(i).padStart(3, '0')}`,
  productTitle: `Bench product ${i % 7}`,
  brandId: 'northwind-home',
  marketplaceId: 'ATVPDKIKX0DER',
  rating: (i % 3) + 1,
  title: `New review ${i}`,
  body: `Review text ${i}`,
  reviewerName: `Reviewer ${i}`,
  publishedAt: new Date(NOW.getTime() - (i + 1) * 3_600_000).toISOString(),
  verifiedPurchase: true,
  sellerOfRecord: true,
  orderDate: new Date(NOW.getTime() - 20 * 86_400_000).toISOString(),
  done: false,
  comments: [],
  contact: null,
}));

const adapter = createMemoryAdapter({ reviews, now: NOW });
const provider = document.createElement('review-kit-provider') as HTMLElement & { adapter: unknown; now: Date };
provider.adapter = adapter;
provider.now = NOW;
provider.setAttribute('lang', 'en');
provider.append(document.createElement('review-list'));
document.getElementById('stage')!.append(provider);

/** How many reviews are still to do, from the adapter (the truth, not the screen). */
(window as unknown as { benchTriage: unknown }).benchTriage = {
  remaining: async () => (await adapter.listReviews({ limit: 1 })).total,
};
