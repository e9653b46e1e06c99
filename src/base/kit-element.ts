import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { kitContext, type KitEnvironment } from '../data/context.js';
import { guardAdapter } from '../data/guarded-adapter.js';
import type { SellerKitAdapter } from '../data/models.js';
import { isInternalError, retryMode, toSellerKitError, type SellerKitError } from '../data/errors.js';
import { LocalizeController } from './localize.js';
import { alertStyles, sharedStyles } from '../styles/shared.js';
import {
  addEnglish,
  hasMessage,
  type MessageKey,
  type MessageKeyArg,
  type Params,
  type Strings,
} from '../i18n/index.js';
import commonEn from '../i18n/en/common.js';

/** The string areas with a "no access" message (`<area>.no-permission.title` / `.body`). */
export type NoPermissionArea = 'review-list' | 'feedback' | 'health';

/**
 * The thin base every kit element extends: shared host styles, the adapter/locale/clock from
 * `<review-kit-provider>` (or set directly), localisation, and the shared loading / error /
 * configuration-error renderings.
 */
export class KitElement extends LitElement {
  static override styles = [sharedStyles, alertStyles];

  /**
   * The English string tables this element's first render uses (its areas'); a lazily loaded view or composer adds
   * its own when it loads (`addEnglish`); other locales load lazily, whole.
   * Subclasses extend it: `static override strings = [...KitElement.strings, myAreaEn]`.
   * @internal
   */
  static strings: Strings[] = [commonEn];

  /** @internal */
  @consume({ context: kitContext, subscribe: true })
  @state()
  protected env?: KitEnvironment;

  /**
   * The data adapter to use. Set it to use the element without a provider; when unset, the nearest
   * `<review-kit-provider>` supplies it.
   */
  @property({ attribute: false })
  adapter?: SellerKitAdapter;

  /** @internal */
  protected readonly i18n: LocalizeController;

  /**
   * The shadow container the element renders into (`<div class="kit-dir">`, `display: contents`). It carries the
   * writing direction of the element's resolved locale (`dir="rtl"` for Arabic, else `"ltr"`), so an Arabic page, a
   * provider with `locale="ar"` or a `lang="ar"` ancestor lays the element out right to left with no `dir`
   * attribute anywhere. A `dir` attribute on the host itself wins: the container then has none and inherits it.
   */
  private dirBox?: HTMLElement;

  constructor() {
    super();
    addEnglish(...(this.constructor as typeof KitElement).strings);
    this.i18n = new LocalizeController(this);
  }

  /**
   * The adapter in use: the element's own, else the provider's, else null (a configuration error). Seen through
   * `guardAdapter`: whatever it throws arrives as a SellerKitError, so a raw bug is told apart from it.
   */
  protected get kitAdapter(): SellerKitAdapter | null {
    const adapter = this.adapter ?? this.env?.adapter ?? null;
    return adapter && guardAdapter(adapter);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const shadow = super.createRenderRoot();
    const box = document.createElement('div');
    box.className = 'kit-dir';
    shadow.appendChild(box);
    // LitElement rendered before the shadow root's first child; the template now goes into the container.
    this.renderOptions.renderBefore = null;
    this.dirBox = box;
    return box;
  }

  /** Sets the container's `dir` from the locale, unless the host has its own `dir` attribute. */
  private applyDir(): void {
    const box = this.dirBox;
    if (!box) return;
    const want = this.hasAttribute('dir') ? null : this.i18n.dir;
    if (want === null) box.removeAttribute('dir');
    else if (box.getAttribute('dir') !== want) box.setAttribute('dir', want);
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.applyDir();
    super.update(changed);
  }

  /** @internal */
  localeOverride(): string | null {
    return this.env?.locale ?? null;
  }

  /** Every promise recorded by `pending()`, settled (never rejects): what `updateComplete` waits for. */
  private pendingWork?: Promise<unknown>;

  /**
   * Records `p` — typically the code a press is loading (a lazy chunk) — so that `updateComplete` also waits for it
   * to settle, and for the renders it causes. Returns `p` unchanged: its failure stays the caller's to handle (the
   * wait itself never rejects). Never record work that itself awaits `updateComplete` (it would wait for itself),
   * nor a request that may stay pending (a network call): only what settles on its own.
   */
  protected pending<T>(p: Promise<T>): Promise<T> {
    this.pendingWork = Promise.all([this.pendingWork, p.catch(() => 0)]);
    return p;
  }

  /**
   * Waits for the work recorded by `pending()`, then for the update (and for work recorded meanwhile, again).
   * With nothing recorded (or all of it seen settled), exactly LitElement's: no extra turn of the microtask queue.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    const work = this.pendingWork;
    return work
      ? work.then(() => (work === this.pendingWork && (this.pendingWork = undefined), this.getUpdateComplete()))
      : super.getUpdateComplete();
  }

  /** The current time from the provider's clock. */
  protected now(): Date {
    return this.env?.now() ?? new Date();
  }

