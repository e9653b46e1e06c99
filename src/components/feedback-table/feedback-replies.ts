/**
 * `<feedback-table>`'s public replies, a cold path kept out of its first load (loaded once the user may edit, and
 * awaited by the first "Post a public reply" / "Remove reply" / "Ask buyer to remove" if still on its way): the
 * reply composers (the draft by feedback id, the reply linter) and the confirm dialog — post or remove a reply, or
 * ask the buyer to remove the feedback — on a ModalController (blocked while its request is pending: the kit's
 * rule), each request an intent of the table's IntentController (`<kind>:<id>`).
 * @internal
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import type { IntentController } from '../../controllers/intent-controller.js';
import { LintController } from '../../controllers/lint-controller.js';
import { ModalController } from '../../controllers/modal-controller.js';
import type { SellerKitError } from '../../data/errors.js';
import type { Feedback, SellerKitAdapter } from '../../data/models.js';
import { addEnglish } from '../../i18n/index.js';
import repliesEn from '../../i18n/en/feedback-replies.js';
import { renderConfirm } from './feedback-confirm.js';
import { renderReplyComposer } from './feedback-reply-composer.js';
import { FeedbackReplyPostedEvent, FeedbackReplyRemovedEvent } from './feedback-table.events.js';
import { intentOf, type Dialog } from './feedback-table.loaders.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the replies need of the table. */
export interface RepliesOptions {
  i18n: LocalizeController;
  intents: IntentController;
  adapter(): SellerKitAdapter | null;
  /** The latest copy of an entry (the overlay over the page), if it is on the page. */
  row(id: string): Feedback | undefined;
  /** A confirmed change: the entry goes into the table's overlay. */
  edited(f: Feedback): void;
  /** Moves focus to a row's action (`data-action`), after the next render. */
  focusAction(id: string, action: string): void;
  /** The text of an outcome (the "kept in this browser only" variant for a local adapter). */
  outcome(key: string, local: string): string;
  errorMessage(e: unknown): string;
  renderError(e: SellerKitError, retry: () => void): TemplateResult;
  emit(e: Event): boolean;
}

export class FeedbackReplies implements ReactiveController {
  /** The reply linter, loaded when a composer opens. */
  readonly lint: LintController;
  /** The confirm dialog. */
  readonly modal: ModalController;
  /** Open composers: the draft by feedback id. */
  private drafts = new Map<string, string>();
  /** The open confirm dialog and its entry (kept: the list may reload meanwhile). */
  private dialog: Dialog | null = null;

