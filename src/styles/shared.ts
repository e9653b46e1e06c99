import { css } from 'lit';

/**
 * Host styles shared by every element. Public tokens are `--srk-*` custom properties (set them on any
 * ancestor); each falls back to the default below. See the theming guide in the README.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--srk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--srk-font-size, 0.875rem);
    line-height: var(--srk-line-height, 1.45);
    color: var(--srk-color-text, #0f1111);
    --_gap: var(--srk-space, 0.75rem);
    --_radius: var(--srk-radius, 8px);
    --_surface: var(--srk-color-surface, #ffffff);
    --_surface-alt: var(--srk-color-surface-alt, #f7f8f8);
    --_border: var(--srk-color-border, #d5d9d9);
    --_muted: var(--srk-color-text-muted, #565959);
    --_accent: var(--srk-color-accent, #0b57d0);
    --_accent-text: var(--srk-color-accent-text, #ffffff);
    --_good: var(--srk-color-good, #067d62);
    --_warn: var(--srk-color-warning, #8a5300);
    --_bad: var(--srk-color-danger, #b12704);
    --_focus: var(--srk-color-focus, #0b57d0);
    --_star: var(--srk-color-star, #b35c00);
  }
  /* The render container (KitElement): no box of its own, it only carries the locale's dir. */
  .kit-dir {
    display: contents;
  }
  /* An icon that points somewhere (an arrow, a chevron) carries .flip-rtl and is mirrored right to left; stars,
     check marks and the up/down sort arrows are not. */
  :dir(rtl) .flip-rtl {
    transform: scaleX(-1);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: inherit;
    padding: 0.35rem 0.8rem;
    min-height: 2rem;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  /* A busy button keeps the focus with aria-disabled, and looks like a disabled one. */
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .state {
    padding: calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state.error,
  .state.config-error {
    border-color: var(--_bad);
    border-inline-start-width: 4px;
  }
  .state .state-title {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .skeleton {
    display: block;
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_surface-alt), var(--_border), var(--_surface-alt));
    background-size: 200% 100%;
    animation: srk-shimmer 1.4s ease-in-out infinite;
    min-height: 0.9em;
    margin: 0.4em 0;
  }
  .skeleton:nth-child(3n) {
    width: 70%;
  }
  .skeleton:nth-child(3n + 1) {
    width: 90%;
  }
  .skeleton:nth-child(3n + 2) {
    width: 55%;
  }
  @keyframes srk-shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .state.error,
    .state.config-error {
      border-color: CanvasText;
    }
  }
`;

/** The alert badge of an element's header (`renderAlertBadge`, `components/shared/alert-badge.ts`). */
export const alertStyles = css`
  .srk-alerts {
    margin: 0 0 var(--_gap);
  }
  .srk-alerts-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .srk-alerts .icon {
    width: 1em;
    height: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .srk-alerts-list {
    list-style: none;
    margin: 0.4rem 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .srk-alert {
    display: flex;
    gap: 0.35rem;
    align-items: baseline;
    padding: 0.2rem 0;
  }
  .srk-alert-severity {
    font-weight: 700;
  }
  .srk-alert-critical .icon,
  .srk-alerts-toggle.srk-alert-critical .icon {
    color: var(--_bad);
  }
  .srk-alert-warning .icon,
  .srk-alerts-toggle.srk-alert-warning .icon {
    color: var(--_warn);
  }
`;
