import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface PagingOptions {
  /** The host's page size (a public property of the host, read when needed). */
  pageSize: () => number;
  /**
   * The query inputs (filters, sort, page size): when one of them changes (`!==`, as Lit compares properties)
   * after the first render, paging starts again at the first page.
   */
  resetOn: () => readonly unknown[];
  /** Settles when the page just asked for has loaded (e.g. `() => task.taskComplete`), for `go`'s focus rule. */
  settled?: () => Promise<unknown>;
}

/** What a pager shows for a page of `count` items out of `total`. */
export interface PageRange {
  /** 1-based index of the first item shown (the offset when the page is empty). */
  from: number;
  /** 1-based index of the last item shown. */
  to: number;
  total: number;
  /** True on the first page: Previous is disabled. */
  first: boolean;
  /** True on the last page: Next is disabled. */
  last: boolean;
}

/**
 * The offset of a paged list. Declare it **before** the data task that reads `offset`: reactive controllers update
 * in the order they were added, so a reset on a new query is seen by the task in the same update.
 *
 * - the offset goes back to 0 when an input in `resetOn` changes (not on the first render);
 * - `go(±1, event)` moves a page; when the pressed button becomes disabled (first or last page), focus moves to
 *   the pager's enabled button once the page has loaded, never to the page body;
 * - `range(count, total)` says what the status line and the buttons show.
 */
export class PagingController implements ReactiveController {
  private _offset = 0;
  private inputs?: readonly unknown[];

  constructor(
    private readonly host: Host,
    private readonly options: PagingOptions,
  ) {
    host.addController(this);
  }

  get pageSize(): number {
    return this.options.pageSize();
  }

  get offset(): number {
    return this._offset;
  }

  set offset(value: number) {
    const next = Math.max(0, value);
    if (next === this._offset) return;
    this._offset = next;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const inputs = this.options.resetOn();
    const before = this.inputs;
    this.inputs = inputs;
    // Inside an update: set the field, the update under way renders it.
    if (before && inputs.some((v, i) => v !== before[i])) this._offset = 0;
  }

  range(count: number, total: number): PageRange {
    const to = this._offset + count;
    const from = Math.min(this._offset + 1, to);
    return { from, to, total, first: this._offset === 0, last: this._offset + this.pageSize >= total };
  }

  /**
   * Moves `delta` pages (the offset never goes below 0). Pass the click event: when its button is disabled once
   * the page has loaded, the focus goes to the pager's enabled button.
   */
  async go(delta: number, e?: Event): Promise<void> {
    const button = e?.currentTarget as HTMLButtonElement | null | undefined;
    this.offset = this._offset + delta * this.pageSize;
    if (!button) return;
    await this.host.updateComplete;
    await this.options.settled?.().catch(() => undefined);
    await this.host.updateComplete;
    if (button.disabled) button.closest('.pager')?.querySelector<HTMLButtonElement>('button:enabled')?.focus();
  }
}
