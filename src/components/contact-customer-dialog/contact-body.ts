/**
 * What `<contact-customer-dialog>` shows once it is open and has checked the review: the review, why it may not be
 * contacted, the reasons with the fixed template's preview, the Seller Central link of a `'manual'` capability, the
 * outcome. Loaded on the dialog's first opening, with its check (never part of the element's first load: a closed
 * dialog shows nothing), together with the eligibility rules, the look-up by id and their English strings.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import { addEnglish, hasMessage } from '../../i18n/index.js';
import policyEn from '../../i18n/en/policy.js';
import sellerCentralEn from '../../i18n/en/seller-central.js';
import type { ContactReason, Review, SellerKitAdapter, Session } from '../../data/models.js';
import { toSellerKitError } from '../../data/errors.js';
import { capabilityMode } from '../../policy/capability-mode.js';
import { sellerCentralUrl } from '../../policy/seller-central.js';
import { CONTACT_TEMPLATES, type ContactReasonCode } from '../../policy/contact.js';
import { recordSellerCentral, renderSellerCentralLink } from '../shared/seller-central-link.js';
import { renderStars } from '../shared/stars.js';

export { contactEligibility } from '../../policy/contact.js';
export { findReview } from './find-review.js';

/** The reasons in their order on screen; the first is chosen when the dialog opens. */
export const REASONS = Object.keys(CONTACT_TEMPLATES) as ContactReason[];

addEnglish(policyEn, sellerCentralEn);

/** What the dialog checked when it opened. */
export interface Checked {
  review: Review;
  session: Session;
  eligible: boolean;
  reasons: ContactReasonCode[];
}

export type Phase = 'idle' | 'sending' | 'sent' | 'conflict' | 'failed';

/** What the body reads from the dialog (its state, its localisation and its handlers). */
export interface ContactView {
  i18n: LocalizeController;
  adapter: SellerKitAdapter | null;
  phase: Phase;
  /** The chosen reason (the first of `REASONS` when none was chosen). */
  reason: ContactReason;
  done: boolean;
  sent: Review | undefined;
  failure: unknown;
  canRetry: boolean;
  now: Date;
  reasonText(code: string): string;
  errorMessage(e: unknown): string;
  onSubmit(e: Event): void;
  onReason(e: Event): void;
  /** The row of buttons (Send and Cancel, or Close). */
  actions(form: boolean): TemplateResult;
}

/** A template's text; a key missing from every table gives null (the preview then says so). */
function template(v: ContactView, key: string, c: Checked): string | null {
  const brand = c.session.brands.find((b) => b.id === c.review.brandId)?.name ?? '';
  if (!hasMessage(v.i18n.locale, key)) return null;
  return v.i18n.t(key, {
    productTitle: c.review.productTitle,
    sellerName: c.session.sellerName,
    brandName: brand,
    asin: c.review.asin,
  });
}

export function renderChecked(v: ContactView, c: Checked): TemplateResult {
  const done = v.done;
  const t = v.i18n.t.bind(v.i18n);
  // SPEC §9 `capabilities`: 'manual' → a link to Seller Central instead of a form that cannot be sent; 'none' →
  // no way to contact from here.
  const mode = capabilityMode(v.adapter?.capabilities, 'contactCustomer');
  const form = c.eligible && !done && mode === 'api';
  return html`${renderReview(v, c.review)} ${done || c.eligible ? nothing : renderIneligible(v, c.reasons)}
    ${form ? renderForm(v, c) : nothing}
    ${
      c.eligible && !done && mode === 'manual'
        ? html`<p class="seller-central-link">
            ${renderSellerCentralLink({
              href: sellerCentralUrl('contactCustomer', c.session.marketplaceId),
              label: t('sc.contact'),
              newTab: t('sc.new-tab'),
              action: 'contactCustomer',
              opened: () => recordSellerCentral(v.adapter, 'contactCustomer', c.review.id, c.session.marketplaceId),
            })}
          </p>`
        : nothing
    }
    <div class="live" role="status">${renderStatus(v)}</div>
    ${v.phase === 'failed' || v.phase === 'conflict' ? renderFailure(v) : nothing} ${v.actions(form)}`;
}

