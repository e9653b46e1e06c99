/**
 * `<review-list>`'s keyboard shortcuts: the key map (each key presses a visible control of the focused review, so
 * every shortcut has a button) and the "Keyboard shortcuts" help dialog (`?`), where single-key shortcuts can also
 * be turned off (WCAG 2.1.4). The rules (never in text fields, selects, dialogs; never with modifiers) are
 * ShortcutController's. The help's content and its ModalController load on the first `?` or "Keyboard shortcuts"
 * press (review-shortcut-help.ts); the dialog opens once they are there, focus in it as on every later opening.
 * @internal
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ShortcutController, type ShortcutHandler } from '../../controllers/shortcut-controller.js';
import type { ShortcutHelp } from './review-shortcut-help.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;
type Host = ReactiveControllerHost & HTMLElement;

/** The review a key was pressed in. */
function reviewOf(target: HTMLElement): HTMLElement | null {
  return target.closest<HTMLElement>('article[data-id]');
}

/**
 * The key map over the rendered cards: `j`/`k` move between reviews (from inside one too), the others press the
 * focused review's own control (Select, Mark as done, Comment, Contact customer) when it has one; `?` the help.
 */
export function reviewShortcuts(
  host: HTMLElement,
  help: (trigger: HTMLElement) => void,
): Record<string, ShortcutHandler> {
  const root = (): ParentNode => host.shadowRoot ?? host;
  const press = (selector: string) => (target: HTMLElement) =>
    reviewOf(target)?.querySelector<HTMLElement>(selector)?.click();
  const move = (by: number) => (target: HTMLElement) => {
    const all = [...root().querySelectorAll<HTMLElement>('article[data-id]')];
    const here = reviewOf(target);
    const i = here ? all.indexOf(here) + by : 0;
    all[Math.max(0, Math.min(all.length - 1, i))]?.focus();
  };
  return {
    j: move(1),
    k: move(-1),
    x: press('.select input'),
    e: press('.done input'),
    c: press('button[id^="comment-btn-"]'),
    o: press('button.contact'),
    '?': help,
  };
}

export interface ShortcutHelpView {
  t: Translate;
  enabled: boolean;
  setEnabled(on: boolean): void;
}

/** The "Keyboard shortcuts" button (a visible way to the help, and to turning single-key shortcuts off). */
export function renderShortcutsButton(t: Translate, open: (trigger: HTMLElement) => void): TemplateResult {
  return html`<button
    type="button"
    class="shortcuts-button"
    aria-haspopup="dialog"
    @click=${(e: Event) => open(e.currentTarget as HTMLElement)}
  >
    ${t('review-list.shortcuts')}
  </button>`;
}

/**
 * The list's shortcuts: the ShortcutController with the key map, and the help dialog — rendered closed from the
 * first render, its content and ModalController loaded on first use (the host's `updateComplete` waits for them).
 */
export class ReviewShortcuts implements ReactiveController {
  readonly keys: ShortcutController;
  /** The help's content and modal, once loaded. */
  private help?: ShortcutHelp;
  /** The help's code loading for a press (handed to the host's `pending`: its `updateComplete` waits for it). */
  private loading?: Promise<unknown>;
  /** Where focus returns from the help that opens once its code is there. */
  private opening?: HTMLElement;

  constructor(
    private readonly host: Host,
    enabled: () => boolean,
    private readonly failed: (e: unknown) => void,
    private readonly pending: (p: Promise<unknown>) => void,
  ) {
    host.addController(this);
    this.keys = new ShortcutController(host, { enabled, keys: reviewShortcuts(host, (t) => this.open(t)) });
  }

  hostConnected(): void {}

  /** Opens the help: at once when its code is there, else after the render that follows its load. */
  open(trigger: HTMLElement): void {
    if (this.help) return this.help.modal.show(trigger);
    this.opening = trigger;
    if (this.loading) return;
    this.loading = import('./review-shortcut-help.js').then(
      (m) => {
        this.help = new m.ShortcutHelp(this.host);
        this.host.requestUpdate();
      },
      (e: unknown) => {
        this.loading = this.opening = undefined;
        this.failed(e);
      },
    );
    this.pending(this.loading);
  }

  /** After the render with the help's content: the help asked for opens (focus goes into it as usual). */
  hostUpdated(): void {
    const trigger = this.opening;
    if (!this.help || !trigger) return;
    this.opening = undefined;
    this.help.modal.show(trigger);
  }

  /** The help dialog: closed and empty until its code has loaded; opened by its ModalController. */
  render(v: ShortcutHelpView): TemplateResult {
    const modal = this.help?.modal;
    return html`<dialog
      class="shortcut-help"
      aria-labelledby="shortcuts-title"
      closedby=${modal?.closedBy ?? nothing}
      @cancel=${(e: Event) => modal?.onCancel(e)}
      @close=${() => modal?.onClose()}
    >
      ${this.help?.render(v) ?? nothing}
    </dialog>`;
  }
}
