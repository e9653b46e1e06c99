/**
 * The pager of a paged list, one template for review-list and feedback-table: Previous, the range ("Showing 1–20
 * of 95", a status), Next, and optionally the page-size select. With `label` it is a navigation landmark
 * (`<nav part="pager" aria-label>`); without, a plain `<div class="pager">` with the status line first.
 * Focus on a button that becomes disabled is handled by `PagingController.go`.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Params } from '../../i18n/index.js';
import type { PageRange } from '../../controllers/paging-controller.js';

type I18n = { t(key: string, params?: Params): string; number(n: number): string };

export interface PagerOptions {
  i18n: I18n;
  /** `PagingController.range(count, total)`. */
  range: PageRange;
  /** Previous / Next (`(e) => paging.go(-1, e)` / `(e) => paging.go(1, e)`). */
  previous: (e: Event) => void;
  next: (e: Event) => void;
  /** The landmark's accessible name: renders `<nav part="pager">`; without it a `<div>`, status line first. */
  label?: string;
  /** The page-size select, when the user may change it. */
  pageSize?: { label: string; value: number; sizes: readonly number[]; change: (size: number) => void };
}

export function renderPager(o: PagerOptions): TemplateResult {
  const { i18n, range } = o;
  const n = (v: number) => i18n.number(v);
  const status = i18n.t('common.page-status', { from: n(range.from), to: n(range.to), total: n(range.total) });
  const previous = html`<button type="button" ?disabled=${range.first} @click=${o.previous}>
    ${i18n.t('common.previous-page')}
  </button>`;
  const next = html`<button type="button" ?disabled=${range.last} @click=${o.next}>
    ${i18n.t('common.next-page')}
  </button>`;
  const size = o.pageSize;
  const select = size
    ? html`<label
        >${size.label}
        <select
          .value=${live(String(size.value))}
          @change=${(e: Event) => size.change(Number((e.target as HTMLSelectElement).value))}
        >
          ${size.sizes.map((s) => html`<option value=${s} ?selected=${s === size.value}>${s}</option>`)}
        </select>
      </label>`
    : nothing;
  if (o.label === undefined) {
    return html`<div class="pager">
      <p class="page-status" role="status">${status}</p>
      ${previous} ${next} ${select}
    </div>`;
  }
  return html`<nav part="pager" class="pager" aria-label=${o.label}>
    ${previous}
    <span class="page-status" role="status">${status}</span>
    ${next} ${select}
  </nav>`;
}
