/**
 * `<review-list>`'s triage: "Mark as done" on one review, and on a selection (select one, several or all on the
 * page; "Mark selected as done", "Restore selected", one Undo for the whole batch). Each review is its own intent
 * (`done:<id>`, with its own idempotency key, see IntentController), sent a few at a time; a review that failed is
 * rolled back visibly with its failure on it and stays selected (a retry is one press), the others keep their
 * change; the batch's result is announced once. State and adapter calls live here, the element renders.
 * @internal
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { IntentController } from '../../controllers/intent-controller.js';
import { SelectionController, mapLimited } from '../../controllers/selection-controller.js';
import type { Review, SellerKitAdapter } from '../../data/models.js';

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
}

export class ReviewTriage implements ReactiveController {
  readonly selection: SelectionController;
  /** Reviews in the batch under way (0: none). */
  private busy = 0;
  /** The last batch's confirmed changes: what Undo reverts. */
  private undoable?: { done: boolean; reviews: Review[] };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: TriageOptions,
  ) {
    host.addController(this);
    this.selection = new SelectionController(host);
  }

  hostConnected(): void {}

  get running(): boolean {
    return this.busy > 0;
  }

  /** The single "Mark as done" checkbox (or `e`): optimistic, rolled back on failure, announced. */
  async toggleDone(review: Review, done: boolean): Promise<void> {
    const adapter = this.o.adapter();
    const id = `done:${review.id}`;
    if (!adapter || this.o.intents.pending(id)) return;
    this.o.edit({ ...review, done }); // optimistic
    const out = await this.o.intents.run(id, String(done), (idempotencyKey) =>
      adapter.setReviewDone(review.id, done, { idempotencyKey }),
    );
    if (!out.ok) {
      this.o.edit({ ...review, done: !done }); // roll back
      return;
    }
    const updated = out.value;
    this.selection.set(updated.id, false);
    if (done && !this.o.includeDone()) {
      await this.removeFromView(updated.id);
      this.o.intents.announce(this.o.t('review-list.done.hidden'));
    } else {
      this.o.edit(updated);
      this.o.intents.announce(this.o.t(done ? 'review-list.done.marked' : 'review-list.done.unmarked'));
    }
    this.o.changed(updated, done);
  }

  /** "Mark selected as done" (`done`) or "Restore selected": the selected reviews not in that state yet. */
  async runSelected(done: boolean): Promise<void> {
    if (this.busy) return;
    const items = this.o.items();
    const ids = new Set(this.selection.selected(items.map((r) => r.id)));
    const targets = items.filter((r) => ids.has(r.id) && r.done !== done && !this.o.intents.pending(`done:${r.id}`));
    if (!targets.length) return;
    const ok = await this.batch(targets, done, done ? 'review-list.bulk.marked' : 'review-list.bulk.restored');
    this.undoable = ok.length ? { done, reviews: ok } : undefined;
    this.host.requestUpdate();
  }

  /** Undo: the last batch's confirmed reviews go back to their state before it (one request each, announced once). */
  async undo(): Promise<void> {
    const last = this.undoable;
    if (!last || this.busy) return;
    this.undoable = undefined;
    const onPage = new Set(this.o.items().map((r) => r.id));
    for (const r of last.reviews) this.o.hide(r.id, false);
    const back = last.reviews.map((r) => ({ ...r, done: last.done }));
    await this.batch(back, !last.done, 'review-list.bulk.undone');
    if (last.reviews.some((r) => !onPage.has(r.id))) this.o.reload();
    await this.host.updateComplete;
    this.root().querySelector<HTMLElement>('.bulk input')?.focus(); // Undo is gone: back to "Select all"
  }

  private root(): ParentNode {
    return this.host.shadowRoot ?? this.host;
  }

  /** Takes a review out of the page and moves focus to its neighbour, so keyboard users keep their place. */
  private async removeFromView(id: string): Promise<void> {
    const index = this.o.items().findIndex((r) => r.id === id);
    if (index < 0) return;
    const root = this.root();
    const hadFocus = root.querySelector(`article[data-id="${CSS.escape(id)}"]`)?.matches(':focus-within');
    this.o.hide(id, true);
    if (!this.o.items().length) {
      // The page emptied: the previous page, or this one again (the next reviews move up).
      if (!this.o.previousPage()) this.o.reload();
      return;
    }
    await this.host.updateComplete;
    if (hadFocus) {
      const articles = [...root.querySelectorAll<HTMLElement>('article[data-id]')];
      (articles[Math.min(index, articles.length - 1)] ?? root.querySelector<HTMLElement>('.empty'))?.focus();
    }
  }

  private async batch(targets: Review[], done: boolean, key: string): Promise<Review[]> {
    const adapter = this.o.adapter();
    if (!adapter) return [];
    this.busy = targets.length;
    this.undoable = undefined;
    for (const r of targets) this.o.edit({ ...r, done }); // optimistic: every checkbox shows the change at once
    this.host.requestUpdate();
    const outcomes = await mapLimited(targets, BATCH_CONCURRENCY, (r) =>
      this.o.intents.run(`done:${r.id}`, String(done), (idempotencyKey) =>
        adapter.setReviewDone(r.id, done, { idempotencyKey }),
      ),
    );
    const ok: Review[] = [];
    let failed = 0;
    const hide = done && !this.o.includeDone();
    outcomes.forEach((out, i) => {
      const r = targets[i]!;
      if (out.ok) {
        ok.push(out.value);
        this.selection.set(r.id, false);
        if (hide) this.o.hide(r.id, true);
        else this.o.edit(out.value);
        this.o.changed(out.value, done);
      } else if (!('skipped' in out)) {
        failed++;
        this.o.edit({ ...r, done: !done }); // rolled back; its failure shows on it, and it stays selected
      }
    });
    this.busy = 0;
    const said = [
      ok.length ? this.o.t(key, { count: ok.length }) : '',
      failed ? this.o.t('review-list.bulk.failed', { count: failed }) : '',
    ];
    this.o.intents.announce(said.filter(Boolean).join(' '));
    this.host.requestUpdate();
    // The page emptied: the previous page, or this one again (the next reviews move up).
    if (hide && ok.length && !this.o.items().length && !this.o.previousPage()) this.o.reload();
    return ok;
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
