import { css } from 'lit';

export const styles = css`
  :host {
    container: portfolio / inline-size;
  }
  /* The table scrolls sideways in its own named region (tabindex 0, so keyboard users can scroll it too). */
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--_surface);
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 0.4rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.45rem 0.6rem;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface-alt);
    padding: 0.2rem;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  button.sort {
    border: 0;
    background: none;
    font-weight: 700;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    text-align: inherit;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-weight: 600;
  }
  .status-none {
    color: var(--_muted);
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
  tbody th {
    font-weight: 400;
    min-width: 15rem;
  }
  .name {
    display: block;
    font-weight: 600;
  }
  tbody th > * + * {
    margin-inline-start: 0.4rem;
  }
  tbody th > .status {
    margin-inline-start: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .bad-count {
    display: block;
  }
  .open {
    min-height: 1.75rem;
    padding: 0.15rem 0.6rem;
  }
  tr.current {
    background: var(--_surface-alt);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .total th,
  .total td {
    font-weight: 600;
    border-bottom: 0;
  }
  /* Phones: the account column narrower, the cells tighter (the table still scrolls in its region). */
  @container portfolio (max-width: 40rem) {
    tbody th {
      min-width: 11rem;
    }
    th,
    td {
      padding: 0.4rem 0.4rem;
    }
  }
  @media (forced-colors: active) {
    .status,
    .icon {
      color: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
