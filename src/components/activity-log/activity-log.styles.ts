import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0;
    font-size: 1.1em;
  }
`;
