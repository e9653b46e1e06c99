import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import { TaskLifecycle } from '../../controllers/task-lifecycle.js';
import { PagingController } from '../../controllers/paging-controller.js';
import { ExportController } from '../../controllers/export-controller.js';
import { renderPager } from '../shared/pager.js';
import { sessionFor } from '../../data/session.js';
import { ERROR_CODES, SellerKitError, isSellerKitError, type SellerKitErrorCode } from '../../data/errors.js';
import { ACTIVITY_TYPES, type Activity, type ActivityType, type Page } from '../../data/models.js';
import activityLogStrings from '../../i18n/en/activity-log.js';
import { ActivityEvidenceDownloadEvent } from './activity-log.events.js';
import { styles } from './activity-log.styles.js';

const OUTCOME_ICON = { ok: '✓', refused: '⛔', failed: '⚠' } as const;

/**
 * The activity log of SPEC §8: who did what, when, on which review or feedback, and how it ended (done, refused
 * or failed, with the compliance check made at send time), from the adapter's `listActivity`. A type filter and a
 * date filter, paging, and **Download evidence**: a JSON evidence pack of every activity in the filter (all pages)
 * with its linter findings, the session, the kit version, the time it was made and a SHA-256 digest anyone can
 * check (`verifyEvidencePack`, and the recipe in README), plus a CSV of the same rows, safe against spreadsheet
 * formula injection. The download shows its progress and can be cancelled; a failure saves nothing and keeps the
 * filter, so it can be tried again. An adapter without `listActivity` gets a clear "keeps no activity log" state.
 * Activity text (what was sent) is shown as text, never as HTML.
 *
 * @summary The activity log: who did what, with the compliance check at the time; evidence download (JSON + CSV).
 * @tag activity-log
 * @csspart base - The wrapper around everything.
 * @csspart table - The activity table.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 * @csspart no-log - Shown when the data source keeps no activity log.
 * @csspart config-error - Shown when no adapter is in reach.
 * @fires {ActivityEvidenceDownloadEvent} activity-evidence-download - The evidence files were built (cancelable: prevents saving them).
 */
export class ActivityLog extends KitElement {
  static override strings = [...KitElement.strings, activityLogStrings];

  static override styles = [...KitElement.styles, styles];

  /** @internal The filters are kept per client account (SPEC §8). */
  protected static override accountState: readonly string[] = ['type', 'from', 'to'];

  /** Type filter: one activity type, or `''` for every type. */
  @property({ reflect: true })
  type: ActivityType | '' = '';

  /** Date filter, first day (ISO date `YYYY-MM-DD`, inclusive), or `''`. */
  @property()
  from = '';

  /** Date filter, last day (ISO date `YYYY-MM-DD`, inclusive), or `''`. */
  @property()
  to = '';

  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 25;

  /** @internal What the polite live region says (a finished or cancelled download). */
  @state() private announcement = '';

  /** The page offset: back to the first page when a filter or the page size changes. Before the list task. */
  private paging: PagingController = new PagingController(this, {
    pageSize: () => this.pageSize,
    resetOn: () => [this.type, this.from, this.to, this.pageSize, this.env?.account],
    settled: (): Promise<unknown> => this.listTask.taskComplete,
  });

  /** The evidence download: one at a time, with progress; aborted by Cancel or when the element leaves the page. */
  private exporter = new ExportController(this, (signal, progress) => this.download(signal, progress));

  private listTask = new Task(this, {
    task: ([adapter, type, from, to, offset, limit], { signal }): Promise<Page<Activity>> | typeof initialState =>
      adapter?.listActivity
        ? adapter.listActivity(
            {
              ...(type ? { types: [type] } : {}),
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
              offset,
              limit,
            },
            { signal },
          )
        : initialState,
    args: () => [this.kitAdapter, this.type, this.from, this.to, this.paging.offset, this.pageSize] as const,
  });

