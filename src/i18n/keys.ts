/**
 * `MessageKey`: every key of the English string tables — the kit's message vocabulary, as a type. `t()` takes
 * only these, so a typo or a key missing from English is a compile error (type-only imports: nothing is bundled).
 * Keys built at run time are typed with template literals over the unions they come from
 * (`health.status.${MetricStatus}`); text whose key comes from data (an importer's `messageKey`) goes through
 * `has()` / `tOr()`.
 */
import type common from './en/common.js';
import type contact from './en/contact.js';
import type feedback from './en/feedback.js';
import type feedbackReplies from './en/feedback-replies.js';
import type feedbackRemoval from './en/feedback-removal.js';
import type health from './en/health.js';
import type importers from './en/importers.js';
import type lint from './en/lint.js';
import type metrics from './en/metrics.js';
import type policy from './en/policy.js';
import type removal from './en/removal.js';
import type reviewList from './en/review-list.js';
import type reviewShortcuts from './en/review-shortcuts.js';
import type reviewTriage from './en/review-triage.js';
import type reviewComment from './en/review-comment.js';
import type accountPortfolio from './en/account-portfolio.js';
import type activityLog from './en/activity-log.js';
import type sellerCentral from './en/seller-central.js';
import type alerts from './en/alerts.js';

export type MessageKey =
  | keyof typeof common
  | keyof typeof contact
  | keyof typeof feedback
  | keyof typeof feedbackReplies
  | keyof typeof feedbackRemoval
  | keyof typeof health
  | keyof typeof importers
  | keyof typeof lint
  | keyof typeof metrics
  | keyof typeof policy
  | keyof typeof removal
  | keyof typeof reviewList
  | keyof typeof reviewShortcuts
  | keyof typeof reviewTriage
  | keyof typeof reviewComment
  | keyof typeof accountPortfolio
  | keyof typeof activityLog
  | keyof typeof sellerCentral
  | keyof typeof alerts;

/**
 * The argument type of `t()`: a literal key (or a union of them, or a template literal) must be a MessageKey — a
 * typo is a compile error. A key typed only as `string` (built from data, e.g. an importer's `messageKey`) is let
 * through, resolving to the key itself when English lacks it; new code uses `has()` / `tOr()` for those.
 */
export type MessageKeyArg<K extends string> = K & (string extends K ? unknown : MessageKey);
