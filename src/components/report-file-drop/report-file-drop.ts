import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KitElement } from '../../base/kit-element.js';
import { isAbortError } from '../../data/errors.js';
import { loadCode } from '../../data/load-code.js';
import type { AccountHealth, Feedback } from '../../data/models.js';
import { addEnglish } from '../../i18n/index.js';
import reportDropEn from './first-strings.en.js';
import type { ReportAdapter } from '../../importers/report-adapter.js';
import type { ReportInput } from '../../importers/decode.js';
import type { DateFormatAnswer, DateFormatOption, DateFormatQuestion } from '../../importers/date-detect.js';
import { ReportAdapterChangeEvent } from './report-file-drop.events.js';
import { styles } from './report-file-drop.styles.js';

/** Files larger than this are refused before they are read (Amazon's reports are far smaller). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** Bytes the kind of a file is told from (the feedback header, or the JSON's first keys). */
const SNIFF_BYTES = 64 * 1024;

type Loaded =
  | { kind: 'seller-feedback'; name: string; feedback: Feedback[]; marketplaceId: string }
  | { kind: 'seller-performance'; name: string; health: AccountHealth[] };

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

interface Progress {
  name: string;
  phase: 'reading' | 'importing';
  fraction: number;
}

interface Asking {
  name: string;
  question: DateFormatQuestion;
  resolve: (answer: DateFormatAnswer | null) => void;
}

/**
 * A drop zone and file picker for Amazon's report files — the Seller Feedback report (tab-separated, also as
 * saved again by a spreadsheet) and the Account Health report (JSON), either of them gzip-compressed (`.gz`) as
 * well. It reads them in the browser (nothing is uploaded), parses each file once, in slices that keep the
 * page responsive, with a progress bar and Cancel, explains wrong files, and fires `report-adapter-change` with
 * an adapter built from them, ready to give to a `<review-kit-provider>`.
 *
 * The date format of a feedback report is never guessed: when the file contradicts the marketplace (its rater
 * e-mails come from another one, or its dates cannot be read that way) or every date reads two ways and nothing in
 * the file decides, it asks, showing three dates under each reading, and imports nothing until answered. An
 * Account Health report with several marketplaces gets a marketplace picker.
 *
 * @summary Drop or pick Amazon report files; get an adapter over them.
 * @tag report-file-drop
 * @csspart zone - The drop zone.
 * @csspart question - The date-format question (shown while a file waits for an answer).
 * @csspart messages - The list of outcomes and errors.
 * @fires {ReportAdapterChangeEvent} report-adapter-change - An adapter was built from the files loaded so far.
 */
export class ReportFileDrop extends KitElement {
  static override strings = [...KitElement.strings, reportDropEn];

  static override styles = [...KitElement.styles, styles];

  /** Marketplace of the files (sets the report's date format). */
  @property({ attribute: 'marketplace-id' })
  marketplaceId = 'ATVPDKIKX0DER';

  @state() private progress: Progress | null = null;
  @state() private asking: Asking | null = null;
  @state() private messages: Message[] = [];
  @state() private over = false;
  /** The marketplace whose Account Health is served, from a report with several. */
  @state() private healthMarketplaceId: string | null = null;
  private files = new Map<Loaded['kind'], Loaded>();
  /** Loads run one after another; one asked for while another runs adds to its outcomes. */
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private abort: AbortController | null = null;
  /** The control that had the focus went away by the user's action (Cancel, an answer): focus the picker. */
  private refocus = false;
  private importers: Awaited<ReturnType<ReportFileDrop['loadImporters']>> | null = null;

  /** @internal The adapter built from the files so far. */
  reportAdapter: ReportAdapter | null = null;

