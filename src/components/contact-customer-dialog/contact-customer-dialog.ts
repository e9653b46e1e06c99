import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import contactEn from '../../i18n/en/contact.js';
import { retryMode, toSellerKitError } from '../../data/errors.js';
import type { ContactReason, Review } from '../../data/models.js';
import { sessionFor } from '../../data/session.js';
import { capabilityMode } from '../../policy/capability-mode.js';
import { ContactCancelEvent, ContactSentEvent } from './contact-customer-dialog.events.js';
import { styles } from './contact-customer-dialog.styles.js';
import { ModalController } from '../../controllers/modal-controller.js';
import type { Checked, Phase } from './contact-body.js';
import { lazyCode } from '../../data/load-code.js';

export { ContactCancelEvent, ContactSentEvent };

/**
 * What the open dialog shows, its eligibility rules and its look-up by id (`contact-body.ts`): loaded on the first
 * opening, with the check (a closed dialog shows nothing). One shared import for every dialog on the page.
 */
type BodyModule = typeof import('./contact-body.js');
// A failed load is tried again on the next opening (or Retry).
const loadBody = lazyCode((): Promise<BodyModule> => import('./contact-body.js'));

/** @internal A send that may or may not have reached Amazon: its key (and reason) are reused on the next try. */
interface Intent {
  key: string;
  reason: ContactReason;
}

/**
 * Contact Customer on a critical review: a modal dialog where the seller picks **Courtesy refund** or
 * **Customer support**, reads the fixed Amazon template that will be sent, and sends it once.
 *
 * Give it a `review` object (or a `review-id`: the dialog then finds the review through `listReviews`) and
 * open it with `show(review, trigger)` or the `open` attribute. Eligibility is checked again on every
 * opening with the shared policy (`contactEligibility`), so a dialog opened by code still refuses an
 * ineligible review. One idempotency key per review and intent, reused on retries (also after the dialog was
 * closed and opened again following a failed or timed-out send), and a message is never sent twice.
 *
 * @summary Contact Customer dialog: fixed Amazon templates, eligibility check, send once.
 * @tag contact-customer-dialog
 *
 * @fires {ContactSentEvent} contact-sent - The message was sent; `event.review` is the updated review.
 * @fires {ContactCancelEvent} contact-cancel - The dialog closed without sending (`event.alreadyContacted`
 *   is true when the adapter reported that the customer had already been contacted).
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart review - The review being answered (product, rating, title).
 * @csspart preview - The read-only preview of the template.
 * @csspart actions - The row of buttons.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart config-error - The message shown when no adapter is in reach.
 *
 * @cssprop [--srk-dialog-width=36rem] - Maximum width of the dialog.
 * @cssprop [--srk-dialog-backdrop=rgb(15 17 17 / 0.5)] - Colour of the backdrop behind the dialog.
 */
export class ContactCustomerDialog extends KitElement {
  static override strings = [...KitElement.strings, contactEn];

  static override styles = [...KitElement.styles, styles];

  /** The review to contact the customer about. Wins over `reviewId`. */
  @property({ attribute: false })
  review?: Review;

  /** The id of the review, when no `review` object is given: the dialog then finds the review itself. */
  @property({ attribute: 'review-id' })
  reviewId?: string;

  /** Whether the dialog is open. Setting it opens or closes the dialog like `show()` / `close()`. */
  @property({ type: Boolean, reflect: true })
  open = false;

  /** The chosen reason; undefined: the first (`REASONS[0]` of the body module, which loads with the check). */
  @state() private reason?: ContactReason;
  @state() private phase: Phase = 'idle';
  // Not @state: both are only ever set together with a change of `phase`, which re-renders.
  private failure?: unknown;
  private sent?: Review;
  @query('dialog') private dialog!: HTMLDialogElement;

  private idempotencyKey = '';
  /** The review id the current idempotency key belongs to. */
  private intentFor?: string;
  /**
   * Unsettled intents by review id: after a failed or timed-out send the dialog may be closed and opened again
   * for the same review, and must then send with the same key (the first send may have reached Amazon). Dropped
   * once a send succeeds or fails definitively.
   */
  private intents = new Map<string, Intent>();
  private inFlight = false;
  private opening = 0;
  private focusOnRender = false;

