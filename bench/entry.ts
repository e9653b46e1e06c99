/**
 * Browser side of `npm run bench` (scripts/bench.mjs bundles this file with esbuild and opens it in headless
 * Chromium). One page measures one (component, implementation, size): `benchApi.setup(...)` builds the data,
 * `benchApi.run(reps)` mounts a fresh element `reps` times and times, per repetition:
 *
 * - firstRows: from handing over the data (the provider's `adapter` for the kit, `items` for the grid) to the
 *   first row of that data being in the DOM (a MutationObserver sees it);
 * - filter: from applying a filter (kit: `ratings = [1, 2]` / `filter = 'negative'`; grid: `items` set to the
 *   filtered array, filtering done here in JS) to the filtered rows being in the DOM, loading finished;
 * - toggle: from a real click on one row's toggle (kit: "Mark as done" / "Show email"; grid: the same control
 *   in a cell renderer) to the row showing the new state;
 * - nodes: every DOM node of the element, shadow roots included, once the first rows are in.
 *
 * The heap is read from the Node side (CDP) after the run, with the last element still mounted.
 */
import '../src/define.js';
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import { when } from './when.js';
import type { Feedback, Review, SellerKitAdapter } from '../src/data/models.js';
import { maskEmail } from '../src/components/feedback-table/feedback-format.js';
import { forwardAdapter } from '../src/data/lazy-adapter.js';

type Component = 'review-list' | 'feedback-table';
type Impl = 'kit' | 'grid';

interface GridColumn extends HTMLElement {
  header: string;
  renderer: (root: HTMLElement, column: unknown, model: { item: Review | Feedback }) => void;
}
interface Grid extends HTMLElement {
  items: unknown[];
  requestContentUpdate(): void;
}

export interface RepResult {
  firstRows: number;
  filter: number;
  toggle: number;
  nodes: number;
}

let component: Component;
let impl: Impl;
let adapter: SellerKitAdapter | null = null;
let rows: (Review | Feedback)[] = [];
let mounted: HTMLElement | null = null;

const stage = () => document.getElementById('stage')!;

/** Every node under `root`, shadow roots included. */
function countNodes(root: Node): number {
  let n = 1;
  if (root instanceof Element && root.shadowRoot) n += countNodes(root.shadowRoot);
  for (let c = root.firstChild; c; c = c.nextSibling) n += countNodes(c);
  return n;
}

/** A fresh object forwarding to the adapter: the kit caches the session per adapter, so each rep starts cold. */
function fresh(a: SellerKitAdapter): SellerKitAdapter {
  return forwardAdapter(a);
}

async function setup(c: Component, i: Impl, size: number, seed: number): Promise<{ setupMs: number; rows: number }> {
  const t0 = performance.now();
  component = c;
  impl = i;
  const a = createMemoryAdapter({
    seed,
    counts: c === 'review-list' ? { reviews: size, feedback: 10 } : { reviews: 10, feedback: size },
  });
  if (i === 'kit') {
    adapter = a;
    const q = c === 'review-list' ? await a.listReviews({ limit: 1 }) : await a.listFeedback({ limit: 1 });
    return { setupMs: performance.now() - t0, rows: q.total };
  }
  // The grid gets exactly the rows the kit's default view lists: the same query, every page.
  rows = [];
  for (;;) {
    const page =
      c === 'review-list'
        ? await a.listReviews({ includeDone: false, sort: 'newest', offset: rows.length, limit: 500 })
        : await a.listFeedback({ sort: 'newest', offset: rows.length, limit: 500 });
    rows.push(...page.items);
    if (!page.items.length || rows.length >= page.total) break;
  }
  adapter = null; // only the rows stay in memory
  return { setupMs: performance.now() - t0, rows: rows.length };
}

// ---- the kit --------------------------------------------------------------------------------------------------

