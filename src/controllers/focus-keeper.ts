import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface FocusKeeperOptions {
  /** The regions a focused control belongs to (`closest()`), e.g. `'.composer, article, nav'`. */
  home: string;
  /**
   * Where the focus goes when a render removed or disabled the focused control; `home` is its region (still
   * connected or not). Return null to leave the focus alone (e.g. a closed composer hands focus back itself).
   */
  restore: (home: Element | null) => HTMLElement | null | undefined;
}

/**
 * Keeps keyboard users in place across renders: captures the focused element of the host's shadow root (and its
 * region) before each update, and after it — when that element was removed or disabled by the render — moves the
 * focus where `restore` says, never to the page body.
 */
export class FocusKeeper implements ReactiveController {
  private was?: [Element, Element | null];

  constructor(
    private readonly host: Host,
    private readonly options: FocusKeeperOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const el = this.host.shadowRoot?.activeElement;
    this.was = el ? [el, el.closest(this.options.home)] : undefined;
  }

  hostUpdated(): void {
    const [el, home] = this.was ?? [];
    this.was = undefined;
    if (!el || (el.isConnected && !el.matches(':disabled'))) return;
    this.options.restore(home ?? null)?.focus();
  }
}
