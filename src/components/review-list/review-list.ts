import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import { FeedNavigationController } from '../../controllers/feed-navigation-controller.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { IntentController } from '../../controllers/intent-controller.js';
import type { LinterLoader } from '../../controllers/lint-controller.js';
import { PageOverlay } from '../../controllers/page-overlay.js';
import { PagingController } from '../../controllers/paging-controller.js';
import { TaskLifecycle } from '../../controllers/task-lifecycle.js';
import reviewListEn from '../../i18n/en/review-list.js';
import policyEn from '../../i18n/en/policy.js';
import { capabilityMode } from '../../policy/capability-mode.js';
import { sessionFor } from '../../data/session.js';
import type { Page, Review, ReviewSort, SellerKitAdapter, Session } from '../../data/models.js';
import { reviewRetention } from '../../policy/index.js';
import { renderPager } from '../shared/pager.js';
import { recordOpened } from '../../controllers/record-opened.js';
import {
  loadSellerCentral,
  needsSellerCentral,
  sellerCentralModule,
  type SellerCentralModule,
} from '../../controllers/seller-central-links.js';
import { loadCode } from '../../data/lazy-adapter.js';
import {
  ReviewCommentPostedEvent,
  ReviewDoneChangeEvent,
  ReviewFilterChangeEvent,
  type ReviewFilterState,
  type ReviewPeriod,
} from './review-list.events.js';
import { FilterInput, PAGE_SIZES, copyFilter, listConverter, ratingsConverter, toQuery } from './review-filter.js';
import { renderEmpty, renderFilters, type ReviewFiltersView } from './review-filters.template.js';
import { renderGuide, renderReviewCard } from './review-card.template.js';
import { loadComments } from './review-list.loaders.js';
import { ReviewContact } from './review-contact.js';
import { ReviewShortcuts, renderShortcutsButton } from './review-shortcuts.js';
import { ReviewTriage } from './review-triage.js';
import { AlertController } from '../../controllers/alert-controller.js';
import { ReviewCounter } from './review-counts.js';
import type { ReviewComments } from './review-comments.js';
import { reviewListStyles } from './review-list.styles.js';

export type { ReviewFilterState, ReviewPeriod } from './review-list.events.js';

/** What the list task loads: the page of reviews for the session of one adapter. */
interface ListData {
  adapter: SellerKitAdapter;
  session: Session;
  page: Page<Review>;
}

/** The properties that make up the filter state, in the order of `ReviewFilterState`. */
const FILTER_KEYS = ['ratings', 'brandIds', 'period', 'from', 'to', 'search', 'sort', 'includeDone'] as const;

/**
 * Brand Dashboard › Customer Reviews: product reviews of the session's brands, with star, brand, time-period
 * and text filters, sorting, paging, "Mark as done", public comments checked against Amazon's rules, the
 * Report-abuse link and guide, and Contact Customer on critical reviews. Triage: "Needs attention first", bulk
 * Mark as done with one Undo, compact density, shortcuts (J/K, X select, E done, C comment, O contact, ? help).
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
 * @cssprop [--srk-review-list-compact-gap=0.4rem] - Space between reviews with `density="compact"`.
 * @cssprop [--srk-review-list-compact-padding=0.5rem 0.75rem] - Padding of a review with `density="compact"`.
 * @cssprop [--srk-review-list-compact-lines=2] - Lines of review text shown with `density="compact"` (the rest is clipped visually, never for screen readers).
 * @csspart bulk - The bulk bar ("Select all on this page", "Mark selected as done", "Restore selected", Undo).
 * @csspart guide - "When can a review be removed?" (once per list).
 *
 * @fires {KitAlertEvent} kit-alert - A cluster of critical reviews on one ASIN among the loaded reviews (3+ of
 *   1–3★ within 7 days), once per alert id per page (detail `{alert}`).
 * @fires {ReviewFilterChangeEvent} review-filter-change - The user changed a filter; `filter` (also `detail`) is the whole filter state.
 * @fires {ReviewDoneChangeEvent} review-done-change - The adapter confirmed "Mark as done" (or its undo).
 * @fires {ReviewCommentPostedEvent} review-comment-posted - A public comment was posted.
 * @fires {ContactSentEvent} contact-sent - Bubbles from the inner `<contact-customer-dialog>` after a contact was sent.
 * @fires {ContactCancelEvent} contact-cancel - Bubbles from the inner `<contact-customer-dialog>` when it closed without sending.
 */
