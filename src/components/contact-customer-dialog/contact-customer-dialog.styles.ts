import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(100% - 2rem, var(--srk-dialog-width, 36rem));
    max-height: calc(100% - 2rem);
    overflow: auto;
    padding: calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: var(--srk-dialog-backdrop, rgb(15 17 17 / 0.5));
  }
  h2 {
    margin: 0 0 var(--_gap);
    font-size: 1.25em;
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .review {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem var(--_gap);
    margin: 0 0 var(--_gap);
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .review dt {
    color: var(--_muted);
  }
  .review dd {
    margin: 0;
  }
  /* A phone (the modal dialog sizes to the viewport): each term above its value, so values get the full width. */
  @media (max-width: 26rem) {
    .review {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .review dd + dt {
      margin-block-start: 0.4rem;
    }
  }
  .review-title {
    font-weight: 600;
  }
  .stars {
    color: var(--_star);
    letter-spacing: 0.05em;
  }
  fieldset {
    margin: 0 0 var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.35rem 0;
  }
  .option input,
  .option label {
    cursor: pointer;
  }
  .option input {
    margin-block-start: 0.2rem;
  }
  .option-name {
    display: block;
    font-weight: 600;
  }
  .option-hint,
  .note {
    display: block;
    color: var(--_muted);
  }
  .note {
    margin: 0 0 0.5rem;
  }
  .mail {
    margin: 0;
    padding: var(--_gap);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .mail p {
    margin: 0 0 0.5rem;
  }
  .mail .body {
    white-space: pre-line;
    margin: 0;
  }
  .mail .label {
    font-weight: 600;
  }
  .mail .label::after {
    content: ':';
  }
  .ineligible,
  .failure,
  .sent {
    margin: var(--_gap) 0 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  .ineligible,
  .failure {
    border-inline-start-color: var(--_bad);
  }
  .failure.conflict {
    border-inline-start-color: var(--_warn);
  }
  .sent {
    border-inline-start-color: var(--_good);
  }
  .ineligible ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .ineligible p,
  .failure p,
  .sent p {
    margin: 0 0 0.25rem;
  }
  .sending {
    margin: var(--_gap) 0 0;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: var(--_gap);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .ineligible,
    .failure,
    .sent {
      border-color: CanvasText;
    }
  }
`;
