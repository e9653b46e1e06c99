/**
 * `<feedback-table>`'s loaded table: the summary, the toolbar (filters, download), the rows with their replies,
 * removal requests and Seller Central links, the pager, the dialogs and the announcements, with the English strings
 * they need. Loaded with the first data, in parallel with the first request: nothing of it is drawn before (the
 * loading, error and configuration states are the element's own, from `KitElement` and common.ts). Other locales
 * load whole, as always.
 * @internal
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import type { LocalizeController } from '../../base/localize.js';
import type { AlertController } from '../../controllers/alert-controller.js';
import { ExportController } from '../../controllers/export-controller.js';
import { IntentController } from '../../controllers/intent-controller.js';
import { PageOverlay } from '../../controllers/page-overlay.js';
import type { PagingController } from '../../controllers/paging-controller.js';
import {
  needsSellerCentral,
  sellerCentralModule,
  type SellerCentralModule,
} from '../../controllers/seller-central-links.js';
import { loadCode } from '../../data/load-code.js';
import type { Feedback, FeedbackSort, FeedbackSummary, Page, SellerKitAdapter, Session } from '../../data/models.js';
import { addEnglish, type Params } from '../../i18n/index.js';
import feedbackEn from '../../i18n/en/feedback.js';
import policyEn from '../../i18n/en/policy.js';
import sellerCentralEn from '../../i18n/en/seller-central.js';
import { renderPager } from '../shared/pager.js';
import { nextSort } from './feedback-format.js';
import type { FeedbackRemovalDialog } from './feedback-removal-dialog.js';
import type { FeedbackReplies } from './feedback-replies.js';
import { actionModes, renderHead, renderRow, type RowView } from './feedback-row.js';
import { renderSummaryBody } from './feedback-summary.js';
import {
  FeedbackFilterChangeEvent,
  FeedbackReportDownloadEvent,
  type FeedbackFilter,
  type FeedbackRemovalRequestedEvent,
} from './feedback-table.events.js';
import { loadRemovalDialog, loadReplies, type Dialog, type RepliesModule } from './feedback-table.loaders.js';
import { fbaMessage, feedbackReason, outcomeText, writesAreLocal } from './feedback-text.js';
import { renderToolbar } from './feedback-toolbar.js';

export { feedbackReason };

/** Adds the table's English strings (the fallback of every locale). */
export function registerFeedbackStrings(): void {
  addEnglish(feedbackEn, policyEn, sellerCentralEn);
}

/** Whether the adapter offers an action as a Seller Central link (its code then loads with the page). */
export const needsLinks = (adapter: SellerKitAdapter | null): boolean => needsSellerCentral(actionModes(adapter));

/** The element itself, as far as the view uses its public side. */
type Element = ReactiveControllerHost &
  HTMLElement & { filter: FeedbackFilter; sort: FeedbackSort; readonly renderRoot: HTMLElement | DocumentFragment };

/** A task of the element, as the view reads it. */
type TaskOf<R> = Pick<Task<readonly unknown[], R>, 'status' | 'value' | 'error' | 'run' | 'render'>;

/** What the view reads from its element (its protected side, and its tasks and controllers). */
export interface TableHost {
  readonly el: Element;
  readonly i18n: LocalizeController;
  readonly session: TaskOf<Session>;
  readonly summary: TaskOf<FeedbackSummary>;
  readonly list: TaskOf<Page<Feedback>>;
  readonly paging: PagingController;
  readonly alerts: AlertController;
  adapter(): SellerKitAdapter | null;
  now(): Date;
  t(key: string, params?: Params): string;
  errorMessage(e: unknown): string;
  renderError(e: unknown, retry?: () => void): TemplateResult;
  renderSkeleton(lines: number): TemplateResult;
  emit(e: Event): boolean;
  pending<T>(p: Promise<T>): Promise<T>;
  /** The Seller Central links' code (the element's, so tests can replace it). */
  loadSellerCentral(): Promise<SellerCentralModule>;
  /** The removal detectors (the element's, so tests can replace it). */
  loadRemovalCandidates(): Promise<typeof import('../../policy/removal-candidates.js')>;
}

/** Renders the loaded table for its element and does what its controls do. */
export class FeedbackTableView {
  /** Entries changed by a mutation since the page loaded (an overlay over the list task's page). */
  private readonly edits: PageOverlay<Feedback>;
  /** Rows whose rater email is shown unmasked. */
  private revealed = new Set<string>();
  /** The public replies (composers, linter, confirm dialog), once their chunk has loaded. */
  private replies?: FeedbackReplies;
  /** The replies' code fetched ahead (the user may edit); `updateComplete` waits for it (KitElement's `pending`). */
  private repliesLoad?: Promise<unknown>;
  /**
   * Requests by intent (`post:<id>`, `remove-reply:<id>`), their idempotency keys and the live announcements; a
   * failure that can no longer be shown in its dialog is kept under the plain feedback id and shown on the row.
   */
  private readonly intents: IntentController;
  /** The report download: one at a time, with progress; aborted when the table leaves the page. */
  private readonly exporter: ExportController;

