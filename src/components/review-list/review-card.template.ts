/**
 * One review of `<review-list>` as an `article` of the feed: stars, texts, meta, product, comments, the contact
 * status or button, Mark as done / Comment / Report abuse, the comment composer (rendered by the host) and the
 * removal-grounds guide is `renderGuide`, once per list. A pure function of what the host passes: state and handlers stay on the element.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../base/localize.js';
import type { CapabilityMode, Review, Session } from '../../data/models.js';
import { CRITICAL_MAX_RATING, contactEligibility, reportAbuseUrl } from '../../policy/index.js';
import { renderStars } from '../shared/stars.js';

const GROUNDS = [
  'not-product',
  'pricing',
  'abuse',
  'obscene',
  'personal-data',
  'multiple-accounts',
  'promotion',
  'compensation',
  'conflict',
  'repeated',
];
/** Reasons that are never shown under "Unable to contact customer" (handled elsewhere). */
const HIDDEN_REASONS = new Set(['not-critical', 'already-contacted', 'no-edit-permission']);

export interface ReviewCardView {
  i18n: Pick<LocalizeController, 't' | 'date' | 'relative'>;
  session: Session;
  /** The session may edit reviews: Mark as done, Comment, Contact customer. */
  canAct: boolean;
  now: Date;
  /** Position in the whole result (1-based) and its size, for the feed pattern. */
  posinset: number;
  setsize: number;
  /** Failures shown under the actions (done, contact), already worded. */
  alerts: string[];
  /** The review is selected for a bulk action. */
  selected: boolean;
  toggleSelect: (r: Review) => void;
  /** A Mark-as-done request is under way. */
  pendingDone: boolean;
  /** The comment composer is open (the Comment button is expanded). */
  composerOpen: boolean;
  /** The composer itself (nothing while closed). */
  composer: TemplateResult | typeof nothing;
  reasonText: (code: string) => string;
  toggleDone: (r: Review, done: boolean) => void;
  toggleComposer: (r: Review) => void;
  /** The Report abuse link was opened (SPEC §8: recorded as `abuse-report-opened`; never blocks the link). */
  reportOpened?: (r: Review) => void;
  openContact: (r: Review, trigger: HTMLElement) => void;
  /**
   * SPEC §9 `capabilities`: how Comment and Contact customer are offered — `'api'` the button, `'manual'` a link to
   * Seller Central (`sellerCentralLink`, its code loaded with the page: controllers/seller-central-links.ts),
   * `'none'` absent. Absent means `'api'`.
   */
  modes?: { addReviewComment: CapabilityMode; contactCustomer: CapabilityMode };
  /** The link "… in Seller Central" of a `'manual'` action, recorded when followed. */
  sellerCentralLink?: (
    r: Review,
    action: ManualAction,
    label: string,
    newTab: string,
  ) => TemplateResult | typeof nothing;
}

type ManualAction = 'addReviewComment' | 'contactCustomer';

/** A `'manual'` action of the card: the link to Seller Central. */
function manualLink(r: Review, v: ReviewCardView, action: ManualAction): TemplateResult | typeof nothing {
  const t = v.i18n.t.bind(v.i18n);
  const label = t(action === 'addReviewComment' ? 'sc.comment' : 'sc.contact');
  return v.sellerCentralLink?.(r, action, label, t('sc.new-tab')) ?? nothing;
}

