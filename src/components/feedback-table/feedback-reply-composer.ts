/**
 * `<feedback-table>`'s public-reply composer (the text field, the length hint, the linter's findings with Apply
 * fixes, Post reply / Cancel). Part of the replies' chunk (feedback-replies.ts), so it stays out of the table's
 * first load together with the findings template and the fix helpers.
 * @internal
 */
import { html, type TemplateResult } from 'lit';
import type { LintController, LintFinding } from '../../controllers/lint-controller.js';
import type { SellerKitError } from '../../data/errors.js';
import type { Params } from '../../i18n/index.js';
import { renderLintFindings } from '../shared/lint-findings.js';
import { applyFix, focusAfterFix } from '../shared/lint-fix.js';

export interface ReplyComposerOptions {
  /** The feedback entry's id (the field is `#reply-<id>`). */
  id: string;
  /** The draft. */
  text: string;
  i18n: { t(key: string, params?: Params): string };
  /** The host's linter (`feedback-reply`); its findings gate Post reply: text is never sent unlinted. */
  lint: LintController;
  /** The host: Apply waits for its render before putting the caret back. */
  host: { readonly updateComplete: Promise<unknown> };
  /** The field itself, in the host's shadow root. */
  field: () => HTMLTextAreaElement | null;
  /** The host's error rendering with a Retry button. */
  renderError: (e: SellerKitError, retry: () => void) => TemplateResult;
  /** The draft changed (typing, or an applied fix). */
  input: (text: string) => void;
  /** A fix was applied (for the announcement). */
  applied: () => void;
  /** Post reply (opens the confirmation). */
  submit: (e: Event) => void;
  cancel: () => void;
}

export function renderReplyComposer(o: ReplyComposerOptions): TemplateResult {
  const { i18n, lint, text } = o;
  // null while the linter loads ("Loading…"): Post reply stays disabled until the text has been checked.
  const findings = lint.findings(text);
  // The limit is the linter's (LINT_LIMITS), known once it has loaded.
  const limit = lint.limit;
  const invalid = !!findings && lint.blocked(findings);
  const blocked = lint.blocked(findings) || !text.trim();
  const id = `reply-${o.id}`;
  /** Apply: the fix replaces its span in the draft, which is linted again; the caret follows the fix. */
  const apply = (f: LintFinding) => {
    const next = applyFix(text, f);
    if (!next) return;
    o.input(next.text);
    o.applied();
    void focusAfterFix(o.host, o.field, next.caret);
  };
  return html`<div class="composer">
    <label for=${id}>${i18n.t('feedback.reply.field')}</label>
    <textarea
      id=${id}
      rows="3"
      dir="auto"
      .value=${text}
      aria-describedby=${`${id}-hint ${id}-findings`}
      aria-invalid=${invalid ? 'true' : 'false'}
      @input=${(e: Event) => o.input((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id=${`${id}-hint`}>
      ${i18n.t('feedback.reply.hint')}
      ${limit === null ? '' : i18n.t('feedback.reply.length', { count: text.length, limit })}
    </p>
    ${renderLintFindings({
      i18n,
      id: `${id}-findings`,
      text,
      findings,
      // The linter's code could not load: said with Retry (Post reply stays disabled).
      failure: lint.failure,
      renderError: (e) => o.renderError(e, () => lint.retry(o.field)),
      severity: (s) => i18n.t(`feedback.lint.${s}`),
      apply,
      excerpts: false,
    })}
    <div class="buttons">
      <button type="button" class="primary" ?disabled=${blocked} @click=${o.submit}>
        ${i18n.t('feedback.reply.submit')}
      </button>
      <button type="button" @click=${o.cancel}>${i18n.t('common.cancel')}</button>
    </div>
  </div>`;
}