  /**
   * Showing, closing and focus return (to the trigger, else its focusable container). This dialog opts into the
   * kit's "close and report later" rule: Escape and Cancel close it even while a send is pending, and the send
   * reports its outcome when it settles (`contact-sent`, or `contact-cancel` with the `error`). So Escape is never
   * refused: the dialog needs no `closedby` / `cancel` binding.
   */
  private modal = new ModalController(this, {
    dialog: () => this.dialog,
    closeWhilePending: true,
    onClose: () => this.afterClose(),
  });

  /** @internal Loads the review (by id if needed) and the session, then checks eligibility. */
  private check = new Task(this, {
    args: () => [this.open, this.kitAdapter, this.review, this.reviewId, this.opening] as const,
    task: async ([open, adapter, review, reviewId], { signal }): Promise<Checked | typeof initialState> => {
      if (!open || !adapter || (!review && !reviewId)) return initialState;
      // `updateComplete` waits for the body's code (KitElement's `pending`), not for the session or the look-up.
      const code = this.pending(loadBody());
      const [m, found] = await Promise.all([
        code,
        review ?? code.then((b) => b.findReview(adapter, reviewId!, signal)),
      ]);
      const session = await sessionFor(adapter, signal);
      return { review: found, session, ...m.contactEligibility(found, session, this.now()) };
    },
  });

  /**
   * Opens the dialog.
   * @param review The review (else the current `review` / `reviewId`).
   * @param trigger Where focus returns on close (else the element focused now).
   */
  show(review?: Review, trigger?: HTMLElement): void {
    if (review) this.review = review;
    this.modal.setTrigger(trigger);
    this.open = true;
  }

  /** Closes the dialog; focus returns to the trigger. */
  close(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const opened = changed.has('open') && this.open && !changed.get('open');
    if (opened) {
      // Before the render moves focus: where focus returns on close.
      this.modal.setTrigger();
      this.opening++;
    }
    // A new opening, or another review while open, starts afresh: idle state, and a new idempotency key unless
    // an earlier send for this review is still unsettled (then its key and reason are reused).
    const id = this.review?.id ?? this.reviewId;
    if ((opened || (this.open && id !== this.intentFor)) && !this.inFlight) {
      const earlier = id === undefined ? undefined : this.intents.get(id);
      this.intentFor = id;
      this.idempotencyKey = earlier?.key ?? crypto.randomUUID();
      this.phase = 'idle';
      this.failure = undefined;
      this.sent = undefined;
      this.reason = earlier?.reason;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('open')) {
      if (this.open && !this.dialog.open && this.isConnected) {
        this.modal.show();
        this.focusOnRender = true;
      } else if (!this.open && changed.get('open')) {
        this.modal.close();
      }
    }
    if (this.focusOnRender && this.open) this.focusFirst();
  }

  /** Focus goes to the chosen radio, else the first enabled button; not before the checks are done. */
  private focusFirst(): void {
    if (this.check.status === TaskStatus.PENDING) return;
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>('input[type=radio]:checked') ??
      root.querySelector<HTMLElement>('.actions button:not([disabled])');
    if (target) {
      target.focus();
      this.focusOnRender = false;
    }
  }

  /** After the modal closed and focus returned. */
  private afterClose(): void {
    this.focusOnRender = false;
    // A send still under way reports its own outcome (contact-sent, or contact-cancel on failure).
    if (this.phase !== 'sent' && !this.inFlight) {
      this.emit(new ContactCancelEvent(this.phase === 'conflict', this.intentFor));
    }
  }

