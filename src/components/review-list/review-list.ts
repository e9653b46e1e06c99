import { type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import type { LinterLoader } from '../../controllers/lint-controller.js';
import { PagingController } from '../../controllers/paging-controller.js';
import { TaskLifecycle } from '../../controllers/task-lifecycle.js';
import { capabilityMode } from '../../policy/capability-mode.js';
import { sessionFor } from '../../data/session.js';
import type { ReviewSort, SellerKitAdapter } from '../../data/models.js';
import {
  loadSellerCentral,
  needsSellerCentral,
  type SellerCentralModule,
} from '../../controllers/seller-central-links.js';
import { lazyCode, loadCode } from '../../data/load-code.js';
import type { ReviewFilterState, ReviewPeriod } from './review-list.events.js';
import { copyFilter, listConverter, ratingsConverter, toQuery } from './review-filter.js';
import type { ListData, ReviewListView } from './review-list.view.js';

export type { ReviewFilterState, ReviewPeriod } from './review-list.events.js';

/**
 * The loaded list — filters, cards, triage, shortcuts, contact, pager, its English strings and styles
 * (`review-list.view.ts`) — loads with the first data, in parallel with the requests: once per page, again after a
 * failed load (the task then fails with a `network` error: message and Retry).
 */
const viewModule = lazyCode(
  () => import('./review-list.view.js'),
  (m) => (m.registerReviewListStrings(), m),
);
type ViewModule = typeof import('./review-list.view.js');

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
  /** @internal How the linter's code loads (tests: a chunk that cannot load). */
  private linterLoader?: LinterLoader;
  /** @internal The loaded list (its controllers and rendering), made when its code has loaded. */
  private view?: ReviewListView;

  /**
   * @internal The view's code starts loading beside the session request; a failure to load it is the list task's to
   * show, or this task's when the session has no access (the list's strings word "No access").
   */
  private sessionTask = new Task(this, {
    args: () => [this.kitAdapter] as const,
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      const view = this.startView();
      view.catch(() => undefined);
      const session = await sessionFor(adapter, signal);
      if (session.permissions.reviews === 'none') await view;
      return session;
    },
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
      // The view (again after a failed load) and the Seller Central links ('manual' actions) load with the page,
      // so they show with it; a failed request is shown once the view has settled (its strings word the reasons).
      const view = this.startView();
      const [page, m] = await Promise.all([
        adapter.listReviews(toQuery(this.filter, offset, limit, now), { signal }).finally(() => view.catch(() => 0)),
        view,
        needsSellerCentral(this.modes(adapter)) ? loadCode(this.loadSellerCentral()) : null,
      ]);
      return { adapter, session, page: m.visiblePage(page, now) };
    },
  });

  /** @internal Aborts the requests when the list leaves the page; loads again when it comes back. */
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.sessionTask, this.listTask]);

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

  /** The Seller Central links' code (tests: a chunk that cannot load). @internal */
  protected loadSellerCentral(): Promise<SellerCentralModule> {
    return loadSellerCentral();
  }

  /** @internal The list's view, strings and styles, loaded with the first data (tests replace it to simulate a failure). */
  protected loadView(): Promise<ViewModule> {
    return viewModule();
  }

  /**
   * @internal Loads the view (a failure: a `network` error) and makes this element's once loaded, before the task
   * that awaits it completes; `updateComplete` waits for the code (KitElement's `pending`).
   */
  private startView(): Promise<ViewModule> {
    return this.pending(
      loadCode(this.loadView()).then((m) => {
        this.view ??= new m.ReviewListView(this, {
          i18n: this.i18n,
          paging: this.paging,
          sessionTask: this.sessionTask,
          listTask: this.listTask,
          adapter: () => this.kitAdapter,
          account: () => this.env?.account ?? undefined,
          t: (key, params) => this.t(key, params),
          emit: (e) => this.emit(e),
          pending: (p) => void this.pending(p),
          now: () => this.now(),
          errorMessage: (e) => this.errorMessage(e),
          reasonText: (code) => this.reasonText(code),
          renderError: (e, retry) => this.renderError(e, retry),
          renderSkeleton: (lines) => this.renderSkeleton(lines),
          linterLoader: () => this.linterLoader,
          loadSellerCentral: () => this.loadSellerCentral(),
          modes: (adapter) => this.modes(adapter),
        });
        return m;
      }),
    );
  }

  override render(): TemplateResult {
    if (!this.kitAdapter) return this.renderConfigError();
    const session = this.sessionTask.value;
    if (session?.permissions.reviews === 'none') return this.renderNoPermission('review-list');
    const failed = this.sessionTask.status === TaskStatus.ERROR ? this.sessionTask : this.listTask;
    const status = this.sessionTask.status === TaskStatus.ERROR ? TaskStatus.ERROR : this.listTask.status;
    // Until the view has loaded: the skeleton, or the failure (a view that cannot load) with Retry.
    if (this.view && session) return this.view.render(session, status, failed.error);
    return status === TaskStatus.ERROR ? this.renderError(failed.error, () => this.reload()) : this.renderSkeleton(6);
  }
}