  /**
   * The message for `key` in the element's locale. A literal key English lacks does not compile (`MessageKeyArg`);
   * for a key built from data, use `has()` / `tOr()`.
   */
  protected t<K extends string>(key: MessageKeyArg<K>, params?: Params): string {
    return this.i18n.t(key, params);
  }

  /** Whether a key built from data (a reason code, an importer's `messageKey`) has a message. */
  protected has(key: string): key is MessageKey {
    return hasMessage(this.i18n.locale, key);
  }

  /** The message for a key built from data, or `fallback` when there is none. */
  protected tOr(key: string, fallback: string, params?: Params): string {
    return this.has(key) ? this.t(key, params) : fallback;
  }

  /**
   * Properties an element keeps per client account (SPEC §8: its filters and sort). Under a provider with
   * `account`, switching account stores their values for the account left and restores those of the account
   * entered (its first visit: the values the element had when it first saw a provider). Not with an own `adapter`.
   */
  protected static accountState: readonly string[] = [];
  /** The account whose state the properties hold (undefined: no provider seen yet), and the others' states. */
  private stateAccount?: string | null;
  private accountStates?: Map<string | null, Record<string, unknown>>;
  private initialAccountState?: Record<string, unknown>;

  private switchAccountState(): void {
    const keys = (this.constructor as typeof KitElement).accountState;
    if (!keys.length || this.adapter || !this.env) return;
    const account = this.env.account ?? null;
    const self = this as unknown as Record<string, unknown>;
    const snapshot = () => Object.fromEntries(keys.map((k) => [k, self[k]]));
    if (this.stateAccount === undefined) {
      this.stateAccount = account;
      this.initialAccountState = snapshot();
      return;
    }
    if (account === this.stateAccount) return;
    const states = (this.accountStates ??= new Map());
    states.set(this.stateAccount, snapshot());
    this.stateAccount = account;
    const next = states.get(account) ?? this.initialAccountState ?? {};
    for (const k of keys) if (k in next) self[k] = next[k];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('env')) {
      this.i18n.refresh();
      this.switchAccountState();
    }
  }

  /**
   * Dispatches one of the kit's event classes (which set `bubbles`, `composed` and `cancelable` themselves) from
   * this element; returns false when a listener cancelled it.
   */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /** The localised message for any failure, chosen by its code (never the raw message). */
  protected errorMessage(e: unknown): string {
    const err = toSellerKitError(e);
    // A bug in the page's code is not "the server sent data the kit could not read" (see guardAdapter).
    const base = this.t(isInternalError(e) ? 'errors.internal' : `errors.${err.code}`);
    if (err.code === 'rate-limited' && err.retryAfter) {
      return `${base} ${this.t('errors.retry-after', { seconds: Math.ceil(err.retryAfter) })}`;
    }
    if (err.reasons.length) {
      return `${base} ${err.reasons.map((r) => this.reasonText(r)).join(' ')}`;
    }
    return base;
  }

  /** Localised text for a policy reason code from any area; falls back to the code. */
  protected reasonText(code: string): string {
    for (const prefix of ['policy.reason.', 'policy.removal-reason.', 'policy.lint.']) {
      if (this.has(prefix + code)) return this.t(prefix + code);
    }
    return code;
  }

  protected renderConfigError(): TemplateResult {
    return html`<div class="state config-error" role="alert" part="config-error">
      <p class="state-title">${this.t('common.config-error.title')}</p>
      <p>${this.t('common.config-error.body', { tag: this.localName })}</p>
    </div>`;
  }

  protected renderError(e: unknown, retry?: () => void): TemplateResult {
    const err: SellerKitError = toSellerKitError(e);
    return html`<div class="state error" role="alert" part="error" data-code=${err.code}>
      <p class="state-title">${this.t('common.error.title')}</p>
      <p>${this.errorMessage(e)}</p>
      ${
        retry && retryMode(err) !== 'never'
          ? html`<button type="button" @click=${retry}>${this.t('common.retry')}</button>`
          : nothing
      }
    </div>`;
  }

  /**
   * "No access to …": the session's permission for the element's area is `none`. One rendering for every element:
   * class `state no-permission`, part `no-permission` (document it with
   * `@csspart no-permission - Shown when the session may not view <area>.`), the area's
   * `<area>.no-permission.title` / `.body` strings. `role` is `status` (a state the user cannot change here) unless
   * an element announces it as an `alert`.
   */
  protected renderNoPermission(area: NoPermissionArea, role: 'status' | 'alert' = 'status'): TemplateResult {
    return html`<div class="state no-permission" part="no-permission" role=${role}>
      <p class="state-title">${this.t(`${area}.no-permission.title`)}</p>
      <p>${this.t(`${area}.no-permission.body`)}</p>
    </div>`;
  }

  protected renderSkeleton(lines = 4, label?: string): TemplateResult {
    return html`<div class="state loading" part="loading" role="status" aria-live="polite">
      <span class="visually-hidden">${label ?? this.t('common.loading')}</span>
      ${Array.from({ length: lines }, () => html`<span class="skeleton" aria-hidden="true"></span>`)}
    </div>`;
  }
}