export class ReviewList extends KitElement {
  static override strings = [...KitElement.strings, reviewListEn, policyEn];

  static override styles = [...KitElement.styles, reviewListStyles];

  /** @internal The filters and the sort are kept per client account (SPEC §8). */
  protected static override accountState: readonly string[] = FILTER_KEYS;

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

  /** Sort order: `attention` (default: critical reviews not yet done first, then newest), `newest`, `oldest`, `rating-asc`, `rating-desc`. */
  @property()
  sort: ReviewSort = 'attention';

  /** Also show reviews marked as done. */
  @property({ type: Boolean, attribute: 'include-done' })
  includeDone = false;

  /** Card density: `comfortable` (default) or `compact` (less space, review text clipped to a few lines). */
  @property({ reflect: true })
  density: 'comfortable' | 'compact' = 'comfortable';

  /** Single-key shortcuts on a review (J K X E C O ?); `shortcuts="off"` turns them off (WCAG 2.1.4), so can users. */
  @property({ converter: { fromAttribute: (v) => v !== 'off' && v !== 'false' } })
  shortcuts = true;

  /** Reviews per page (20, 50 or 100). */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 20;

  /** @internal Declared before the list task: a new query resets the offset in the same update. */
  private paging: PagingController = new PagingController(this, {
    pageSize: () => this.pageSize,
    // A new client account (SPEC §8) starts on its first page too.
    resetOn: () => [...FILTER_KEYS.map((k) => this[k]), this.pageSize, this.env?.account],
    settled: (): Promise<unknown> => this.listTask.taskComplete,
  });
  /**
   * @internal Mark as done (`done:<id>`), comments (`comment:<id>`), contact failures (`contact:<id>`), the
   * composer's code failing to load (`code:<id>`); and the live announcer.
   */
  private intents = new IntentController(this);
  /** @internal The comment composers, once the first "Comment" has loaded them. */
  private comments?: ReviewComments;
  /** @internal How the linter's code loads (tests: a chunk that cannot load). */
  private linterLoader?: LinterLoader;
  /** @internal */
  private feed = new FeedNavigationController(this, 'article[data-id]');
  /** @internal "Mark as done" on one review or a selection, with Undo. */
  private triage: ReviewTriage = new ReviewTriage(this, {
    adapter: () => this.kitAdapter ?? undefined,
    intents: this.intents,
    t: (key, params) => this.t(key, params),
    includeDone: () => this.includeDone,
    items: () => (this.listTask.value ? this.overlay.shown(this.listTask.value.page).items : []),
    edit: (r) => this.edit(r),
    hide: (id, hide) => this.hide(id, hide),
    changed: (r, done) => this.emit(new ReviewDoneChangeEvent(r, done)),
    previousPage: () => this.paging.offset > 0 && ((this.paging.offset -= this.pageSize), true),
    reload: () => this.reload(),
    failed: (e) => this.errorMessage(e),
    pending: (p) => void this.pending(p),
  });
  /** @internal Contact customer: the inner dialog, loaded once a "Contact customer" button is on screen. */
  private contact = new ReviewContact(this, {
    intents: this.intents,
    edit: (r) => this.edit(r),
    reload: () => this.reload(),
    sent: (r) => this.t('review-list.contact.sent', { title: r.title }),
  });
  /** @internal The keys and the Keyboard shortcuts dialog (its code loads on the first `?`; a failure is announced). */
  private shortcutKeys = new ReviewShortcuts(
    this,
    () => this.shortcuts,
    (e) => this.intents.announce(this.errorMessage(e)),
    (p) => void this.pending(p),
  );
  /**
   * @internal A render removed or disabled the focused control (Next on the last page, Clear filters, a Contact
   * customer button replaced by "Customer contacted"): focus goes to its review, the other pager button, else the
   * first review (or the empty state), never to the page body. A review taken out of the page is left to
   * `removeFromView`, a closed composer to `ReviewComments` (focus back on its Comment button).
   */
  protected readonly focusKeeper = new FocusKeeper(this, {
    home: '.composer, article, nav',
    restore: (home) => {
      if (home?.matches('.composer')) return null;
      if (home?.localName === 'article') return home.isConnected ? (home as HTMLElement) : null;
      const q = (s: string) => this.renderRoot.querySelector<HTMLElement>(s);
      return (home && q('nav button:enabled')) ?? q('article') ?? q('.empty');
    },
  });