  constructor(private readonly h: TableHost) {
    this.edits = new PageOverlay<Feedback>(h.el, () => h.list.value);
    this.intents = new IntentController(h.el);
    this.exporter = new ExportController(h.el, (signal, progress) => this.download(signal, progress));
  }

  private t(key: string, params?: Params): string {
    return this.h.t(key, params);
  }

  private get adapter(): SellerKitAdapter | null {
    return this.h.adapter();
  }

  private get canEdit(): boolean {
    const s = this.h.session;
    return s.status === TaskStatus.COMPLETE && s.value?.permissions.feedback === 'edit';
  }

  /** True for an adapter whose writes stay in this browser (the report adapter): Amazon is not told. */
  private get writesAreLocal(): boolean {
    return writesAreLocal(this.adapter);
  }

  /** The text of an outcome: the "kept in this browser only" variant `local` for a local adapter. */
  private outcome(key: string, local: string): string {
    return outcomeText((k) => this.t(k), this.adapter, key, local);
  }

  /** The latest copy of an entry: its confirmed change, else the page's. */
  row(id: string): Feedback | undefined {
    return this.edits.get(id) ?? this.h.list.value?.items.find((f) => f.id === id);
  }

  // ---- render ---------------------------------------------------------------------------------------------

  /** The table once the session allows it: alerts, summary, recent feedback, dialogs, announcements. */
  render(): TemplateResult {
    return html`${this.h.alerts.render(this.h.i18n)} ${this.renderSummary()} ${this.renderRecent()}
      ${this.replies?.renderDialog() ?? nothing}
      <feedback-removal-dialog @feedback-removal-requested=${this.onRemovalRequested}></feedback-removal-dialog>
      ${this.intents.renderAnnouncer()}`;
  }

  private renderSummary(): TemplateResult {
    const task = this.h.summary;
    const busy = task.status === TaskStatus.PENDING;
    return html`<section class="summary" part="summary" aria-labelledby="rating-title" aria-busy=${busy}>
      <h2 id="rating-title">${this.t('feedback.rating.title')}</h2>
      ${task.render({
        pending: () => this.h.renderSkeleton(3),
        error: (e) => this.h.renderError(e, () => void task.run()),
        complete: (s) => renderSummaryBody(s, this.h.i18n),
      })}
    </section>`;
  }

