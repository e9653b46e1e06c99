import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { AlertController } from '../../controllers/alert-controller.js';
import { TaskLifecycle } from '../../controllers/task-lifecycle.js';
import { ExportController } from '../../controllers/export-controller.js';
import { IntentController } from '../../controllers/intent-controller.js';
import { PageOverlay } from '../../controllers/page-overlay.js';
import { PagingController } from '../../controllers/paging-controller.js';
import { renderPager } from '../shared/pager.js';
import {
  loadSellerCentral,
  needsSellerCentral,
  sellerCentralModule,
  type SellerCentralModule,
} from '../../controllers/seller-central-links.js';
import { FeedbackElement } from './feedback-element.js';
import type { FeedbackRemovalDialog } from './feedback-removal-dialog.js';
import { sessionFor } from '../../data/session.js';
import { loadCode } from '../../data/lazy-adapter.js';
import type { Feedback, FeedbackSort, Page, Permission } from '../../data/models.js';
import { renderSummaryBody } from './feedback-summary.js';
import { renderToolbar } from './feedback-toolbar.js';
import { nextSort } from './feedback-format.js';
import { actionModes, renderHead, renderRow, type RowView } from './feedback-row.js';
import {
  FeedbackFilterChangeEvent,
  FeedbackReportDownloadEvent,
  type FeedbackFilter,
  type FeedbackRemovalRequestedEvent,
} from './feedback-table.events.js';
import { styles } from './feedback-table.styles.js';
import {
  loadRemovalDialog,
  loadReplies,
  repliesModule,
  type Dialog,
  type RepliesModule,
} from './feedback-table.loaders.js';
import type { FeedbackReplies } from './feedback-replies.js';

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
export class FeedbackTable extends FeedbackElement {
  static override styles = [...FeedbackElement.styles, styles];

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

  /** @internal Entries changed by a mutation since the page loaded (an overlay over the list task's page). */
  private edits = new PageOverlay<Feedback>(this, () => this.listTask.value);
  /** @internal */
  @state() private revealed = new Set<string>();
  /** @internal The public replies (composers, linter, confirm dialog), once their chunk has loaded. */
  @state() private replies?: FeedbackReplies;
  /** The replies' code fetched ahead (the user may edit); `updateComplete` waits for it (KitElement's `pending`). */
  private repliesLoad?: Promise<unknown>;
  /**
   * Requests by intent (`post:<id>`, `remove-reply:<id>`), their idempotency keys and the live announcements; a
   * failure that can no longer be shown in its dialog is kept under the plain feedback id and shown on the row.
   */
  private intents = new IntentController(this);
  /** The page offset; back to the first page when the filter, sort or page size changes. Before the list task. */
  private paging: PagingController = new PagingController(this, {
    pageSize: () => this.pageSize,
    // A new client account (SPEC §8) starts on its first page too.
    resetOn: () => [this.filter, this.sort, this.pageSize, this.env?.account],
    settled: (): Promise<unknown> => this.listTask.taskComplete,
  });
  /** The report download: one at a time, with progress; aborted when the table leaves the page. */
  private exporter = new ExportController(this, (signal, progress) => this.download(signal, progress));

  private sessionTask = new Task(this, {
    task: ([adapter], { signal }) => (adapter ? sessionFor(adapter, signal) : initialState),
    args: () => [this.kitAdapter] as const,
  });

  private get permission(): Permission | undefined {
    return this.sessionTask.status === TaskStatus.COMPLETE ? this.sessionTask.value?.permissions.feedback : undefined;
  }

  private summaryTask = new Task(this, {
    task: ([adapter, perm], { signal }) =>
      adapter && perm && perm !== 'none' ? adapter.getFeedbackSummary({ signal }) : initialState,
    args: () => [this.kitAdapter, this.permission] as const,
  });

