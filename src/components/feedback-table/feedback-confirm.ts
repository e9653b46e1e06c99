/**
 * `<feedback-table>`'s confirm dialog for posting or removing a public reply, or asking the buyer to remove the
 * feedback (SPEC §9, after the seller confirms the problem was resolved): the text concerned, the failure of the
 * last attempt, and the confirm / Cancel buttons (the `<dialog>` around it runs on the table's `ModalController`).
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';

export interface ConfirmOptions {
  i18n: LocalizeController;
  /** Posting (else removing) a reply. */
  post: boolean;
  /** Asking the buyer to remove the feedback (SPEC §9) instead; `text` is the feedback's comment. */
  ask?: boolean;
  /** The reply to post, or the reply to remove. */
  text: string;
  pending: boolean;
  /** The last attempt's failure, in words. */
  error?: string;
  confirm: () => void;
  /** Cancel (the modal refuses while pending). */
  cancel: () => void;
}

/** The dialog's content; the `<dialog class="confirm">` is the table's (it must be there before this loads). */
export function renderConfirm(c: ConfirmOptions): TemplateResult {
  const t = c.i18n.t.bind(c.i18n);
  // While the request is pending the buttons are aria-disabled, not disabled (focus would drop to <body>); the
  // clicks are ignored (the intent is pending, the modal refuses to close).
  const busy = c.pending ? 'true' : nothing;
  const [title, body, submit] = c.ask
    ? (['feedback.ask-buyer.title', 'feedback.ask-buyer.body', 'feedback.ask-buyer.confirm'] as const)
    : c.post
      ? (['feedback.reply.confirm.title', 'feedback.reply.confirm.body', 'feedback.reply.confirm.submit'] as const)
      : (['feedback.reply.remove.title', 'feedback.reply.remove.body', 'feedback.reply.remove.submit'] as const);
  return html`<h2 id="confirm-title">${t(title)}</h2>
    <p>${t(body)}</p>
    <blockquote class="preview" dir="auto">${c.text}</blockquote>
    ${c.error === undefined ? nothing : html`<p class="inline-error" role="alert">${c.error}</p>`}
    <div class="buttons">
      <button type="button" class="primary" aria-disabled=${busy} @click=${c.confirm}>
        ${t(c.pending ? 'common.sending' : submit)}
      </button>
      <button type="button" aria-disabled=${busy} @click=${c.cancel}>${t('common.cancel')}</button>
    </div>`;
}
