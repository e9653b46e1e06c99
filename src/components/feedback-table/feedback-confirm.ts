/**
 * `<feedback-table>`'s confirm dialog for posting or removing a public reply: the text concerned, the failure of the
 * last attempt, and the confirm / Cancel buttons. The `<dialog>` runs on the table's `ModalController`.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ModalController } from '../../controllers/modal-controller.js';
import type { Params } from '../../i18n/index.js';

export interface ConfirmOptions {
  t: (key: string, params?: Params) => string;
  modal: ModalController;
  /** What is being confirmed, or null while the dialog is closed (it renders empty). */
  content: {
    post: boolean;
    /** The reply to post, or the reply to remove. */
    text: string;
    pending: boolean;
    /** The last attempt's failure, in words. */
    error?: string;
    confirm: () => void;
  } | null;
}

export function renderConfirmDialog({ t, modal, content: c }: ConfirmOptions): TemplateResult {
  // While the request is pending the buttons are aria-disabled, not disabled (focus would drop to <body>); the
  // clicks are ignored (the intent is pending, the modal refuses to close).
  const busy = c?.pending ? 'true' : nothing;
  return html`<dialog
    class="confirm"
    aria-labelledby="confirm-title"
    closedby=${modal.closedBy}
    @cancel=${modal.onCancel}
    @close=${modal.onClose}
  >
    ${
      c
        ? html`<h2 id="confirm-title">${t(c.post ? 'feedback.reply.confirm.title' : 'feedback.reply.remove.title')}</h2>
            <p>${t(c.post ? 'feedback.reply.confirm.body' : 'feedback.reply.remove.body')}</p>
            <blockquote class="preview" dir="auto">${c.text}</blockquote>
            ${c.error === undefined ? nothing : html`<p class="inline-error" role="alert">${c.error}</p>`}
            <div class="buttons">
              <button type="button" class="primary" aria-disabled=${busy} @click=${c.confirm}>
                ${t(c.pending ? 'common.sending' : c.post ? 'feedback.reply.confirm.submit' : 'feedback.reply.remove.submit')}
              </button>
              <button type="button" aria-disabled=${busy} @click=${() => modal.requestClose('cancel')}>
                ${t('common.cancel')}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}
