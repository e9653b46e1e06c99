import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import type { IntentController } from '../../controllers/intent-controller.js';
import { LintController, type LintFinding, type LinterLoader } from '../../controllers/lint-controller.js';
import type { SellerKitError } from '../../data/errors.js';
import type { Review, SellerKitAdapter } from '../../data/models.js';
import { addEnglish } from '../../i18n/index.js';
import commentEn from '../../i18n/en/review-comment.js';
import * as view from './review-comment.template.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface ReviewCommentsOptions {
  i18n: LocalizeController;
  /** How the linter's code loads (tests: a chunk that cannot load); the default import when omitted. */
  linterLoader?: LinterLoader;
  /** Posts (`comment:<id>`) and their failures. */
  intents: IntentController;
  adapter: () => SellerKitAdapter | null;
  /** A comment was posted: show the updated review, announce it, tell the page. */
  posted: (updated: Review) => void;
  /** The worded failure of an intent, or undefined. */
  failure: (key: string, id: string) => string | undefined;
  renderError: (failure: SellerKitError, retry: () => void) => TemplateResult;
}

/**
 * The public-comment composers of `<review-list>`, a cold path loaded with its template and the linter's
 * controller on the first "Comment". One composer per review, keyed by its id (a written draft outlives its review
 * leaving the page and comes back with it): opening (the linter loads then, never from a render) and closing with
 * the focus on the text or back on "Comment", the draft, Apply-fix, and posting through the `IntentController` —
 * one post at a time, the same text after a failure reusing its idempotency key, Cancel and the Comment toggle
 * inert while a post is under way.
 */
export class ReviewComments implements ReactiveController {
  readonly lint: LintController;
  private readonly drafts = new Map<string, string>();

  constructor(
    private readonly host: Host,
    private readonly o: ReviewCommentsOptions,
  ) {
    addEnglish(commentEn); // the composer's strings come with its chunk, before its first render
    this.lint = new LintController(host, 'review-comment', { load: o.linterLoader, hint: () => o.i18n.tag });
    host.addController(this);
  }

  /** Nothing to set up: the drafts live as long as the host. */
  hostConnected(): void {}

  isOpen(id: string): boolean {
    return this.drafts.has(id);
  }

  /** The review left the page: an empty composer goes with it, a written draft is kept. */
  dropEmpty(id: string): void {
    if (!this.drafts.get(id)?.trim()) this.drafts.delete(id);
  }

  /** The Comment button: opens the composer, or closes it (see `cancel`). */
  toggle(id: string): void {
    if (this.isOpen(id)) this.cancel(id);
    else void this.open(id);
  }

  /** Opens `id`'s composer (its draft, if one was kept) and puts the focus in its text once rendered. */
  async open(id: string): Promise<void> {
    this.lint.load();
    if (!this.drafts.has(id)) this.drafts.set(id, '');
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.field(id)?.focus();
  }

  /** Cancel or the Comment toggle: ignored while a post is under way (its outcome, and the draft, would be lost). */
  cancel(id: string): void {
    if (!this.o.intents.pending(`comment:${id}`)) void this.close(id);
  }

  async post(review: Review): Promise<void> {
    const adapter = this.o.adapter();
    const id = `comment:${review.id}`;
    const text = this.drafts.get(review.id);
    const { lint } = this;
    const { intents } = this.o;
    if (!adapter || !text?.trim() || intents.pending(id) || lint.blocked(lint.findings(text))) return;
    // The same text after a failure is the same intent: its idempotency key is reused.
    const out = await intents.run(id, text, (idempotencyKey) =>
      adapter.addReviewComment(review.id, text, { idempotencyKey }),
    );
    if (!out.ok) return;
    this.o.posted(out.value);
    await this.close(review.id);
  }

  render(review: Review): TemplateResult | typeof nothing {
    const id = review.id;
    const text = this.drafts.get(id);
    if (text === undefined) return nothing;
    const { lint } = this;
    const { intents } = this.o;
    return view.renderComment({
      i18n: this.o.i18n,
      id,
      text,
      lint,
      pending: intents.pending(`comment:${id}`),
      error: this.o.failure('review-list.comment.failed', `comment:${id}`),
      renderError: (failure) => this.o.renderError(failure, () => lint.retry(() => this.field(id))),
      input: (value) => this.setDraft(id, value),
      apply: (f) => this.applyFix(id, f),
      post: () => void this.post(review),
      cancel: () => this.cancel(id),
    });
  }

  private field(id: string): HTMLTextAreaElement | null {
    return this.host.shadowRoot?.querySelector<HTMLTextAreaElement>(`#comment-${CSS.escape(id)}`) ?? null;
  }

  private async close(id: string): Promise<void> {
    this.drafts.delete(id);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(`#comment-btn-${CSS.escape(id)}`)?.focus();
  }

  private setDraft(id: string, text: string): void {
    if (!this.drafts.has(id)) return;
    this.drafts.set(id, text);
    this.host.requestUpdate();
  }

  /** Apply: the finding's fix replaces its span in the draft, which is linted again; the caret follows the fix. */
  private applyFix(id: string, f: LintFinding): void {
    const text = this.drafts.get(id);
    const next = text !== undefined && !this.o.intents.pending(`comment:${id}`) ? view.applyFix(text, f) : null;
    if (!next) return;
    this.setDraft(id, next.text);
    this.o.intents.announce(this.o.i18n.t('policy.lint.fix.applied'));
    void view.focusAfterFix(this.host, () => this.field(id), next.caret);
  }
}