  override render() {
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
            accept=".txt,.tsv,.csv,.json,.gz,text/plain,text/tab-separated-values,application/json,application/gzip"
            aria-describedby="hint"
            @change=${this.onPick}
          />
        </label>
        <span aria-hidden="true">${this.t('provider.reports.drop')}</span>
      </div>
      ${this.renderProgress()} ${this.renderQuestion()} ${this.renderHealthPicker()}
      <div part="messages">
        <div role="alert">${this.renderMessages('error')}</div>
        <div role="status">${this.renderMessages('ok')}</div>
      </div>
    </div>`;
  }

  private renderProgress() {
    const p = this.progress;
    if (!p) return nothing;
    const key = p.phase === 'reading' ? 'provider.reports.reading' : 'provider.reports.importing';
    return html`<div class="row progress">
      <div role="status">
        <progress max="1" .value=${p.fraction} aria-label=${p.name}></progress>
        ${this.t(key, { name: p.name, percent: this.i18n.percent(p.fraction, 0) })}
      </div>
      <button type="button" class="cancel" @click=${this.cancel}>${this.t('provider.reports.cancel')}</button>
    </div>`;
  }

  private renderQuestion() {
    const a = this.asking;
    if (!a) return nothing;
    const q = a.question;
    return html`<div
      class="question"
      part="question"
      role="group"
      aria-labelledby="ask-title"
      aria-describedby="ask-why"
    >
      <p class="title" id="ask-title" tabindex="-1">${this.t('provider.reports.ask.title', { name: a.name })}</p>
      <p id="ask-why">${this.t(q.messageKey, q.params)}</p>
      <ul class="readings">
        ${q.options.map((o, i) => this.renderReading(q, o, i))}
      </ul>
      <div class="row">
        <button type="button" class="skip" @click=${() => this.answer(null)}>
          ${this.t('provider.reports.ask.skip')}
        </button>
      </div>
    </div>`;
  }

  private renderReading(q: DateFormatQuestion, o: DateFormatOption, i: number) {
    const label = o.marketplaceId
      ? this.t('provider.reports.ask.option-marketplace', {
          format: o.dateFormat,
          marketplace: this.importers?.marketplaceDomain(o.marketplaceId) ?? o.marketplaceId,
        })
      : this.t('provider.reports.ask.option', { format: o.dateFormat });
    return html`<li>
      <button
        type="button"
        class="reading"
        aria-describedby="reading-${i}"
        @click=${() => this.answer({ dateFormat: o.dateFormat, marketplaceId: o.marketplaceId })}
      >
        ${label}
      </button>
      <div id="reading-${i}">
        <ul>
          ${q.samples.map((text, k) => {
            const iso = o.dates[k];
            return html`<li>
              ${
                iso
                  ? this.t('provider.reports.ask.sample', {
                      text,
                      date: this.i18n.date(iso, { dateStyle: 'long' }),
                    })
                  : this.t('provider.reports.ask.sample-bad', { text })
              }
            </li>`;
          })}
        </ul>
        <p>${this.t('provider.reports.ask.rows', { count: o.rows })}</p>
      </div>
    </li>`;
  }

  private renderHealthPicker() {
    const health = this.files.get('seller-performance');
    if (!health || health.kind !== 'seller-performance' || health.health.length < 2) return nothing;
    const domain = (id: string) => this.importers?.marketplaceDomain(id) || id;
    return html`<div class="row">
      <label
        >${this.t('provider.reports.marketplace')}
        <select @change=${this.onHealthMarketplace}>
          ${health.health.map(
            (h) =>
              html`<option value=${h.marketplaceId} ?selected=${h.marketplaceId === this.healthMarketplaceId}>
                ${domain(h.marketplaceId)}
              </option>`,
          )}
        </select>
      </label>
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

  /** Stops the file being read or imported; nothing of it is kept. */
  private cancel() {
    this.refocus = true;
    this.abort?.abort();
  }

  private async answer(answer: DateFormatAnswer | null) {
    const a = this.asking;
    if (!a) return;
    this.asking = null;
    this.refocus = true;
    a.resolve(answer);
    await this.updateComplete;
    this.focusPicker();
  }

  /** Puts the focus back on the file picker once the control that had it is gone. */
  private focusPicker() {
    if (!this.refocus) return;
    this.refocus = false;
    this.shadowRoot?.querySelector<HTMLInputElement>('input[type=file]')?.focus();
  }

  /** Shows the question and waits for the answer (null: the file is not imported). */
  private async ask(name: string, question: DateFormatQuestion): Promise<DateFormatAnswer | null> {
    const answer = new Promise<DateFormatAnswer | null>((resolve) => (this.asking = { name, question, resolve }));
    this.progress = null;
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>('#ask-title')?.focus();
    return answer;
  }

  private onHealthMarketplace(e: Event) {
    this.healthMarketplaceId = (e.target as HTMLSelectElement).value;
    const health = this.files.get('seller-performance');
    if (health?.kind === 'seller-performance') {
      const shown = this.messages.filter((m) => !m.key.startsWith('provider.reports.marketplace-'));
      this.messages = [...shown, this.shownMessage()];
    }
    this.announce();
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
      // The importers' English messages (progress, question, outcomes, problems) come with their code.
      const [code, strings] = await loadCode(Promise.all([this.loadImporters(), import('../../i18n/en/importers.js')]));
      addEnglish(strings.default);
      importers = code;
      this.importers = importers;
    } catch {
      // Offline, or a deploy removed the chunk: nothing was read; dropping the files again tries again.
      this.messages = [...messages, { kind: 'error', key: 'errors.network' }];
      return;
    }
    let changed = false;
    for (const file of files) {
      const abort = new AbortController();
      this.abort = abort;
      const signal = abort.signal;
      try {
        if (file.size > MAX_REPORT_BYTES) {
          throw new importers.ReportError('too-large', {
            sizeMiB: Math.ceil(file.size / 2 ** 20),
            maxMiB: MAX_REPORT_BYTES / 2 ** 20,
          });
        }
        // The kind is told from the first bytes; a feedback report then streams through the parser (never held
        // whole), a health report (small JSON) is read whole.
        const head = await importers.readReportHead(file, SNIFF_BYTES);
        signal.throwIfAborted();
        const kind = importers.sniffReport(head);
        if (kind === 'unknown') {
          // An empty or blank file is said to be empty, not "neither report".
          if (head.length < 1024 && !new TextDecoder().decode(head).trim()) throw new importers.ReportError('empty');
          messages.push({ kind: 'error', key: 'provider.reports.unknown-file', params: { name: file.name } });
          continue;
        }
        if (kind === 'seller-feedback') {
          this.progress = { name: file.name, phase: 'importing', fraction: 0 };
          const r = await importers.parseSellerFeedbackReportAsync(file, {
            marketplaceId: this.marketplaceId,
            askIfAmbiguous: true,
            now: this.now(),
            signal,
            onProgress: (fraction) => {
              // Rendered when the percent shown changes, not after each of the hundreds of slices.
              const p = this.progress;
              if (p && (fraction === 1 || Math.floor(fraction * 100) !== Math.floor(p.fraction * 100))) {
                this.progress = { name: file.name, phase: 'importing', fraction };
              }
            },
            askDateFormat: (question) => this.ask(file.name, question),
          });
          if (r.problems.length) {
            messages.push({ kind: 'error', key: 'provider.reports.problems', params: { count: r.problems.length } });
            for (const p of r.problems.slice(0, 5)) messages.push(this.problemMessage(p));
          }
          this.files.set(kind, { kind, name: file.name, feedback: r.feedback, marketplaceId: r.marketplaceId });
          messages.push({
            kind: 'ok',
            key: 'provider.reports.loaded',
            params: { name: file.name, count: r.feedback.length },
          });
          if (r.marketplaceId !== this.marketplaceId) {
            messages.push({
              kind: 'ok',
              key: 'provider.reports.used-marketplace',
              params: { name: file.name, marketplace: importers.marketplaceDomain(r.marketplaceId) },
            });
          }
        } else {
          let bytes = await this.read(file, signal);
          if (importers.isGzip(bytes)) {
            bytes = await importers.gunzipReport(bytes, { maxBytes: MAX_REPORT_BYTES, signal });
          }
          const health = importers.parseSellerPerformanceReport(bytes, { marketplaceId: this.marketplaceId });
          this.files.set(kind, { kind, name: file.name, health });
          const ids = health.map((h) => h.marketplaceId);
          this.healthMarketplaceId = ids.includes(this.marketplaceId) ? this.marketplaceId : (ids[0] ?? null);
          messages.push({
            kind: 'ok',
            key: 'provider.reports.loaded',
            params: { name: file.name, count: health.length },
          });
          if (health.length > 1 || (health.length === 1 && !ids.includes(this.marketplaceId))) {
            messages.push(this.shownMessage());
          }
        }
        changed = true;
      } catch (e) {
        if (isAbortError(e))
          messages.push({ kind: 'ok', key: 'provider.reports.cancelled', params: { name: file.name } });
        else messages.push({ ...this.problemMessage(e), file: file.name });
      } finally {
        this.progress = null;
        this.asking = null;
        if (this.abort === abort) this.abort = null;
      }
      await this.updateComplete;
      this.focusPicker();
    }
    this.messages = messages;
    if (changed) this.announce();
  }

