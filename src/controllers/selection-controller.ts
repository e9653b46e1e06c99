import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How much of a set of ids is selected: for a "Select all" checkbox (`some` is its mixed state). */
export type SelectionState = 'none' | 'some' | 'all';

/**
 * A selection of items by id, for bulk actions on the items shown (a page): `toggle`, `set`, `setAll`, and the
 * state of the shown ids for a "Select all on this page" checkbox (`none` / `some` → `indeterminate` / `all`).
 * Ids no longer shown stay out of `selected(shown)`; `retain(shown)` forgets them (a new page starts with none).
 * The host re-renders on every change.
 */
export class SelectionController implements ReactiveController {
  private readonly ids = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Nothing to set up: the state lives as long as the host. */
  hostConnected(): void {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The selected ids among `shown`, in the order of `shown`. */
  selected(shown: readonly string[]): string[] {
    return shown.filter((id) => this.ids.has(id));
  }

  state(shown: readonly string[]): SelectionState {
    const n = this.selected(shown).length;
    return n === 0 ? 'none' : n === shown.length ? 'all' : 'some';
  }

  set(id: string, on: boolean): void {
    if (on === this.ids.has(id)) return;
    if (on) this.ids.add(id);
    else this.ids.delete(id);
    this.host.requestUpdate();
  }

  toggle(id: string): void {
    this.set(id, !this.ids.has(id));
  }

  /** Selects every id of `shown`, or none of them. */
  setAll(shown: readonly string[], on: boolean): void {
    for (const id of shown) {
      if (on) this.ids.add(id);
      else this.ids.delete(id);
    }
    this.host.requestUpdate();
  }

  /** Forgets every id not in `shown` (call when the page changes). */
  retain(shown: readonly string[]): void {
    const keep = new Set(shown);
    let changed = false;
    for (const id of this.ids) {
      if (!keep.has(id)) changed = this.ids.delete(id);
    }
    if (changed) this.host.requestUpdate();
  }

  clear(): void {
    if (!this.ids.size) return;
    this.ids.clear();
    this.host.requestUpdate();
  }
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight; resolves once all settled (never rejects: each
 * result is `fn`'s own outcome). The order of the results is the order of `items`.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
