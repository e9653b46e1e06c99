import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import activityLogStrings from '../../i18n/en/activity-log.js';
import { styles } from './activity-log.styles.js';

/**
 * TODO: what this element is, and the Amazon screen it stands for.
 *
 * @summary TODO: one line for the manifest and Storybook.
 * @tag activity-log
 * @csspart base - The wrapper around everything.
 * @csspart config-error - Shown when no adapter is in reach.
 */
export class ActivityLog extends KitElement {
  static override strings = [...KitElement.strings, activityLogStrings];

  static override styles = [...KitElement.styles, styles];

  override render(): TemplateResult {
    if (!this.kitAdapter) return this.renderConfigError();
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title">${this.t('activity-log.title')}</h2>
    </section>`;
  }
}
