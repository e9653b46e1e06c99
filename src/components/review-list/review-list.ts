import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { TaskLifecycle } from '../../controllers/task-lifecycle.js';
import { KitElement } from '../../base/kit-element.js';
import reviewListEn from '../../i18n/en/review-list.js';
import policyEn from '../../i18n/en/policy.js';
import { sessionFor } from '../../data/session.js';
import type { Review, ReviewSort, SellerKitAdapter, Session } from '../../data/models.js';
import {
  DEFAULT_RETENTION_DAYS,
  contactEligibility,
  marketplaceById,
  reportAbuseUrl,
  reviewRetention,
} from '../../policy/index.js';
import { findingMessage, isBlocked, lintFailure, lintFor, retryLinter, type LintFinding } from '../shared/lazy-lint.js';
import { applyFix, focusAfterFix, renderFix } from '../shared/lint-fix.js';
import { renderStars } from '../shared/stars.js';
import type {
  ContactCancelEvent,
  ContactSentEvent,
} from '../contact-customer-dialog/contact-customer-dialog.events.js';
import {
  ReviewCommentPostedEvent,
  ReviewDoneChangeEvent,
  ReviewFilterChangeEvent,
  type ReviewFilterState,
  type ReviewPeriod,
} from './review-list.events.js';
import { PAGE_SIZES, PERIODS, SORTS, copyFilter, listConverter, ratingsConverter, toQuery } from './review-filter.js';
import { reviewListStyles } from './review-list.styles.js';

export type { ReviewFilterState, ReviewPeriod } from './review-list.events.js';

/** What the list needs of `<contact-customer-dialog>`. */
interface ContactDialog extends HTMLElement {
  show(review?: Review, trigger?: HTMLElement): void;
}

let dialogLoading: Promise<unknown> | undefined;
/**
 * Loads `<contact-customer-dialog>` on demand (it stays out of the list's bundle): started when the first
 * "Contact customer" button renders, awaited before the dialog opens. A failed load is retried on the next call.
 */
function loadContactDialog(): Promise<unknown> {
  return (dialogLoading ??= import('../../define/contact-customer-dialog.js').catch((e: unknown) => {
    dialogLoading = undefined;
    throw e;
  }));
}

interface Composer {
  text: string;
  /** Idempotency key of the current intent (same text → same key on retry). */
  key: string;
  pending: boolean;
  error?: Failure;
}

/** A failure's text, made at render time so it follows a change of language. */
type Failure = () => string;

/** The properties that make up the filter state, in the order of `ReviewFilterState`. */
const FILTER_KEYS = ['ratings', 'brandIds', 'period', 'from', 'to', 'search', 'sort', 'includeDone'] as const;
const GROUNDS = [
  'not-product',
  'pricing',
  'abuse',
  'obscene',
  'personal-data',
  'multiple-accounts',
  'promotion',
  'compensation',
  'conflict',
  'repeated',
];
/** Reasons that are never shown under "Unable to contact customer" (handled elsewhere). */
const HIDDEN_REASONS = new Set(['not-critical', 'already-contacted', 'no-edit-permission']);
const SEARCH_DEBOUNCE_MS = 200;

/**
 * Brand Dashboard › Customer Reviews: product reviews of the session's brands, with star, brand, time-period
 * and text filters, sorting, paging, "Mark as done", public comments checked against Amazon's rules, the
 * Report-abuse link and guide, and Contact Customer on critical reviews.
 *
 * @summary Brand Dashboard › Customer Reviews.
 * @tag review-list
 *
 * @csspart filters - The filter form.
 * @csspart list - The feed of reviews.
 * @csspart review - One review (an `article`).
 * @csspart pager - Paging controls.
 * @csspart empty - The "no reviews match" state.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error state (with a Retry button).
 * @csspart config-error - Shown when no adapter is in reach.
 * @csspart no-permission - Shown when the session has no Customer Reviews permission.
 *
 * @cssprop [--srk-review-list-gap=var(--srk-space, 0.75rem)] - Space between reviews.
 * @cssprop [--srk-review-list-star-color=var(--srk-color-star, #b35c00)] - Colour of the stars.
 * @cssprop [--srk-review-list-review-background=var(--srk-color-surface, #fff)] - Background of a review.
 * @cssprop [--srk-review-list-done-background=var(--srk-color-surface-alt, #f7f8f8)] - Background of a review marked as done.
 * @cssprop [--srk-review-list-max-text-width=70ch] - Maximum width of review text.
 *
 * @fires {ReviewFilterChangeEvent} review-filter-change - The user changed a filter; `filter` (also `detail`) is the whole filter state.
 * @fires {ReviewDoneChangeEvent} review-done-change - The adapter confirmed "Mark as done" (or its undo).
 * @fires {ReviewCommentPostedEvent} review-comment-posted - A public comment was posted.
 * @fires {ContactSentEvent} contact-sent - Bubbles from the inner `<contact-customer-dialog>` after a contact was sent.
 * @fires {ContactCancelEvent} contact-cancel - Bubbles from the inner `<contact-customer-dialog>` when it closed without sending.
 */
