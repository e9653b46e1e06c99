/**
 * The public-comment composer under a review: the text, its compliance findings (`renderLintFindings`, with the
 * Apply-fix suggestions), the post failure, and Post / Cancel. Loaded on the first "Comment" (a cold path: most
 * visits never comment), with the findings and fix templates it uses.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../base/localize.js';
import type { LintController, LintFinding } from '../../controllers/lint-controller.js';
import type { SellerKitError } from '../../data/errors.js';
import { renderLintFindings } from '../shared/lint-findings.js';

export { applyFix, focusAfterFix } from '../shared/lint-fix.js';

export interface ReviewCommentView {
  i18n: Pick<LocalizeController, 't'>;
  /** The review's id. */
  id: string;
  text: string;
  lint: LintController;
  /** A post is under way: the text is read-only, Post says "Posting…", Cancel is inert. */
  pending: boolean;
  /** Why the last post failed, already worded. */
  error?: string;
  renderError: (failure: SellerKitError) => TemplateResult;
  input: (text: string) => void;
  apply: (f: LintFinding) => void;
  post: () => void;
  cancel: () => void;
}

export function renderComment(v: ReviewCommentView): TemplateResult {
  const { id, lint } = v;
  const t = v.i18n.t.bind(v.i18n);
  // null while the linter loads: "Loading…", and Post stays disabled until the text has been checked.
  const findings = lint.findings(v.text);
  const blocked = !!findings && lint.blocked(findings);
  const empty = !v.text.trim();
  const reason = blocked ? 'review-list.comment.blocked' : empty ? 'review-list.comment.empty' : '';
  return html`<div class="composer" id="composer-${id}">
    <label for="comment-${id}">${t('review-list.comment.label')}</label>
    <p class="hint" id="comment-hint-${id}">${t('review-list.comment.hint')}</p>
    <textarea
      id="comment-${id}"
      rows="3"
      .value=${live(v.text)}
      aria-describedby="comment-hint-${id} findings-${id}"
      aria-invalid=${blocked}
      ?readonly=${v.pending}
      @input=${(e: Event) => v.input((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${renderLintFindings({
      i18n: v.i18n,
      id: `findings-${id}`,
      text: v.text,
      findings,
      // The linter's code could not load: say so, with Retry (Post stays disabled: text is never sent unlinted).
      failure: lint.failure,
      renderError: v.renderError,
      severity: (s) => `${t(`review-list.severity.${s}`)}:`,
      summary: (fs) =>
        fs.length
          ? t('review-list.comment.findings-count', { count: fs.length })
          : t('review-list.comment.no-findings'),
      apply: v.apply,
    })}
    ${v.error ? html`<p class="alert" role="alert">${v.error}</p>` : nothing}
    <div class="composer-actions">
      <button
        type="button"
        class="primary"
        ?disabled=${!findings || blocked || empty}
        aria-disabled=${v.pending}
        aria-describedby=${reason ? `post-reason-${id}` : nothing}
        @click=${v.post}
      >
        ${t(v.pending ? 'review-list.comment.posting' : 'review-list.comment.post')}
      </button>
      <button type="button" aria-disabled=${v.pending ? 'true' : nothing} @click=${v.cancel}>
        ${t('common.cancel')}
      </button>
      ${reason ? html`<span class="reason" id="post-reason-${id}">${t(reason)}</span>` : nothing}
    </div>
  </div>`;
}