  /** The page of feedback: returned, never written back; confirmed changes live in `edits` over it. */
  private listTask = new Task(this, {
    task: ([adapter, perm, filter, sort, offset, limit], { signal }): Promise<Page<Feedback>> | typeof initialState =>
      adapter && perm && perm !== 'none'
        ? Promise.all([
            adapter.listFeedback({ category: filter === 'all' ? undefined : filter, sort, offset, limit }, { signal }),
            // Seller Central links ('manual' actions): their code loads with the page, so they show with it.
            needsSellerCentral(actionModes(adapter)) ? loadCode(this.loadSellerCentral()) : null,
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
              this.listTask.value?.items.map((f) => this.row(f.id) ?? f),
              this.summaryTask.value,
            )
        : null,
    () => this.now(),
  );

  private get canEdit(): boolean {
    return this.permission === 'edit';
  }

  private row(id: string): Feedback | undefined {
    return this.edits.get(id) ?? this.listTask.value?.items.find((f) => f.id === id);
  }

  // ---- render ---------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const adapter = this.kitAdapter;
    if (!adapter) return this.renderConfigError();
    return this.sessionTask.render({
      initial: () => this.renderSkeleton(6),
      pending: () => this.renderSkeleton(6),
      error: (e) => this.renderError(e, () => void this.sessionTask.run()),
      complete: (session) =>
        session.permissions.feedback === 'none'
          ? this.renderNoPermission('feedback', 'alert')
          : html`${this.alerts.render(this.i18n)} ${this.renderSummary()} ${this.renderRecent()}
              ${this.replies?.renderDialog() ?? nothing}
              <feedback-removal-dialog @feedback-removal-requested=${this.onRemovalRequested}></feedback-removal-dialog>
              ${this.intents.renderAnnouncer()}`,
    });
  }

  private renderSummary(): TemplateResult {
    const busy = this.summaryTask.status === TaskStatus.PENDING;
    return html`<section class="summary" part="summary" aria-labelledby="rating-title" aria-busy=${busy}>
      <h2 id="rating-title">${this.t('feedback.rating.title')}</h2>
      ${this.summaryTask.render({
        pending: () => this.renderSkeleton(3),
        error: (e) => this.renderError(e, () => void this.summaryTask.run()),
        complete: (s) => renderSummaryBody(s, this.i18n),
      })}
    </section>`;
  }

  private renderRecent(): TemplateResult {
    const page = this.listTask.value;
    const pending = this.listTask.status === TaskStatus.PENDING;
    let body: TemplateResult;
    if (this.listTask.status === TaskStatus.ERROR) {
      body = this.renderError(this.listTask.error, () => void this.listTask.run());
    } else if (!page) {
      body = this.renderSkeleton(8);
    } else if (!page.items.length) {
      body = html`<div class="state empty" part="empty">
        <p class="state-title">${this.t(this.filter === 'all' ? 'feedback.empty' : 'feedback.empty-filter')}</p>
      </div>`;
    } else {
      body = this.renderTable(page);
    }
    return html`<section class="recent" aria-labelledby="recent-title" aria-busy=${pending}>
      <h2 id="recent-title">${this.t('feedback.recent.title')}</h2>
      ${
        this.writesAreLocal
          ? html`<p class="note local-writes" role="note">
              <span aria-hidden="true">ℹ </span>${this.t('feedback.local.note')}
            </p>`
          : nothing
      }
      ${renderToolbar({
        i18n: this.i18n,
        filter: this.filter,
        change: (f) => this.changeFilter(f),
        canDownload: !!page?.total,
        download: () => void this.exporter.start(),
        progress: this.exporter.progress,
        error: this.exporter.error ? this.errorMessage(this.exporter.error) : undefined,
      })}
      ${body}
    </section>`;
  }

  private renderTable(page: Page<Feedback>): TemplateResult {
    const from = page.offset + 1;
    const to = page.offset + page.items.length;
    return html`<div class="table-wrap">
        <table class="feedback" part="table">
          <caption class="visually-hidden">
            ${this.t('feedback.recent.title')}
          </caption>
          ${renderHead(
            this.sort,
            (key) => this.t(key),
            (c) => (this.sort = nextSort(this.sort, c)),
          )}
          <tbody>
            ${page.items.map((f) => {
              const row = this.edits.get(f.id) ?? f;
              return renderRow(row, this.rowView(row));
            })}
          </tbody>
        </table>
      </div>
      ${renderPager({
        i18n: this.i18n,
        // From the page shown (not the one loading): the status changes with the rows.
        range: { from, to, total: page.total, first: page.offset <= 0, last: to >= page.total },
        previous: (e) => void this.paging.go(-1, e),
        next: (e) => void this.paging.go(1, e),
      })}`;
  }

  /** What row `f` shows and does (see feedback-row.ts). */
  private rowView(f: Feedback): RowView {
    return {
      i18n: this.i18n,
      now: this.now(),
      canEdit: this.canEdit,
      revealed: this.revealed.has(f.id),
      composer: this.replies?.renderComposer(f) ?? nothing,
      error: this.intents.hasError(f.id) ? this.errorMessage(this.intents.error(f.id)) : undefined,
      fbaMessage: this.fbaMessage(f),
      toggleEmail: () => {
        const next = new Set(this.revealed);
        if (!next.delete(f.id)) next.add(f.id);
        this.revealed = next;
      },
      reply: () => void this.openComposer(f.id),
      removeReply: (e) => void this.openDialog(e, { kind: 'remove-reply', id: f.id, feedback: f }),
      requestRemoval: (e) => void this.openRemoval(e, f),
      modes: actionModes(this.kitAdapter),
      sellerCentralLink: (action, label, newTab, describedBy) =>
        sellerCentralModule()?.renderManualLink({
          adapter: this.kitAdapter,
          action,
          marketplaceId: this.sessionTask.value?.marketplaceId,
          targetId: f.id,
          label,
          newTab,
          describedBy,
        }) ?? nothing,
      askBuyer: (e) => void this.openDialog(e, { kind: 'ask-buyer', id: f.id, feedback: f }),
    };
  }

  // ---- actions --------------------------------------------------------------------------------------------

  private changeFilter(f: FeedbackFilter): void {
    if (f === this.filter) return;
    this.filter = f;
    this.emit(new FeedbackFilterChangeEvent(f));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A 'manual' action known only after the page loaded: the links' code loads now, then they show.
    if (
      this.listTask.status === TaskStatus.COMPLETE &&
      !sellerCentralModule() &&
      needsSellerCentral(actionModes(this.kitAdapter))
    )
      void this.pending(
        this.loadSellerCentral().then(
          () => this.requestUpdate(),
          () => undefined,
        ),
      );
    // The user may edit: the replies' code is fetched now (once a page; a failure waits for the first use).
    if (this.canEdit && !this.replies) {
      const m = repliesModule();
      if (m) this.useReplies(m);
      else
        this.repliesLoad ??= this.pending(
          loadReplies().then(
            (m) => this.useReplies(m),
            () => undefined,
          ),
        );
    }
  }

  private useReplies(m: RepliesModule): FeedbackReplies {
    return (this.replies ??= new m.FeedbackReplies(this, {
      i18n: this.i18n,
      intents: this.intents,
      adapter: () => this.kitAdapter,
      row: (id) => this.row(id),
      edited: (f) => this.edits.edit(f),
      focusAction: (id, action) => this.focusAction(id, action),
      outcome: (key, local) => this.outcome(key, local),
      errorMessage: (e) => this.errorMessage(e),
      renderError: (e, retry) => this.renderError(e, retry),
      emit: (e) => this.emit(e),
    }));
  }

  /** The replies, loaded; or their load failed and the failure shows on row `id` (undefined). */
  private loadReplies(id: string): Promise<FeedbackReplies | undefined> {
    if (this.replies) return Promise.resolve(this.replies);
    return loadCode(loadReplies()).then(
      (m) => this.useReplies(m),
      (e: unknown) => (this.intents.fail(id, e), undefined),
    );
  }

  /**
   * Opens a reply composer (the linter loads then). `updateComplete` waits for the replies' code (`pending`), not
   * for the opening itself, which awaits `updateComplete`.
   */
  private openComposer(id: string): Promise<void> {
    this.intents.clear(id);
    return this.pending(this.loadReplies(id)).then((r) => r?.openComposer(id));
  }

  private focusAction(id: string, action: string): void {
    void this.updateComplete.then(() => {
      const row = this.renderRoot.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
      const target =
        row?.querySelector<HTMLElement>(`[data-action="${action}"]`) ??
        row?.querySelector<HTMLElement>('.actions button') ??
        row?.querySelector<HTMLElement>('button');
      target?.focus();
    });
  }

  /** The Seller Central links' code (tests: a chunk that cannot load). @internal */
  protected loadSellerCentral(): Promise<SellerCentralModule> {
    return loadSellerCentral();
  }

  /** The removal detectors (src/policy/removal.ts), loaded with the first "Request removal". @internal */
  protected loadRemovalCandidates(): Promise<typeof import('../../policy/removal-candidates.js')> {
    return import('../../policy/removal-candidates.js');
  }

  private openDialog(e: Event, d: Dialog): Promise<void> {
    const trigger = e.currentTarget as HTMLElement;
    this.intents.clear(d.id);
    return this.pending(this.loadReplies(d.id)).then((r) => r?.openDialog(trigger, d));
  }

  /** "Request removal": loads the removal dialog and suggestions, then opens it (failures show on the row). */
  private async openRemoval(e: Event, f: Feedback): Promise<void> {
    const trigger = e.currentTarget as HTMLElement;
    this.intents.clear(f.id);
    const [defined, detectors] = await Promise.allSettled([
      loadCode(loadRemovalDialog()),
      loadCode(this.loadRemovalCandidates()),
    ]);
    const dialog = this.renderRoot.querySelector<FeedbackRemovalDialog>('feedback-removal-dialog');
    await dialog?.updateComplete;
    if (defined.status === 'rejected' || detectors.status === 'rejected') {
      const failed = defined.status === 'rejected' ? defined : (detectors as PromiseRejectedResult);
      this.intents.fail(f.id, failed.reason);
      return;
    }
    // Another dialog opened while the suggestions loaded: it keeps the screen (one modal at a time).
    if (!dialog || this.replies?.modal.isOpen || dialog.isOpen) return;
    const outcome = await dialog.show(f, detectors.value.removalCandidates(f), trigger);
    if (outcome.error) this.intents.fail(f.id, outcome.error);
    // The row lost its "Request removal" button: focus goes to the row's first action.
    if (outcome.requested) this.focusAction(f.id, 'reply');
  }

  /** A removal request went through (from the removal dialog): the entry changes, the summary may too. */
  private onRemovalRequested = (e: FeedbackRemovalRequestedEvent): void => {
    const f = e.feedback;
    this.edits.edit(f);
    this.intents.announce(
      this.outcome(`feedback.removal.outcome.${f.removal?.status ?? 'requested'}`, 'feedback.local.removal'),
    );
    if (f.removal && f.removal.status !== 'requested') void this.summaryTask.run();
  };

  /** Collects every row of the current filter and sort (with the confirmed edits), then offers the report. */
  private async download(signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<void> {
    const adapter = this.kitAdapter;
    const session = this.sessionTask.value;
    if (!adapter || !session) return;
    // The collection, the report writer and the download load on first use (a failed load is a failed export).
    const { buildFeedbackReport } = await import('./feedback-download.js');
    const category = this.filter === 'all' ? undefined : this.filter;
    const query = { category, sort: this.sort };
    const r = await buildFeedbackReport(adapter, query, session, this.edits.changed(), this.now(), {
      signal,
      onProgress,
    });
    if (this.emit(new FeedbackReportDownloadEvent(r.text, r.filename, r.count))) r.save(this.renderRoot);
    this.intents.announce(this.t('feedback.download.done', { count: r.count }));
  }
}
