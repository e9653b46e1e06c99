/**
 * The toolbar above `<feedback-table>`'s recent feedback: the rating filter and the report download with its
 * progress and failure.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import type { ExportProgress } from '../../controllers/export-controller.js';
import type { FeedbackFilter } from './feedback-table.events.js';

const FILTERS: FeedbackFilter[] = ['all', 'positive', 'neutral', 'negative'];

export interface ToolbarOptions {
  i18n: LocalizeController;
  filter: FeedbackFilter;
  /** The user picked a filter. */
  change: (filter: FeedbackFilter) => void;
  /** There is something to download. */
  canDownload: boolean;
  /** Starts the download (ignored while one is under way). */
  download: () => void;
  /** The download under way, else null: Download is aria-disabled meanwhile (focus stays on it). */
  progress: ExportProgress | null;
  /** The last download's failure, in words. */
  error?: string;
}

export function renderToolbar(o: ToolbarOptions): TemplateResult {
  const { progress } = o;
  const t = o.i18n.t.bind(o.i18n);
  return html`<div class="toolbar">
    <fieldset class="filter">
      <legend>${t('feedback.filter.legend')}</legend>
      ${FILTERS.map(
        (f) =>
          html`<label
            ><input
              type="radio"
              name="rating-filter"
              .value=${f}
              .checked=${o.filter === f}
              @change=${() => o.change(f)}
            />${t(`feedback.filter.${f}`)}</label
          >`,
      )}
    </fieldset>
    <button
      type="button"
      class="download"
      ?disabled=${!o.canDownload}
      aria-disabled=${progress ? 'true' : nothing}
      @click=${o.download}
    >
      ${t('feedback.download')}
    </button>
    ${
      progress
        ? html`<p class="progress" role="status">
            ${t('feedback.download.progress', {
              done: o.i18n.number(progress.done),
              total: progress.total === null ? '…' : o.i18n.number(progress.total),
            })}
          </p>`
        : nothing
    }
    ${
      o.error === undefined
        ? nothing
        : html`<p class="inline-error" role="alert">${t('feedback.download.failed')} ${o.error}</p>`
    }
  </div>`;
}
