import { html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KitElement } from '../../base/kit-element.js';
import { loadCode } from '../../data/lazy-adapter.js';
import importersEn from '../../i18n/en/importers.js';
import type { ReportAdapter } from '../../importers/report-adapter.js';
import type { ReportInput } from '../../importers/decode.js';
import { ReportAdapterChangeEvent } from './report-file-drop.events.js';

/** Files larger than this are refused before they are read (Amazon's reports are far smaller). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

interface Loaded {
  name: string;
  kind: 'seller-feedback' | 'seller-performance';
  bytes: Uint8Array;
  rows: number;
}

/** An outcome, translated when rendered so that it follows a change of language. */
type Message = {
  kind: 'error' | 'ok';
  key: string;
  params?: Record<string, string | number>;
  /** The file it is about, written before the text. */
  file?: string;
  /** English text for a key without a translation. */
  fallback?: string;
};

/**
 * A drop zone and file picker for Amazon's report files — the Seller Feedback report (tab-separated) and the
 * Account Health report (JSON). It reads them in the browser (nothing is uploaded), shows progress for large
 * files, explains wrong files, and fires `report-adapter-change` with an adapter built from them, ready to
 * give to a `<review-kit-provider>`.
 *
 * @summary Drop or pick Amazon report files; get an adapter over them.
 * @tag report-file-drop
 * @csspart zone - The drop zone.
 * @csspart messages - The list of outcomes and errors.
 * @fires {ReportAdapterChangeEvent} report-adapter-change - An adapter was built from the files loaded so far.
 */
export class ReportFileDrop extends KitElement {
  static override strings = [...KitElement.strings, importersEn];

  static override styles = [
    ...KitElement.styles,
    css`
      .zone {
        display: grid;
        gap: 0.5rem;
        padding: calc(var(--_gap) * 1.5);
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface-alt);
      }
      .zone.over {
        border-color: var(--_accent);
      }
      .title {
        font-weight: 700;
        margin: 0;
      }
      .hint {
        margin: 0;
        color: var(--_muted);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
      progress {
        inline-size: min(20rem, 100%);
      }
      ul {
        margin: 0;
        padding-inline-start: 1.2rem;
      }
      .error {
        color: var(--_bad);
      }
    `,
  ];

  /** Marketplace of the files (sets the report's date format). */
  @property({ attribute: 'marketplace-id' })
  marketplaceId = 'ATVPDKIKX0DER';

  @state() private progress: { name: string; loaded: number; total: number } | null = null;
  @state() private messages: Message[] = [];
  @state() private over = false;
  private files = new Map<Loaded['kind'], Loaded>();
  /** Loads run one after another; one asked for while another runs adds to its outcomes. */
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;

  /** @internal The adapter built from the files so far. */
  reportAdapter: ReportAdapter | null = null;

  override render() {
    const pct = this.progress ? this.progress.loaded / Math.max(1, this.progress.total) : 0;
    return html`<div
      class="zone ${this.over ? 'over' : ''}"
      part="zone"
      @dragover=${this.onDragOver}
      @dragleave=${() => (this.over = false)}
      @drop=${this.onDrop}
    >
      <p class="title" id="title">${this.t('provider.reports.title')}</p>
      <p class="hint" id="hint">${this.t('provider.reports.hint')}</p>
      <div class="row">
        <label class="pick"
          >${this.t('provider.reports.pick')}
          <input
            type="file"
            multiple
            accept=".txt,.tsv,.csv,.json,text/plain,text/tab-separated-values,application/json"
            aria-describedby="hint"
            @change=${this.onPick}
          />
        </label>
        <span aria-hidden="true">${this.t('provider.reports.drop')}</span>
      </div>
      ${
        this.progress
          ? html`<div role="status">
              <progress max="1" .value=${pct} aria-label=${this.progress.name}></progress>
              ${this.t('provider.reports.reading', { name: this.progress.name, percent: this.i18n.percent(pct, 0) })}
            </div>`
          : nothing
      }
      <div part="messages">
        <div role="alert">${this.renderMessages('error')}</div>
        <div role="status">${this.renderMessages('ok')}</div>
      </div>
    </div>`;
  }

  private renderMessages(kind: Message['kind']) {
    const list = this.messages.filter((m) => m.kind === kind);
    return list.length
      ? html`<ul>
          ${list.map((m) => html`<li class=${kind}>${this.messageText(m)}</li>`)}
        </ul>`
      : nothing;
  }

  private onDragOver(e: DragEvent) {
    e.preventDefault();
    this.over = true;
  }

  private onDrop(e: DragEvent) {
    e.preventDefault();
    this.over = false;
    void this.load([...(e.dataTransfer?.files ?? [])]);
  }

  private onPick(e: Event) {
    const input = e.target as HTMLInputElement;
    void this.load([...(input.files ?? [])]).finally(() => (input.value = ''));
  }