export class ReviewList extends KitElement {
  static override strings = [...KitElement.strings, reviewListEn, policyEn];

  static override styles = [...KitElement.styles, reviewListStyles];

  /** Star ratings to show (empty: all). Attribute: comma-separated, `ratings="1,2"`. */
  @property({ converter: ratingsConverter })
  ratings: number[] = [];

  /** Brand ids to show (empty: all). Attribute: comma-separated. */
  @property({ attribute: 'brand-ids', converter: listConverter })
  brandIds: string[] = [];

  /** Time period: `all`, `7d`, `30d` or `custom` (then `from`/`to`). */
  @property()
  period: ReviewPeriod = 'all';

  /** Start of the custom range, `YYYY-MM-DD`. */
  @property()
  from = '';

  /** End of the custom range (inclusive), `YYYY-MM-DD`. */
  @property()
  to = '';

  /** Free-text search in title, text, reviewer, product and ASIN. */
  @property()
  search = '';

  /** Sort order: `newest`, `oldest`, `rating-asc`, `rating-desc`. */
  @property()
  sort: ReviewSort = 'newest';

  /** Also show reviews marked as done. */
  @property({ type: Boolean, attribute: 'include-done' })
  includeDone = false;

  /** Reviews per page (20, 50 or 100). */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 20;

  /** @internal */
  @state() private offset = 0;
  /** @internal */
  @state() private items: Review[] = [];
  /** @internal */
  @state() private total = 0;
  /** @internal */
  @state() private session?: Session;
  /** @internal */
  @state() private announcement = '';

  private loadedFor?: SellerKitAdapter;
  private pendingDone = new Set<string>();
  private doneErrors = new Map<string, Failure>();
  /** Contact sends that failed after the dialog had closed, by review id. */
  private contactErrors = new Map<string, Failure>();
  private composers = new Map<string, Composer>();
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** The focused element before a render, and its review or pager (see `updated`). */
  private focusWas?: [Element, Element | null];

  /** @internal */
  private listTask = new Task(this, {
    // Arrays by value (`String([1, 2])` is "1,2"), so a new array with the same items does not reload.
    args: () => [this.kitAdapter, this.offset, this.pageSize, ...FILTER_KEYS.map((k) => String(this[k]))] as const,
    task: async ([adapter, offset, limit], { signal }) => {
      if (!adapter) return;
      const session = await sessionFor(adapter, signal);
      if (this.loadedFor !== adapter) {
        this.loadedFor = undefined;
        this.items = [];
      }
      this.session = session;
      if (session.permissions.reviews === 'none') return;
      const now = this.now();
      const page = await adapter.listReviews(toQuery(this.filter, offset, limit, now), { signal });
      // Defence in depth: adapters from agencies may not apply the retention window of each review's marketplace.
      const visible = page.items.filter((r) => reviewRetention(r, now, r.marketplaceId).visible);
      this.items = visible;
      this.total = Math.max(visible.length, page.total - (page.items.length - visible.length));
      this.loadedFor = adapter;
    },
  });

