/**
 * The findings of the compliance linter under a composer's text, one template for review-list's comment composer
 * and feedback-table's reply composer: the load failure (with Retry), a polite status line ("Loading…", "2 issues
 * found"), and each finding with its severity, its message in the host language, the Apply-fix suggestion
 * (`lint-fix.ts`) and an excerpt of the text around it.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Params } from '../../i18n/index.js';
import type { SellerKitError } from '../../data/errors.js';
import type { LintFinding } from '../../controllers/lint-controller.js';
import { renderFix } from './lint-fix.js';

type I18n = { t(key: string, params?: Params): string };

/** A finding's message in `i18n`'s language; the linter's English text when the key has no translation. */
export function findingMessage(i18n: I18n, f: LintFinding): string {
  const text = i18n.t(f.messageKey, f.params);
  return text === f.messageKey ? f.message : text;
}

export interface LintFindingsOptions {
  i18n: I18n;
  /** The container's id (the textarea's `aria-describedby` names it). */
  id: string;
  /** The text that was linted. */
  text: string;
  /** The findings, or null until the linter is ready (`LintController.findings`). */
  findings: LintFinding[] | null;
  /** Why the linter could not load (`LintController.failure`); shown with `renderError` instead of the findings. */
  failure?: SellerKitError;
  /** The host's error rendering with its Retry button (`KitElement.renderError(failure, retry)`). */
  renderError: (failure: SellerKitError) => TemplateResult;
  /** The label before a finding's message, e.g. "Error (blocks posting):" or "Must fix:". */
  severity: (severity: LintFinding['severity']) => string;
  /** The status line once linted ("2 issues found" / "No policy issues found."); without it, only "Loading…". */
  summary?: (findings: LintFinding[]) => string;
  /** Applies a finding's fix to the draft (the Apply button). */
  apply: (f: LintFinding) => void;
  /** Show the excerpt of the text around each finding (default true). */
  excerpts?: boolean;
}

/** Up to 20 characters either side of the finding, the finding marked. */
function renderExcerpt(text: string, f: LintFinding): TemplateResult {
  const start = Math.max(0, Math.min(text.length, f.start));
  const end = Math.max(start, Math.min(text.length, f.end));
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  return html`<q class="excerpt"
    >${start > 20 ? '…' : ''}${before}<mark>${text.slice(start, end)}</mark>${after}${
      end + 20 < text.length ? '…' : ''
    }</q
  >`;
}

/** The findings block of a composer (see the module comment). */
export function renderLintFindings(o: LintFindingsOptions): TemplateResult {
  const { i18n, findings, failure, text } = o;
  const status = !findings ? i18n.t('common.loading') : o.summary ? o.summary(findings) : '';
  return html`<div class="findings" id=${o.id}>
    ${failure && !findings ? o.renderError(failure) : nothing}
    <p class="findings-title" role="status" ?hidden=${!!failure && !findings}>${status}</p>
    ${
      findings?.length
        ? html`<ul>
            ${findings.map(
              (f) =>
                html`<li class="finding ${f.severity}" data-rule=${f.rule}>
                  <span class="severity"
                    ><span aria-hidden="true">${f.severity === 'error' ? '⛔' : '⚠'}</span> ${o.severity(f.severity)}</span
                  >
                  <span class="message">${findingMessage(i18n, f)}</span>
                  ${renderFix(i18n, text, f, () => o.apply(f))} ${o.excerpts === false ? nothing : renderExcerpt(text, f)}
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}
