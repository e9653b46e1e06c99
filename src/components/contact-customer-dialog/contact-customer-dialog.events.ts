import type { Review } from '../../data/models.js';

/** Fired after Amazon accepted the Contact Customer message. `review` is the updated review from the adapter. */
export class ContactSentEvent extends Event {
  static readonly eventName = 'contact-sent';
  constructor(readonly review: Review) {
    super(ContactSentEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the dialog closes without having sent a message (Cancel, Escape, `close()`).
 * `alreadyContacted` is true when the adapter answered that the customer had already been contacted
 * (a `conflict`): nothing was sent, but the review is done.
 */
export class ContactCancelEvent extends Event {
  static readonly eventName = 'contact-cancel';
  constructor(readonly alreadyContacted = false) {
    super(ContactCancelEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'contact-sent': ContactSentEvent;
    'contact-cancel': ContactCancelEvent;
  }
}
