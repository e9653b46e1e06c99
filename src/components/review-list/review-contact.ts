/**
 * `<review-list>`'s Contact customer: the inner `<contact-customer-dialog>` (its code loads once a "Contact
 * customer" button is on screen, after the render, never from it; awaited before the dialog opens, a failure shown
 * on the review as intent `contact:<id>`), and what the list does with the dialog's `contact-sent` and
 * `contact-cancel` (both bubble on to the page).
 * @internal
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { IntentController } from '../../controllers/intent-controller.js';
import type { Review } from '../../data/models.js';
import type {
  ContactCancelEvent,
  ContactSentEvent,
} from '../contact-customer-dialog/contact-customer-dialog.events.js';
import { type ContactDialog, loadContactDialog } from './review-list.loaders.js';

export interface ReviewContactOptions {
  intents: IntentController;
  /** Shows `review` in place of the page's version. */
  edit(review: Review): void;
  reload(): void;
  /** The announcement of a sent contact. */
  sent(review: Review): string;
}

export class ReviewContact implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: ReviewContactOptions,
  ) {
    host.addController(this);
  }

  private get root(): ParentNode {
    return this.host.shadowRoot ?? this.host;
  }

  /** Preloads the dialog once a "Contact customer" button is on screen (a failure shows on press). */
  hostUpdated(): void {
    if (this.root.querySelector('button.contact')) loadContactDialog().catch(() => undefined);
  }

  async open(review: Review, trigger: HTMLElement): Promise<void> {
    const { intents } = this.o;
    intents.clear(`contact:${review.id}`);
    try {
      await loadContactDialog();
    } catch (e) {
      intents.fail(`contact:${review.id}`, e);
      return;
    }
    this.root.querySelector<ContactDialog>('contact-customer-dialog')?.show(review, trigger);
  }

  /**
   * The dialog closed without a confirmed send. When the customer had been contacted already, or a send still
   * under way as the dialog closed then failed (a timeout may still have reached Amazon), the list reloads so the
   * status is right; a failure is also shown on the review, since the closed dialog could not show it.
   */
  private readonly onCancel = (e: ContactCancelEvent): void => {
    if (e.error !== undefined && e.reviewId) this.o.intents.fail(`contact:${e.reviewId}`, e.error);
    if (e.alreadyContacted || e.error !== undefined) this.o.reload();
    this.host.requestUpdate();
  };

  private readonly onSent = (e: ContactSentEvent): void => {
    const review = e.review;
    if (!review) return;
    this.o.intents.clear(`contact:${review.id}`);
    this.o.edit(review);
    this.o.intents.announce(this.o.sent(review));
  };

  /** The dialog element (defined once its code has loaded). */
  render(): TemplateResult {
    return html`<contact-customer-dialog
      @contact-sent=${this.onSent}
      @contact-cancel=${this.onCancel}
    ></contact-customer-dialog>`;
  }
}