export function renderReviewCard(r: Review, v: ReviewCardView): TemplateResult {
  const { i18n } = v;
  const t = i18n.t.bind(i18n);
  const id = r.id;
  const brand = v.session.brands.find((b) => b.id === r.brandId)?.name ?? r.brandId;
  return html`<article
    part="review"
    class="review ${r.done ? 'is-done' : ''}"
    data-id=${id}
    tabindex="0"
    aria-posinset=${v.posinset}
    aria-setsize=${v.setsize}
    aria-labelledby="title-${id}"
  >
    <header>
      ${
        v.canAct
          ? html`<label class="check select"
              ><input
                type="checkbox"
                aria-label=${t('review-list.select.review', { title: r.title, reviewer: r.reviewerName })}
                .checked=${live(v.selected)}
                @change=${() => v.toggleSelect(r)}
              />${t('review-list.select')}</label
            >`
          : nothing
      }
      <span class="rating">${renderStars(r.rating, t('common.rating-of-5', { rating: r.rating }))}</span>
      <h3 class="title" id="title-${id}">${r.title}</h3>
    </header>
    <p class="meta">
      <span class="reviewer">${t('review-list.by', { reviewer: r.reviewerName })}</span>
      <time datetime=${r.publishedAt} title=${i18n.date(r.publishedAt, { dateStyle: 'full', timeStyle: 'short' })}
        >${i18n.relative(r.publishedAt, v.now)} · <bdi>${i18n.date(r.publishedAt)}</bdi></time
      >
      ${
        r.verifiedPurchase
          ? html`<span class="badge verified"><span aria-hidden="true">✓</span> ${t('review-list.verified')}</span>`
          : nothing
      }
    </p>
    <p class="body">${r.body}</p>
    <p class="product">
      <span class="product-title">${r.productTitle}</span>
      <span class="asin">${t('review-list.asin', { asin: r.asin })}</span>
      <span class="brand">${t('review-list.brand', { brand })}</span>
    </p>
    ${
      r.comments.length
        ? html`<div class="comments" role="group" aria-label=${t('review-list.comments')}>
            <ul>
              ${r.comments.map(
                (c) =>
                  html`<li>
                    <p class="comment-text">${c.text}</p>
                    <p class="comment-date">${t('review-list.comment-posted-at', { date: i18n.date(c.postedAt) })}</p>
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
    ${renderContact(r, v)} ${renderActions(r, v)} ${v.alerts.map((a) => html`<p class="alert" role="alert">${a}</p>`)}
  </article>`;
}

function renderContact(r: Review, v: ReviewCardView): TemplateResult | typeof nothing {
  const t = v.i18n.t.bind(v.i18n);
  if (r.rating > CRITICAL_MAX_RATING) return nothing;
  if (r.contact) {
    return html`<p class="contact-done">
      <span aria-hidden="true">✉</span> <strong>${t('review-list.contact.done')}</strong>
      <span
        >${t('review-list.contact.done-detail', {
          date: v.i18n.date(r.contact.sentAt),
          reason: t(`review-list.contact.reason.${r.contact.reason}`),
        })}</span
      >
    </p>`;
  }
  if (!v.canAct) return nothing;
  const mode = v.modes?.contactCustomer ?? 'api';
  if (mode === 'none') return nothing;
  const { eligible, reasons } = contactEligibility(r, v.session, v.now);
  if (eligible && mode === 'manual') return manualLink(r, v, 'contactCustomer');
  if (eligible) {
    return html`<button
      type="button"
      class="contact primary"
      @click=${(e: Event) => v.openContact(r, e.currentTarget as HTMLElement)}
    >
      ${t('review-list.contact')}
    </button>`;
  }
  return html`<details class="unable">
    <summary><span aria-hidden="true">⊘</span> ${t('review-list.contact.unable')}</summary>
    <p>${t('review-list.contact.unable-why')}</p>
    <ul>
      ${reasons.filter((c) => !HIDDEN_REASONS.has(c)).map((c) => html`<li>${v.reasonText(c)}</li>`)}
    </ul>
  </details>`;
}

/** Mark as done and Comment for editors; the Report abuse link (to Amazon) and its guide for everyone. */
function renderActions(r: Review, v: ReviewCardView): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  const id = r.id;
  const pending = v.pendingDone;
  const open = v.canAct && v.composerOpen;
  return html`<div class="actions">
      ${
        v.canAct
          ? html`<label class="check done">
                <input
                  type="checkbox"
                  .checked=${live(r.done)}
                  aria-disabled=${pending}
                  @click=${(e: Event) => pending && e.preventDefault()}
                  @change=${(e: Event) => v.toggleDone(r, (e.target as HTMLInputElement).checked)}
                />
                ${t('review-list.done')}
              </label>
              ${
                (v.modes?.addReviewComment ?? 'api') === 'none'
                  ? nothing
                  : v.modes?.addReviewComment === 'manual'
                    ? manualLink(r, v, 'addReviewComment')
                    : html`<button
                        type="button"
                        id="comment-btn-${id}"
                        aria-expanded=${open}
                        aria-controls="composer-${id}"
                        @click=${() => v.toggleComposer(r)}
                      >
                        ${t('review-list.comment')}
                      </button>`
              }`
          : nothing
      }
      <a
        class="report"
        href=${reportAbuseUrl(r)}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby="new-window"
        @click=${() => v.reportOpened?.(r)}
        >${t('review-list.report')}</a
      >
    </div>
    ${open ? v.composer : nothing}`;
}

/** "When can a review be removed?": Amazon's grounds for reporting, once per list (above the feed), for everyone. */
export function renderGuide(t: (key: string) => string): TemplateResult {
  return html`<details class="guide" part="guide">
    <summary>${t('review-list.report.guide')}</summary>
    <p>${t('review-list.report.intro')}</p>
    <ul>
      ${GROUNDS.map((g) => html`<li>${t(`review-list.report.ground.${g}`)}</li>`)}
    </ul>
    <p class="warning"><span aria-hidden="true">⚠</span> ${t('review-list.report.warning')}</p>
  </details>`;
}
