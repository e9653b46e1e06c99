import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import { AlertController } from '../../controllers/alert-controller.js';
import { TaskLifecycle } from '../../controllers/task-lifecycle.js';
import { PagingController } from '../../controllers/paging-controller.js';
import { loadSellerCentral, type SellerCentralModule } from '../../controllers/seller-central-links.js';
import { sessionFor } from '../../data/session.js';
import { lazyCode, loadCode } from '../../data/load-code.js';
import type { Feedback, FeedbackSort, Page, Permission } from '../../data/models.js';
import type { FeedbackFilter } from './feedback-table.events.js';
import type { FeedbackTableView } from './feedback-table.view.js';
import { styles } from './feedback-table.styles.js';

/**
 * The loaded table (summary, toolbar, rows, replies' entry points, removal requests, download, pager) and its
 * English strings (`feedback-table.view.ts`) load with the first data, in parallel with the session request: once
 * per page, again after a failed load (the session task then fails with a `network` error: message and Retry).
 */
const viewModule = lazyCode(
  () => import('./feedback-table.view.js'),
  (m) => (m.registerFeedbackStrings(), m),
);

export type FeedbackViewModule = typeof import('./feedback-table.view.js');

/**
 * Amazon's Feedback Manager: the feedback rating, the 30 / 90 / 365 days / lifetime summary and a paged table
 * of recent feedback with public replies (posted once, removable, never edited), removal requests within the
 * window, and a download in Amazon's own tab-separated report format.
 *
 * @summary Seller feedback: rating, summary, recent feedback, replies, removal requests, report download.
 * @tag feedback-table
 * @csspart summary - The rating and the summary table.
 * @csspart table - The recent feedback table.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 * @csspart config-error - Shown when no adapter is in reach.
 * @cssprop --srk-feedback-negative-bg - Background of 1–2 star rows (default: a light tint of the danger colour).
 * @fires {KitAlertEvent} kit-alert - An alert from the loaded feedback (1–2★ unanswered after 24 h; a fall of the
 *   feedback rating), once per alert id per page (detail `{alert}`).
 * @fires {FeedbackFilterChangeEvent} feedback-filter-change - The user changed the rating filter.
 * @fires {FeedbackReplyPostedEvent} feedback-reply-posted - A public reply was posted.
 * @fires {FeedbackReplyRemovedEvent} feedback-reply-removed - A public reply was removed.
 * @fires {FeedbackRemovalRequestedEvent} feedback-removal-requested - A removal request was submitted.
 * @fires {FeedbackReportDownloadEvent} feedback-report-download - A report was built (cancelable: prevents the download).
 */
export class FeedbackTable extends KitElement {
  static override styles = [...KitElement.styles, styles];

  /** @internal The rating filter and the sort are kept per client account (SPEC §8). */
  protected static override accountState: readonly string[] = ['filter', 'sort'];

  /** Rating filter: `all`, `positive`, `neutral` or `negative`. */
  @property({ reflect: true })
  filter: FeedbackFilter = 'all';

  /**
   * Sort order of the feedback table. Default `attention` ("Needs attention"): 1–3 star feedback with no reply and no
   * removal request first, newest first; the column headers sort by date, rating or order id.
   */
  @property()
  sort: FeedbackSort = 'attention';

  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 25;

  /** @internal The loaded table (made once its code has loaded, beside the first requests), and its module. */
  private view?: FeedbackTableView;
  private table?: FeedbackViewModule;
  /** @internal This element's load of the table's code: one outcome for every task that needs it, until Retry. */
  private tableLoad?: Promise<FeedbackViewModule>;

  /** The page offset; back to the first page when the filter, sort or page size changes. Before the list task. */
  private paging: PagingController = new PagingController(this, {
    pageSize: () => this.pageSize,
    // A new client account (SPEC §8) starts on its first page too.
    resetOn: () => [this.filter, this.sort, this.pageSize, this.env?.account],
    settled: (): Promise<unknown> => this.listTask.taskComplete,
  });

