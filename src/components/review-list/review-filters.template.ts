/**
 * `<review-list>`'s filter form (stars, brands, time period with a custom range, search, sort, "Include marked as
 * done") and its empty state, which names the active filters. The filter state stays on the element (public
 * properties and attributes); these functions render it and report the user's changes through `set`.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../base/localize.js';
import type { ReviewCounts, ReviewSort, Session } from '../../data/models.js';
import { marketplaceRetentionDays } from '../../policy/index.js';
import type { ReviewFilterState, ReviewPeriod } from './review-list.events.js';
import { PERIODS, SORTS } from './review-filter.js';

export interface ReviewFiltersView {
  i18n: Pick<LocalizeController, 't' | 'date' | 'tag'>;
  filter: ReviewFilterState;
  /** How many reviews each filter value would list (issue 21); none when the adapter cannot count. */
  counts?: ReviewCounts;
  session: Session;
  /** Applies a change made by the user (and tells the host page). */
  set: (patch: Partial<ReviewFilterState>) => void;
  /** The search field's input (debounced by the host). */
  search: (e: Event) => void;
  /** "Clear filters" in the empty state. */
  clear: () => void;
}

const toggleIn = <T>(list: T[], value: T, on: boolean): T[] => {
  const rest = list.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
};

const checked = (e: Event) => (e.target as HTMLInputElement).checked;
const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/**
 * A filter value's count beside its label, not in it (the checkbox's name stays "1 star"): the number is shown,
 * and "12 reviews" is the checkbox's description (`aria-describedby` → `id`).
 */
function renderCount(v: ReviewFiltersView, id: string, count: number | undefined): TemplateResult | typeof nothing {
  if (count === undefined) return nothing;
  return html`<span class="count" id=${id}
    ><span aria-hidden="true">${count}</span
    ><span class="visually-hidden">${v.i18n.t('review-list.count', { count })}</span></span
  >`;
}

export function renderFilters(v: ReviewFiltersView): TemplateResult {
  const { filter: f, set, counts } = v;
  const t = v.i18n.t.bind(v.i18n);
  const periods = counts && (['all', '7d', '30d'] as const);
  const brands = v.session.brands;
  const date = (which: 'from' | 'to') =>
    html`<label
      >${t(`review-list.filter.${which}`)}
      <input
        type="date"
        .value=${live(f[which])}
        min=${(which === 'to' && f.from) || nothing}
        max=${(which === 'from' && f.to) || nothing}
        @change=${(e: Event) => set({ [which]: value(e) })}
      />
    </label>`;
  return html`<form
    part="filters"
    class="filters"
    role="search"
    aria-label=${t('review-list.filters')}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <fieldset class="stars">
      <legend>${t('review-list.filter.rating')}</legend>
      ${[1, 2, 3, 4, 5].map(
        (n) =>
          html`<span class="option"
            ><label class="check"
              ><input
                type="checkbox"
                aria-describedby=${counts ? `count-rating-${n}` : nothing}
                .checked=${live(f.ratings.includes(n))}
                @change=${(e: Event) => set({ ratings: toggleIn(f.ratings, n, checked(e)) })}
              />${t('common.stars', { count: n })}</label
            >${renderCount(v, `count-rating-${n}`, counts?.ratings[n])}</span
          >`,
      )}
    </fieldset>
    ${
      brands.length > 1
        ? html`<fieldset class="brands">
            <legend>${t('review-list.filter.brand')}</legend>
            ${brands.map(
              (b, i) =>
                html`<span class="option"
                  ><label class="check"
                    ><input
                      type="checkbox"
                      aria-describedby=${counts ? `count-brand-${i}` : nothing}
                      .checked=${live(f.brandIds.includes(b.id))}
                      @change=${(e: Event) => set({ brandIds: toggleIn(f.brandIds, b.id, checked(e)) })}
                    />${b.name}</label
                  >${renderCount(v, `count-brand-${i}`, counts?.brands[b.id] ?? 0)}</span
                >`,
            )}
          </fieldset>`
        : nothing
    }
    <div class="fields">
      <label
        >${t('review-list.filter.period')}
        <select
          .value=${live(f.period)}
          aria-describedby=${periods ? 'period-counts' : nothing}
          @change=${(e: Event) => set({ period: value(e) as ReviewPeriod })}
        >
          ${PERIODS.map(
            (p) => html`<option value=${p} ?selected=${p === f.period}>${t(`review-list.period.${p}`)}</option>`,
          )}
        </select>
      </label>
      ${
        periods
          ? html`<p class="period-counts" id="period-counts">
              ${periods
                .map((p) =>
                  t('review-list.period-count', { period: t(`review-list.period.${p}`), count: counts.periods[p] }),
                )
                .join(' · ')}
            </p>`
          : nothing
      }
      ${f.period === 'custom' ? html`${date('from')} ${date('to')}` : nothing}
      <label
        >${t('review-list.filter.search')}
        <input type="search" .value=${f.search} @input=${v.search} />
      </label>
      <label
        >${t('review-list.filter.sort')}
        <select .value=${live(f.sort)} @change=${(e: Event) => set({ sort: value(e) as ReviewSort })}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${s === f.sort}>${t(`review-list.sort.${s}`)}</option>`)}
        </select>
      </label>
      <label class="check switch"
        ><input
          type="checkbox"
          role="switch"
          aria-checked=${!!f.includeDone}
          .checked=${live(f.includeDone)}
          @change=${(e: Event) => set({ includeDone: checked(e) })}
        />${t('review-list.filter.include-done')}</label
      >
    </div>
  </form>`;
}

/** Words for the active filters: "1 star, 2 stars, last 30 days". */
function describeFilters(v: ReviewFiltersView): string[] {
  const { filter: f, i18n } = v;
  const t = i18n.t.bind(i18n);
  const out = [...f.ratings].sort().map((n) => t('common.stars', { count: n }));
  for (const id of f.brandIds) out.push(v.session.brands.find((b) => b.id === id)?.name ?? id);
  if (f.period === '7d' || f.period === '30d') out.push(t(`review-list.describe.${f.period}`));
  if (f.period === 'custom' && (f.from || f.to)) {
    // "range", "since" or "until" (each string uses only the dates it names).
    const d = (day: string) => day && i18n.date(`${day}T00:00:00`);
    const which = !f.to ? 'since' : f.from ? 'range' : 'until';
    out.push(t(`review-list.describe.${which}`, { from: d(f.from), to: d(f.to) }));
  }
  if (f.search.trim()) out.push(t('review-list.describe.search', { text: f.search.trim() }));
  return out;
}

/** Nothing matches: the active filters in words, the retention hint, and "Clear filters" when any is set. */
export function renderEmpty(v: ReviewFiltersView, busy: boolean): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  const active = describeFilters(v);
  const list = new Intl.ListFormat(v.i18n.tag, { type: 'conjunction', style: 'narrow' });
  const days = marketplaceRetentionDays(v.session.marketplaceId);
  return html`<div class="state empty" part="empty" tabindex="-1" aria-busy=${busy}>
    <p class="state-title">
      ${active.length ? t('review-list.empty', { filters: list.format(active) }) : t('review-list.empty.none')}
    </p>
    <p>${t('review-list.empty.hint', { days })}</p>
    ${
      active.length || v.filter.includeDone
        ? html`<button type="button" @click=${v.clear}>${t('review-list.filter.clear')}</button>`
        : nothing
    }
  </div>`;
}
