import type { Review, ReviewComment, ReviewSort } from '../../data/models.js';

export type ReviewPeriod = 'all' | '7d' | '30d' | 'custom';

/** The whole filter state of `<review-list>`, as carried by `review-filter-change`. */
export interface ReviewFilterState {
  ratings: number[];
  brandIds: string[];
  period: ReviewPeriod;
  /** Custom range start (YYYY-MM-DD), used when `period` is 'custom'. */
  from: string;
  /** Custom range end (YYYY-MM-DD, inclusive), used when `period` is 'custom'. */
  to: string;
  search: string;
  sort: ReviewSort;
  includeDone: boolean;
}

/** The user changed a filter (never fired for property or attribute changes). */
export class ReviewFilterChangeEvent extends Event {
  static readonly eventName = 'review-filter-change';
  constructor(readonly filter: ReviewFilterState) {
    super(ReviewFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
  /** Same as `filter`, for CustomEvent-style listeners. */
  get detail(): ReviewFilterState {
    return this.filter;
  }
}

/** A review was marked as done (or restored) and the adapter confirmed it. */
export class ReviewDoneChangeEvent extends Event {
  static readonly eventName = 'review-done-change';
  constructor(
    readonly review: Review,
    readonly done: boolean,
  ) {
    super(ReviewDoneChangeEvent.eventName, { bubbles: true, composed: true });
  }
  get detail(): { review: Review; done: boolean } {
    return { review: this.review, done: this.done };
  }
}

/** A public comment was posted on a review. */
export class ReviewCommentPostedEvent extends Event {
  static readonly eventName = 'review-comment-posted';
  constructor(
    readonly review: Review,
    readonly comment: ReviewComment | null,
  ) {
    super(ReviewCommentPostedEvent.eventName, { bubbles: true, composed: true });
  }
  get detail(): { review: Review; comment: ReviewComment | null } {
    return { review: this.review, comment: this.comment };
  }
}

declare global {
  interface HTMLElementEventMap {
    'review-filter-change': ReviewFilterChangeEvent;
    'review-done-change': ReviewDoneChangeEvent;
    'review-comment-posted': ReviewCommentPostedEvent;
  }
}
