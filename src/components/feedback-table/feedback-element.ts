import { KitElement } from '../../base/kit-element.js';
import feedbackEn from '../../i18n/en/feedback.js';
import policyEn from '../../i18n/en/policy.js';
import removalEn from '../../i18n/en/removal.js';
import type { Feedback } from '../../data/models.js';
import { FBA_STRIKE_THROUGH_MESSAGE_KEY, REMOVAL_WINDOW_DAYS } from '../../policy/feedback.js';

/**
 * What `<feedback-table>` and its `<feedback-removal-dialog>` say the same way: the feedback string tables,
 * refusal reasons in words, the "kept in this browser only" outcome texts and the FBA strike-through message.
 * @internal
 */
export class FeedbackElement extends KitElement {
  static override strings = [...KitElement.strings, feedbackEn, policyEn, removalEn];

  /** True for an adapter whose writes stay in this browser (the report adapter): Amazon is not told. @internal */
  protected get writesAreLocal(): boolean {
    return (this.kitAdapter as { writesAreLocal?: unknown } | null)?.writesAreLocal === true;
  }

  /** The text of an outcome: the "kept in this browser only" variant `local` for a local adapter. @internal */
  protected outcome(key: string, local: string): string {
    return this.t(this.writesAreLocal ? local : key);
  }

  /** A refusal's reason code in words: the feedback texts first (reply and removal codes), then the shared ones. */
  protected override reasonText(code: string): string {
    for (const key of [`feedback.reason.${code}`, `policy.removal-reason.${code}`]) {
      // The removal window fills 'too-old' ("… within {days} days …").
      const text = this.t(key, { days: REMOVAL_WINDOW_DAYS });
      if (text !== key) return text;
    }
    return super.reasonText(code);
  }

  /** Amazon's message on feedback struck through for an FBA delivery. @internal */
  protected fbaMessage(f: Feedback): string {
    const text = this.t(FBA_STRIKE_THROUGH_MESSAGE_KEY);
    return text !== FBA_STRIKE_THROUGH_MESSAGE_KEY
      ? text
      : (f.removal?.message ?? this.t('feedback.removal.fba-message'));
  }
}
