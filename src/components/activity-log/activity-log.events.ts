/**
 * Fired when TODO (detail `{ id }`). Bubbles and is composed, like every kit event. Fire it with
 * `this.emit(new ActivityLogChangeEvent(id))` and document it with `@fires` on the element, or delete this file
 * (and its export in src/index.ts) if the element fires no event.
 */
export class ActivityLogChangeEvent extends Event {
  static readonly eventName = 'activity-log-change';
  readonly detail: { id: string };
  constructor(id: string) {
    super(ActivityLogChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id };
  }
}

declare global {
  interface HTMLElementEventMap {
    'activity-log-change': ActivityLogChangeEvent;
  }
}
