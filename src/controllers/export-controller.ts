import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../data/errors.js';

/** Progress of an export under way: rows collected so far and the total (null until the first page). */
export interface ExportProgress {
  done: number;
  total: number | null;
}

/**
 * A report export of an element: one at a time, its progress and its failure as host state, aborted when the host
 * leaves the page (an abort is never shown as a failure). The work itself is the element's (`run`): it collects
 * the rows (e.g. with `collectFeedback`), reporting progress, and delivers the file.
 */
export class ExportController implements ReactiveController {
  /** Non-null while an export is under way. */
  progress: ExportProgress | null = null;
  /** The failure of the last export (cleared when the next one starts). */
  error: unknown = null;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly run: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<void>,
  ) {
    host.addController(this);
  }

  /** Whether an export is under way (a second start is ignored meanwhile). */
  get busy(): boolean {
    return this.progress !== null;
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Cancels the export under way: its work is aborted, nothing is delivered, it is not a failure, and the export is
   * over at once (a new one may start, even while the cancelled work still winds down).
   */
  cancel(): void {
    if (!this.abort) return;
    this.abort.abort();
    this.abort = undefined;
    this.progress = null;
    this.host.requestUpdate();
  }

  /** Starts an export unless one is under way; resolves when it has finished, failed or been aborted. */
  async start(): Promise<void> {
    if (this.busy) return;
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    this.progress = { done: 0, total: null };
    this.error = null;
    this.host.requestUpdate();
    try {
      await this.run(signal, (done, total) => {
        if (signal.aborted) return;
        this.progress = { done, total };
        this.host.requestUpdate();
      });
    } catch (e) {
      if (!signal.aborted && !isAbortError(e)) this.error = e;
    } finally {
      // A cancelled export is already over (`cancel`); a newer one keeps its progress.
      if (this.abort === abort) {
        this.progress = null;
        this.abort = undefined;
      }
      this.host.requestUpdate();
    }
  }
}
