import type { ReactiveControllerHost } from 'lit';

/**
 * The changes over a task's page (issue 16: data flows one way): confirmed or optimistic copies of items by id
 * (`edit`), and items taken out of the page (`hide`), never written into the task's data. A newly loaded page (a
 * reload, another query) has the server's copies and starts with none. Each change asks the host to render.
 */
export class PageOverlay<T extends { id: string }> {
  private page?: object;
  private edits = new Map<string, T>();
  private hidden = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The task's current page (its identity changes when a new one loads). */
    private readonly current: () => { items: readonly T[] } | undefined,
  ) {}

  /** The overlay of the current page (a new page starts with none). */
  private sync(): void {
    const page = this.current();
    if (page === this.page) return;
    this.page = page;
    this.edits = new Map();
    this.hidden = new Set();
  }

  /** Shows `item` in place of the page's copy. */
  edit(item: T): void {
    this.sync();
    this.edits.set(item.id, item);
    this.host.requestUpdate();
  }

  /** Takes an item out of the page, or puts it back. */
  hide(id: string, hide: boolean): void {
    this.sync();
    if (hide) this.hidden.add(id);
    else this.hidden.delete(id);
    this.host.requestUpdate();
  }

  /** The item's changed copy, if any. */
  get(id: string): T | undefined {
    this.sync();
    return this.edits.get(id);
  }

  /** The changed copies by id (a snapshot). */
  changed(): ReadonlyMap<string, T> {
    this.sync();
    return new Map(this.edits);
  }

  /** The items shown: the page's, with the changes over them; `total` less the items taken out. */
  shown(page: { items: readonly T[]; total: number }): { items: T[]; total: number } {
    this.sync();
    const items = page.items.filter((r) => !this.hidden.has(r.id)).map((r) => this.edits.get(r.id) ?? r);
    return { items, total: Math.max(0, page.total - this.hidden.size) };
  }
}
