/**
 * The compliance linter (`src/policy/lint.ts`, the biggest policy module) loaded on demand, so an element entry
 * only pays for it (and for its English strings, src/i18n/en/lint.ts) when a composer opens. Until it has loaded,
 * `lintFor()` returns null and `isBlocked(null)` is true: text is never sent unlinted.
 * @internal
 */
import { addEnglish, type Params } from '../../i18n/index.js';
import type * as Lint from '../../policy/lint.js';

export type { LintFinding } from '../../policy/lint.js';

let linter: typeof Lint | undefined;
let loading: Promise<typeof Lint> | undefined;

/** Loads the linter once (a failed load is retried on the next call). */
export function loadLinter(): Promise<typeof Lint> {
  return (loading ??= Promise.all([import('../../policy/lint.js'), import('../../i18n/en/lint.js')]).then(
    ([m, strings]) => {
      addEnglish(strings.default);
      return (linter = m);
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  ));
}

/**
 * Findings for `text`, or null while the linter loads; `host` re-renders once it has.
 * @internal
 */
export function lintFor(
  host: { requestUpdate(): void },
  text: string,
  context: Lint.LintContext,
): Lint.LintFinding[] | null {
  if (linter) return linter.lintMessage(text, context);
  loadLinter().then(
    () => host.requestUpdate(),
    () => {},
  );
  return null;
}

/** True when sending must be blocked: the linter has not run yet, or a finding blocks. */
export const isBlocked = (findings: Lint.LintFinding[] | null): boolean =>
  !findings || linter!.hasBlockingFindings(findings);

/** The character limit of a lint context (`LINT_LIMITS`), or null while the linter loads. */
export const lintLimit = (context: Lint.LintContext): number | null => linter?.LINT_LIMITS[context] ?? null;

/** A finding's message in `i18n`'s language; the linter's English text when the key has no translation. */
export function findingMessage(i18n: { t(key: string, params?: Params): string }, f: Lint.LintFinding): string {
  const text = i18n.t(f.messageKey, f.params);
  return text === f.messageKey ? f.message : text;
}
