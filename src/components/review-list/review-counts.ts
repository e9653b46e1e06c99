/**
 * How many reviews each star, brand and period filter of `<review-list>` would list (issue 21): one optional
 * adapter call, `countReviews(query)`, after each change of the filters. Adapters without it show no counts (the
 * list works the same); a failed count shows none either (the list's own errors are what matter). The choice over
 * one `listReviews` per filter value, read for its `total`: one request instead of ~10, and the adapter counts
 * where the data is.
 * @internal
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { ReviewCounts, SellerKitAdapter, Session } from '../../data/models.js';
import { toQuery } from './review-filter.js';
import type { ReviewFilterState } from './review-list.events.js';

/** What the counts depend on: the adapter, the session, the filter state and the clock. */
export type CountSource = () => readonly [
  SellerKitAdapter | null | undefined,
  Session | undefined,
  ReviewFilterState,
  Date,
];

export class ReviewCounter {
  private readonly task: Task<readonly unknown[], ReviewCounts | undefined>;

  /** Runs again when the adapter, the session or a filter value changes (by value; not for the clock alone). */
  constructor(host: ReactiveControllerHost, source: CountSource) {
    this.task = new Task(host, {
      args: () => {
        const [adapter, session, filter] = source();
        return [adapter, session, JSON.stringify(filter)] as const;
      },
      task: async ([adapter, session], { signal }) => {
        if (!adapter?.countReviews || !session || session.permissions.reviews === 'none') return undefined;
        const [, , filter, now] = source();
        return adapter.countReviews(toQuery(filter, 0, 1, now), { signal }).catch(() => undefined);
      },
    });
  }

  /** The counts of the current filters; the previous ones while they load; undefined when there are none. */
  get value(): ReviewCounts | undefined {
    return this.task.value;
  }
}
