import type { ComplexAttributeConverter, ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReviewQuery, ReviewSort } from '../../data/models.js';
import type { ReviewFilterState, ReviewPeriod } from './review-list.events.js';

const DAY = 86_400_000;
const SEARCH_DEBOUNCE_MS = 200;

export const PERIODS: readonly ReviewPeriod[] = ['all', '7d', '30d', 'custom'];
export const SORTS: readonly ReviewSort[] = ['attention', 'newest', 'oldest', 'rating-asc', 'rating-desc'];
export const PAGE_SIZES: readonly number[] = [20, 50, 100];

/** `ratings="1,2"` ⇄ `[1, 2]` (only whole numbers 1–5 are kept). */
export const ratingsConverter: ComplexAttributeConverter<number[]> = {
  fromAttribute: (v) =>
    (v ?? '')
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= 5),
  toAttribute: (v) => v.join(','),
};

/** `brand-ids="a,b"` ⇄ `['a', 'b']`. */
export const listConverter: ComplexAttributeConverter<string[]> = {
  fromAttribute: (v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  toAttribute: (v) => v.join(','),
};

/** A YYYY-MM-DD date input value as local midnight (end = the last millisecond of that day). */
function dayBound(value: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00`);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Date(d.getTime() + (end ? DAY - 1 : 0)).toISOString();
}

/** The ISO bounds of a time period at `now`. */
export function periodRange(period: ReviewPeriod, from: string, to: string, now: Date): { from?: string; to?: string } {
  if (period === '7d' || period === '30d') {
    return { from: new Date(now.getTime() - (period === '7d' ? 7 : 30) * DAY).toISOString() };
  }
  if (period === 'custom') return { from: dayBound(from, false), to: dayBound(to, true) };
  return {};
}

/** The adapter query for a filter state, a page and a clock. */
export function toQuery(f: ReviewFilterState, offset: number, limit: number, now: Date): ReviewQuery {
  const q: ReviewQuery = { sort: f.sort, includeDone: f.includeDone, offset, limit };
  if (f.ratings.length) q.ratings = [...f.ratings].sort();
  if (f.brandIds.length) q.brandIds = [...f.brandIds];
  const search = f.search.trim();
  if (search) q.search = search;
  const range = periodRange(f.period, f.from, f.to, now);
  if (range.from) q.from = range.from;
  if (range.to) q.to = range.to;
  return q;
}

/** A shallow copy (arrays copied) so listeners cannot mutate the element's state. */
export function copyFilter(f: ReviewFilterState): ReviewFilterState {
  return { ...f, ratings: [...f.ratings], brandIds: [...f.brandIds] };
}

/**
 * The filter form's input: a change the user made is applied (`apply`: the element sets its properties and tells
 * the page, `review-filter-change`); the search field is debounced; "Clear filters" clears all but the sort.
 */
export class FilterInput implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    readonly set: (patch: Partial<ReviewFilterState>) => void,
    private readonly search: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The search field's input, applied once the user pauses. */
  readonly onSearch = (e: Event): void => {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (value !== this.search()) this.set({ search: value });
    }, SEARCH_DEBOUNCE_MS);
  };

  clear(): void {
    clearTimeout(this.timer);
    this.set({ ratings: [], brandIds: [], period: 'all', from: '', to: '', search: '', includeDone: false });
  }
}
