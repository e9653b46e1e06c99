/**
 * `<review-list>`'s triage: "Mark as done" on one review, and on a selection (select one, several or all on the
 * page; "Mark selected as done", "Restore selected", one Undo for the whole batch). Each review is its own intent
 * (`done:<id>`, with its own idempotency key, see IntentController), sent a few at a time; a review that failed is
 * rolled back visibly with its failure on it and stays selected (a retry is one press), the others keep their
 * change; the batch's result is announced once. The selection, the bar and the state live here (first load); the
 * adapter calls load on the first Mark as done, batch or Undo (review-triage-actions.ts).
 * @internal
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { IntentController } from '../../controllers/intent-controller.js';
import { SelectionController } from '../../controllers/selection-controller.js';
import type { Review, SellerKitAdapter } from '../../data/models.js';
import { lazyCode } from '../../data/load-code.js';

/** Requests in flight at once during a batch (browsers allow ~6 per origin; leave room for the page). */
export const BATCH_CONCURRENCY = 4;

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface TriageOptions {
  adapter(): SellerKitAdapter | undefined;
  intents: IntentController;
  t: Translate;
  /** "Include marked as done" is on: a review marked as done stays on screen. */
  includeDone(): boolean;
  /** The reviews on screen (the page with the changes over it). */
  items(): Review[];
  /** Shows `review` in place of the page's version (optimistic or confirmed). */
  edit(review: Review): void;
  /** Takes reviews out of the page (marked as done while done ones are hidden), or puts them back. */
  hide(id: string, hidden: boolean): void;

  /** The adapter confirmed a change (`review-done-change`). */
  changed(review: Review, done: boolean): void;
  /** Goes to the previous page when there is one (true), else false. */
  previousPage(): boolean;
  /** Loads the page again. */
  reload(): void;
  /** A failure in words (the actions' code could not load). */
  failed(e: unknown): string;
  /** Hands the host a promise its `updateComplete` waits for (KitElement's `pending`). */
  pending(p: Promise<unknown>): void;
}

type TriageActions = typeof import('./review-triage-actions.js');
/** The actions' code, shared by every list; a failed load is tried again on the next call. */
const loadActions = lazyCode(
  (): Promise<TriageActions> => import('./review-triage-actions.js'),
  (m) => (m.registerStrings(), m),
);

export class ReviewTriage implements ReactiveController {
  readonly selection: SelectionController;
  /** Reviews in the batch under way (0: none). @internal */
  busy = 0;
  /** The last batch's confirmed changes: what Undo reverts. @internal */
  undoable?: { done: boolean; reviews: Review[] };

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly o: TriageOptions,
  ) {
    host.addController(this);
    this.selection = new SelectionController(host);
  }

  hostConnected(): void {}

  /** The single "Mark as done" checkbox (or `e`): optimistic, rolled back on failure, announced. */
  toggleDone(review: Review, done: boolean): Promise<void> {
    return this.start((a) => a.toggleDone(this, review, done), `done:${review.id}`);
  }

  /** "Mark selected as done" (`done`) or "Restore selected": the selected reviews not in that state yet. */
  runSelected(done: boolean): Promise<void> {
    return this.busy ? Promise.resolve() : this.start((a) => a.runSelected(this, done));
  }

  /** Undo: the last batch's confirmed reviews go back to their state before it (one request each, announced once). */
  undo(): Promise<void> {
    return !this.undoable || this.busy ? Promise.resolve() : this.start((a) => a.undo(this));
  }

  /**
   * Runs an action once the actions' code (review-triage-actions.ts) has loaded — on the first Mark as done, batch
   * or Undo. The host's `updateComplete` waits until the action has started (`pending`), not for its requests. A failed
   * load is shown on the review (`done:<id>`, its checkbox back as it was) or announced (a batch), and retried on
   * the next press.
   */
  private start(run: (a: TriageActions) => Promise<void>, intent?: string): Promise<void> {
    let started = (): void => undefined;
    this.o.pending(new Promise<void>((resolve) => (started = resolve)));
    return loadActions()
      .then(
        (a) => {
          const running = run(a);
          started();
          return running;
        },
        (e: unknown) => {
          if (intent) this.o.intents.fail(intent, e);
          else this.o.intents.announce(this.o.failed(e));
          this.host.requestUpdate();
        },
      )
      .finally(started);
  }

  /** The bulk bar: "Select all on this page" (mixed when some are), the count, the batch buttons and Undo. */
  renderBar(items: Review[], showDone: boolean): TemplateResult {
    const t = this.o.t;
    const ids = items.map((r) => r.id);
    const state = this.selection.state(ids);
    const count = this.selection.selected(ids).length;
    const idle = count > 0 && !this.busy;
    const press = (fn: () => Promise<void>) => () => void (idle ? fn() : undefined);
    const describedBy = count ? nothing : 'bulk-none';
    return html`<div class="bulk" role="group" aria-label=${t('review-list.bulk')}>
      <label class="check select-all"
        ><input
          type="checkbox"
          .checked=${live(state === 'all')}
          .indeterminate=${state === 'some'}
          @change=${(e: Event) => this.selection.setAll(ids, (e.target as HTMLInputElement).checked)}
        />${t('review-list.select-all')}</label
      >
      <span class="selected-count">${t('review-list.bulk.selected', { count })}</span>
      <button
        type="button"
        class="bulk-done"
        aria-disabled=${!idle}
        aria-describedby=${describedBy}
        @click=${press(() => this.runSelected(true))}
      >
        ${t('review-list.bulk.done')}
      </button>
      ${
        showDone
          ? html`<button
              type="button"
              class="bulk-restore"
              aria-disabled=${!idle}
              aria-describedby=${describedBy}
              @click=${press(() => this.runSelected(false))}
            >
              ${t('review-list.bulk.restore')}
            </button>`
          : nothing
      }
      ${this.undoable && !this.busy ? html`<button type="button" class="undo" @click=${() => void this.undo()}>${t('review-list.bulk.undo')}</button>` : nothing}
      ${this.busy ? html`<span class="saving">${t('review-list.bulk.saving', { count: this.busy })}</span>` : nothing}
      <span id="bulk-none" hidden>${t('review-list.bulk.none')}</span>
    </div>`;
  }
}
