import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import accountPortfolioStrings from '../../i18n/en/account-portfolio.js';
import { styles } from './account-portfolio.styles.js';

/**
 * TODO: what this element is, and the Amazon screen it stands for.
 *
 * @summary TODO: one line for the manifest and Storybook.
 * @tag account-portfolio
 * @csspart base - The wrapper around everything.
 * @csspart config-error - Shown when no adapter is in reach.
 */
export class AccountPortfolio extends KitElement {
  static override strings = [...KitElement.strings, accountPortfolioStrings];

  static override styles = [...KitElement.styles, styles];

  override render(): TemplateResult {
    if (!this.kitAdapter) return this.renderConfigError();
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title">${this.t('account-portfolio.title')}</h2>
    </section>`;
  }
}