  /** Reads, recognises and parses the given files, then announces a new adapter. */
  load(files: File[]): Promise<void> {
    const append = this.queued++ > 0;
    const run = this.queue.then(() => this.loadNow(files, append)).finally(() => this.queued--);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The importers' code, loaded with the first file (tests replace it to simulate a failed load). */
  protected loadImporters(): Promise<typeof import('../../importers/index.js')> {
    return import('../../importers/index.js');
  }

  private async loadNow(files: File[], append: boolean): Promise<void> {
    const messages: Message[] = append ? [...this.messages] : [];
    // Emptied first, so that the same outcome as last time is announced again.
    this.messages = [...messages];
    await this.updateComplete;
    let importers: Awaited<ReturnType<ReportFileDrop['loadImporters']>>;
    try {
      importers = await loadCode(this.loadImporters());
    } catch {
      // Offline, or a deploy removed the chunk: nothing was read; dropping the files again tries again.
      this.messages = [...messages, { kind: 'error', key: 'errors.network' }];
      return;
    }
    for (const file of files) {
      try {
        if (file.size > MAX_REPORT_BYTES) {
          throw new importers.ReportError('too-large', {
            sizeMiB: Math.ceil(file.size / 2 ** 20),
            maxMiB: MAX_REPORT_BYTES / 2 ** 20,
          });
        }
        const bytes = await this.read(file);
        const kind = importers.sniffReport(bytes);
        if (kind === 'unknown') {
          // An empty or blank file is said to be empty, not "neither report".
          if (bytes.length < 1024 && !new TextDecoder().decode(bytes).trim()) throw new importers.ReportError('empty');
          messages.push({ kind: 'error', key: 'provider.reports.unknown-file', params: { name: file.name } });
          continue;
        }
        let rows = 0;
        if (kind === 'seller-feedback') {
          const r = importers.parseSellerFeedbackReport(bytes, { marketplaceId: this.marketplaceId });
          rows = r.feedback.length;
          if (r.problems.length) {
            messages.push({ kind: 'error', key: 'provider.reports.problems', params: { count: r.problems.length } });
            for (const p of r.problems.slice(0, 5)) messages.push(this.problemMessage(p));
          }
        } else {
          rows = importers.parseSellerPerformanceReport(bytes).length;
        }
        this.files.set(kind, { name: file.name, kind, bytes, rows });
        messages.push({ kind: 'ok', key: 'provider.reports.loaded', params: { name: file.name, count: rows } });
      } catch (e) {
        messages.push({ ...this.problemMessage(e), file: file.name });
      } finally {
        this.progress = null;
      }
    }
    this.messages = messages;
    if (!this.files.size) return;
    const feedback = this.files.get('seller-feedback');
    const perf = this.files.get('seller-performance');
    this.reportAdapter = importers.createReportAdapter({
      marketplaceId: this.marketplaceId,
      ...(feedback ? { feedbackReport: feedback.bytes } : {}),
      ...(perf ? { performanceReport: perf.bytes } : {}),
      now: () => this.now(),
    });
    this.emit(new ReportAdapterChangeEvent(this.reportAdapter));
  }

  private problemMessage(e: unknown): Message {
    const p = e as { messageKey?: string; params?: Record<string, string | number>; message?: string };
    // Not a report problem: a DOMException is the browser failing to read the file (moved, deleted, changed since it
    // was picked); anything else is unexpected and said as such, in the user's language.
    const key = p?.messageKey ?? (e instanceof DOMException ? 'provider.reports.unreadable' : 'common.error.title');
    return { kind: 'error', key, params: p?.params, fallback: p?.message ?? String(e) };
  }

  private messageText(m: Message): string {
    let text = this.t(m.key, m.params);
    if (text === m.key && m.fallback !== undefined) text = m.fallback;
    return m.file === undefined ? text : `${m.file}: ${text}`;
  }

  /** Reads a file as bytes, in chunks, with progress. */
  private async read(file: File): Promise<Uint8Array> {
    this.progress = { name: file.name, loaded: 0, total: file.size };
    const out = new Uint8Array(file.size);
    const reader = file.stream().getReader();
    let offset = 0;
    let lastPaint = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // The file grew since it was picked: read it again rather than keep part of it.
      if (offset + value.byteLength > out.byteLength) {
        void reader.cancel();
        throw new DOMException('File changed', 'NotReadableError');
      }
      out.set(value, offset);
      offset += value.byteLength;
      if (offset - lastPaint > 1 << 20) {
        lastPaint = offset;
        this.progress = { name: file.name, loaded: offset, total: file.size };
        await this.updateComplete;
      }
    }
    return offset === out.byteLength ? out : out.subarray(0, offset);
  }
}

export type { ReportInput };
