import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { toSellerKitError } from '../../data/errors.js';
import removalEn from '../../i18n/en/removal.js';
import feedbackRemovalEn from '../../i18n/en/feedback-removal.js';
import type { Feedback, RemovalReason } from '../../data/models.js';
import type { RemovalCandidate } from '../../policy/removal-candidates.js';
import { ModalController } from '../../controllers/modal-controller.js';
import { IntentController } from '../../controllers/intent-controller.js';
import { FeedbackElement } from './feedback-element.js';
import { confidenceLevel, excerpt } from './feedback-format.js';
import { FeedbackRemovalRequestedEvent } from './feedback-table.events.js';
import { styles } from './feedback-removal-dialog.styles.js';

const REASONS: RemovalReason[] = ['personal-data', 'obscene', 'product-review', 'fba-delivery'];
/** The dialog's one intent (one request per opening). */
const INTENT = 'removal';

/** How a removal dialog ended: the updated entry once a request was made, or the failure of a request that settled after the dialog had closed. */
export interface RemovalOutcome {
  requested?: Feedback;
  error?: unknown;
}

/**
 * The removal-request dialog of `<feedback-table>`: Amazon's criteria the comment appears to meet (with highlighted
 * excerpts), one criterion to pick, the request, and Amazon's answer. The table defines it on the first "Request
 * removal" and opens it with `show()`; it is not meant to be used on its own.
 *
 * While the request is pending, Escape and Cancel leave it open (the kit's rule, `ModalController`).
 *
 * @summary Feedback removal request dialog (inside `<feedback-table>`, loaded on first use).
 * @tag feedback-removal-dialog
 * @fires {FeedbackRemovalRequestedEvent} feedback-removal-requested - A removal request was submitted.
 */
export class FeedbackRemovalDialog extends FeedbackElement {
  static override strings = [...FeedbackElement.strings, removalEn, feedbackRemovalEn];

  static override styles = [...FeedbackElement.styles, styles];

  /** @internal The entry the dialog is about, as it was when the dialog opened. */
  @state() private feedback?: Feedback;
  /** @internal Removal suggestions, computed when the dialog opened. */
  @state() private candidates: RemovalCandidate[] = [];
  /** @internal */
  @state() private reason?: RemovalReason;
  /** @internal Amazon's answer. */
  @state() private result?: Feedback;
  @query('dialog') private dialog!: HTMLDialogElement | null;

  /**
   * The request as an intent: pending state, its failure, and its idempotency key — one per opening (forgotten on
   * `show`), reused by a retry within it.
   */
  private intents = new IntentController(this);
  /** The request under way (an outcome that settles after the dialog closed is still reported). */
  private request?: Promise<void>;
  private lateError?: unknown;
  private settle?: (outcome: RemovalOutcome) => void;

  private modal = new ModalController(this, {
    dialog: () => this.dialog,
    pending: () => this.sending,
    onClose: () => void this.closed(),
  });