  /** @internal Aborts the request when the element leaves the page; loads again when it comes back. */
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.listTask]);

  override render(): TemplateResult {
    const adapter = this.kitAdapter;
    if (!adapter) return this.renderConfigError();
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title">${this.t('activity-log.title')}</h2>
      ${adapter.listActivity ? html`${this.renderToolbar()} ${this.renderBody()}` : this.renderNoLog()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderNoLog(): TemplateResult {
    return html`<div class="state no-log" part="no-log" role="status">
      <p class="state-title">${this.t('activity-log.no-log.title')}</p>
      <p>${this.t('activity-log.no-log.body')}</p>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const progress = this.exporter.progress;
    const total = this.listTask.value?.total ?? 0;
    const n = (v: number) => this.i18n.number(v);
    return html`<div class="toolbar">
      <label
        >${this.t('activity-log.filter.type')}
        <select @change=${(e: Event) => (this.type = (e.target as HTMLSelectElement).value as ActivityType | '')}>
          <option value="" ?selected=${this.type === ''}>${this.t('activity-log.filter.type.all')}</option>
          ${ACTIVITY_TYPES.map(
            (t) => html`<option value=${t} ?selected=${this.type === t}>${this.t(`activity-log.type.${t}`)}</option>`,
          )}
        </select>
      </label>
      <label
        >${this.t('activity-log.filter.from')}
        <input
          type="date"
          .value=${this.from}
          max=${this.to || nothing}
          @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)}
        />
      </label>
      <label
        >${this.t('activity-log.filter.to')}
        <input
          type="date"
          .value=${this.to}
          min=${this.from || nothing}
          @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)}
        />
      </label>
      <div class="download-area">
        <button
          type="button"
          class="download"
          ?disabled=${!total}
          aria-disabled=${progress ? 'true' : nothing}
          @click=${() => void this.startDownload()}
        >
          ${this.t('activity-log.download')}
        </button>
        ${
          progress
            ? html`<p class="progress" role="status">
                  ${this.t('activity-log.download.progress', {
                    done: n(progress.done),
                    total: progress.total === null ? '…' : n(progress.total),
                  })}
                </p>
                <button type="button" class="cancel" @click=${this.cancelDownload}>
                  ${this.t('activity-log.download.cancel')}
                </button>`
            : nothing
        }
      </div>
      ${
        this.exporter.error
          ? html`<p class="inline-error" role="alert">
              ${this.t('activity-log.download.failed')} ${this.errorMessage(this.exporter.error)}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderBody(): TemplateResult {
    return this.listTask.render({
      initial: () => this.renderSkeleton(6),
      pending: () => (this.listTask.value ? this.renderTable(this.listTask.value) : this.renderSkeleton(6)),
      // A backend without the log answers `GET /activity` with 404 (openapi.yaml): that is "no log", not a failure.
      error: (e) =>
        isSellerKitError(e) && e.code === 'not-found'
          ? this.renderNoLog()
          : this.renderError(e, () => void this.listTask.run()),
      complete: (page) =>
        page.items.length
          ? this.renderTable(page)
          : html`<div class="state empty" part="empty" role="status">
              <p class="state-title">
                ${this.t(this.type || this.from || this.to ? 'activity-log.empty-filter' : 'activity-log.empty')}
              </p>
            </div>`,
    });
  }

  private renderTable(page: Page<Activity>): TemplateResult {
    const to = page.offset + page.items.length;
    return html`<div class="table-wrap">
        <table part="table" aria-labelledby="title">
          <thead>
            <tr>
              <th scope="col">${this.t('activity-log.col.when')}</th>
              <th scope="col">${this.t('activity-log.col.who')}</th>
              <th scope="col">${this.t('activity-log.col.what')}</th>
              <th scope="col">${this.t('activity-log.col.item')}</th>
              <th scope="col">${this.t('activity-log.col.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.map((a) => this.renderRow(a))}
          </tbody>
        </table>
      </div>
      ${renderPager({
        i18n: this.i18n,
        label: this.t('activity-log.pager'),
        range: {
          from: Math.min(page.offset + 1, to),
          to,
          total: page.total,
          first: page.offset <= 0,
          last: to >= page.total,
        },
        previous: (e) => void this.paging.go(-1, e),
        next: (e) => void this.paging.go(1, e),
      })}`;
  }

  private renderRow(a: Activity): TemplateResult {
    const when = this.i18n.date(a.at, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<tr data-id=${a.id}>
      <td><time datetime=${a.at}>${when}</time></td>
      <td>${a.actor}</td>
      <td>
        ${this.has(`activity-log.type.${a.type}`) ? this.t(`activity-log.type.${a.type}`) : a.type}
        ${this.renderDetails(a)}
      </td>
      <td class="item">${a.targetId}</td>
      <td>
        <span class="outcome ${a.outcome}"
          ><span aria-hidden="true">${OUTCOME_ICON[a.outcome] ?? ''} </span>${this.tOr(
            `activity-log.outcome.${a.outcome}`,
            a.outcome,
          )}</span
        >
        ${a.error ? html`<span class="error-code">${this.errorText(a.error)}</span>` : nothing}
      </td>
    </tr>`;
  }

  /** What was sent and the compliance check at the time, behind a disclosure (a `<details>`). */
  private renderDetails(a: Activity): TemplateResult | typeof nothing {
    if (a.text === undefined && a.lint === undefined) return nothing;
    const lint = a.lint;
    const errors = lint?.filter((f) => f.severity === 'error').length ?? 0;
    const warnings = (lint?.length ?? 0) - errors;
    return html`<details>
      <summary>
        ${this.t('activity-log.details')}${
          lint ? html` (${this.t('activity-log.lint.count', { errors, warnings })})` : nothing
        }
      </summary>
      ${
        a.text === undefined
          ? nothing
          : html`<p class="sent-label">${this.t('activity-log.sent')}</p>
              <p class="sent">${a.text}</p>`
      }
      ${
        lint
          ? html`<p>${this.t('activity-log.lint.title')}</p>
              ${
                lint.length
                  ? html`<ul>
                      ${lint.map(
                        (f) =>
                          html`<li>
                            <strong
                              >${this.t(
                                f.severity === 'error' ? 'activity-log.lint.error' : 'activity-log.lint.warning',
                              )}:</strong
                            >
                            ${this.tOr(f.messageKey, f.message, f.params)}
                          </li>`,
                      )}
                    </ul>`
                  : html`<p>${this.t('activity-log.lint.clean')}</p>`
              }`
          : nothing
      }
    </details>`;
  }

  /** An error code of an activity in words (the kit's error messages by code), else the code. */
  private errorText(code: string): string {
    return (ERROR_CODES as readonly string[]).includes(code)
      ? this.errorMessage(new SellerKitError(code as SellerKitErrorCode, code))
      : code;
  }

  // ---- download -------------------------------------------------------------------------------------------

  private async startDownload(): Promise<void> {
    if (this.exporter.busy) return;
    this.announcement = '';
    await this.exporter.start();
  }

  private cancelDownload = (): void => {
    this.exporter.cancel();
    this.announcement = this.t('activity-log.download.cancelled');
    // The Cancel button goes away: focus goes to Download evidence, never to the page body.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.download')?.focus());
  };

  /** Collects every activity in the filter, builds the pack and the CSV, then offers both files. */
  private async download(signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<void> {
    const adapter = this.kitAdapter;
    if (!adapter?.listActivity) return;
    // The evidence code loads on first use: it stays out of the first load. A failed load is a failed download.
    const [{ collectActivity, buildEvidencePack, activityCsv }, { saveFile }] = await Promise.all([
      import('../../data/evidence.js'),
      import('../shared/save-file.js'),
    ]);
    const session = await sessionFor(adapter, signal);
    const filter = {
      ...(this.type ? { types: [this.type] } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    };
    const activities = await collectActivity(adapter, filter, { signal, onProgress });
    const at = this.now();
    const account = this.env?.account ?? undefined;
    const pack = await buildEvidencePack({
      activities,
      session,
      filter,
      generatedAt: at,
      ...(account && !this.adapter ? { accountId: account } : {}),
    });
    signal.throwIfAborted();
    const json = JSON.stringify(pack, null, 2);
    const csv = activityCsv(pack.activities);
    const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-');
    const filenames = { json: `activity-evidence-${stamp}.json`, csv: `activity-evidence-${stamp}.csv` };
    if (this.emit(new ActivityEvidenceDownloadEvent({ pack, json, csv, filenames }))) {
      saveFile(json, filenames.json, 'application/json;charset=utf-8', this.renderRoot);
      saveFile(csv, filenames.csv, 'text/csv;charset=utf-8', this.renderRoot);
    }
    this.announcement = this.t('activity-log.download.done', { count: pack.count });
  }
}
