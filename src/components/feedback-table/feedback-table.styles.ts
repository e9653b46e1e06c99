import { css } from 'lit';

export const styles = css`
  :host {
    --_neg-bg: var(--srk-feedback-negative-bg, color-mix(in srgb, var(--_bad) 7%, var(--_surface)));
  }
  h2 {
    font-size: 1.15em;
    margin: 0 0 0.5rem;
  }
  section + section {
    margin-top: calc(var(--_gap) * 2);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--_surface);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.35rem;
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
  }
  .periods td,
  .periods thead th:not(:first-child) {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .total th,
  .total td {
    font-weight: 600;
  }
  .rating {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .stars {
    color: var(--_star);
    letter-spacing: 0.05em;
  }
  .summary .stars {
    font-size: 1.3em;
  }
  .average {
    font-weight: 700;
  }
  .muted,
  .count,
  .hint,
  .reply-label {
    color: var(--_muted);
  }
  .note {
    border-inline-start: 4px solid var(--_warn);
    padding: 0.35rem 0.6rem;
    background: var(--_surface-alt);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
    margin-bottom: var(--_gap);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  legend {
    font-weight: 600;
    float: inline-start;
    margin-inline-end: 0.5rem;
  }
  label {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
  }
  .table-wrap {
    overflow-x: auto;
  }
  td.comments {
    min-width: 16rem;
  }
  .comment,
  .reply-text,
  .fba-note,
  blockquote,
  td.order,
  .email-text {
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 0.3rem;
  }
  tr.priority {
    background: var(--_neg-bg);
  }
  tr.priority td:first-child {
    box-shadow: inset 4px 0 0 var(--_bad);
  }
  .badge {
    display: inline-block;
    font-size: 0.85em;
    font-weight: 600;
    padding: 0 0.4rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .badge.negative {
    color: var(--_bad);
  }
  .badge.positive {
    color: var(--_good);
  }
  .badge.neutral {
    color: var(--_muted);
  }
  button.sort {
    border: 0;
    background: none;
    padding: 0.1rem 0.2rem;
    font-weight: 700;
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
  }
  button.link {
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0 0.2rem;
    min-height: 0;
  }
  .actions button {
    display: block;
    margin-bottom: 0.3rem;
  }
  .questions {
    margin: 0.3rem 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    font-size: 0.9em;
  }
  .questions div {
    display: flex;
    gap: 0.25rem;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .reply {
    margin-top: 0.4rem;
    padding: 0.4rem 0.6rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .reply-label {
    font-size: 0.9em;
  }
  .fba-note {
    font-style: italic;
  }
  .removal-status {
    font-weight: 600;
  }
  .composer {
    margin-top: 0.5rem;
    display: grid;
    gap: 0.3rem;
  }
  textarea {
    font: inherit;
    width: 100%;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem;
    background: var(--_surface);
    color: inherit;
  }
  /* Issue 14: a blocking finding's suggested rewrite and its Apply button. */
  .fix {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    margin-block-start: 0.2rem;
  }
  .fix .suggestion {
    font-style: italic;
  }
  .findings ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .finding.error,
  .inline-error {
    color: var(--_bad);
  }
  .finding.warning {
    color: var(--_warn);
  }
  .buttons,
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .page-status {
    margin: 0 auto 0 0;
  }
  dialog {
    max-width: min(40rem, 92vw);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    padding: calc(var(--_gap) * 1.5);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  blockquote {
    margin: 0.25rem 0 0.5rem;
    padding: 0.3rem 0.6rem;
    border-inline-start: 3px solid var(--_border);
    white-space: pre-wrap;
  }
  @media (forced-colors: active) {
    tr.priority td:first-child {
      border-inline-start: 4px solid CanvasText;
    }
  }
`;
