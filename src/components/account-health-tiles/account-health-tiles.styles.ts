import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  h3,
  h4,
  h5,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .base,
  .tile,
  .odr-col,
  .notifications {
    display: grid;
    gap: var(--_gap);
    align-content: start;
  }
  .summary,
  .rating,
  header,
  .row,
  .parts div,
  .details dl div,
  .notifications li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .summary,
  .rating,
  header {
    align-items: baseline;
  }
  header,
  .row,
  .parts div,
  .details dl div {
    justify-content: space-between;
  }
  .summary {
    gap: var(--_gap) calc(var(--_gap) * 2);
  }
  .row,
  .notifications li {
    gap: 0.25rem 0.75rem;
  }
  .parts div,
  .details dl div {
    gap: 0 0.5rem;
  }
  .label,
  .score,
  .big,
  .value,
  .details .name,
  .unread .title {
    font-weight: 700;
  }
  .label {
    margin-inline-end: 0.35rem;
  }
  .score {
    font-size: 1.5em;
  }
  .tiles {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--srk-health-tile-min, 18rem)), 1fr));
    align-items: start;
  }
  @container (max-width: 40rem) {
    .tiles {
      grid-template-columns: 1fr;
    }
  }
  .tile,
  .notifications {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_gap);
    min-width: 0;
  }
  h3 {
    font-size: 1.1em;
  }
  h4,
  h5 {
    font-size: 1em;
  }
  .odr-cols {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    margin-top: 0.5rem;
  }
  .odr-col {
    gap: 0.25rem;
    padding: 0.5rem;
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) / 2);
  }
  .big {
    font-size: 1.4em;
  }
  .metric {
    padding: 0.4rem 0;
  }
  .metric,
  .details,
  .notifications li {
    border-top: 1px solid var(--_border);
  }
  .name,
  .title {
    overflow-wrap: anywhere;
  }
  .muted,
  dt,
  .status-none {
    color: var(--_muted);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-weight: 600;
  }
  .status-good {
    color: var(--_good);
  }
  .status-at-risk {
    color: var(--_warn);
  }
  .status-bad {
    color: var(--_bad);
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .headroom,
  .by-numbers {
    font-size: 0.92em;
  }
  .toggle {
    justify-self: start;
  }
  .details {
    padding-top: 0.5rem;
  }
  .details dd {
    text-align: end;
  }
  .details li,
  .notifications li {
    padding: 0.35rem 0;
  }
  .details li li {
    padding-inline-start: var(--_gap);
  }
  .unread-mark,
  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.85em;
  }
  .unread-mark {
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    .status,
    .icon {
      color: CanvasText;
      forced-color-adjust: auto;
    }
    .tile,
    .notifications {
      border-color: CanvasText;
    }
  }
`;