function renderForm(v: ContactView, c: Checked): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  return html`<form id="form" @submit=${v.onSubmit}>
    <fieldset ?disabled=${v.phase === 'sending'}>
      <legend>${t('contact.reason.legend')}</legend>
      ${REASONS.map(
        (r) =>
          html`<div class="option">
            <input
              type="radio"
              id="reason-${r}"
              name="reason"
              aria-describedby="hint-${r}"
              .value=${r}
              .checked=${v.reason === r}
              @change=${v.onReason}
            />
            <span>
              <label class="option-name" for="reason-${r}">${t(`contact.reason.${r}`)}</label>
              <span class="option-hint" id="hint-${r}">${t(`contact.reason.${r}.hint`)}</span>
            </span>
          </div>`,
      )}
    </fieldset>
    ${renderPreview(v, c)}
  </form>`;
}

function renderReview(v: ContactView, r: Review): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  return html`<dl class="review" part="review">
    <dt>${t('contact.review.product')}</dt>
    <dd>${r.productTitle}</dd>
    <dt>${t('contact.review.rating')}</dt>
    <dd>${renderStars(r.rating, t('common.rating-of-5', { rating: r.rating }))}</dd>
    <dt>${t('contact.review.title')}</dt>
    <dd class="review-title">${r.title}</dd>
  </dl>`;
}

function renderIneligible(v: ContactView, reasons: ContactReasonCode[]): TemplateResult {
  return html`<div class="ineligible" role="alert">
    <p class="state-title"><span aria-hidden="true">⊘ </span>${v.i18n.t('contact.ineligible.title')}</p>
    <p>${v.i18n.t('contact.ineligible.intro')}</p>
    <ul>
      ${reasons.map((code) => html`<li data-reason=${code}>${v.reasonText(code)}</li>`)}
    </ul>
  </div>`;
}

function renderPreview(v: ContactView, c: Checked): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  const { subjectKey, bodyKey } = CONTACT_TEMPLATES[v.reason];
  const subject = template(v, subjectKey, c);
  const body = template(v, bodyKey, c);
  return html`<section class="preview" part="preview" aria-labelledby="preview-title">
    <h3 id="preview-title">${t('contact.preview.title')}</h3>
    <p class="note"><span aria-hidden="true">🔒 </span>${t('contact.preview.note')}</p>
    ${
      subject === null || body === null
        ? html`<p class="mail missing">${t('contact.preview.unavailable')}</p>`
        : html`<div class="mail" data-reason=${v.reason}>
            <p class="subject"><span class="label">${t('contact.preview.subject')}</span> ${subject}</p>
            <p class="body">${body}</p>
          </div>`
    }
  </section>`;
}

function renderStatus(v: ContactView): TemplateResult | typeof nothing {
  const t = v.i18n.t.bind(v.i18n);
  if (v.phase === 'sending') return html`<p class="sending">${t('common.sending')}</p>`;
  if (v.phase !== 'sent' || !v.sent) return nothing;
  const sentAt = v.sent.contact?.sentAt ?? v.now.toISOString();
  const reason = v.sent.contact?.reason ?? v.reason;
  return html`<div class="sent">
    <p class="state-title"><span aria-hidden="true">✓ </span>${t('contact.sent.title')}</p>
    <p>
      ${t('contact.sent.body', {
        reason: t(`contact.reason.${reason}`),
        date: v.i18n.date(sentAt, { dateStyle: 'medium', timeStyle: 'short' }),
      })}
    </p>
  </div>`;
}

function renderFailure(v: ContactView): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  if (v.phase === 'conflict') {
    return html`<div class="failure conflict" role="alert" data-code="conflict">
      <p class="state-title"><span aria-hidden="true">ℹ </span>${t('contact.conflict.title')}</p>
      <p>${t('contact.conflict.body')}</p>
    </div>`;
  }
  const code = toSellerKitError(v.failure).code;
  return html`<div class="failure" role="alert" data-code=${code}>
    <p class="state-title"><span aria-hidden="true">⚠ </span>${t('contact.failed.title')}</p>
    <p>${v.errorMessage(v.failure)}</p>
    ${v.canRetry ? html`<p>${t('contact.failed.retry')}</p>` : nothing}
  </div>`;
}