async function kitRep(): Promise<RepResult> {
  const provider = document.createElement('review-kit-provider') as HTMLElement & { adapter?: SellerKitAdapter };
  const el = document.createElement(component) as HTMLElement & {
    updateComplete: Promise<unknown>;
    ratings?: number[];
    filter?: string;
  };
  provider.append(el);
  stage().append(provider);
  mounted = provider;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const rowSel = component === 'review-list' ? 'article[data-id]' : 'tr[data-id]';

  const t0 = performance.now();
  provider.adapter = fresh(adapter!);
  const t1 = await when([root], () => !!root.querySelector(rowSel), 'the first rows');
  const nodes = countNodes(el);

  let filter: number;
  let toggle: number;
  if (component === 'review-list') {
    // The stars' glyphs: ★ filled, ☆ empty (the words are for screen readers).
    const ratingOf = (a: Element) => (a.querySelector('.stars')?.textContent?.match(/★/g) ?? []).length;
    const filtered = () => {
      const feed = root.querySelector('[role=feed]');
      const list = [...root.querySelectorAll(rowSel)];
      return feed?.getAttribute('aria-busy') === 'false' && list.length > 0 && list.every((x) => ratingOf(x) <= 2);
    };
    if (filtered()) throw new Error('the unfiltered page already shows only 1–2 stars: pick another seed');
    const f0 = performance.now();
    el.ratings = [1, 2];
    filter = (await when([root], filtered, 'the filtered rows')) - f0;

    const article = root.querySelector<HTMLElement>(rowSel)!;
    const id = article.dataset.id!;
    const box = article.querySelector<HTMLInputElement>('label.done input')!;
    const g0 = performance.now();
    box.click();
    toggle = (await when([root], () => !!root.querySelector(`article.is-done[data-id="${id}"]`), 'done')) - g0;
    // Let the adapter's answer land (the row leaves the view) before the next rep.
    await when([root], () => !root.querySelector(`article[data-id="${id}"]`), 'the row to leave');
  } else {
    const table = () => root.querySelector('section.recent');
    const filtered = () => {
      const list = [...root.querySelectorAll(rowSel)];
      return (
        table()?.getAttribute('aria-busy') === 'false' &&
        list.length > 0 &&
        list.every((x) => x.classList.contains('negative'))
      );
    };
    if (filtered()) throw new Error('the unfiltered page shows only negative feedback: pick another seed');
    const f0 = performance.now();
    el.filter = 'negative';
    filter = (await when([root], filtered, 'the filtered rows')) - f0;

    const row = [...root.querySelectorAll<HTMLElement>(rowSel)].find((r) => r.querySelector('td.email button'))!;
    const email = row.querySelector('.email-text')!;
    const g0 = performance.now();
    row.querySelector<HTMLButtonElement>('td.email button')!.click();
    toggle = (await when([root], () => !email.textContent!.includes('***'), 'the email')) - g0;
  }
  return { firstRows: t1 - t0, filter, toggle, nodes };
}

// ---- the grid -------------------------------------------------------------------------------------------------

const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

function column(grid: Grid, header: string, render: (root: HTMLElement, item: never) => void): void {
  const col = document.createElement('vaadin-grid-column') as GridColumn;
  col.header = header;
  col.renderer = (root, _c, model) => render(root, model.item as never);
  grid.append(col);
}

function text(root: HTMLElement, value: string): void {
  if (root.textContent !== value) root.textContent = value;
}

function reviewColumns(grid: Grid): void {
  column(grid, 'Rating', (root, r: Review) => {
    root.dataset.id = r.id;
    text(root, '★'.repeat(r.rating) + '☆'.repeat(5 - r.rating));
  });
  column(grid, 'Title', (root, r: Review) => text(root, r.title));
  column(grid, 'Review', (root, r: Review) => text(root, r.body));
  column(grid, 'Reviewer', (root, r: Review) => text(root, r.reviewerName));
  column(grid, 'Date', (root, r: Review) => text(root, dates.format(new Date(r.publishedAt))));
  column(grid, 'Product', (root, r: Review) => text(root, `${r.productTitle} (${r.asin})`));
  column(grid, 'Done', (root, r: Review) => {
    let box = root.firstElementChild as HTMLInputElement | null;
    if (!box) {
      box = document.createElement('input');
      box.type = 'checkbox';
      box.setAttribute('aria-label', 'Mark as done');
      box.addEventListener('change', () => {
        const item = (box as unknown as { item: Review }).item;
        item.done = box!.checked;
        grid.requestContentUpdate();
      });
      root.append(box);
    }
    (box as unknown as { item: Review }).item = r;
    box.checked = r.done;
    root.dataset.id = r.id;
    root.dataset.done = String(r.done);
  });
}

