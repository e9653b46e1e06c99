import { html, type TemplateResult } from 'lit';
import type { FeedbackCounts, FeedbackSummary } from '../../data/models.js';
import type { LocalizeController } from '../../base/localize.js';
import type { Params } from '../../i18n/index.js';
import { feedbackPercentages } from '../../policy/feedback.js';
import { starGlyphs } from '../shared/stars.js';

const PERIODS = ['d30', 'd90', 'd365', 'lifetime'] as const;
const CATEGORIES = ['positive', 'neutral', 'negative'] as const;

type Translate = (key: string, params?: Params) => string;

/**
 * `<feedback-table>`'s summary: the average rating and the 30 / 90 / 365 days / lifetime table (positive counts
 * "not known" for report-based data).
 */
export function renderSummaryBody(s: FeedbackSummary, t: Translate, i18n: LocalizeController): TemplateResult {
  const known = s.positiveKnown !== false;
  const avg = i18n.number(s.ratingAverage, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const total = (c: FeedbackCounts) => c.positive + c.neutral + c.negative;
  return html`${
      known
        ? html`<p class="rating">
            ${starGlyphs(s.ratingAverage)}
            <span class="average">${t('common.rating-of-5', { rating: avg })}</span>
            <span class="count"
              >${t('feedback.rating.count', { count: s.ratingCount, n: i18n.number(s.ratingCount) })}</span
            >
          </p>`
        : html`<p class="note positive-unknown" role="note">${t('feedback.rating.positive-unknown')}</p>`
    }
    <table class="periods">
      <caption>
        ${t('feedback.summary.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('feedback.summary.rating')}</th>
          ${PERIODS.map((p) => html`<th scope="col">${t(`feedback.period.${p}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${CATEGORIES.map(
          (cat) =>
            html`<tr>
              <th scope="row">${t(`feedback.category.${cat}`)}</th>
              ${PERIODS.map((p) => {
                const c = s.periods[p];
                if (!known && cat === 'positive') return html`<td>${t('feedback.summary.not-known')}</td>`;
                const count = i18n.number(c[cat]);
                return html`<td>
                  ${
                    known
                      ? t('feedback.summary.cell', {
                          percent: i18n.percent(feedbackPercentages(c)[cat] / 100, 0),
                          count,
                        })
                      : count
                  }
                </td>`;
              })}
            </tr>`,
        )}
        <tr class="total">
          <th scope="row">${t('feedback.summary.count')}</th>
          ${PERIODS.map(
            (p) => html`<td>${known ? i18n.number(total(s.periods[p])) : t('feedback.summary.not-known')}</td>`,
          )}
        </tr>
      </tbody>
    </table>`;
}