  constructor(
    private readonly host: Host,
    private readonly o: RepliesOptions,
  ) {
    addEnglish(repliesEn); // the replies' strings come with their chunk, before their first render
    const root = () => host.shadowRoot ?? host;
    this.lint = new LintController(host, 'feedback-reply', { hint: () => o.i18n.tag });
    this.modal = new ModalController(host, {
      dialog: () => root().querySelector('dialog.confirm'),
      pending: () => !!this.dialog && o.intents.pending(intentOf(this.dialog)),
      onClose: () => {
        this.dialog = null;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {}

  private setDraft(id: string, text: string | undefined): void {
    this.drafts = new Map(this.drafts);
    if (text === undefined) this.drafts.delete(id);
    else this.drafts.set(id, text);
    this.host.requestUpdate();
  }

  /** Opens a reply composer (the linter loads now) and puts the focus in it. */
  async openComposer(id: string): Promise<void> {
    this.lint.load();
    this.o.intents.clear(id);
    this.setDraft(id, '');
    await this.host.updateComplete;
    (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>(`#reply-${CSS.escape(id)}`)?.focus();
  }

  private closeComposer(id: string): void {
    this.setDraft(id, undefined);
    this.o.focusAction(id, 'reply');
  }

  /** Opens the confirm dialog `d`, focus returning to `trigger`. */
  async openDialog(trigger: HTMLElement, d: Dialog): Promise<void> {
    const { intents } = this.o;
    intents.clear(d.id);
    intents.clear(intentOf(d));
    // Removing a reply or asking the buyer: a new key per opening (a retry within it reuses it). A reply's key
    // follows its text.
    if (d.kind !== 'post') intents.forget(intentOf(d));
    this.dialog = d;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.modal.show(trigger);
  }

  /** Row `f`'s composer, or nothing when none is open. */
  renderComposer(f: Feedback): TemplateResult | typeof nothing {
    const text = this.drafts.get(f.id);
    if (text === undefined) return nothing;
    const { i18n } = this.o;
    return renderReplyComposer({
      id: f.id,
      text,
      i18n,
      lint: this.lint,
      host: this.host,
      field: () => (this.host.shadowRoot ?? this.host).querySelector(`#reply-${CSS.escape(f.id)}`),
      renderError: (e, retry) => this.o.renderError(e, retry),
      input: (t) => this.setDraft(f.id, t),
      applied: () => this.o.intents.announce(i18n.t('policy.lint.fix.applied')),
      submit: (e) => void this.openDialog(e.currentTarget as HTMLElement, { kind: 'post', id: f.id, feedback: f }),
      cancel: () => this.closeComposer(f.id),
    });
  }

  /** The confirm `<dialog>` (closed until a dialog opens). */
  renderDialog(): TemplateResult {
    const d = this.dialog;
    // The latest copy of the entry, else the one the dialog was opened with (the page may have reloaded).
    const f = d && (this.o.row(d.id) ?? d.feedback);
    const error = d && this.o.intents.error(intentOf(d));
    const post = d?.kind === 'post';
    const ask = d?.kind === 'ask-buyer';
    return html`<dialog
      class="confirm"
      aria-labelledby="confirm-title"
      closedby=${this.modal.closedBy}
      @cancel=${this.modal.onCancel}
      @close=${this.modal.onClose}
    >
      ${
        d && f
          ? renderConfirm({
              i18n: this.o.i18n,
              post,
              ask,
              text: ask ? f.comments : post ? (this.drafts.get(f.id) ?? '') : (f.reply?.text ?? ''),
              pending: this.o.intents.pending(intentOf(d)),
              error: error ? this.o.errorMessage(error) : undefined,
              confirm: () => void this.confirm(d),
              cancel: () => this.modal.requestClose('cancel'),
            })
          : nothing
      }
    </dialog>`;
  }

  /**
   * Confirm: posts or removes the reply, or asks the buyer to remove the feedback (SPEC §9, once; the seller said
   * the problem is resolved), as the dialog's intent (a reply's text is its intent: the same text again reuses the
   * key). A confirmed change goes into the table's overlay; a failure is shown in the dialog while it is open, else
   * on the row, so it is never lost.
   */
  private async confirm(d: Dialog): Promise<void> {
    const { intents } = this.o;
    const adapter = this.o.adapter();
    const post = d.kind === 'post';
    const ask = d.kind === 'ask-buyer';
    const text = this.drafts.get(d.id) ?? '';
    if (!adapter || (post && !this.drafts.has(d.id)) || (ask && !adapter.askBuyerToRemoveFeedback)) return;
    const outcome = await intents.run(intentOf(d), post ? text : ask ? 'ask' : 'remove', (idempotencyKey) =>
      post
        ? adapter.postFeedbackReply(d.id, text, { idempotencyKey })
        : ask
          ? adapter.askBuyerToRemoveFeedback!(d.id, { idempotencyKey })
          : adapter.removeFeedbackReply(d.id, { idempotencyKey }),
    );
    if (outcome.ok) {
      const f = outcome.value;
      this.o.edited(f);
      if (ask) {
        intents.announce(this.o.i18n.t('feedback.ask-buyer.done'));
        this.modal.close(() => this.o.focusAction(d.id, 'reply'));
        return;
      }
      if (post && this.drafts.has(d.id)) this.setDraft(d.id, undefined);
      const [said, local] = post ? ['posted', 'reply.posted'] : ['removed', 'reply.removed'];
      intents.announce(this.o.outcome(`feedback.reply.${said}`, `feedback.local.${local}`));
      this.modal.close(() => this.o.focusAction(d.id, post ? 'remove-reply' : 'reply'));
      this.o.emit(post ? new FeedbackReplyPostedEvent(f) : new FeedbackReplyRemovedEvent(f));
    } else if ('error' in outcome) {
      const open = (this.host.shadowRoot ?? this.host).querySelector<HTMLDialogElement>('dialog.confirm')?.open;
      if (this.dialog?.id === d.id && this.dialog.kind === d.kind && open) return;
      intents.clear(intentOf(d));
      intents.fail(d.id, outcome.error);
    }
  }
}
