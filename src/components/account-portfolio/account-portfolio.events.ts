/**
 * Fired when TODO (detail `{ id }`). Bubbles and is composed, like every kit event. Fire it with
 * `this.emit(new AccountPortfolioChangeEvent(id))` and document it with `@fires` on the element, or delete this file
 * (and its export in src/index.ts) if the element fires no event.
 */
export class AccountPortfolioChangeEvent extends Event {
  static readonly eventName = 'account-portfolio-change';
  readonly detail: { id: string };
  constructor(id: string) {
    super(AccountPortfolioChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id };
  }
}

declare global {
  interface HTMLElementEventMap {
    'account-portfolio-change': AccountPortfolioChangeEvent;
  }
}