  /**
   * The session. The table's code and strings start loading beside it and are awaited beside the summary's and the
   * list's requests (`loadTable`), so no request waits for the code; only "No access", worded by the table's
   * strings, waits for them here.
   */
  private sessionTask = new Task(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      this.loadTable().catch(() => undefined); // awaited by the tasks that need it, which report a failure
      const session = await sessionFor(adapter, signal);
      if (session.permissions.feedback === 'none') await this.loadTable();
      return session;
    },
    args: () => [this.kitAdapter] as const,
  });

  private get permission(): Permission | undefined {
    return this.sessionTask.status === TaskStatus.COMPLETE ? this.sessionTask.value?.permissions.feedback : undefined;
  }

  private summaryTask = new Task(this, {
    task: ([adapter, perm], { signal }) =>
      adapter && perm && perm !== 'none'
        ? Promise.all([adapter.getFeedbackSummary({ signal }), this.loadTable()]).then(([summary]) => summary)
        : initialState,
    args: () => [this.kitAdapter, this.permission] as const,
  });

  /** The page of feedback: returned, never written back; confirmed changes live in the view's overlay over it. */
  private listTask = new Task(this, {
    task: ([adapter, perm, filter, sort, offset, limit], { signal }): Promise<Page<Feedback>> | typeof initialState =>
      adapter && perm && perm !== 'none'
        ? Promise.all([
            adapter.listFeedback({ category: filter === 'all' ? undefined : filter, sort, offset, limit }, { signal }),
            // The table's code; then the Seller Central links' ('manual' actions), so they show with the page.
            this.loadTable().then((m) => (m.needsLinks(adapter) ? loadCode(this.loadSellerCentral()) : null)),
          ]).then(([page]) => page)
        : initialState,
    args: () => [this.kitAdapter, this.permission, this.filter, this.sort, this.paging.offset, this.pageSize] as const,
  });

  /** @internal Aborts the requests when the table leaves the page; loads again when it comes back. */
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.sessionTask, this.summaryTask, this.listTask]);

  /** SPEC §8 alerts of the loaded page and summary: `kit-alert` once per id, the badge above the summary. */
  private alerts = new AlertController(
    this,
    // Built by the alert code once loaded (it remembers the rating): not part of the first load.
    () =>
      this.listTask.value || this.summaryTask.value
        ? (m) =>
            m.feedbackAlertInput(
              this.env?.account,
              this.listTask.value?.items.map((f) => this.view?.row(f.id) ?? f),
              this.summaryTask.value,
            )
        : null,
    () => this.now(),
  );

  /**
   * The table's code for this element (`updateComplete` waits for it): started with the session, awaited by the
   * tasks; a failure stays this element's outcome (each task shows the same error) until Retry (`retryTable`).
   */
  private loadTable(): Promise<FeedbackViewModule> {
    return (this.tableLoad ??= this.pending(loadCode(this.loadView())).then((m) => (this.useView(m), m)));
  }

  /** Retry after the table's code or a request failed: the code is asked for again (a loaded module is reused). */
  private retryTable(tasks: Task[]): void {
    this.tableLoad = undefined;
    for (const t of tasks) void t.run();
  }

  /** The view over this element, once its code has loaded. */
  private useView(m: FeedbackViewModule): void {
    this.table = m;
    this.view ??= new m.FeedbackTableView({
      el: this,
      i18n: this.i18n,
      session: this.sessionTask,
      summary: this.summaryTask,
      list: this.listTask,
      paging: this.paging,
      alerts: this.alerts,
      adapter: () => this.kitAdapter,
      now: () => this.now(),
      t: (key, params) => this.t(key, params),
      errorMessage: (e) => this.errorMessage(e),
      renderError: (e, retry) => this.renderError(e, retry),
      renderSkeleton: (lines) => this.renderSkeleton(lines),
      emit: (e) => this.emit(e),
      pending: (p) => this.pending(p),
      loadSellerCentral: () => this.loadSellerCentral(),
      loadRemovalCandidates: () => this.loadRemovalCandidates(),
    });
  }

  protected override render(): TemplateResult {
    if (!this.kitAdapter) return this.renderConfigError();
    return this.sessionTask.render({
      initial: () => this.renderSkeleton(6),
      pending: () => this.renderSkeleton(6),
      error: (e) => this.renderError(e, () => this.retryTable([this.sessionTask])),
      complete: (session) => {
        if (session.permissions.feedback === 'none') return this.renderNoPermission('feedback', 'alert');
        if (this.view) return this.view.render();
        // The table's code is still on its way, or it could not load (both requests report it).
        const failed = [this.summaryTask, this.listTask].find((t) => t.status === TaskStatus.ERROR);
        return failed
          ? this.renderError(failed.error, () => this.retryTable([this.summaryTask, this.listTask]))
          : this.renderSkeleton(6);
      },
    });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.view?.willUpdate();
  }

  /** A refusal's reason code in words: the feedback texts first (reply and removal codes), then the shared ones. */
  protected override reasonText(code: string): string {
    return this.table?.feedbackReason((k, p) => this.t(k, p), code) ?? super.reasonText(code);
  }

  /** @internal The table's code and strings, loaded with the first data (tests replace it to simulate a failure). */
  protected loadView(): Promise<FeedbackViewModule> {
    return viewModule();
  }

  /** The Seller Central links' code (tests: a chunk that cannot load). @internal */
  protected loadSellerCentral(): Promise<SellerCentralModule> {
    return loadSellerCentral();
  }

  /** The removal detectors (src/policy/removal.ts), loaded with the first "Request removal". @internal */
  protected loadRemovalCandidates(): Promise<typeof import('../../policy/removal-candidates.js')> {
    return import('../../policy/removal-candidates.js');
  }
}
