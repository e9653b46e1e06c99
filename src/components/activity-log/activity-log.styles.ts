import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.15em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-bottom: 0.75rem;
  }
  .toolbar label {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .download-area {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--_surface);
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
  .outcome {
    white-space: nowrap;
    font-weight: 600;
  }
  .outcome.refused,
  .outcome.failed {
    color: var(--_bad);
  }
  .error-code {
    display: block;
    font-weight: normal;
    white-space: normal;
  }
  .sent {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0.25rem 0;
  }
  details ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
  .item {
    overflow-wrap: anywhere;
  }
`;
