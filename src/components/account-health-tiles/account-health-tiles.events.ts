import type { MetricGroup } from '../../data/models.js';

/**
 * Fired (cancelable) when the user asks to expand a tile's details with "View details". Cancel it
 * (`event.preventDefault()`) to handle the request yourself — navigate to your own page, say — and the tile
 * stays collapsed.
 */
export class HealthDetailsRequestEvent extends Event {
  readonly detail: { group: MetricGroup };
  constructor(readonly group: MetricGroup) {
    super('health-details-request', { bubbles: true, composed: true, cancelable: true });
    this.detail = { group };
  }
}

declare global {
  interface HTMLElementEventMap {
    'health-details-request': HealthDetailsRequestEvent;
  }
}
