/**
 * Fired (cancelable) when **Open** is pressed on a client account's row, before the nearest
 * `<review-kit-provider>`'s `account` is set (detail `{accountId}`). Cancel it (`event.preventDefault()`) to handle
 * the choice yourself — navigate to the client's own page, say — and the provider is left as it was.
 */
export class AccountSelectEvent extends Event {
  static readonly eventName = 'account-select';
  readonly detail: { accountId: string };
  constructor(readonly accountId: string) {
    super(AccountSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { accountId };
  }
}

declare global {
  interface HTMLElementEventMap {
    'account-select': AccountSelectEvent;
  }
}
