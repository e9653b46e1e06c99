import { css } from 'lit';

/** The drop zone's own styles (the host, tokens and states come from `KitElement.styles`). */
export const styles = css`
  .zone {
    display: grid;
    gap: 0.5rem;
    padding: calc(var(--_gap) * 1.5);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .zone.over {
    border-color: var(--_accent);
  }
  .title {
    font-weight: 700;
    margin: 0;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  progress {
    inline-size: min(20rem, 100%);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .error {
    color: var(--_bad);
  }
  .question {
    display: grid;
    gap: 0.5rem;
    padding: var(--_gap);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .question p {
    margin: 0;
  }
  .readings {
    display: grid;
    gap: 0.75rem;
    list-style: none;
    padding: 0;
  }
  .readings ul {
    margin-block-start: 0.25rem;
  }
  button {
    font: inherit;
  }
  /* Phones (issue 21): the file picker shrinks with the zone; long file names wrap instead of widening it. */
  .pick,
  input[type='file'] {
    max-inline-size: 100%;
  }
  .pick {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  [part='messages'],
  .question {
    overflow-wrap: anywhere;
  }
`;
