import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import contactEn from '../../i18n/en/contact.js';
import policyEn from '../../i18n/en/policy.js';
import { retryMode, toSellerKitError } from '../../data/errors.js';
import type { ContactReason, Review, Session } from '../../data/models.js';
import { sessionFor } from '../../data/session.js';
import sellerCentralEn from '../../i18n/en/seller-central.js';
import { capabilityMode, sellerCentralUrl } from '../../policy/seller-central.js';
import { recordSellerCentral, renderSellerCentralLink } from '../shared/seller-central-link.js';
import { CONTACT_TEMPLATES, contactEligibility, type ContactReasonCode } from '../../policy/index.js';
import { ContactCancelEvent, ContactSentEvent } from './contact-customer-dialog.events.js';
import { styles } from './contact-customer-dialog.styles.js';
import { findReview } from './find-review.js';
import { renderStars } from '../shared/stars.js';
import { ModalController } from '../../controllers/modal-controller.js';

export { ContactCancelEvent, ContactSentEvent };

const REASONS = Object.keys(CONTACT_TEMPLATES) as ContactReason[];

/** Failures after which sending again cannot help: the dialog offers no retry. */

/** @internal A send that may or may not have reached Amazon: its key (and reason) are reused on the next try. */
interface Intent {
  key: string;
  reason: ContactReason;
}

/** @internal What the dialog checked when it opened. */
interface Checked {
  review: Review;
  session: Session;
  eligible: boolean;
  reasons: ContactReasonCode[];
}

