import { css } from 'lit';

/** `<feedback-removal-dialog>`: the dialog box as `<feedback-table>`'s confirm dialog, the criteria and the outcome. */
export const styles = css`
  h2 {
    font-size: 1.15em;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1em;
    margin: 0.75rem 0 0.25rem;
  }
  p {
    margin: 0 0 0.3rem;
  }
  .hint {
    color: var(--_muted);
  }
  .note {
    border-inline-start: 4px solid var(--_warn);
    padding: 0.35rem 0.6rem;
    background: var(--_surface-alt);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem 0.75rem;
    align-items: flex-start;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  label {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
  }
  .inline-error {
    color: var(--_bad);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
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
    overflow-wrap: anywhere;
  }
  .candidates {
    padding-inline-start: 1.2rem;
  }
  mark {
    background: color-mix(in srgb, var(--_warn) 25%, var(--_surface));
    color: inherit;
    outline: 1px dashed currentColor;
  }
  .outcome {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
