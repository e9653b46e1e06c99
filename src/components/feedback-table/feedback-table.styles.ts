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
  /* The summary is a container too: on a phone its five columns tighten to fit (issue 21). */
  section.summary {
    container: summary / inline-size;
  }
  @container summary (max-width: 32rem) {
    .periods {
      font-size: 0.9em;
    }
    .periods th,
    .periods td {
      padding: 0.35rem 0.15rem;
    }
    /* "86% (336)" may break inside itself rather than widen the page (Firefox with CJK fonts was 1–4 px over). */
    .periods td {
      overflow-wrap: anywhere;
    }
    .periods thead th {
      vertical-align: bottom;
    }
    .periods th:first-child {
      padding-inline-start: 0.35rem;
      word-break: keep-all;
    }
  }
  /* The summary's rating line only: a flex table cell would leave its row (its rule out of line with the row's). */
  p.rating {
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
  /* The recent-feedback table is a container: under 52rem its rows stack (below). */
  .table-wrap {
    container: recent / inline-size;
  }
  td.comments {
    min-width: 16rem;
  }
  .comment,
  .reply-text,
  .fba-note,
  blockquote {
    overflow-wrap: anywhere;
  }
  /* Dates never break; order ids and e-mails break only where breakable() put a <wbr> (after @ - . _), else, as a
     last resort at a very narrow width, anywhere without widening the column (break-word leaves min-content alone). */
  td.date {
    white-space: nowrap;
  }
  td.order,
  .email-text {
    overflow-wrap: break-word;
    word-break: normal;
  }
  td.email {
    min-width: 8rem;
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
  /* Issue 21: narrow containers (a phone, a side panel) show each row as a stacked card. The table keeps its roles
     (set in the markup) and its column headers for screen readers; the sortable headers stay visible as a row of
     sort buttons, the others are visually hidden; each cell shows its column's name. */
  @container recent (max-width: 52rem) {
    table,
    thead,
    tbody,
    tbody tr,
    tbody td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
      background: var(--_surface-alt);
      border-bottom: 1px solid var(--_border);
      padding: 0.2rem 0.4rem;
    }
    thead th {
      display: block;
      border: 0;
      padding: 0;
    }
    thead th:not(.sortable) {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    tbody tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.4rem 0.6rem;
    }
    tbody td {
      border: 0;
      padding: 0.15rem 0;
      min-width: 0;
    }
    td.comments {
      min-width: 0;
    }
    tr.priority {
      border-inline-start: 4px solid var(--_bad);
    }
    tr.priority td:first-child {
      box-shadow: none;
    }
    /* The column's name before the cell's content; the empty alternative text keeps it from assistive technology
       (the column header names the cell), where the engine supports it. */
    td[data-label]::before {
      content: attr(data-label) ': ';
      content: attr(data-label) ': ' / '';
      font-weight: 600;
      color: var(--_muted);
    }
    td.rating .badge {
      margin-inline-start: 0.4rem;
    }
    .actions button {
      display: inline-block;
      margin-inline-end: 0.3rem;
    }
  }
  @media (forced-colors: active) {
    tr.priority td:first-child {
      border-inline-start: 4px solid CanvasText;
    }
    @container recent (max-width: 52rem) {
      tr.priority {
        border-inline-start-color: CanvasText;
      }
      tr.priority td:first-child {
        border-inline-start: 0;
      }
    }
  }
`;
