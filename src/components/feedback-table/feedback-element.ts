import { KitElement } from '../../base/kit-element.js';
import feedbackEn from '../../i18n/en/feedback.js';
import policyEn from '../../i18n/en/policy.js';
import sellerCentralEn from '../../i18n/en/seller-central.js';
import type { Feedback } from '../../data/models.js';
import { fbaMessage, feedbackReason, outcomeText, writesAreLocal } from './feedback-text.js';

/**
 * The base of `<feedback-removal-dialog>`: the feedback string tables (the removal table comes with the dialog),
 * refusal reasons in words, the "kept in this browser only" outcome texts and the FBA strike-through message — the
 * same functions (`feedback-text.ts`) as `<feedback-table>`'s view, which loads with the table's first data.
 * @internal
 */
export class FeedbackElement extends KitElement {
  static override strings = [...KitElement.strings, feedbackEn, policyEn, sellerCentralEn];

  /** True for an adapter whose writes stay in this browser (the report adapter): Amazon is not told. @internal */
  protected get writesAreLocal(): boolean {
    return writesAreLocal(this.kitAdapter);
  }

  /** The text of an outcome: the "kept in this browser only" variant `local` for a local adapter. @internal */
  protected outcome(key: string, local: string): string {
    return outcomeText((k) => this.t(k), this.kitAdapter, key, local);
  }

  /** A refusal's reason code in words: the feedback texts first (reply and removal codes), then the shared ones. */
  protected override reasonText(code: string): string {
    return feedbackReason((k, p) => this.t(k, p), code) ?? super.reasonText(code);
  }

  /** Amazon's message on feedback struck through for an FBA delivery (see `fbaMessage`). @internal */
  protected fbaMessage(f: Feedback): string {
    return fbaMessage((k) => this.t(k), f);
  }
}