  /**
   * The native dialog closed itself (Escape): keep `open` in sync. The event is queued, so it may arrive after
   * the dialog was opened again: only a dialog that is really closed counts.
   */
  private onNativeClose = (): void => {
    if (this.open && !this.dialog.open) this.open = false;
  };

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    void this.send();
  };

  /** Sent, or the customer had already been contacted: nothing more can be sent. */
  private get done(): boolean {
    return this.phase === 'sent' || this.phase === 'conflict';
  }

  private async send(): Promise<void> {
    const checked = this.check.status === TaskStatus.COMPLETE ? this.check.value : undefined;
    const adapter = this.kitAdapter;
    // A completed check means the body module has loaded (the check awaits it).
    if (this.inFlight || !adapter || !checked?.eligible || this.done || !loadBody.value) return;
    const reason = (this.reason ??= loadBody.value.REASONS[0]!);
    if (this.phase === 'failed' && !this.canRetry()) return;
    const id = checked.review.id;
    this.inFlight = true;
    this.phase = 'sending';
    this.failure = undefined;
    this.intents.set(id, { key: this.idempotencyKey, reason });
    try {
      const updated = await adapter.contactCustomer(id, reason, { idempotencyKey: this.idempotencyKey });
      this.intents.delete(id);
      this.sent = updated;
      this.phase = 'sent';
      this.focusOnRender = this.open;
      this.emit(new ContactSentEvent(updated));
    } catch (e) {
      this.failure = e;
      this.phase = toSellerKitError(e).code === 'conflict' ? 'conflict' : 'failed';
      if (this.phase === 'conflict' || !this.canRetry()) this.intents.delete(id);
      if (this.phase === 'conflict') this.focusOnRender = this.open;
      if (!this.open) {
        const conflict = this.phase === 'conflict';
        this.emit(new ContactCancelEvent(conflict, id, conflict ? undefined : e));
      }
    } finally {
      this.inFlight = false;
    }
  }

  private canRetry(): boolean {
    return retryMode(toSellerKitError(this.failure), 'write') !== 'never';
  }

  private onReason = (e: Event): void => {
    this.reason = (e.target as HTMLInputElement).value as ContactReason;
  };

  override render(): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${this.onNativeClose}
      aria-busy=${this.check.status === TaskStatus.PENDING}
    >
      <h2 id="title">${this.t('contact.title')}</h2>
      ${this.open ? this.renderBody() : nothing}
    </dialog>`;
  }

  private renderBody(): TemplateResult {
    if (!this.kitAdapter) return html`${this.renderConfigError()}${this.renderActions(false)}`;
    if (!this.review && !this.reviewId) {
      return html`<p class="state" role="alert">${this.t('contact.no-review')}</p>
        ${this.renderActions(false)}`;
    }
    // Once done, keep the outcome on screen even while a new review object (the updated one) is re-checked.
    const last = this.check.value;
    if (this.done && last) return this.renderChecked(last);
    return this.check.render({
      pending: () => html`${this.renderSkeleton(3, this.t('contact.loading'))}${this.renderActions(false)}`,
      error: (e) => html`${this.renderError(e, () => void this.check.run())}${this.renderActions(false)}`,
      complete: (c) => this.renderChecked(c),
    }) as TemplateResult;
  }

  /** The checked review (`contact-body.ts`, loaded by the check this renders the result of). */
  private renderChecked(c: Checked): TemplateResult {
    return loadBody.value!.renderChecked(
      {
        i18n: this.i18n,
        adapter: this.kitAdapter,
        phase: this.phase,
        reason: this.reason ?? loadBody.value!.REASONS[0]!,
        done: this.done,
        sent: this.sent,
        failure: this.failure,
        canRetry: this.phase === 'failed' && this.canRetry(),
        now: this.now(),
        reasonText: (code) => this.reasonText(code),
        errorMessage: (e) => this.errorMessage(e),
        onSubmit: this.onSubmit,
        onReason: this.onReason,
        actions: (form) => this.renderActions(form),
      },
      c,
    );
  }

  /** Send (only with a form that can send) and Cancel, or Close once the contact is done. */
  private renderActions(form: boolean): TemplateResult {
    const canSend = form && (this.phase !== 'failed' || this.canRetry());
    const sendable = capabilityMode(this.kitAdapter?.capabilities, 'contactCustomer') === 'api';
    return html`<div class="actions" part="actions">
      ${
        !this.done && !sendable
          ? html`<button type="button" @click=${this.close}>${this.t('common.cancel')}</button>`
          : this.done
            ? html`<button type="button" class="primary" @click=${this.close}>${this.t('common.close')}</button>`
            : html`<button
                  type="submit"
                  form="form"
                  class="primary"
                  ?disabled=${!canSend}
                  aria-disabled=${this.phase === 'sending'}
                >
                  ${this.t('common.send')}
                </button>
                <button type="button" @click=${this.close}>${this.t('common.cancel')}</button>`
      }
    </div>`;
  }
}
