import { css } from 'lit';

export const reviewListStyles = css`
  :host {
    --_list-gap: var(--srk-review-list-gap, var(--_gap));
    --_review-bg: var(--srk-review-list-review-background, var(--_surface));
    --_done-bg: var(--srk-review-list-done-background, var(--_surface-alt));
    --_text-width: var(--srk-review-list-max-text-width, 70ch);
    --_stars: var(--srk-review-list-star-color, var(--_star));
  }
  .filters,
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: flex-end;
  }
  .filters {
    margin-block-end: var(--_gap);
  }
  /* A narrow container (a phone) never widens for a form control's intrinsic width (Firefox's search field). */
  .fields,
  .fields > label,
  .fields input,
  .fields select {
    min-width: 0;
    max-width: 100%;
  }
  fieldset,
  .meta,
  .product,
  .comment-date,
  .hint {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.25rem 0.6rem 0.5rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .fields > label:not(.check) {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-weight: 600;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.3rem 0.45rem;
    font-weight: 400;
  }
  input[type='checkbox'] {
    margin: 0 0.35rem 0 0;
    width: 1rem;
    height: 1rem;
  }
  label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.1rem;
    min-height: 1.75rem;
  }
  /* A filter value and its count wrap as one (a long brand name wraps inside its label, the count stays beside it). */
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    max-width: 100%;
  }
  .option > label.check {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .option > .count {
    flex: none;
  }
  .feed {
    display: grid;
    gap: var(--_list-gap);
  }
  .feed.busy {
    cursor: progress;
    box-shadow: inset 0 3px 0 var(--_accent);
  }
  .review {
    background: var(--_review-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    overflow-wrap: anywhere;
  }
  .review.is-done {
    background: var(--_done-bg);
  }
  .review header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .stars {
    color: var(--_stars);
    letter-spacing: 0.05em;
  }
  .title {
    margin: 0;
    font-size: 1.05em;
  }
  .meta,
  .product,
  .comment-date,
  .hint {
    margin: 0.3rem 0;
  }
  .read-only,
  .stars .off,
  .meta,
  .product,
  .comment-date,
  .hint,
  .updating {
    color: var(--_muted);
  }
  .body,
  .comment-text {
    max-width: var(--_text-width);
    white-space: pre-line;
    margin: 0.4rem 0;
  }
  .badge.verified {
    color: var(--_good);
    font-weight: 600;
  }
  .product-title {
    color: var(--srk-color-text, #0f1111);
  }
  .comments ul,
  .findings ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
  .actions,
  .composer-actions,
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-start: 0.5rem;
  }
  a {
    color: var(--_accent);
  }
  details,
  .contact {
    margin-block-start: 0.4rem;
  }
  summary {
    cursor: pointer;
    width: fit-content;
  }
  .unable summary {
    color: var(--_bad);
    font-weight: 600;
  }
  .contact-done {
    color: var(--_good);
  }
  .warning {
    color: var(--_warn);
  }
  .alert,
  .finding.error .severity,
  .reason {
    color: var(--_bad);
  }
  .alert {
    font-weight: 600;
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
  .composer {
    display: grid;
    gap: 0.3rem;
    margin-block-start: 0.5rem;
    max-width: var(--_text-width);
  }
  .composer label {
    font-weight: 600;
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_bad);
  }
  .severity {
    font-weight: 700;
  }
  mark {
    background: color-mix(in srgb, var(--_warn) 22%, transparent);
    color: inherit;
    text-decoration: underline wavy var(--_bad);
  }
  .pager {
    margin-block-start: var(--_gap);
  }
  .empty:focus {
    outline: 2px solid var(--_focus);
  }
  @media (forced-colors: active) {
    .review.is-done {
      border-style: dashed;
    }
  }
  .toolbar,
  .bulk {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.75rem;
    align-items: center;
  }
  .toolbar {
    justify-content: space-between;
    margin-block-end: 0.5rem;
  }
  .bulk button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .guide {
    margin-block-end: 0.5rem;
  }
  label.select {
    font-size: 0.875em;
    margin-inline-end: 0.5rem;
  }
  dialog.shortcut-help {
    max-width: min(32rem, calc(100vw - 2rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  dialog.shortcut-help table {
    border-collapse: collapse;
    margin-block: 0.5rem;
  }
  dialog.shortcut-help :is(th, td) {
    text-align: start;
    padding: 0.2rem 0.75rem 0.2rem 0;
  }
  kbd {
    font-family: inherit;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0 0.35rem;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    margin-block-start: 0.75rem;
  }
  :host([density='compact']) {
    --_list-gap: var(--srk-review-list-compact-gap, 0.4rem);
  }
  :host([density='compact']) .review {
    padding: var(--srk-review-list-compact-padding, 0.5rem 0.75rem);
  }
  :host([density='compact']) .review :is(.meta, .product, p) {
    margin-block: 0.15rem;
  }
  :host([density='compact']) .review .body {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--srk-review-list-compact-lines, 2);
    line-clamp: var(--srk-review-list-compact-lines, 2);
    overflow: hidden;
  }
`;