  /** @internal Changes since the task's page loaded: confirmed or optimistic reviews by id, reviews taken out. */
  private overlay = new PageOverlay<Review>(this, () => this.listTask.value?.page);
  /** @internal The user's changes to the filters (the search debounced), told to the page. */
  private filterInput = new FilterInput(
    this,
    (patch) => {
      Object.assign(this, patch);
      this.emit(new ReviewFilterChangeEvent(this.filter));
    },
    () => this.search,
  );

  /** @internal */
  private sessionTask = new Task(this, {
    args: () => [this.kitAdapter] as const,
    task: ([adapter], { signal }) => (adapter ? sessionFor(adapter, signal) : initialState),
  });

  /** @internal */
  private listTask = new Task(this, {
    // Arrays by value (`String([1, 2])` is "1,2"), so a new array with the same items does not reload.
    args: () =>
      [
        this.kitAdapter,
        this.sessionTask.status === TaskStatus.COMPLETE ? this.sessionTask.value : undefined,
        this.paging.offset,
        this.pageSize,
        ...FILTER_KEYS.map((k) => String(this[k])),
      ] as const,
    task: async ([adapter, session, offset, limit], { signal }): Promise<ListData | undefined> => {
      // Nothing to list (yet): no adapter, the session still loading, or no Customer Reviews permission.
      if (!adapter || !session || session.permissions.reviews === 'none') return undefined;
      const now = this.now();
      // Seller Central links ('manual' actions): their code loads with the page, so they show with it.
      const [page] = await Promise.all([
        adapter.listReviews(toQuery(this.filter, offset, limit, now), { signal }),
        needsSellerCentral(this.modes(adapter)) ? loadCode(this.loadSellerCentral()) : null,
      ]);
      // Defence in depth: adapters from agencies may not apply the retention window of each review's marketplace.
      const items = page.items.filter((r) => reviewRetention(r, now, r.marketplaceId).visible);
      const total = Math.max(items.length, page.total - (page.items.length - items.length));
      return { adapter, session, page: { ...page, items, total } };
    },
  });

