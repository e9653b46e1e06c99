import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Key → where the focus goes, from the index of the focused item and the number of items. */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i) => i + 1,
  j: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  k: (i) => i - 1,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Keyboard navigation of a feed (WAI-ARIA feed pattern): on a focused item, ArrowDown / `j` and ArrowUp / `k`
 * move to the next and previous item, Home and End to the first and last. Keys typed inside an item's controls
 * and modified keys are left alone. Bind `onKeydown` on the feed container.
 */
export class FeedNavigationController implements ReactiveController {
  constructor(
    private readonly host: Host,
    /** The items, e.g. `'article[data-id]'`. */
    readonly selector = 'article[data-id]',
  ) {
    host.addController(this);
  }

  /** Nothing to set up: the state lives as long as the host. */
  hostConnected(): void {}

  /** The items in document order. */
  items(): HTMLElement[] {
    const root = this.host.shadowRoot ?? this.host;
    return [...root.querySelectorAll<HTMLElement>(this.selector)];
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    if (!target.matches(this.selector) || e.altKey || e.ctrlKey || e.metaKey) return;
    const move = MOVES[e.key];
    if (!move) return;
    const items = this.items();
    e.preventDefault();
    const next = move(items.indexOf(target), items.length);
    items[Math.max(0, Math.min(items.length - 1, next))]?.focus();
  };
}