type Phase = 'idle' | 'sending' | 'sent' | 'conflict' | 'failed';

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
  static override strings = [...KitElement.strings, contactEn, policyEn, sellerCentralEn];

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

  @state() private reason: ContactReason = REASONS[0]!;
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
      const found = review ?? (await findReview(adapter, reviewId!, signal));
      const session = await sessionFor(adapter, signal);
      return { review: found, session, ...contactEligibility(found, session, this.now()) };
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
      this.reason = earlier?.reason ?? REASONS[0]!;
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
    if (this.inFlight || !adapter || !checked?.eligible || this.done) return;
    if (this.phase === 'failed' && !this.canRetry()) return;
    const id = checked.review.id;
    this.inFlight = true;
    this.phase = 'sending';
    this.failure = undefined;
    this.intents.set(id, { key: this.idempotencyKey, reason: this.reason });
    try {
      const updated = await adapter.contactCustomer(id, this.reason, { idempotencyKey: this.idempotencyKey });
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

  private onReason(e: Event): void {
    this.reason = (e.target as HTMLInputElement).value as ContactReason;
  }

  /** A template's text; a key missing from every table gives null (the preview then says so). */
  private template(key: string, c: Checked): string | null {
    const brand = c.session.brands.find((b) => b.id === c.review.brandId)?.name ?? '';
    if (!this.has(key)) return null;
    return this.t(key, {
      productTitle: c.review.productTitle,
      sellerName: c.session.sellerName,
      brandName: brand,
      asin: c.review.asin,
    });
  }

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

  private renderChecked(c: Checked): TemplateResult {
    const done = this.done;
    // SPEC §9 `capabilities`: 'manual' → a link to Seller Central instead of a form that cannot be sent; 'none' →
    // no way to contact from here.
    const mode = capabilityMode(this.kitAdapter?.capabilities, 'contactCustomer');
    const form = c.eligible && !done && mode === 'api';
    return html`${this.renderReview(c.review)} ${done || c.eligible ? nothing : this.renderIneligible(c.reasons)}
      ${form ? this.renderForm(c) : nothing}
      ${
        c.eligible && !done && mode === 'manual'
          ? html`<p class="seller-central-link">
              ${renderSellerCentralLink({
                href: sellerCentralUrl('contactCustomer', c.session.marketplaceId),
                label: this.t('sc.contact'),
                newTab: this.t('sc.new-tab'),
                action: 'contactCustomer',
                opened: () =>
                  recordSellerCentral(this.kitAdapter, 'contactCustomer', c.review.id, c.session.marketplaceId),
              })}
            </p>`
          : nothing
      }
      <div class="live" role="status">${this.renderStatus()}</div>
      ${this.phase === 'failed' || this.phase === 'conflict' ? this.renderFailure() : nothing}
      ${this.renderActions(form)}`;
  }

  private renderForm(c: Checked): TemplateResult {
    return html`<form id="form" @submit=${this.onSubmit}>
      <fieldset ?disabled=${this.phase === 'sending'}>
        <legend>${this.t('contact.reason.legend')}</legend>
        ${REASONS.map(
          (r) =>
            html`<div class="option">
              <input
                type="radio"
                id="reason-${r}"
                name="reason"
                aria-describedby="hint-${r}"
                .value=${r}
                .checked=${this.reason === r}
                @change=${this.onReason}
              />
              <span>
                <label class="option-name" for="reason-${r}">${this.t(`contact.reason.${r}`)}</label>
                <span class="option-hint" id="hint-${r}">${this.t(`contact.reason.${r}.hint`)}</span>
              </span>
            </div>`,
        )}
      </fieldset>
      ${this.renderPreview(c)}
    </form>`;
  }

  private renderReview(r: Review): TemplateResult {
    return html`<dl class="review" part="review">
      <dt>${this.t('contact.review.product')}</dt>
      <dd>${r.productTitle}</dd>
      <dt>${this.t('contact.review.rating')}</dt>
      <dd>${renderStars(r.rating, this.t('common.rating-of-5', { rating: r.rating }))}</dd>
      <dt>${this.t('contact.review.title')}</dt>
      <dd class="review-title">${r.title}</dd>
    </dl>`;
  }

  private renderIneligible(reasons: ContactReasonCode[]): TemplateResult {
    return html`<div class="ineligible" role="alert">
      <p class="state-title"><span aria-hidden="true">⊘ </span>${this.t('contact.ineligible.title')}</p>
      <p>${this.t('contact.ineligible.intro')}</p>
      <ul>
        ${reasons.map((code) => html`<li data-reason=${code}>${this.reasonText(code)}</li>`)}
      </ul>
    </div>`;
  }

  private renderPreview(c: Checked): TemplateResult {
    const { subjectKey, bodyKey } = CONTACT_TEMPLATES[this.reason];
    const subject = this.template(subjectKey, c);
    const body = this.template(bodyKey, c);
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">${this.t('contact.preview.title')}</h3>
      <p class="note"><span aria-hidden="true">🔒 </span>${this.t('contact.preview.note')}</p>
      ${
        subject === null || body === null
          ? html`<p class="mail missing">${this.t('contact.preview.unavailable')}</p>`
          : html`<div class="mail" data-reason=${this.reason}>
              <p class="subject"><span class="label">${this.t('contact.preview.subject')}</span> ${subject}</p>
              <p class="body">${body}</p>
            </div>`
      }
    </section>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    if (this.phase === 'sending') return html`<p class="sending">${this.t('common.sending')}</p>`;
    if (this.phase !== 'sent' || !this.sent) return nothing;
    const sentAt = this.sent.contact?.sentAt ?? this.now().toISOString();
    const reason = this.sent.contact?.reason ?? this.reason;
    return html`<div class="sent">
      <p class="state-title"><span aria-hidden="true">✓ </span>${this.t('contact.sent.title')}</p>
      <p>
        ${this.t('contact.sent.body', {
          reason: this.t(`contact.reason.${reason}`),
          date: this.i18n.date(sentAt, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
    </div>`;
  }

  private renderFailure(): TemplateResult {
    if (this.phase === 'conflict') {
      return html`<div class="failure conflict" role="alert" data-code="conflict">
        <p class="state-title"><span aria-hidden="true">ℹ </span>${this.t('contact.conflict.title')}</p>
        <p>${this.t('contact.conflict.body')}</p>
      </div>`;
    }
    const code = toSellerKitError(this.failure).code;
    return html`<div class="failure" role="alert" data-code=${code}>
      <p class="state-title"><span aria-hidden="true">⚠ </span>${this.t('contact.failed.title')}</p>
      <p>${this.errorMessage(this.failure)}</p>
      ${this.canRetry() ? html`<p>${this.t('contact.failed.retry')}</p>` : nothing}
    </div>`;
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