  /** @internal How many reviews each filter would list, when the adapter can count (`countReviews`). */
  private counts = new ReviewCounter(this, () => [this.kitAdapter, this.sessionTask.value, this.filter, this.now()]);
  /** @internal Aborts the requests when the list leaves the page; loads again when it comes back. */
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.sessionTask, this.listTask]);

  /** @internal SPEC §8 alerts of the loaded reviews: `kit-alert` once per id, the badge above the filters. */
  private alerts = new AlertController(
    this,
    () => {
      const items = this.listTask.value?.page.items;
      return items ? { reviews: items, ...(this.env?.account ? { accountId: this.env.account } : {}) } : null;
    },
    () => this.now(),
  );

  /** The current filter state (a copy). */
  get filter(): ReviewFilterState {
    const { ratings, brandIds, period, from, to, search, sort, includeDone } = this;
    return copyFilter({ ratings, brandIds, period, from, to, search, sort, includeDone });
  }

  /** Reloads the current page from the adapter. */
  reload(): void {
    void (this.sessionTask.status === TaskStatus.ERROR ? this.sessionTask.run() : this.listTask.run());
  }

  /** SPEC §9 `capabilities`: how Comment and Contact customer are offered. */
  private modes(adapter: SellerKitAdapter | null) {
    return {
      addReviewComment: capabilityMode(adapter?.capabilities, 'addReviewComment'),
      contactCustomer: capabilityMode(adapter?.capabilities, 'contactCustomer'),
    };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A 'manual' action known only after the page loaded: the links' code loads now, then they show.
    if (
      this.listTask.status === TaskStatus.COMPLETE &&
      !sellerCentralModule() &&
      needsSellerCentral(this.modes(this.kitAdapter))
    )
      void this.pending(
        this.loadSellerCentral().then(
          () => this.requestUpdate(),
          () => undefined,
        ),
      );
  }

  /** The Seller Central links' code (tests: a chunk that cannot load). @internal */
  protected loadSellerCentral(): Promise<SellerCentralModule> {
    return loadSellerCentral();
  }

  // ---- the page and the changes over it ----------------------------------------------------------------------

  /** Takes a review out of the page or puts it back; a comment draft is kept (it comes back with the review). */
  private hide(id: string, hide: boolean): void {
    this.overlay.hide(id, hide);
    if (hide) this.comments?.dropEmpty(id);
  }

  private edit(review: Review): void {
    this.overlay.edit(review);
  }

  // ---- user actions -------------------------------------------------------------------------------------------

  /** "<what failed>. <localised reason>" for the failure of intent `id`, worded now (it follows the language). */
  private failure(key: string | null, id: string): string | undefined {
    if (!this.intents.hasError(id)) return undefined;
    const error = this.errorMessage(this.intents.error(id));
    return key ? this.t(key, { error }) : error;
  }

  /** The Comment button: loads the composers on first use, then opens or closes `id`'s. */
  private toggleComment(id: string): void {
    if (this.comments) return this.comments.toggle(id);
    this.intents.clear(`code:${id}`);
    // `updateComplete` waits for the composers' code (KitElement's `pending`).
    void this.pending(
      loadComments().then(
        (m) => {
          this.comments ??= new m.ReviewComments(this, {
            i18n: this.i18n,
            linterLoader: this.linterLoader,
            intents: this.intents,
            adapter: () => this.kitAdapter,
            posted: (updated) => {
              this.edit(updated);
              this.intents.announce(this.t('review-list.comment.posted'));
              this.emit(new ReviewCommentPostedEvent(updated, updated.comments.at(-1) ?? null));
            },
            failure: (key, failed) => this.failure(key, failed),
            renderError: (failure, retry) => this.renderError(failure, retry),
          });
          void this.comments.open(id);
        },
        // Shown with the review's other failures (the composer's own alert is not there yet).
        (e: unknown) => this.intents.fail(`code:${id}`, e),
      ),
    );
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const adapter = this.kitAdapter;
    if (!adapter) return this.renderConfigError();
    const session = this.sessionTask.value;
    if (session?.permissions.reviews === 'none') return this.renderNoPermission('review-list');
    const failed = this.sessionTask.status === TaskStatus.ERROR ? this.sessionTask : this.listTask;
    const status = this.sessionTask.status === TaskStatus.ERROR ? TaskStatus.ERROR : this.listTask.status;
    const busy = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    const data = this.listTask.value;
    // A page of another adapter is never shown: a skeleton until this adapter's page has loaded.
    const page = data?.adapter === adapter ? data.page : undefined;
    const shown = page && this.overlay.shown(page);
    const filters: ReviewFiltersView | undefined = session && {
      i18n: this.i18n,
      filter: this.filter,
      counts: this.counts.value,
      session,
      set: this.filterInput.set,
      search: this.filterInput.onSearch,
      clear: () => this.filterInput.clear(),
    };
    let body: TemplateResult;
    if (status === TaskStatus.ERROR) body = this.renderError(failed.error, () => this.reload());
    else if (!shown || !filters) body = this.renderSkeleton(6);
    else if (!shown.items.length) body = renderEmpty(filters, busy);
    else body = this.renderFeed(data!.session, shown.items, shown.total, busy);
    return html`
      ${this.alerts.render(this.i18n)} ${filters ? renderFilters(filters) : nothing}
      ${session?.permissions.reviews === 'view' ? html`<p class="read-only">${this.t('review-list.read-only')}</p>` : nothing}
      ${shown && data && status !== TaskStatus.ERROR ? this.renderToolbar(data.session, shown.items) : nothing} ${body}
      ${
        shown && status !== TaskStatus.ERROR && shown.total > 0
          ? renderPager({
              i18n: this.i18n,
              range: this.paging.range(shown.items.length, shown.total),
              previous: (e) => void this.paging.go(-1, e),
              next: (e) => void this.paging.go(1, e),
              label: this.t('review-list.pager'),
              pageSize: {
                label: this.t('review-list.page-size'),
                value: this.pageSize,
                sizes: PAGE_SIZES,
                change: (size) => (this.pageSize = size),
              },
            })
          : nothing
      }
      ${this.intents.renderAnnouncer()} ${this.contact.render()}
      ${this.shortcutKeys.render({
        t: (key) => this.t(key),
        enabled: this.shortcuts,
        setEnabled: (on) => (this.shortcuts = on),
      })}
    `;
  }

  /** The bulk bar (editors) and the Keyboard shortcuts button; kept when a batch empties the page (Undo stays). */
  private renderToolbar(session: Session, items: Review[]): TemplateResult {
    return html`<div class="toolbar">
      ${session.permissions.reviews === 'edit' ? this.triage.renderBar(items, this.includeDone) : nothing}
      ${renderShortcutsButton(this.t.bind(this), (trigger) => this.shortcutKeys.open(trigger))}
    </div>`;
  }

  private renderFeed(session: Session, items: Review[], total: number, busy: boolean): TemplateResult {
    const canAct = session.permissions.reviews === 'edit';
    const now = this.now();
    const adapter = this.kitAdapter;
    // Letter keys (j/k here too) only while single-key shortcuts are on; arrows, Home and End always.
    const navigate = (e: KeyboardEvent) => (this.shortcuts || e.key.length > 1) && this.feed.onKeydown(e);
    return html`<p class="visually-hidden" id="feed-hint">${this.t('review-list.keyboard-hint')}</p>
      <p class="visually-hidden" id="new-window">${this.t('review-list.report.new-window')}</p>
      ${renderGuide((k) => this.t(k))}
      <div
        part="list"
        class="feed ${busy ? 'busy' : ''}"
        role="feed"
        aria-label=${this.t('review-list.label')}
        aria-describedby="feed-hint"
        aria-busy=${busy}
        @keydown=${(e: KeyboardEvent) => (navigate(e), this.shortcutKeys.keys.onKeydown(e))}
      >
        ${repeat(
          items,
          (r) => r.id,
          (r, i) =>
            renderReviewCard(r, {
              i18n: this.i18n,
              session,
              canAct,
              now,
              posinset: this.paging.offset + i + 1,
              setsize: total,
              alerts: [
                this.failure('review-list.done.failed', `done:${r.id}`),
                this.failure('review-list.contact.failed', `contact:${r.id}`),
                this.failure(null, `code:${r.id}`), // the composer's code could not load
              ].filter((a) => a !== undefined),
              pendingDone: this.intents.pending(`done:${r.id}`),
              composerOpen: !!this.comments?.isOpen(r.id),
              composer: this.comments?.render(r) ?? nothing,
              reasonText: (code) => this.reasonText(code),
              selected: this.triage.selection.has(r.id),
              toggleSelect: (review) => this.triage.selection.toggle(review.id),
              toggleDone: (review, done) => void this.triage.toggleDone(review, done),
              toggleComposer: (review) => this.toggleComment(review.id),
              // SPEC §8: the activity log records the link opened; a failure to record is not the link's error.
              reportOpened: (review) => recordOpened(adapter, { type: 'abuse-report-opened', targetId: review.id }),
              openContact: (review, trigger) => void this.contact.open(review, trigger),
              modes: this.modes(adapter),
              sellerCentralLink: (review, action, label, newTab) =>
                sellerCentralModule()?.renderManualLink({
                  adapter,
                  action,
                  marketplaceId: session.marketplaceId,
                  targetId: review.id,
                  label,
                  newTab,
                }) ?? nothing,
            }),
        )}
      </div>
      ${busy ? html`<p class="updating" role="status">${this.t('review-list.updating')}</p>` : nothing}`;
  }
}
