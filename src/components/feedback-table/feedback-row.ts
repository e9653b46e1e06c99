/**
 * The rows of `<feedback-table>`'s recent-feedback table and its sortable headers, as render functions over what
 * the table passes in (`RowView`): the comment (struck through, questions, removal status, reply), the masked email
 * and the row's actions.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import type { CapabilityAction, CapabilityMode, Feedback, FeedbackSort, SellerKitAdapter } from '../../data/models.js';
import { capabilityMode } from '../../policy/capability-mode.js';
import type { Params } from '../../i18n/index.js';
import { buyerRemovalEligibility, feedbackCategory, removalEligibility, replyRules } from '../../policy/feedback.js';
import { renderStars } from '../shared/stars.js';
import { breakable } from '../shared/wrap.js';
import { maskEmail, sortState, type SortColumn } from './feedback-format.js';

type Translate = (key: string, params?: Params) => string;

/** What a row shows and does, from the table. */
export interface RowView {
  i18n: LocalizeController;
  now: Date;
  /** The user may reply, remove replies, request removals and reveal emails. */
  canEdit: boolean;
  /** The rater's email is shown unmasked. */
  revealed: boolean;
  /** The composer when one is open on the row (else nothing), under the comment. */
  composer: TemplateResult | typeof nothing;
  /** A failure to show on the row, in words. */
  error?: string;
  /** Amazon's message on feedback struck through for an FBA delivery. */
  fbaMessage: string;
  toggleEmail: () => void;
  reply: () => void;
  removeReply: (e: Event) => void;
  requestRemoval: (e: Event) => void;
  /** SPEC §9: how each action is offered — `'api'` a button, `'manual'` a link to Seller Central, `'none'` absent. */
  modes: Record<FeedbackAction, CapabilityMode>;
  /**
   * The link "… in Seller Central" of a `'manual'` action (recorded when followed); its code loads with the page
   * (controllers/seller-central-links.ts).
   */
  sellerCentralLink: (action: FeedbackAction, label: string, newTab: string, describedBy: string) => LinkResult;
  /** "Ask buyer to remove": opens the confirmation. */
  askBuyer: (e: Event) => void;
}

type LinkResult = TemplateResult | typeof nothing;

/** The row actions that follow the adapter's `capabilities`. */
export type FeedbackAction = Extract<
  CapabilityAction,
  'postFeedbackReply' | 'removeFeedbackReply' | 'requestFeedbackRemoval' | 'askBuyerToRemoveFeedback'
>;