  /** @internal Aborts the page request when the list leaves the page; loads again when it comes back. */
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.listTask]);

  /** The current filter state (a copy). */
  get filter(): ReviewFilterState {
    const { ratings, brandIds, period, from, to, search, sort, includeDone } = this;
    return copyFilter({ ratings, brandIds, period, from, to, search, sort, includeDone });
  }

  /** Reloads the current page from the adapter. */
  reload(): void {
    void this.listTask.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && [...FILTER_KEYS, 'pageSize' as const].some((k) => changed.has(k))) this.offset = 0;
    const el = this.shadowRoot?.activeElement;
    this.focusWas = el ? [el, el.closest('.composer, article, nav')] : undefined;
  }

  /**
   * A render removed or disabled the focused control (Next on the last page, Clear filters, a Contact customer
   * button replaced by "Customer contacted"): focus goes to its review, the other pager button, else the
   * first review (or the empty state), never to the page body. A review taken out of the page is left to
   * `removeFromView`, a closed composer to `closeComposer`.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const [el, home] = this.focusWas ?? [];
    this.focusWas = undefined;
    // A closed composer hands focus to its Comment button itself.
    if (!el || (el.isConnected && !el.matches(':disabled')) || home?.matches('.composer')) return;
    if (home?.localName === 'article') {
      if (home.isConnected) (home as HTMLElement).focus();
      return;
    }
    const q = (s: string) => this.renderRoot.querySelector<HTMLElement>(s);
    ((home && q('nav button:enabled')) ?? q('article') ?? q('.empty'))?.focus();
  }

  // ---- user actions -------------------------------------------------------------------------------------------

  /** Applies a change made by the user and tells the host (`review-filter-change`). */
  private setFilter(patch: Partial<ReviewFilterState>): void {
    Object.assign(this, patch);
    this.emit(new ReviewFilterChangeEvent(this.filter));
  }

  private toggleIn<T>(list: T[], value: T, on: boolean): T[] {
    const rest = list.filter((v) => v !== value);
    return on ? [...rest, value] : rest;
  }

  private onSearchInput(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      if (value !== this.search) this.setFilter({ search: value });
    }, SEARCH_DEBOUNCE_MS);
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.setFilter({ ratings: [], brandIds: [], period: 'all', from: '', to: '', search: '', includeDone: false });
  }

  private replaceItem(review: Review): void {
    this.items = this.items.map((r) => (r.id === review.id ? review : r));
  }

  /** "<what failed>. <localised reason>" for a failure `e`, in the language of the moment it is shown. */
  private failure(key: string, e: unknown): Failure {
    return () => this.t(key, { error: this.errorMessage(e) });
  }

  private announce(text: string): void {
    // Clear first so the same message twice is announced twice.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private async toggleDone(review: Review, done: boolean): Promise<void> {
    const adapter = this.kitAdapter;
    if (!adapter || this.pendingDone.has(review.id)) return;
    this.pendingDone.add(review.id);
    this.doneErrors.delete(review.id);
    this.replaceItem({ ...review, done }); // optimistic
    try {
      const updated = await adapter.setReviewDone(review.id, done, { idempotencyKey: crypto.randomUUID() });
      this.pendingDone.delete(review.id);
      if (done && !this.includeDone) {
        await this.removeFromView(updated.id);
        this.announce(this.t('review-list.done.hidden'));
      } else {
        this.replaceItem(updated);
        this.announce(this.t(done ? 'review-list.done.marked' : 'review-list.done.unmarked'));
      }
      this.emit(new ReviewDoneChangeEvent(updated, done));
    } catch (e) {
      this.pendingDone.delete(review.id);
      this.doneErrors.set(review.id, this.failure('review-list.done.failed', e));
      this.replaceItem({ ...review, done: !done }); // roll back
    }
    this.requestUpdate();
  }

  /** Takes a review out of the page and moves focus to its neighbour, so keyboard users keep their place. */
  private async removeFromView(id: string): Promise<void> {
    const index = this.items.findIndex((r) => r.id === id);
    if (index < 0) return;
    const hadFocus = this.renderRoot.querySelector(`article[data-id="${CSS.escape(id)}"]`)?.matches(':focus-within');
    this.items = this.items.filter((r) => r.id !== id);
    this.total = Math.max(0, this.total - 1);
    // A comment draft is kept (keyed by review id): it comes back with the review ("Include marked as done").
    if (!this.composers.get(id)?.text.trim()) this.composers.delete(id);
    if (!this.items.length && this.offset > 0) {
      this.offset = Math.max(0, this.offset - this.pageSize);
      return;
    }
    await this.updateComplete;
    if (hadFocus) {
      const articles = this.articles();
      (articles[Math.min(index, articles.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.empty'))?.focus();
    }
  }

  private async openComposer(id: string): Promise<void> {
    // Rendering the composer starts loading the linter (lintFor) and re-renders when it has loaded.
    if (!this.composers.has(id)) this.composers.set(id, { text: '', key: '', pending: false });
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`#comment-${CSS.escape(id)}`)?.focus();
  }

  private async closeComposer(id: string): Promise<void> {
    this.composers.delete(id);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#comment-btn-${CSS.escape(id)}`)?.focus();
  }

  /** Cancel or the Comment toggle: ignored while a post is under way (its outcome, and the draft, would be lost). */
  private cancelComposer(id: string): void {
    if (!this.composers.get(id)?.pending) void this.closeComposer(id);
  }

  private onComposerInput(id: string, e: Event): void {
    const c = this.composers.get(id);
    if (!c) return;
    const text = (e.target as HTMLTextAreaElement).value;
    if (text !== c.text) c.key = ''; // new text, new intent
    c.text = text;
    this.requestUpdate();
  }

  private async postComment(review: Review): Promise<void> {
    const adapter = this.kitAdapter;
    const c = this.composers.get(review.id);
    if (!adapter || !c || c.pending || !c.text.trim() || isBlocked(lintFor(this, c.text, 'review-comment'))) return;
    c.key ||= crypto.randomUUID();
    c.pending = true;
    c.error = undefined;
    this.requestUpdate();
    try {
      const updated = await adapter.addReviewComment(review.id, c.text, { idempotencyKey: c.key });
      this.replaceItem(updated);
      const comment = updated.comments.at(-1) ?? null;
      this.announce(this.t('review-list.comment.posted'));
      this.emit(new ReviewCommentPostedEvent(updated, comment));
      await this.closeComposer(review.id);
    } catch (e) {
      c.pending = false;
      c.error = this.failure('review-list.comment.failed', e);
      this.requestUpdate();
    }
  }

  private async openContact(review: Review, trigger: HTMLElement): Promise<void> {
    if (this.contactErrors.delete(review.id)) this.requestUpdate();
    try {
      await loadContactDialog();
    } catch (e) {
      this.contactErrors.set(review.id, this.failure('review-list.contact.failed', e));
      this.requestUpdate();
      return;
    }
    this.renderRoot.querySelector<ContactDialog>('contact-customer-dialog')?.show(review, trigger);
  }

  /**
   * The dialog closed without a confirmed send. When the customer had been contacted already, or a send still
   * under way as the dialog closed then failed (a timeout may still have reached Amazon), the list reloads so the
   * status is right; a failure is also shown on the review, since the closed dialog could not show it.
   */
  private onContactCancel(e: ContactCancelEvent): void {
    if (e.error !== undefined && e.reviewId) {
      this.contactErrors.set(e.reviewId, this.failure('review-list.contact.failed', e.error));
    }
    if (e.alreadyContacted || e.error !== undefined) this.reload();
    this.requestUpdate();
  }

  private onContactSent(e: ContactSentEvent): void {
    const review = e.review;
    if (!review) return;
    this.contactErrors.delete(review.id);
    this.replaceItem(review);
    this.announce(this.t('review-list.contact.sent', { title: review.title }));
  }

  // ---- keyboard -----------------------------------------------------------------------------------------------

  private articles(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('article[data-id]')];
  }

  private onFeedKeydown(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (target.localName !== 'article' || e.altKey || e.ctrlKey || e.metaKey) return;
    const articles = this.articles();
    const i = articles.indexOf(target);
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      j: i + 1,
      ArrowUp: i - 1,
      k: i - 1,
      Home: 0,
      End: articles.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    articles[Math.max(0, Math.min(articles.length - 1, next))]?.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    if (!this.kitAdapter) return this.renderConfigError();
    const session = this.session;
    if (session?.permissions.reviews === 'none') {
      return html`<div class="state no-permission" part="no-permission" role="status">
        <p class="state-title">${this.t('review-list.no-permission.title')}</p>
        <p>${this.t('review-list.no-permission.body')}</p>
      </div>`;
    }
    const status = this.listTask.status;
    const busy = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    const loaded = this.loadedFor === this.kitAdapter; // kitAdapter is set here, so undefined never matches
    let body: TemplateResult;
    if (status === TaskStatus.ERROR) body = this.renderError(this.listTask.error, () => this.reload());
    else if (!loaded) body = this.renderSkeleton(6);
    else if (!this.items.length) body = this.renderEmpty(session!, busy);
    else body = this.renderFeed(session!, busy);
    return html`
      ${session ? this.renderFilters(session) : nothing}
      ${
        session?.permissions.reviews === 'view'
          ? html`<p class="read-only">${this.t('review-list.read-only')}</p>`
          : nothing
      }
      ${body} ${loaded && status !== TaskStatus.ERROR && this.total > 0 ? this.renderPager() : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <contact-customer-dialog
        @contact-sent=${this.onContactSent}
        @contact-cancel=${this.onContactCancel}
      ></contact-customer-dialog>
    `;
  }

  private renderFilters(session: Session): TemplateResult {
    const brands = session.brands;
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${this.t('review-list.filters')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <fieldset class="stars">
        <legend>${this.t('review-list.filter.rating')}</legend>
        ${[1, 2, 3, 4, 5].map(
          (n) =>
            html`<label class="check"
              ><input
                type="checkbox"
                .checked=${live(this.ratings.includes(n))}
                @change=${(e: Event) =>
                  this.setFilter({ ratings: this.toggleIn(this.ratings, n, (e.target as HTMLInputElement).checked) })}
              />${this.t('common.stars', { count: n })}</label
            >`,
        )}
      </fieldset>
      ${
        brands.length > 1
          ? html`<fieldset class="brands">
              <legend>${this.t('review-list.filter.brand')}</legend>
              ${brands.map(
                (b) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${live(this.brandIds.includes(b.id))}
                      @change=${(e: Event) =>
                        this.setFilter({
                          brandIds: this.toggleIn(this.brandIds, b.id, (e.target as HTMLInputElement).checked),
                        })}
                    />${b.name}</label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      <div class="fields">
        <label
          >${this.t('review-list.filter.period')}
          <select
            .value=${live(this.period)}
            @change=${(e: Event) => this.setFilter({ period: (e.target as HTMLSelectElement).value as ReviewPeriod })}
          >
            ${PERIODS.map(
              (p) =>
                html`<option value=${p} ?selected=${p === this.period}>${this.t(`review-list.period.${p}`)}</option>`,
            )}
          </select>
        </label>
        ${
          this.period === 'custom'
            ? html`<label
                  >${this.t('review-list.filter.from')}
                  <input
                    type="date"
                    .value=${live(this.from)}
                    max=${this.to || nothing}
                    @change=${(e: Event) => this.setFilter({ from: (e.target as HTMLInputElement).value })}
                  />
                </label>
                <label
                  >${this.t('review-list.filter.to')}
                  <input
                    type="date"
                    .value=${live(this.to)}
                    min=${this.from || nothing}
                    @change=${(e: Event) => this.setFilter({ to: (e.target as HTMLInputElement).value })}
                  />
                </label>`
            : nothing
        }
        <label
          >${this.t('review-list.filter.search')}
          <input type="search" .value=${this.search} @input=${this.onSearchInput} />
        </label>
        <label
          >${this.t('review-list.filter.sort')}
          <select
            .value=${live(this.sort)}
            @change=${(e: Event) => this.setFilter({ sort: (e.target as HTMLSelectElement).value as ReviewSort })}
          >
            ${SORTS.map(
              (s) => html`<option value=${s} ?selected=${s === this.sort}>${this.t(`review-list.sort.${s}`)}</option>`,
            )}
          </select>
        </label>
        <label class="check switch"
          ><input
            type="checkbox"
            role="switch"
            aria-checked=${!!this.includeDone}
            .checked=${live(this.includeDone)}
            @change=${(e: Event) => this.setFilter({ includeDone: (e.target as HTMLInputElement).checked })}
          />${this.t('review-list.filter.include-done')}</label
        >
      </div>
    </form>`;
  }

  /** Words for the active filters: "1 star, 2 stars, last 30 days". */
  private describeFilters(session: Session): string[] {
    const out = [...this.ratings].sort().map((n) => this.t('common.stars', { count: n }));
    for (const id of this.brandIds) out.push(session.brands.find((b) => b.id === id)?.name ?? id);
    if (this.period === '7d' || this.period === '30d') out.push(this.t(`review-list.describe.${this.period}`));
    if (this.period === 'custom' && (this.from || this.to)) {
      // "range", "since" or "until" (each string uses only the dates it names).
      const d = (v: string) => v && this.i18n.date(`${v}T00:00:00`);
      const which = !this.to ? 'since' : this.from ? 'range' : 'until';
      out.push(this.t(`review-list.describe.${which}`, { from: d(this.from), to: d(this.to) }));
    }
    if (this.search.trim()) out.push(this.t('review-list.describe.search', { text: this.search.trim() }));
    return out;
  }

  private renderEmpty(session: Session, busy: boolean): TemplateResult {
    const active = this.describeFilters(session);
    const list = new Intl.ListFormat(this.i18n.tag, { type: 'conjunction', style: 'narrow' });
    const days = marketplaceById(session.marketplaceId)?.retentionDays ?? DEFAULT_RETENTION_DAYS;
    return html`<div class="state empty" part="empty" tabindex="-1" aria-busy=${busy}>
      <p class="state-title">
        ${
          active.length
            ? this.t('review-list.empty', { filters: list.format(active) })
            : this.t('review-list.empty.none')
        }
      </p>
      <p>${this.t('review-list.empty.hint', { days })}</p>
      ${
        active.length || this.includeDone
          ? html`<button type="button" @click=${this.clearFilters}>${this.t('review-list.filter.clear')}</button>`
          : nothing
      }
    </div>`;
  }

  private renderFeed(session: Session, busy: boolean): TemplateResult {
    const canAct = session.permissions.reviews === 'edit';
    const now = this.now();
    return html`<p class="visually-hidden" id="feed-hint">${this.t('review-list.keyboard-hint')}</p>
      <p class="visually-hidden" id="new-window">${this.t('review-list.report.new-window')}</p>
      <div
        part="list"
        class="feed ${busy ? 'busy' : ''}"
        role="feed"
        aria-label=${this.t('review-list.label')}
        aria-describedby="feed-hint"
        aria-busy=${busy}
        @keydown=${this.onFeedKeydown}
      >
        ${repeat(
          this.items,
          (r) => r.id,
          (r, i) => this.renderReview(r, i, session, canAct, now),
        )}
      </div>
      ${busy ? html`<p class="updating" role="status">${this.t('review-list.updating')}</p>` : nothing}`;
  }

  private renderReview(r: Review, i: number, session: Session, canAct: boolean, now: Date): TemplateResult {
    const id = r.id;
    const brand = session.brands.find((b) => b.id === r.brandId)?.name ?? r.brandId;
    const alerts = [this.doneErrors.get(id), this.contactErrors.get(id)].filter((a) => a !== undefined);
    return html`<article
      part="review"
      class="review ${r.done ? 'is-done' : ''}"
      data-id=${id}
      tabindex="0"
      aria-posinset=${this.offset + i + 1}
      aria-setsize=${this.total}
      aria-labelledby="title-${id}"
    >
      <header>
        <span class="rating">${renderStars(r.rating, this.t('common.rating-of-5', { rating: r.rating }))}</span>
        <h3 class="title" id="title-${id}">${r.title}</h3>
      </header>
      <p class="meta">
        <span class="reviewer">${this.t('review-list.by', { reviewer: r.reviewerName })}</span>
        <time
          datetime=${r.publishedAt}
          title=${this.i18n.date(r.publishedAt, { dateStyle: 'full', timeStyle: 'short' })}
          >${this.i18n.relative(r.publishedAt, now)} · ${this.i18n.date(r.publishedAt)}</time
        >
        ${
          r.verifiedPurchase
            ? html`<span class="badge verified"
                ><span aria-hidden="true">✓</span> ${this.t('review-list.verified')}</span
              >`
            : nothing
        }
      </p>
      <p class="body">${r.body}</p>
      <p class="product">
        <span class="product-title">${r.productTitle}</span>
        <span class="asin">${this.t('review-list.asin', { asin: r.asin })}</span>
        <span class="brand">${this.t('review-list.brand', { brand })}</span>
      </p>
      ${
        r.comments.length
          ? html`<section class="comments" aria-label=${this.t('review-list.comments')}>
              <ul>
                ${r.comments.map(
                  (c) =>
                    html`<li>
                      <p class="comment-text">${c.text}</p>
                      <p class="comment-date">
                        ${this.t('review-list.comment-posted-at', { date: this.i18n.date(c.postedAt) })}
                      </p>
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      ${this.renderContact(r, session, canAct, now)} ${this.renderActions(r, canAct)}
      ${alerts.map((a) => html`<p class="alert" role="alert">${a()}</p>`)}
    </article>`;
  }

  private renderContact(r: Review, session: Session, canAct: boolean, now: Date): TemplateResult | typeof nothing {
    if (r.rating > 3) return nothing;
    if (r.contact) {
      return html`<p class="contact-done">
        <span aria-hidden="true">✉</span> <strong>${this.t('review-list.contact.done')}</strong>
        <span
          >${this.t('review-list.contact.done-detail', {
            date: this.i18n.date(r.contact.sentAt),
            reason: this.t(`review-list.contact.reason.${r.contact.reason}`),
          })}</span
        >
      </p>`;
    }
    if (!canAct) return nothing;
    const { eligible, reasons } = contactEligibility(r, session, now);
    if (eligible) {
      loadContactDialog().catch(() => {}); // ready by the time it is pressed; a failure shows on press
      return html`<button
        type="button"
        class="contact primary"
        @click=${(e: Event) => void this.openContact(r, e.currentTarget as HTMLElement)}
      >
        ${this.t('review-list.contact')}
      </button>`;
    }
    const shown = reasons.filter((c) => !HIDDEN_REASONS.has(c));
    return html`<details class="unable">
      <summary><span aria-hidden="true">⊘</span> ${this.t('review-list.contact.unable')}</summary>
      <p>${this.t('review-list.contact.unable-why')}</p>
      <ul>
        ${shown.map((c) => html`<li>${this.reasonText(c)}</li>`)}
      </ul>
    </details>`;
  }

  /** Mark as done and Comment for editors; the Report abuse link (to Amazon) and its guide for everyone. */
  private renderActions(r: Review, canAct: boolean): TemplateResult {
    const id = r.id;
    const c = canAct ? this.composers.get(id) : undefined;
    const pending = this.pendingDone.has(id);
    return html`<div class="actions">
        ${canAct ? this.renderEditActions(r, c, pending) : nothing}
        <a
          class="report"
          href=${reportAbuseUrl(r)}
          target="_blank"
          rel="noopener noreferrer"
          aria-describedby="new-window"
          >${this.t('review-list.report')}</a
        >
      </div>
      ${c ? this.renderComposer(r, c) : nothing}
      <details class="guide">
        <summary>${this.t('review-list.report.guide')}</summary>
        <p>${this.t('review-list.report.intro')}</p>
        <ul>
          ${GROUNDS.map((g) => html`<li>${this.t(`review-list.report.ground.${g}`)}</li>`)}
        </ul>
        <p class="warning"><span aria-hidden="true">⚠</span> ${this.t('review-list.report.warning')}</p>
      </details>`;
  }

  private renderEditActions(r: Review, c: Composer | undefined, pending: boolean): TemplateResult {
    const id = r.id;
    return html`<label class="check done">
        <input
          type="checkbox"
          .checked=${live(r.done)}
          aria-disabled=${pending}
          @click=${(e: Event) => pending && e.preventDefault()}
          @change=${(e: Event) => this.toggleDone(r, (e.target as HTMLInputElement).checked)}
        />
        ${this.t('review-list.done')}
      </label>
      <button
        type="button"
        id="comment-btn-${id}"
        aria-expanded=${!!c}
        aria-controls="composer-${id}"
        @click=${() => (c ? this.cancelComposer(id) : this.openComposer(id))}
      >
        ${this.t('review-list.comment')}
      </button>`;
  }

  private renderComposer(r: Review, c: Composer): TemplateResult {
    const id = r.id;
    // null while the linter loads: "Loading…", and Post stays disabled until the text has been checked.
    const findings = lintFor(this, c.text, 'review-comment');
    // The linter's code could not load: say so, with Retry (Post stays disabled: text is never sent unlinted).
    const lintError = findings ? undefined : lintFailure();
    const retry = () => retryLinter(this, () => this.renderRoot.querySelector(`#comment-${CSS.escape(id)}`));
    const blocked = !!findings && isBlocked(findings);
    const empty = !c.text.trim();
    const reason = blocked ? 'review-list.comment.blocked' : empty ? 'review-list.comment.empty' : '';
    return html`<div class="composer" id="composer-${id}">
      <label for="comment-${id}">${this.t('review-list.comment.label')}</label>
      <p class="hint" id="comment-hint-${id}">${this.t('review-list.comment.hint')}</p>
      <textarea
        id="comment-${id}"
        rows="3"
        .value=${live(c.text)}
        aria-describedby="comment-hint-${id} findings-${id}"
        aria-invalid=${blocked}
        ?readonly=${c.pending}
        @input=${(e: Event) => this.onComposerInput(id, e)}
      ></textarea>
      <div class="findings" id="findings-${id}">
        ${lintError ? this.renderError(lintError, retry) : nothing}
        <p class="findings-title" role="status" ?hidden=${!!lintError}>
          ${
            !findings
              ? this.t('common.loading')
              : findings.length
                ? this.t('review-list.comment.findings-count', { count: findings.length })
                : this.t('review-list.comment.no-findings')
          }
        </p>
        ${
          findings?.length
            ? html`<ul>
                ${findings.map((f) => this.renderFinding(id, c.text, f))}
              </ul>`
            : nothing
        }
      </div>
      ${c.error ? html`<p class="alert" role="alert">${c.error()}</p>` : nothing}
      <div class="composer-actions">
        <button
          type="button"
          class="primary"
          ?disabled=${!findings || blocked || empty}
          aria-disabled=${c.pending}
          aria-describedby=${reason ? `post-reason-${id}` : nothing}
          @click=${() => this.postComment(r)}
        >
          ${this.t(c.pending ? 'review-list.comment.posting' : 'review-list.comment.post')}
        </button>
        <button type="button" aria-disabled=${c.pending ? 'true' : nothing} @click=${() => this.cancelComposer(id)}>
          ${this.t('common.cancel')}
        </button>
        ${reason ? html`<span class="reason" id="post-reason-${id}">${this.t(reason)}</span>` : nothing}
      </div>
    </div>`;
  }

  /** Apply: the finding's fix replaces its span in the draft, which is linted again; the caret follows the fix. */
  private applyCommentFix(id: string, f: LintFinding): void {
    const c = this.composers.get(id);
    const next = c && !c.pending ? applyFix(c.text, f) : null;
    if (!c || !next) return;
    c.text = next.text;
    c.key = ''; // new text, new intent
    this.requestUpdate();
    this.announce(this.t('policy.lint.fix.applied'));
    void focusAfterFix(this, () => this.renderRoot.querySelector(`#comment-${CSS.escape(id)}`), next.caret);
  }

  private renderFinding(id: string, text: string, f: LintFinding): TemplateResult {
    const start = Math.max(0, Math.min(text.length, f.start));
    const end = Math.max(start, Math.min(text.length, f.end));
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end, end + 20);
    return html`<li class="finding ${f.severity}" data-rule=${f.rule}>
      <span class="severity"
        ><span aria-hidden="true">${f.severity === 'error' ? '⛔' : '⚠'}</span>
        ${this.t(`review-list.severity.${f.severity}`)}:</span
      >
      <span class="message">${findingMessage(this.i18n, f)}</span>
      ${renderFix(this.i18n, text, f, () => this.applyCommentFix(id, f))}
      <q class="excerpt"
        >${start > 20 ? '…' : ''}${before}<mark>${text.slice(start, end)}</mark>${after}${
          end + 20 < text.length ? '…' : ''
        }</q
      >
    </li>`;
  }

  private renderPager(): TemplateResult {
    const from = this.offset + 1;
    const to = this.offset + this.items.length;
    const n = (v: number) => this.i18n.number(v);
    return html`<nav part="pager" class="pager" aria-label=${this.t('review-list.pager')}>
      <button
        type="button"
        ?disabled=${this.offset === 0}
        @click=${() => (this.offset = Math.max(0, this.offset - this.pageSize))}
      >
        ${this.t('common.previous-page')}
      </button>
      <span class="page-status" role="status">
        ${this.t('common.page-status', { from: n(Math.min(from, to)), to: n(to), total: n(this.total) })}
      </span>
      <button
        type="button"
        ?disabled=${this.offset + this.pageSize >= this.total}
        @click=${() => (this.offset += this.pageSize)}
      >
        ${this.t('common.next-page')}
      </button>
      <label
        >${this.t('review-list.page-size')}
        <select
          .value=${live(String(this.pageSize))}
          @change=${(e: Event) => (this.pageSize = Number((e.target as HTMLSelectElement).value))}
        >
          ${PAGE_SIZES.map((s) => html`<option value=${s} ?selected=${s === this.pageSize}>${s}</option>`)}
        </select>
      </label>
    </nav>`;
  }
}
