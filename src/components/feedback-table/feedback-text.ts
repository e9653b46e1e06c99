/**
 * What `<feedback-table>`'s view and `<feedback-removal-dialog>` say the same way: a refusal's reason in the
 * feedback words, an outcome "kept in this browser only" for a local adapter, and Amazon's message on feedback
 * struck through for an FBA delivery.
 * @internal
 */
import type { Feedback } from '../../data/models.js';
import { FBA_STRIKE_THROUGH_MESSAGE_KEY, REMOVAL_WINDOW_DAYS } from '../../policy/feedback.js';
import type { Params } from '../../i18n/index.js';

/** Translates a key built from data (the key itself when there is no message). */
export type Translate = (key: string, params?: Params) => string;

/** True for an adapter whose writes stay in this browser (the report adapter): Amazon is not told. */
export function writesAreLocal(adapter: { readonly writesAreLocal?: boolean } | null | undefined): boolean {
  return adapter?.writesAreLocal === true;
}

/** The text of an outcome: the "kept in this browser only" variant `local` for an adapter whose writes are local. */
export function outcomeText(
  t: Translate,
  adapter: { readonly writesAreLocal?: boolean } | null | undefined,
  key: string,
  local: string,
): string {
  return t(writesAreLocal(adapter) ? local : key);
}

/** A refusal's reason code in words from the feedback texts (reply and removal codes), else undefined. */
export function feedbackReason(t: Translate, code: string): string | undefined {
  for (const key of [`feedback.reason.${code}`, `policy.removal-reason.${code}`]) {
    // The removal window fills 'too-old' ("… within {days} days …").
    const text = t(key, { days: REMOVAL_WINDOW_DAYS });
    if (text !== key) return text;
  }
  return undefined;
}

/**
 * Amazon's message on feedback struck through for an FBA delivery: the policy's text; in English before the
 * removal strings have loaded (with the removal dialog), the feedback table's copy of it.
 */
export function fbaMessage(t: Translate, f: Feedback): string {
  const own = 'feedback.removal.fba-message';
  for (const key of [FBA_STRIKE_THROUGH_MESSAGE_KEY, own]) {
    const text = t(key);
    if (text !== key) return text;
  }
  return f.removal?.message ?? own;
}
