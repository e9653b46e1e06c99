import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a close came from: Escape (the native `cancel`), the dialog's Cancel button, or code. */
export type CloseSource = 'escape' | 'cancel' | 'code';

export interface ModalOptions {
  /** The native `<dialog>` (looked up when needed: it may render later than the controller is made). */
  dialog(): HTMLDialogElement | null | undefined;
  /** True while the dialog's request is pending. */
  pending?(): boolean;
  /**
   * Opt-in to "close and report later": Escape and Cancel close the dialog even while its request is pending; the
   * element must then report the outcome itself when the request settles (an event, or an error shown on the row).
   * Default false: the close is refused while pending.
   */
  closeWhilePending?: boolean;
  /**
   * The cancelable request-close: called before Escape or Cancel closes the dialog; returning false keeps it open
   * (a close from code is never refused).
   */
  requestClose?(source: CloseSource): boolean;
  /** Called once the dialog has closed, whichever way, after focus returned. */
  onClose?(): void;
}

/** The focused element, looking inside shadow roots; null for <body>. */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
}

/**
 * One modal `<dialog>` of an element: opening with `showModal()`, closing, and focus going back where it came
 * from. Every dialog in the kit goes through it, so they all behave the same.
 *
 * **Focus return.** `show(trigger)` remembers the trigger (else the element focused at that moment) and the
 * trigger's nearest focusable container (`[tabindex]`). On close focus goes back to the trigger; when the trigger
 * is gone (the host replaced it meanwhile) to that container. `returnFocus(fn)` replaces both for the next close
 * (e.g. a row whose button disappeared with the change the dialog made).
 *
 * **The pending rule (one rule for the whole kit).** While a dialog's request is pending, Escape and Cancel do
 * nothing: the dialog stays open (`closedby="none"` is rendered from {@link closedBy}, the native `cancel` is
 * prevented, {@link requestClose} refuses), so the outcome is shown where it was asked for. An element may opt into
 * the other behaviour with `closeWhilePending: true` — the dialog closes at once and the element reports the outcome
 * when it settles. `<contact-customer-dialog>` does (its public contract: `contact-cancel` carries the `error` of a
 * send that failed after the dialog was closed, `contact-sent` still fires). A close from code (`close()`, or the
 * host calling the native `dialog.close()`) is never refused; an outcome that arrives after it is shown on the row
 * that asked (`feedback-table`) or reported by event.
 */
export class ModalController implements ReactiveController {
  private trigger: HTMLElement | null = null;
  private home: HTMLElement | null = null;
  private focusInstead?: () => void;
  private shown = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ModalOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the dialog is shown (opened through this controller and not closed since). */
  get isOpen(): boolean {
    return this.shown;
  }

  /** True while Escape and Cancel must leave the dialog open (its request is pending, see the pending rule). */
  get blocked(): boolean {
    return !this.options.closeWhilePending && !!this.options.pending?.();
  }

  /** The `closedby` attribute to render on the `<dialog>`. */
  get closedBy(): 'none' | 'closerequest' {
    return this.blocked ? 'none' : 'closerequest';
  }

  /**
   * Remembers where focus returns without opening yet (for elements that open from a property change): the
   * trigger given, else — unless one is remembered already — the element focused now. `show()` keeps it.
   */
  setTrigger(trigger?: HTMLElement | null): void {
    if (!trigger && this.trigger) return;
    this.trigger = trigger ?? deepActiveElement();
    this.home = this.trigger?.parentElement?.closest<HTMLElement>('[tabindex]') ?? null;
  }

  /** Opens the dialog modally. `trigger`: where focus returns (else the one set before, else the focused element). */
  show(trigger?: HTMLElement | null): void {
    this.setTrigger(trigger);
    this.focusInstead = undefined;
    this.shown = true;
    const dialog = this.options.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** On the next close, `focus` runs instead of focus returning to the trigger. */
  returnFocus(focus: () => void): void {
    this.focusInstead = focus;
  }

  /**
   * Escape or Cancel asks to close: refused while blocked (the pending rule) or when `requestClose` says no.
   * Returns whether the dialog closed.
   */
  requestClose(source: CloseSource = 'cancel'): boolean {
    if (!this.shown || this.blocked || this.options.requestClose?.(source) === false) return false;
    this.close();
    return true;
  }

  /** Closes the dialog now (from code: never refused); focus returns (or `focus` runs instead). */
  close(focus?: () => void): void {
    if (focus) this.focusInstead = focus;
    const dialog = this.options.dialog();
    if (dialog?.open) dialog.close();
    this.finish();
  }

  /** Bind to the dialog's `cancel` event (Escape): the close request. */
  readonly onCancel = (e: Event): void => {
    if (this.blocked || this.options.requestClose?.('escape') === false) e.preventDefault();
  };

  /**
   * Bind to the dialog's `close` event: a dialog closed natively (Escape, or the host page calling `close()`).
   * The event is queued, so it may arrive after the dialog was opened again: only a closed dialog counts.
   */
  readonly onClose = (): void => {
    if (!this.options.dialog()?.open) this.finish();
  };

  private finish(): void {
    if (!this.shown) return;
    this.shown = false;
    const instead = this.focusInstead;
    const to = this.trigger?.isConnected ? this.trigger : this.home;
    this.trigger = this.home = null;
    this.focusInstead = undefined;
    if (instead) instead();
    else if (to?.isConnected) to.focus();
    this.options.onClose?.();
  }
}