  private get sending(): boolean {
    return this.intents.pending(INTENT);
  }

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.modal.isOpen;
  }

  /**
   * Opens the dialog for `feedback` with its removal suggestions; focus returns to `trigger` on close. Resolves
   * when the dialog has closed and its request (if any) has settled.
   */
  async show(feedback: Feedback, candidates: RemovalCandidate[], trigger: HTMLElement): Promise<RemovalOutcome> {
    this.feedback = feedback;
    this.candidates = candidates;
    this.reason = this.result = this.lateError = undefined;
    this.intents.clear(INTENT);
    this.intents.forget(INTENT);
    const outcome = new Promise<RemovalOutcome>((resolve) => (this.settle = resolve));
    await this.updateComplete;
    this.modal.show(trigger);
    return outcome;
  }

  private async closed(): Promise<void> {
    await this.request;
    const result = this.result;
    this.feedback = undefined;
    this.settle?.({ requested: result, error: this.lateError });
    this.settle = undefined;
  }

  private async requestRemoval(): Promise<void> {
    const adapter = this.kitAdapter;
    const f = this.feedback;
    const reason = this.reason;
    if (!adapter || !f || !reason || this.sending || this.result) return;
    const request = (this.request = this.intents
      .run(INTENT, INTENT, (idempotencyKey) => adapter.requestFeedbackRemoval(f.id, reason, { idempotencyKey }))
      .then(async (outcome) => {
        if (!outcome.ok) {
          // Shown in the dialog while it is open; else reported to the table, which shows it on the row.
          if ('error' in outcome && !(this.modal.isOpen && this.dialog?.open)) {
            this.intents.clear(INTENT);
            this.lateError = toSellerKitError(outcome.error);
          }
          return;
        }
        this.result = outcome.value;
        this.emit(new FeedbackRemovalRequestedEvent(outcome.value, reason));
        // The row loses its "Request removal" button: the table moves focus into the row once the dialog closes.
        this.modal.returnFocus(() => undefined);
        // The outcome replaced the focused Submit button: focus moves to Close instead of dropping to <body>.
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.buttons button')?.focus();
      }));
    await request;
    if (this.request === request) this.request = undefined;
  }

  protected override render(): TemplateResult {
    const f = this.feedback;
    return html`<dialog
      class="removal"
      aria-labelledby="removal-title"
      closedby=${this.modal.closedBy}
      @cancel=${this.modal.onCancel}
      @close=${this.modal.onClose}
    >
      ${f ? this.renderBody(f) : nothing}
    </dialog>`;
  }

  private renderBody(f: Feedback): TemplateResult {
    const result = this.result?.removal;
    // A busy button's aria-disabled, not disabled: focus would drop to <body>. Clicks are ignored meanwhile.
    const busy = this.sending ? 'true' : nothing;
    const error = this.intents.error(INTENT);
    return html`<h2 id="removal-title">${this.t('feedback.removal.request')}</h2>
      <p>${this.t('feedback.removal.intro')}</p>
      <h3>${this.t('feedback.removal.candidates')}</h3>
      ${
        this.candidates.length
          ? html`<ul class="candidates">
              ${this.candidates.map((c) => {
                const x = excerpt(f.comments, c.start, c.end);
                return html`<li>
                  <strong>${this.t(`feedback.removal.reason.${c.criterion}`)}</strong> —
                  ${this.t(`feedback.removal.confidence.${confidenceLevel(c.confidence)}`)}
                  <blockquote class="excerpt" dir="auto">${x.before}<mark>${x.match}</mark>${x.after}</blockquote>
                </li>`;
              })}
            </ul>`
          : html`<p class="note">${this.t('feedback.removal.no-candidates')}</p>`
      }
      ${
        result
          ? html`<div class="outcome ${result.status}" role="status">
                <p class="state-title">
                  ${this.outcome(`feedback.removal.outcome.${result.status}`, 'feedback.local.removal')}
                </p>
                ${
                  result.status === 'struck-through' && !this.writesAreLocal
                    ? html`<p>${this.fbaMessage(this.result!)}</p>`
                    : nothing
                }
              </div>
              <div class="buttons">
                <button type="button" class="primary" @click=${() => this.modal.close()}>
                  ${this.t('common.close')}
                </button>
              </div>`
          : html`<fieldset class="reasons" ?disabled=${this.sending}>
                <legend>${this.t('feedback.removal.pick')}</legend>
                ${REASONS.map(
                  (r) =>
                    html`<label
                      ><input
                        type="radio"
                        name="removal-reason"
                        .value=${r}
                        .checked=${this.reason === r}
                        ?disabled=${r === 'fba-delivery' && f.fulfillment !== 'afn'}
                        @change=${() => ((this.reason = r), this.intents.clear(INTENT))}
                      />${this.t(`feedback.removal.reason.${r}`)}</label
                    >`,
                )}
                ${f.fulfillment !== 'afn' ? html`<p class="hint">${this.t('feedback.removal.fba-only')}</p>` : nothing}
              </fieldset>
              ${error ? html`<p class="inline-error" role="alert">${this.errorMessage(error)}</p>` : nothing}
              <div class="buttons">
                <button
                  type="button"
                  class="primary"
                  ?disabled=${!this.reason}
                  aria-disabled=${busy}
                  @click=${() => void this.requestRemoval()}
                >
                  ${this.t(this.sending ? 'common.sending' : 'feedback.removal.submit')}
                </button>
                <button type="button" aria-disabled=${busy} @click=${() => this.modal.requestClose('cancel')}>
                  ${this.t('common.cancel')}
                </button>
              </div>`
      }`;
  }
}