  /** Which marketplace's Account Health is shown, and why. */
  private shownMessage(): Message {
    const domain = (id: string | null) => (id ? (this.importers?.marketplaceDomain(id) ?? id) : '');
    const health = this.files.get('seller-performance');
    const ids = health?.kind === 'seller-performance' ? health.health.map((h) => h.marketplaceId) : [];
    return ids.includes(this.marketplaceId) || ids.length < 2
      ? {
          kind: 'ok',
          key: 'provider.reports.marketplace-shown',
          params: { marketplace: domain(this.healthMarketplaceId) },
        }
      : {
          kind: 'ok',
          key: 'provider.reports.marketplace-missing',
          params: { selected: domain(this.marketplaceId), marketplace: domain(this.healthMarketplaceId) },
        };
  }

  /** Builds an adapter over the files loaded so far (already parsed: nothing is read again) and announces it. */
  private announce() {
    const importers = this.importers;
    if (!importers || !this.files.size) return;
    const feedback = this.files.get('seller-feedback');
    const perf = this.files.get('seller-performance');
    this.reportAdapter = importers.createReportAdapter({
      marketplaceId: feedback?.kind === 'seller-feedback' ? feedback.marketplaceId : this.marketplaceId,
      ...(feedback?.kind === 'seller-feedback' ? { feedbackReport: feedback.feedback, adoptFeedback: true } : {}),
      ...(perf?.kind === 'seller-performance' ? { performanceReport: perf.health } : {}),
      ...(this.healthMarketplaceId ? { healthMarketplaceId: this.healthMarketplaceId } : {}),
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
    const text = m.fallback === undefined ? this.t(m.key, m.params) : this.tOr(m.key, m.fallback, m.params);
    return m.file === undefined ? text : `${m.file}: ${text}`;
  }

  /** Reads a file as bytes, in chunks, with progress. */
  private async read(file: File, signal: AbortSignal): Promise<Uint8Array> {
    this.progress = { name: file.name, phase: 'reading', fraction: 0 };
    const out = new Uint8Array(file.size);
    const reader = file.stream().getReader();
    let offset = 0;
    let lastPaint = 0;
    for (;;) {
      if (signal.aborted) {
        void reader.cancel();
        signal.throwIfAborted();
      }
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
        this.progress = { name: file.name, phase: 'reading', fraction: offset / Math.max(1, file.size) };
        await this.updateComplete;
      }
    }
    return offset === out.byteLength ? out : out.subarray(0, offset);
  }
}

export type { ReportInput };
