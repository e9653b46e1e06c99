import type { Review } from '../../data/models.js';

/** Fired after Amazon accepted the Contact Customer message. `review` is the updated review from the adapter. */
export class ContactSentEvent extends Event {
  static readonly eventName = 'contact-sent';
  constructor(readonly review: Review) {
    super(ContactSentEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the dialog closes without having sent a message (Cancel, Escape, `close()`), or when a send that was
 * still under way as the dialog closed then failed. `alreadyContacted` is true when the adapter answered that the
 * customer had already been contacted (a `conflict`): nothing was sent, but the review is done. `reviewId` is the
 * review the dialog was about; `error` is set when the dialog was closed during a send that then failed (the
 * dialog could not show it).
 */
export class ContactCancelEvent extends Event {
  static readonly eventName = 'contact-cancel';
  constructor(
    readonly alreadyContacted = false,
    readonly reviewId?: string,
    readonly error?: unknown,
  ) {
    super(ContactCancelEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'contact-sent': ContactSentEvent;
    'contact-cancel': ContactCancelEvent;
  }
}