  private renderRecent(): TemplateResult {
    const task = this.h.list;
    const page = task.value;
    const pending = task.status === TaskStatus.PENDING;
    let body: TemplateResult;
    if (task.status === TaskStatus.ERROR) {
      body = this.h.renderError(task.error, () => void task.run());
    } else if (!page) {
      body = this.h.renderSkeleton(8);
    } else if (!page.items.length) {
      body = html`<div class="state empty" part="empty">
        <p class="state-title">${this.t(this.h.el.filter === 'all' ? 'feedback.empty' : 'feedback.empty-filter')}</p>
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
        i18n: this.h.i18n,
        filter: this.h.el.filter,
        change: (f) => this.changeFilter(f),
        canDownload: !!page?.total,
        download: () => void this.exporter.start(),
        progress: this.exporter.progress,
        error: this.exporter.error ? this.h.errorMessage(this.exporter.error) : undefined,
      })}
      ${body}
    </section>`;
  }

  private renderTable(page: Page<Feedback>): TemplateResult {
    const from = page.offset + 1;
    const to = page.offset + page.items.length;
    const el = this.h.el;
    return html`<div class="table-wrap">
        <table class="feedback" part="table">
          <caption class="visually-hidden">
            ${this.t('feedback.recent.title')}
          </caption>
          ${renderHead(
            el.sort,
            (key) => this.t(key),
            (c) => (el.sort = nextSort(el.sort, c)),
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
        i18n: this.h.i18n,
        // From the page shown (not the one loading): the status changes with the rows.
        range: { from, to, total: page.total, first: page.offset <= 0, last: to >= page.total },
        previous: (e) => void this.h.paging.go(-1, e),
        next: (e) => void this.h.paging.go(1, e),
      })}`;
  }

  /** What row `f` shows and does (see feedback-row.ts). */
  private rowView(f: Feedback): RowView {
    return {
      i18n: this.h.i18n,
      now: this.h.now(),
      canEdit: this.canEdit,
      revealed: this.revealed.has(f.id),
      composer: this.replies?.renderComposer(f) ?? nothing,
      error: this.intents.hasError(f.id) ? this.h.errorMessage(this.intents.error(f.id)) : undefined,
      fbaMessage: fbaMessage((k) => this.t(k), f),
      toggleEmail: () => {
        const next = new Set(this.revealed);
        if (!next.delete(f.id)) next.add(f.id);
        this.revealed = next;
        this.h.el.requestUpdate();
      },
      reply: () => void this.openComposer(f.id),
      removeReply: (e) => void this.openDialog(e, { kind: 'remove-reply', id: f.id, feedback: f }),
      requestRemoval: (e) => void this.openRemoval(e, f),
      modes: actionModes(this.adapter),
      sellerCentralLink: (action, label, newTab, describedBy) =>
        sellerCentralModule()?.renderManualLink({
          adapter: this.adapter,
          action,
          marketplaceId: this.h.session.value?.marketplaceId,
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
    const el = this.h.el;
    if (f === el.filter) return;
    el.filter = f;
    this.h.emit(new FeedbackFilterChangeEvent(f));
  }

  /** Before each render of the element: the code the loaded page needs (Seller Central links, the replies). */
  willUpdate(): void {
    // A 'manual' action known only after the page loaded: the links' code loads now, then they show.
    if (this.h.list.status === TaskStatus.COMPLETE && !sellerCentralModule() && needsLinks(this.adapter))
      void this.h.pending(
        this.h.loadSellerCentral().then(
          () => this.h.el.requestUpdate(),
          () => undefined,
        ),
      );
    // The user may edit: the replies' code is fetched now (once a page; a failure waits for the first use).
    if (this.canEdit && !this.replies) {
      const m = loadReplies.value;
      if (m) this.useReplies(m);
      else
        this.repliesLoad ??= this.h.pending(
          loadReplies().then(
            (m) => this.useReplies(m),
            () => undefined,
          ),
        );
    }
  }

  private useReplies(m: RepliesModule): FeedbackReplies {
    if (this.replies) return this.replies;
    const h = this.h;
    this.replies = new m.FeedbackReplies(h.el, {
      i18n: h.i18n,
      intents: this.intents,
      adapter: () => h.adapter(),
      row: (id) => this.row(id),
      edited: (f) => this.edits.edit(f),
      focusAction: (id, action) => this.focusAction(id, action),
      outcome: (key, local) => this.outcome(key, local),
      errorMessage: (e) => h.errorMessage(e),
      renderError: (e, retry) => h.renderError(e, retry),
      emit: (e) => h.emit(e),
    });
    h.el.requestUpdate();
    return this.replies;
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
    return this.h.pending(this.loadReplies(id)).then((r) => r?.openComposer(id));
  }

  private focusAction(id: string, action: string): void {
    const el = this.h.el;
    void el.updateComplete.then(() => {
      const row = el.renderRoot.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
      const target =
        row?.querySelector<HTMLElement>(`[data-action="${action}"]`) ??
        row?.querySelector<HTMLElement>('.actions button') ??
        row?.querySelector<HTMLElement>('button');
      target?.focus();
    });
  }

  private openDialog(e: Event, d: Dialog): Promise<void> {
    const trigger = e.currentTarget as HTMLElement;
    this.intents.clear(d.id);
    return this.h.pending(this.loadReplies(d.id)).then((r) => r?.openDialog(trigger, d));
  }

  /** "Request removal": loads the removal dialog and suggestions, then opens it (failures show on the row). */
  private async openRemoval(e: Event, f: Feedback): Promise<void> {
    const trigger = e.currentTarget as HTMLElement;
    this.intents.clear(f.id);
    const [defined, detectors] = await Promise.allSettled([
      loadCode(loadRemovalDialog()),
      loadCode(this.h.loadRemovalCandidates()),
    ]);
    const dialog = this.h.el.renderRoot.querySelector<FeedbackRemovalDialog>('feedback-removal-dialog');
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
    if (f.removal && f.removal.status !== 'requested') void this.h.summary.run();
  };

  /** Collects every row of the current filter and sort (with the confirmed edits), then offers the report. */
  private async download(signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<void> {
    const adapter = this.adapter;
    const session = this.h.session.value;
    if (!adapter || !session) return;
    // The collection, the report writer and the download load on first use (a failed load is a failed export).
    const { buildFeedbackReport } = await import('./feedback-download.js');
    const el = this.h.el;
    const category = el.filter === 'all' ? undefined : el.filter;
    const query = { category, sort: el.sort };
    const r = await buildFeedbackReport(adapter, query, session, this.edits.changed(), this.h.now(), {
      signal,
      onProgress,
    });
    if (this.h.emit(new FeedbackReportDownloadEvent(r.text, r.filename, r.count))) r.save(el.renderRoot);
    this.intents.announce(this.t('feedback.download.done', { count: r.count }));
  }
}
