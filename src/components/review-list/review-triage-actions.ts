/**
 * `<review-list>`'s triage actions, loaded on the first Mark as done, batch or Undo (see ReviewTriage, which holds
 * the selection and the state): each review its own intent (`done:<id>`), optimistic and rolled back on failure;
 * a batch a few requests at a time, announced once; Undo of the last batch. Their strings come with them.
 * @internal
 */
import { mapLimited } from '../../controllers/selection-controller.js';
import type { Review } from '../../data/models.js';
import { addEnglish } from '../../i18n/index.js';
import triageEn from '../../i18n/en/review-triage.js';
import { BATCH_CONCURRENCY, type ReviewTriage } from './review-triage.js';

/** Adds the actions' English strings (the outcomes they announce), once their code has loaded. */
export function registerStrings(): void {
  addEnglish(triageEn);
}

/** The single "Mark as done" checkbox (or `e`): optimistic, rolled back on failure, announced. */
export async function toggleDone(t: ReviewTriage, review: Review, done: boolean): Promise<void> {
  const { o } = t;
  const adapter = o.adapter();
  const id = `done:${review.id}`;
  if (!adapter || o.intents.pending(id)) return;
  o.edit({ ...review, done }); // optimistic
  const out = await o.intents.run(id, String(done), (idempotencyKey) =>
    adapter.setReviewDone(review.id, done, { idempotencyKey }),
  );
  if (!out.ok) {
    o.edit({ ...review, done: !done }); // roll back
    return;
  }
  const updated = out.value;
  t.selection.set(updated.id, false);
  if (done && !o.includeDone()) {
    await removeFromView(t, updated.id);
    o.intents.announce(o.t('review-list.done.hidden'));
  } else {
    o.edit(updated);
    o.intents.announce(o.t(done ? 'review-list.done.marked' : 'review-list.done.unmarked'));
  }
  o.changed(updated, done);
}

/** "Mark selected as done" (`done`) or "Restore selected": the selected reviews not in that state yet. */
export async function runSelected(t: ReviewTriage, done: boolean): Promise<void> {
  if (t.busy) return;
  const items = t.o.items();
  const ids = new Set(t.selection.selected(items.map((r) => r.id)));
  const targets = items.filter((r) => ids.has(r.id) && r.done !== done && !t.o.intents.pending(`done:${r.id}`));
  if (!targets.length) return;
  const ok = await batch(t, targets, done, done ? 'review-list.bulk.marked' : 'review-list.bulk.restored');
  t.undoable = ok.length ? { done, reviews: ok } : undefined;
  t.host.requestUpdate();
}

/** Undo: the last batch's confirmed reviews go back to their state before it (one request each, announced once). */
export async function undo(t: ReviewTriage): Promise<void> {
  const last = t.undoable;
  if (!last || t.busy) return;
  t.undoable = undefined;
  const onPage = new Set(t.o.items().map((r) => r.id));
  for (const r of last.reviews) t.o.hide(r.id, false);
  const back = last.reviews.map((r) => ({ ...r, done: last.done }));
  await batch(t, back, !last.done, 'review-list.bulk.undone');
  if (last.reviews.some((r) => !onPage.has(r.id))) t.o.reload();
  await t.host.updateComplete;
  root(t).querySelector<HTMLElement>('.bulk input')?.focus(); // Undo is gone: back to "Select all"
}

function root(t: ReviewTriage): ParentNode {
  return t.host.shadowRoot ?? t.host;
}

/** Takes a review out of the page and moves focus to its neighbour, so keyboard users keep their place. */
async function removeFromView(t: ReviewTriage, id: string): Promise<void> {
  const index = t.o.items().findIndex((r) => r.id === id);
  if (index < 0) return;
  const hadFocus = root(t)
    .querySelector(`article[data-id="${CSS.escape(id)}"]`)
    ?.matches(':focus-within');
  t.o.hide(id, true);
  if (!t.o.items().length) {
    // The page emptied: the previous page, or this one again (the next reviews move up).
    if (!t.o.previousPage()) t.o.reload();
    return;
  }
  await t.host.updateComplete;
  if (hadFocus) {
    const articles = [...root(t).querySelectorAll<HTMLElement>('article[data-id]')];
    (articles[Math.min(index, articles.length - 1)] ?? root(t).querySelector<HTMLElement>('.empty'))?.focus();
  }
}

async function batch(t: ReviewTriage, targets: Review[], done: boolean, key: string): Promise<Review[]> {
  const { o } = t;
  const adapter = o.adapter();
  if (!adapter) return [];
  t.busy = targets.length;
  t.undoable = undefined;
  for (const r of targets) o.edit({ ...r, done }); // optimistic: every checkbox shows the change at once
  t.host.requestUpdate();
  const outcomes = await mapLimited(targets, BATCH_CONCURRENCY, (r) =>
    o.intents.run(`done:${r.id}`, String(done), (idempotencyKey) =>
      adapter.setReviewDone(r.id, done, { idempotencyKey }),
    ),
  );
  const ok: Review[] = [];
  let failed = 0;
  const hide = done && !o.includeDone();
  outcomes.forEach((out, i) => {
    const r = targets[i]!;
    if (out.ok) {
      ok.push(out.value);
      t.selection.set(r.id, false);
      if (hide) o.hide(r.id, true);
      else o.edit(out.value);
      o.changed(out.value, done);
    } else if (!('skipped' in out)) {
      failed++;
      o.edit({ ...r, done: !done }); // rolled back; its failure shows on it, and it stays selected
    }
  });
  t.busy = 0;
  const said = [
    ok.length ? o.t(key, { count: ok.length }) : '',
    failed ? o.t('review-list.bulk.failed', { count: failed }) : '',
  ];
  o.intents.announce(said.filter(Boolean).join(' '));
  t.host.requestUpdate();
  // The page emptied: the previous page, or this one again (the next reviews move up).
  if (hide && ok.length && !o.items().length && !o.previousPage()) o.reload();
  return ok;
}