const revealed = new Set<string>();

function feedbackColumns(grid: Grid): void {
  column(grid, 'Date', (root, f: Feedback) => {
    root.dataset.id = f.id;
    text(root, dates.format(new Date(f.date)));
  });
  column(grid, 'Rating', (root, f: Feedback) => text(root, `${'★'.repeat(f.rating)} ${f.rating} out of 5`));
  column(grid, 'Comments', (root, f: Feedback) => text(root, f.comments + (f.reply ? ` — ${f.reply.text}` : '')));
  column(grid, 'Order ID', (root, f: Feedback) => text(root, f.orderId));
  column(grid, 'Email', (root, f: Feedback) => {
    let span = root.firstElementChild as HTMLElement | null;
    let button = root.lastElementChild as HTMLButtonElement | null;
    if (!span) {
      span = document.createElement('span');
      button = document.createElement('button');
      button.type = 'button';
      button.addEventListener('click', () => {
        const id = (button as unknown as { itemId: string }).itemId;
        if (!revealed.delete(id)) revealed.add(id);
        grid.requestContentUpdate();
      });
      root.append(span, button);
    }
    (button as unknown as { itemId: string }).itemId = f.id;
    const shown = revealed.has(f.id);
    root.dataset.id = f.id;
    text(span, f.raterEmail ? (shown ? f.raterEmail : maskEmail(f.raterEmail)) : 'Not available');
    button!.hidden = !f.raterEmail;
    text(button!, shown ? 'Hide email' : 'Show email');
  });
}

async function gridRep(): Promise<RepResult> {
  revealed.clear();
  for (const r of rows) if ('done' in r) r.done = false;
  const grid = document.createElement('vaadin-grid') as Grid;
  grid.className = 'grid';
  if (component === 'review-list') reviewColumns(grid);
  else feedbackColumns(grid);
  stage().append(grid);
  mounted = grid;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const cell = (id: string) => grid.querySelector(`vaadin-grid-cell-content[data-id="${id}"]`);

  const t0 = performance.now();
  grid.items = rows;
  const t1 = await when([grid], () => !!cell(rows[0]!.id), 'the first rows');
  const nodes = countNodes(grid);

  const f0 = performance.now();
  const filteredRows = rows.filter((r) => r.rating <= 2);
  grid.items = filteredRows;
  const filter = (await when([grid], () => !!cell(filteredRows[0]!.id), 'the filtered rows')) - f0;

  let toggle: number;
  if (component === 'review-list') {
    const id = filteredRows[0]!.id;
    const box = grid.querySelector<HTMLInputElement>(`vaadin-grid-cell-content[data-done][data-id="${id}"] input`)!;
    const g0 = performance.now();
    box.click();
    toggle =
      (await when(
        [grid],
        () => !!grid.querySelector(`vaadin-grid-cell-content[data-done="true"][data-id="${id}"]`),
        'done',
      )) - g0;
  } else {
    const f = (filteredRows as Feedback[]).find((x) => x.raterEmail)!;
    const content = [...grid.querySelectorAll<HTMLElement>(`vaadin-grid-cell-content[data-id="${f.id}"]`)].find((c) =>
      c.querySelector('button'),
    )!;
    const span = content.firstElementChild!;
    const g0 = performance.now();
    content.querySelector('button')!.click();
    toggle = (await when([grid], () => !span.textContent!.includes('***'), 'the email')) - g0;
  }
  return { firstRows: t1 - t0, filter, toggle, nodes };
}

async function run(reps: number, warmup = 1): Promise<RepResult[]> {
  const out: RepResult[] = [];
  for (let i = 0; i < warmup + reps; i++) {
    mounted?.remove();
    mounted = null;
    await new Promise((r) => setTimeout(r, 30));
    const result = impl === 'kit' ? await kitRep() : await gridRep();
    if (i >= warmup) out.push(result);
  }
  return out;
}

(window as unknown as { benchApi: unknown }).benchApi = { setup, run };
