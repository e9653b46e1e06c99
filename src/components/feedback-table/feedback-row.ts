/**
 * The rows of `<feedback-table>`'s recent-feedback table and its sortable headers, as render functions over what
 * the table passes in (`RowView`): the comment (struck through, questions, removal status, reply), the masked email
 * and the row's actions.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import type { Feedback, FeedbackSort } from '../../data/models.js';
import type { Params } from '../../i18n/index.js';
import { feedbackCategory, removalEligibility, replyRules } from '../../policy/feedback.js';
import { renderStars } from '../shared/stars.js';
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
}

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
  return html`<th scope="col" aria-sort=${active ? s.dir : 'none'}>
    <button type="button" class="sort" @click=${() => change(column)}>
      ${t(key)}<span class="sort-icon" aria-hidden="true">${active ? (s.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

/** The table's head: Date, Rating and Order ID sort (`change`); Comments, Rater email and Actions do not. */
export function renderHead(sort: FeedbackSort, t: Translate, change: (column: SortColumn) => void): TemplateResult {
  const sortHeader = (column: SortColumn, key: string) => renderSortHeader(column, key, sort, t, change);
  return html`<thead>
    <tr>
      ${sortHeader('date', 'feedback.col.date')} ${sortHeader('rating', 'feedback.col.rating')}
      <th scope="col" class="comments">${t('feedback.col.comments')}</th>
      ${sortHeader('order', 'feedback.col.order')}
      <th scope="col">${t('feedback.col.email')}</th>
      <th scope="col">${t('feedback.col.actions')}</th>
    </tr>
  </thead>`;
}

/** One feedback entry as a table row. */
export function renderRow(f: Feedback, v: RowView): TemplateResult {
  const cat = feedbackCategory(f.rating);
  return html`<tr class="row ${cat}${cat === 'negative' ? ' priority' : ''}" data-id=${f.id}>
    <td class="date"><bdi>${v.i18n.date(f.date)}</bdi></td>
    <td class="rating">
      ${renderStars(f.rating, v.i18n.t('common.rating-of-5', { rating: f.rating }))}
      <span class="badge ${cat}"
        ><span aria-hidden="true">${cat === 'negative' ? '⚠' : cat === 'positive' ? '✓' : '–'}</span>
        ${v.i18n.t(`feedback.category.${cat}`)}</span
      >
    </td>
    <td class="comments">${renderComments(f, v)}</td>
    <td class="order" id=${`order-${f.id}`}><bdi dir="ltr">${f.orderId}</bdi></td>
    <td class="email">${renderEmail(f, v)}</td>
    <td class="actions">
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
  return html`<span class="email-text" dir="ltr">${shown ? f.raterEmail : maskEmail(f.raterEmail)}</span> ${
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
  return html`${
    rules.canPost && v.composer === nothing
      ? html`<button type="button" aria-describedby=${desc} data-action="reply" @click=${v.reply}>
          ${v.i18n.t('feedback.reply.post')}
        </button>`
      : nothing
  }
  ${
    rules.canRemove
      ? html`<button type="button" aria-describedby=${desc} data-action="remove-reply" @click=${v.removeReply}>
          ${v.i18n.t('feedback.reply.remove')}
        </button>`
      : nothing
  }
  ${
    removal.eligible
      ? html`<button type="button" aria-describedby=${desc} data-action="removal" @click=${v.requestRemoval}>
          ${v.i18n.t('feedback.removal.request')}
        </button>`
      : removal.reasons.includes('too-old')
        ? html`<p class="muted removal-why">${v.i18n.t('feedback.removal.too-old')}</p>`
        : nothing
  }`;
}