/** A sortable column's header: a button that cycles the sort, and `aria-sort`. */
function renderSortHeader(
  column: SortColumn,
  key: string,
  sort: FeedbackSort,
  t: Translate,
  change: (column: SortColumn) => void,
): TemplateResult {
  const s = sortState(sort);
  const active = s.column === column;
  return html`<th scope="col" role="columnheader" class="sortable" aria-sort=${active ? s.dir : 'none'}>
    <button type="button" class="sort" @click=${() => change(column)}>
      ${t(key)}<span class="sort-icon" aria-hidden="true">${active ? (s.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

/** SPEC §9: how the adapter offers each row action (`capabilities`; Ask buyer needs its method for `'api'`). */
export function actionModes(a: SellerKitAdapter | null | undefined): RowView['modes'] {
  const mode = (action: FeedbackAction, has = true) => capabilityMode(a?.capabilities, action, has);
  return {
    postFeedbackReply: mode('postFeedbackReply'),
    removeFeedbackReply: mode('removeFeedbackReply'),
    requestFeedbackRemoval: mode('requestFeedbackRemoval'),
    askBuyerToRemoveFeedback: mode('askBuyerToRemoveFeedback', typeof a?.askBuyerToRemoveFeedback === 'function'),
  };
}

/** The table's head: Date, Rating and Order ID sort (`change`); Comments, Rater email and Actions do not. */
export function renderHead(sort: FeedbackSort, t: Translate, change: (column: SortColumn) => void): TemplateResult {
  const sortHeader = (column: SortColumn, key: string) => renderSortHeader(column, key, sort, t, change);
  // Explicit roles: under the narrow layout the rows are stacked with `display` changes, which some engines take as
  // a reason to drop the table semantics; the roles keep them at every width.
  return html`<thead>
    <tr role="row">
      ${sortHeader('date', 'feedback.col.date')} ${sortHeader('rating', 'feedback.col.rating')}
      <th scope="col" role="columnheader" class="comments">${t('feedback.col.comments')}</th>
      ${sortHeader('order', 'feedback.col.order')}
      <th scope="col" role="columnheader">${t('feedback.col.email')}</th>
      <th scope="col" role="columnheader">${t('feedback.col.actions')}</th>
    </tr>
  </thead>`;
}

/** One feedback entry as a table row. */
export function renderRow(f: Feedback, v: RowView): TemplateResult {
  const cat = feedbackCategory(f.rating);
  return html`<tr role="row" class="row ${cat}${cat === 'negative' ? ' priority' : ''}" data-id=${f.id}>
    <td role="cell" class="date" data-label=${v.i18n.t('feedback.col.date')}><bdi>${v.i18n.date(f.date)}</bdi></td>
    <td role="cell" class="rating" data-label=${v.i18n.t('feedback.col.rating')}>
      ${renderStars(f.rating, v.i18n.t('common.rating-of-5', { rating: f.rating }))}
      <span class="badge ${cat}"
        ><span aria-hidden="true">${cat === 'negative' ? '⚠' : cat === 'positive' ? '✓' : '–'}</span>
        ${v.i18n.t(`feedback.category.${cat}`)}</span
      >
    </td>
    <td role="cell" class="comments">${renderComments(f, v)}</td>
    <td role="cell" class="order" data-label=${v.i18n.t('feedback.col.order')}>
      <bdi dir="ltr"><span id=${`order-${f.id}`}>${breakable(f.orderId)}</span></bdi>
    </td>
    <td role="cell" class="email" data-label=${v.i18n.t('feedback.col.email')}>${renderEmail(f, v)}</td>
    <td role="cell" class="actions">
      ${renderActions(f, v)}
      ${
        v.error === undefined
          ? nothing
          : html`<p class="inline-error" role="alert">${v.i18n.t('feedback.row.failed', { error: v.error })}</p>`
      }
    </td>
  </tr>`;
}

function renderComments(f: Feedback, v: RowView): TemplateResult {
  const r = f.removal;
  const struck = r?.status === 'struck-through';
  const q = f.questions;
  const questions = q
    ? (['arrivedOnTime', 'itemAsDescribed', 'promptCourteousService'] as const).filter((k) => k in q)
    : [];
  return html`${
    struck
      ? html`<p class="comment struck">
            <span class="visually-hidden">${v.i18n.t('feedback.removal.status.struck-through')}:</span>
            <s dir="auto">${f.comments}</s>
          </p>
          <p class="fba-note">${v.fbaMessage}</p>`
      : html`<p class="comment" dir="auto">${f.comments || v.i18n.t('feedback.no-comment')}</p>`
  }
  ${
    questions.length
      ? html`<dl class="questions">
          ${questions.map((k) => {
            const answer = q![k];
            return html`<div>
              <dt>${v.i18n.t(`feedback.question.${k}`)}</dt>
              <dd>
                ${v.i18n.t(answer === true ? 'feedback.answer.yes' : answer === false ? 'feedback.answer.no' : 'feedback.answer.none')}
              </dd>
            </div>`;
          })}
        </dl>`
      : nothing
  }
  ${
    r && !struck
      ? html`<p class="removal-status ${r.status}">
          <span aria-hidden="true">${r.status === 'removed' ? '✓' : r.status === 'denied' ? '✕' : '⏳'}</span>
          ${v.i18n.t(`feedback.removal.status.${r.status}`)}
        </p>`
      : nothing
  }
  ${
    f.reply
      ? html`<div class="reply">
          <p class="reply-label">${v.i18n.t('feedback.reply.label', { date: v.i18n.date(f.reply.postedAt) })}</p>
          <p class="reply-text" dir="auto">${f.reply.text}</p>
        </div>`
      : f.replyRemovedAt
        ? html`<p class="reply-removed muted">
            ${v.i18n.t('feedback.reply.removed-on', { date: v.i18n.date(f.replyRemovedAt) })}
          </p>`
        : nothing
  }
  ${v.composer}`;
}

function renderEmail(f: Feedback, v: RowView): TemplateResult {
  if (!f.raterEmail) return html`<span class="muted">${v.i18n.t('common.not-available')}</span>`;
  const shown = v.revealed;
  return html`<span class="email-text" dir="ltr">${breakable(shown ? f.raterEmail : maskEmail(f.raterEmail))}</span> ${
      v.canEdit
        ? html`<button type="button" class="link" aria-describedby=${`order-${f.id}`} @click=${v.toggleEmail}>
            ${v.i18n.t(shown ? 'feedback.email.hide' : 'feedback.email.show')}
          </button>`
        : nothing
    }`;
}

function renderActions(f: Feedback, v: RowView): TemplateResult {
  if (!v.canEdit) return html`<span class="muted">${v.i18n.t('feedback.view-only')}</span>`;
  const rules = replyRules(f);
  const removal = removalEligibility(f, v.now);
  const desc = `order-${f.id}`;
  const t = v.i18n.t.bind(v.i18n);
  /** The action as its mode says: the button, a link to Seller Central, or nothing. */
  const offer = (action: FeedbackAction, button: () => TemplateResult, sc: Parameters<typeof t>[0]) =>
    v.modes[action] === 'none'
      ? nothing
      : v.modes[action] === 'manual'
        ? v.sellerCentralLink(action, t(sc), t('sc.new-tab'), desc)
        : button();
  return html`${
    rules.canPost && v.composer === nothing
      ? offer(
          'postFeedbackReply',
          () =>
            html`<button type="button" aria-describedby=${desc} data-action="reply" @click=${v.reply}>
              ${t('feedback.reply.post')}
            </button>`,
          'sc.reply',
        )
      : nothing
  }
  ${
    rules.canRemove
      ? offer(
          'removeFeedbackReply',
          () =>
            html`<button type="button" aria-describedby=${desc} data-action="remove-reply" @click=${v.removeReply}>
              ${t('feedback.reply.remove')}
            </button>`,
          'sc.remove-reply',
        )
      : nothing
  }
  ${
    removal.eligible
      ? offer(
          'requestFeedbackRemoval',
          () =>
            html`<button type="button" aria-describedby=${desc} data-action="removal" @click=${v.requestRemoval}>
              ${t('feedback.removal.request')}
            </button>`,
          'sc.request-removal',
        )
      : removal.reasons.includes('too-old') && v.modes.requestFeedbackRemoval !== 'none'
        ? html`<p class="muted removal-why">${t('feedback.removal.too-old')}</p>`
        : nothing
  }
  ${renderAskBuyer(f, v, offer)}`;
}

/** SPEC §9 "Ask buyer to remove": on 1–2★ feedback, once; afterwards the date it was asked. */
function renderAskBuyer(
  f: Feedback,
  v: RowView,
  offer: (action: FeedbackAction, button: () => TemplateResult, sc: 'sc.ask-buyer') => unknown,
): unknown {
  if (v.modes.askBuyerToRemoveFeedback === 'none') return nothing;
  if (f.buyerRemovalRequestedAt) {
    return html`<p class="muted asked-buyer">
      <span aria-hidden="true">✓</span>
      ${v.i18n.t('feedback.ask-buyer.asked-on', { date: v.i18n.date(f.buyerRemovalRequestedAt) })}
    </p>`;
  }
  if (!buyerRemovalEligibility(f, v.now).eligible) return nothing;
  return offer(
    'askBuyerToRemoveFeedback',
    () =>
      html`<button type="button" aria-describedby=${`order-${f.id}`} data-action="ask-buyer" @click=${v.askBuyer}>
        ${v.i18n.t('feedback.ask-buyer')}
      </button>`,
    'sc.ask-buyer',
  );
}
