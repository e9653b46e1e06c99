import type { Feedback, FeedbackCategory, RemovalReason } from '../../data/models.js';

/** The rating filter of `<feedback-table>`: a category, or `'all'`. */
export type FeedbackFilter = FeedbackCategory | 'all';

const init = { bubbles: true, composed: true } as const;

/** The user changed the rating filter (user action only, never on load). */
export class FeedbackFilterChangeEvent extends Event {
  constructor(readonly filter: FeedbackFilter) {
    super('feedback-filter-change', init);
  }
}

/** A public reply was posted; `feedback` is the updated entry from the adapter. */
export class FeedbackReplyPostedEvent extends Event {
  constructor(readonly feedback: Feedback) {
    super('feedback-reply-posted', init);
  }
}

/** A public reply was removed; `feedback` is the updated entry from the adapter. */
export class FeedbackReplyRemovedEvent extends Event {
  constructor(readonly feedback: Feedback) {
    super('feedback-reply-removed', init);
  }
}

/** A removal request was submitted; `feedback.removal` holds Amazon's answer (received, retained, struck through, removed). */
export class FeedbackRemovalRequestedEvent extends Event {
  constructor(
    readonly feedback: Feedback,
    readonly reason: RemovalReason,
  ) {
    super('feedback-removal-requested', init);
  }
}

/**
 * A feedback report was built (Amazon's tab-separated format). Cancelable: `preventDefault()` stops the
 * browser download, so a host can deliver `text` its own way.
 */
export class FeedbackReportDownloadEvent extends Event {
  constructor(
    readonly text: string,
    readonly filename: string,
    readonly rows: number,
  ) {
    super('feedback-report-download', { ...init, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'feedback-filter-change': FeedbackFilterChangeEvent;
    'feedback-reply-posted': FeedbackReplyPostedEvent;
    'feedback-reply-removed': FeedbackReplyRemovedEvent;
    'feedback-removal-requested': FeedbackRemovalRequestedEvent;
    'feedback-report-download': FeedbackReportDownloadEvent;
  }
}
