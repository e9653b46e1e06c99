import { html, type TemplateResult } from 'lit';
import type { MetricStatus } from '../../policy/index.js';

// In a module of its own: a bundle that draws status icons on first load (the portfolio) leaves `humanize` to the
// lazy chunks that use it (the alert badge).
export { humanize } from './humanize.js';

const PATHS: Record<MetricStatus, string> = {
  good: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M4.8 8.3l2.2 2.2 4.2-4.6',
  'at-risk': 'M8 1.8 15 14.2H1zM8 6v4.2M8 11.6v1',
  bad: 'M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3zM5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8',
  none: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M5 8h6',
};

/** A status icon drawn with currentColor (so forced-colours mode keeps it); always paired with words. */
export function statusIcon(status: MetricStatus): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d=${PATHS[status]}></path>
  </svg>`;
}
