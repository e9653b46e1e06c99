/**
 * `<review-list>`'s loaded list: the filter form with its counts, the bulk bar and triage, the shortcuts and their
 * keys, the cards with comments and Contact customer, the removal guide, the pager, feed navigation, the alerts
 * badge, the list's English strings and its styles. Loaded with the first data, in parallel with the requests:
 * nothing of it is drawn before (the loading, error, no-permission and configuration states are the element's own,
 * from `KitElement` and common.ts). Other locales load whole, as always.
 * @internal
 */
import {
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type LitElement,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { TaskStatus, type Task } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import type { LocalizeController } from '../../base/localize.js';
import { AlertController } from '../../controllers/alert-controller.js';
import { FeedNavigationController } from '../../controllers/feed-navigation-controller.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { IntentController } from '../../controllers/intent-controller.js';
import type { LinterLoader } from '../../controllers/lint-controller.js';
import { PageOverlay } from '../../controllers/page-overlay.js';
import type { PagingController } from '../../controllers/paging-controller.js';
import { recordOpened } from '../../controllers/record-opened.js';
import { needsSellerCentral, sellerCentralModule } from '../../controllers/seller-central-links.js';
import type { CapabilityMode, Page, Review, SellerKitAdapter, Session } from '../../data/models.js';
import { addEnglish, type MessageKeyArg, type Params } from '../../i18n/index.js';
import reviewListEn from '../../i18n/en/review-list.js';
import policyEn from '../../i18n/en/policy.js';
import { reviewRetention } from '../../policy/index.js';
import { renderPager } from '../shared/pager.js';
import { ReviewCommentPostedEvent, ReviewDoneChangeEvent, ReviewFilterChangeEvent } from './review-list.events.js';
import { FilterInput, PAGE_SIZES } from './review-filter.js';
import { renderEmpty, renderFilters, type ReviewFiltersView } from './review-filters.template.js';
import { renderGuide, renderReviewCard } from './review-card.template.js';
import { loadComments } from './review-list.loaders.js';
import { ReviewContact } from './review-contact.js';
import { ReviewShortcuts, renderShortcutsButton } from './review-shortcuts.js';
import { ReviewTriage } from './review-triage.js';
import { ReviewCounter } from './review-counts.js';
import type { ReviewComments } from './review-comments.js';
import { reviewListStyles } from './review-list.styles.js';
import type { ReviewList } from './review-list.js';

/** Adds the list's English strings and the policy strings (reason codes) — the fallback of every locale. */
export function registerReviewListStrings(): void {
  addEnglish(reviewListEn, policyEn);
}

/** What the list task loads: the page of reviews for the session of one adapter. */
export interface ListData {
  adapter: SellerKitAdapter;
  session: Session;
  page: Page<Review>;
}

/** The reviews of `page` inside the retention window of their marketplace at `now` (the total follows). */
export function visiblePage(page: Page<Review>, now: Date): Page<Review> {
  // Defence in depth: adapters from agencies may not apply the retention window of each review's marketplace.
  const items = page.items.filter((r) => reviewRetention(r, now, r.marketplaceId).visible);
  const total = Math.max(items.length, page.total - (page.items.length - items.length));
  return { ...page, items, total };
}

/** What the view reads from its element (the element's protected and private parts). */
export interface ListHost {
  readonly i18n: LocalizeController;
  readonly paging: PagingController;
  readonly sessionTask: Task<readonly unknown[], Session>;
  readonly listTask: Task<readonly unknown[], ListData | undefined>;
  adapter(): SellerKitAdapter | null;
  account(): string | undefined;
  t<K extends string>(key: MessageKeyArg<K>, params?: Params): string;
  emit(event: Event): boolean;
  pending(p: Promise<unknown>): void;
  now(): Date;
  errorMessage(e: unknown): string;
  reasonText(code: string): string;
  renderError(e: unknown, retry?: () => void): TemplateResult;
  renderSkeleton(lines: number): TemplateResult;
  /** How the linter's code loads (tests: a chunk that cannot load). */
  linterLoader(): LinterLoader | undefined;
  /** The Seller Central links' code (the element's loader, which tests replace). */
  loadSellerCentral(): Promise<unknown>;
  modes(adapter: SellerKitAdapter | null): Readonly<Record<'addReviewComment' | 'contactCustomer', CapabilityMode>>;
}

/**
 * Adds the list's `styles` to `el`'s shadow root where they stood when they were the element's static styles: after
 * the kit's base styles and before those of a host's subclass (`class extends ReviewList { static styles =
 * [...super.styles, css`…`] }`), so a subclass still overrides them. Constructed style sheets where the browser has
 * them, else a `<style>` (with Lit's nonce, `window.litNonce`, for a strict CSP) put before the subclass's.
 */
function adopt(el: ReviewList, styles: CSSResult): void {
  const root = el.shadowRoot!;
  // The class right below KitElement (ReviewList, whose styles are KitElement's): its styles come first.
  let own = el.constructor as typeof LitElement;
  while (Object.getPrototypeOf(own) !== KitElement) own = Object.getPrototypeOf(own) as typeof LitElement;
  const at = own.elementStyles.length;
  if (supportsAdoptingStyleSheets) {
    const sheets = [...root.adoptedStyleSheets];
    sheets.splice(at, 0, styles.styleSheet!);
    root.adoptedStyleSheets = sheets;
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  const sheets = [...root.children].filter((c) => c.localName === 'style');
  root.insertBefore(style, sheets[at] ?? sheets.at(-1)?.nextSibling ?? root.firstChild);
}

/** The loaded list of one `<review-list>`: its controllers (made once the view has loaded) and its rendering. */
export class ReviewListView implements ReactiveController {
  /**
   * Mark as done (`done:<id>`), comments (`comment:<id>`), contact failures (`contact:<id>`), the composer's code
   * failing to load (`code:<id>`); and the live announcer.
   */
  readonly intents: IntentController;
  /** The comment composers, once the first "Comment" has loaded them. */
  comments?: ReviewComments;
  private readonly feed: FeedNavigationController;
  /** "Mark as done" on one review or a selection, with Undo. */
  private readonly triage: ReviewTriage;
  /** Contact customer: the inner dialog, loaded once a "Contact customer" button is on screen. */
  private readonly contact: ReviewContact;
  /** The keys and the Keyboard shortcuts dialog (its code loads on the first `?`; a failure is announced). */
  private readonly shortcutKeys: ReviewShortcuts;
  /** Changes since the task's page loaded: confirmed or optimistic reviews by id, reviews taken out. */
  private readonly overlay: PageOverlay<Review>;
  /** The user's changes to the filters (the search debounced), told to the page. */
  private readonly filterInput: FilterInput;
  /** How many reviews each filter would list, when the adapter can count (`countReviews`). */
  private readonly counts: ReviewCounter;
  /** SPEC §8 alerts of the loaded reviews: `kit-alert` once per id, the badge above the filters. */
  private readonly alerts: AlertController;

  constructor(
    private readonly el: ReviewList,
    private readonly host: ListHost,
  ) {
    const h = host;
    // The styles first: nothing below runs twice if this throws (no second set of controllers).
    adopt(el, reviewListStyles);
    el.addController(this);
    this.intents = new IntentController(el);
    this.feed = new FeedNavigationController(el, 'article[data-id]');
    this.overlay = new PageOverlay<Review>(el, () => h.listTask.value?.page);
    this.triage = new ReviewTriage(el, {
      adapter: () => h.adapter() ?? undefined,
      intents: this.intents,
      t: (key, params) => h.t(key, params),
      includeDone: () => el.includeDone,
      items: () => (h.listTask.value ? this.overlay.shown(h.listTask.value.page).items : []),
      edit: (r) => this.edit(r),
      hide: (id, hide) => this.hide(id, hide),
      changed: (r, done) => h.emit(new ReviewDoneChangeEvent(r, done)),
      previousPage: () => h.paging.offset > 0 && ((h.paging.offset -= el.pageSize), true),
      reload: () => el.reload(),
      failed: (e) => h.errorMessage(e),
      pending: (p) => h.pending(p),
    });
    this.contact = new ReviewContact(el, {
      intents: this.intents,
      edit: (r) => this.edit(r),
      reload: () => el.reload(),
      sent: (r) => h.t('review-list.contact.sent', { title: r.title }),
    });
    this.shortcutKeys = new ReviewShortcuts(
      el,
      () => el.shortcuts,
      (e) => this.intents.announce(h.errorMessage(e)),
      (p) => h.pending(p),
    );
    // A render removed or disabled the focused control (Next on the last page, Clear filters, a Contact customer
    // button replaced by "Customer contacted"): focus goes to its review, the other pager button, else the first
    // review (or the empty state), never to the page body. A review taken out of the page is left to
    // `removeFromView`, a closed composer to `ReviewComments` (focus back on its Comment button).
    new FocusKeeper(el, {
      home: '.composer, article, nav',
      restore: (home) => {
        if (home?.matches('.composer')) return null;
        if (home?.localName === 'article') return home.isConnected ? (home as HTMLElement) : null;
        const q = (s: string) => el.renderRoot.querySelector<HTMLElement>(s);
        return (home && q('nav button:enabled')) ?? q('article') ?? q('.empty');
      },
    });
    this.filterInput = new FilterInput(
      el,
      (patch) => {
        Object.assign(el, patch);
        h.emit(new ReviewFilterChangeEvent(el.filter));
      },
      () => el.search,
    );
    this.counts = new ReviewCounter(el, () => [h.adapter(), h.sessionTask.value, el.filter, h.now()]);
    this.alerts = new AlertController(
      el,
      () => {
        const items = h.listTask.value?.page.items;
        const account = h.account();
        return items ? { reviews: items, ...(account ? { accountId: account } : {}) } : null;
      },
      () => h.now(),
    );
  }

  hostUpdate(): void {
    // A 'manual' action known only after the page loaded: the links' code loads now, then they show.
    const h = this.host;
    if (h.listTask.status === TaskStatus.COMPLETE && !sellerCentralModule() && needsSellerCentral(h.modes(h.adapter())))
      h.pending(
        h.loadSellerCentral().then(
          () => this.el.requestUpdate(),
          () => undefined,
        ),
      );
  }

  // ---- the page and the changes over it ----------------------------------------------------------------------

  /** Takes a review out of the page or puts it back; a comment draft is kept (it comes back with the review). */
  private hide(id: string, hide: boolean): void {
    this.overlay.hide(id, hide);
    if (hide) this.comments?.dropEmpty(id);
  }

  private edit(review: Review): void {
    this.overlay.edit(review);
  }

  // ---- user actions -------------------------------------------------------------------------------------------

  /** "<what failed>. <localised reason>" for the failure of intent `id`, worded now (it follows the language). */
  private failure(key: string | null, id: string): string | undefined {
    if (!this.intents.hasError(id)) return undefined;
    const error = this.host.errorMessage(this.intents.error(id));
    return key ? this.host.t(key, { error }) : error;
  }

  /** The Comment button: loads the composers on first use, then opens or closes `id`'s. */
  private toggleComment(id: string): void {
    if (this.comments) return this.comments.toggle(id);
    const h = this.host;
    this.intents.clear(`code:${id}`);
    // `updateComplete` waits for the composers' code (KitElement's `pending`).
    h.pending(
      loadComments().then(
        (m) => {
          this.comments ??= new m.ReviewComments(this.el, {
            i18n: h.i18n,
            linterLoader: h.linterLoader(),
            intents: this.intents,
            adapter: () => h.adapter(),
            posted: (updated) => {
              this.edit(updated);
              this.intents.announce(h.t('review-list.comment.posted'));
              h.emit(new ReviewCommentPostedEvent(updated, updated.comments.at(-1) ?? null));
            },
            failure: (key, failed) => this.failure(key, failed),
            renderError: (failure, retry) => h.renderError(failure, retry),
          });
          void this.comments.open(id);
        },
        // Shown with the review's other failures (the composer's own alert is not there yet).
        (e: unknown) => this.intents.fail(`code:${id}`, e),
      ),
    );
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  /** The list for `session` (its filters, toolbar, feed or empty state, pager), with `error` in place of the feed. */
  render(session: Session, status: TaskStatus, error: unknown): TemplateResult {
    const h = this.host;
    const el = this.el;
    const t = (key: string, params?: Params) => h.t(key, params);
    const busy = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    const failed = status === TaskStatus.ERROR;
    const data = h.listTask.value;
    // A page of another adapter is never shown: a skeleton until this adapter's page has loaded.
    const page = data?.adapter === h.adapter() ? data.page : undefined;
    const shown = page && this.overlay.shown(page);
    const filters: ReviewFiltersView = {
      i18n: h.i18n,
      filter: el.filter,
      counts: this.counts.value,
      session,
      set: this.filterInput.set,
      search: this.filterInput.onSearch,
      clear: () => this.filterInput.clear(),
    };
    let body: TemplateResult;
    if (failed) body = h.renderError(error, () => el.reload());
    else if (!shown) body = h.renderSkeleton(6);
    else if (!shown.items.length) body = renderEmpty(filters, busy);
    else body = this.renderFeed(data!.session, shown.items, shown.total, busy);
    return html`
      ${this.alerts.render(h.i18n)} ${renderFilters(filters)}
      ${session.permissions.reviews === 'view' ? html`<p class="read-only">${t('review-list.read-only')}</p>` : nothing}
      ${shown && data && !failed ? this.renderToolbar(data.session, shown.items) : nothing} ${body}
      ${
        shown && !failed && shown.total > 0
          ? renderPager({
              i18n: h.i18n,
              range: h.paging.range(shown.items.length, shown.total),
              previous: (e) => void h.paging.go(-1, e),
              next: (e) => void h.paging.go(1, e),
              label: t('review-list.pager'),
              pageSize: {
                label: t('review-list.page-size'),
                value: el.pageSize,
                sizes: PAGE_SIZES,
                change: (size) => (el.pageSize = size),
              },
            })
          : nothing
      }
      ${this.intents.renderAnnouncer()} ${this.contact.render()}
      ${this.shortcutKeys.render({
        t: (key) => t(key),
        enabled: el.shortcuts,
        setEnabled: (on) => (el.shortcuts = on),
      })}
    `;
  }

  /** The bulk bar (editors) and the Keyboard shortcuts button; kept when a batch empties the page (Undo stays). */
  private renderToolbar(session: Session, items: Review[]): TemplateResult {
    return html`<div class="toolbar">
      ${session.permissions.reviews === 'edit' ? this.triage.renderBar(items, this.el.includeDone) : nothing}
      ${renderShortcutsButton(
        (key, params) => this.host.t(key, params),
        (trigger) => this.shortcutKeys.open(trigger),
      )}
    </div>`;
  }

  private renderFeed(session: Session, items: Review[], total: number, busy: boolean): TemplateResult {
    const h = this.host;
    const canAct = session.permissions.reviews === 'edit';
    const now = h.now();
    const adapter = h.adapter();
    const modes = h.modes(adapter);
    const t = (key: string) => h.t(key);
    // Letter keys (j/k here too) only while single-key shortcuts are on; arrows, Home and End always.
    const navigate = (e: KeyboardEvent) => (this.el.shortcuts || e.key.length > 1) && this.feed.onKeydown(e);
    return html`<p class="visually-hidden" id="feed-hint">${t('review-list.keyboard-hint')}</p>
      <p class="visually-hidden" id="new-window">${t('review-list.report.new-window')}</p>
      ${renderGuide(t)}
      <div
        part="list"
        class="feed ${busy ? 'busy' : ''}"
        role="feed"
        aria-label=${t('review-list.label')}
        aria-describedby="feed-hint"
        aria-busy=${busy}
        @keydown=${(e: KeyboardEvent) => (navigate(e), this.shortcutKeys.keys.onKeydown(e))}
      >
        ${repeat(
          items,
          (r) => r.id,
          (r, i) =>
            renderReviewCard(r, {
              i18n: h.i18n,
              session,
              canAct,
              now,
              posinset: h.paging.offset + i + 1,
              setsize: total,
              alerts: [
                this.failure('review-list.done.failed', `done:${r.id}`),
                this.failure('review-list.contact.failed', `contact:${r.id}`),
                this.failure(null, `code:${r.id}`), // the composer's code could not load
              ].filter((a) => a !== undefined),
              pendingDone: this.intents.pending(`done:${r.id}`),
              composerOpen: !!this.comments?.isOpen(r.id),
              composer: this.comments?.render(r) ?? nothing,
              reasonText: (code) => h.reasonText(code),
              selected: this.triage.selection.has(r.id),
              toggleSelect: (review) => this.triage.selection.toggle(review.id),
              toggleDone: (review, done) => void this.triage.toggleDone(review, done),
              toggleComposer: (review) => this.toggleComment(review.id),
              // SPEC §8: the activity log records the link opened; a failure to record is not the link's error.
              reportOpened: (review) => recordOpened(adapter, { type: 'abuse-report-opened', targetId: review.id }),
              openContact: (review, trigger) => void this.contact.open(review, trigger),
              modes,
              sellerCentralLink: (review, action, label, newTab) =>
                sellerCentralModule()?.renderManualLink({
                  adapter,
                  action,
                  marketplaceId: session.marketplaceId,
                  targetId: review.id,
                  label,
                  newTab,
                }) ?? nothing,
            }),
        )}
      </div>
      ${busy ? html`<p class="updating" role="status">${t('review-list.updating')}</p>` : nothing}`;
  }
}
