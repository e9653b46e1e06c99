import { SellerKitError } from '../../data/errors.js';
import type { Review, SellerKitAdapter } from '../../data/models.js';

/** Page size and page limit of the look-up: at most 10 000 reviews are scanned. */
export const FIND_REVIEW_PAGE_SIZE = 500;
export const FIND_REVIEW_MAX_PAGES = 20;

/**
 * Finds one review by id. The adapter has no `getReview`, so this pages through `listReviews` (done reviews
 * included) until the id turns up, for at most `FIND_REVIEW_MAX_PAGES` pages. Reviews the adapter no longer
 * lists (past the retention window) cannot be found: that rejects with `not-found`.
 */
export async function findReview(adapter: SellerKitAdapter, id: string, signal?: AbortSignal): Promise<Review> {
  let offset = 0;
  for (let page = 0; page < FIND_REVIEW_MAX_PAGES; page++) {
    const res = await adapter.listReviews({ includeDone: true, limit: FIND_REVIEW_PAGE_SIZE, offset }, { signal });
    const hit = res.items.find((r) => r.id === id);
    if (hit) return hit;
    offset += res.items.length;
    if (!res.items.length || offset >= res.total) break;
  }
  throw new SellerKitError('not-found', `No review with id ${id}`);
}
