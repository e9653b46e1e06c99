/**
 * The compliance linter (`src/policy/lint.ts`, the biggest policy module) loaded on demand, so an element entry
 * only pays for it (and for its English strings, src/i18n/en/lint.ts) when a composer opens. Until it has loaded,
 * `lintFor()` returns null and `isBlocked(null)` is true: text is never sent unlinted. When it cannot load
 * (offline, a deploy that removed the chunk), `lintFailure()` says why (a `network` error) until `retryLinter()`.
 *
 * @deprecated Module state shared by every host: use `LintController` (`src/controllers/lint-controller.ts`).
 * Kept only until feedback-table adopts the controller (then this file and its two tests go).
 * @internal
 */
import { loadCode } from '../../data/lazy-adapter.js';
import type { SellerKitError } from '../../data/errors.js';
import { addEnglish } from '../../i18n/index.js';
import type * as Lint from '../../policy/lint.js';

export type { LintFinding } from '../../policy/lint.js';

type Host = { requestUpdate(): void; readonly updateComplete?: Promise<unknown> };

let linter: typeof Lint | undefined;
let loading: Promise<typeof Lint> | undefined;
let failure: SellerKitError | undefined;

/** How the linter's code is fetched; tests replace `load` to simulate a chunk that cannot load. @internal */
export const linterSource = {
  load: () => Promise.all([import('../../policy/lint.js'), import('../../i18n/en/lint.js')]),
};

/** Hosts that showed "Loading…" or a load failure: all re-render when the current load settles. */
const waiting = new Set<Host>();

function settle(): void {
  for (const h of waiting) h.requestUpdate();
  waiting.clear();
}

/** Loads the linter once (after a failure, the next call tries again). */
export function loadLinter(): Promise<typeof Lint> {
  return (loading ??= loadCode(linterSource.load()).then(
    ([m, strings]) => {
      addEnglish(strings.default);
      failure = undefined;
      linter = m;
      settle();
      return m;
    },
    (e: SellerKitError) => {
      loading = undefined;
      failure = e;
      settle();
      throw e;
    },
  ));
}

const load = (): void => void loadLinter().catch(() => undefined);

/**
 * Findings for `text`, or null while the linter loads or after it failed to (see `lintFailure`); `host`
 * re-renders once the load settles. A failed load is not retried on every render, only by `retryLinter`.
 * @internal
 */
export function lintFor(host: Host, text: string, context: Lint.LintContext): Lint.LintFinding[] | null {
  if (linter) return linter.lintMessage(text, context);
  waiting.add(host);
  if (!failure) load();
  return null;
}

/** Why the linter could not load (a `network` SellerKitError), or undefined. @internal */
export const lintFailure = (): SellerKitError | undefined => failure;

/**
 * Forgets a failed load and tries again: `host` re-renders now ("Loading…"), and every element that showed the
 * failure re-renders when the load settles. The Retry button goes away with that render, so `field()` (the text
 * being checked) gets the focus once `host` has re-rendered, never the page body. @internal
 */
export function retryLinter(host: Host, field?: () => HTMLElement | null): void {
  failure = undefined;
  waiting.add(host);
  load();
  host.requestUpdate();
  if (field) void host.updateComplete?.then(() => field()?.focus());
}

/** True when sending must be blocked: the linter has not run yet, or a finding blocks. */
export const isBlocked = (findings: Lint.LintFinding[] | null): boolean =>
  !findings || linter!.hasBlockingFindings(findings);

/** The character limit of a lint context (`LINT_LIMITS`), or null while the linter loads. */
export const lintLimit = (context: Lint.LintContext): number | null => linter?.LINT_LIMITS[context] ?? null;

export { findingMessage } from './lint-findings.js';
