import type { Strings } from '../types.js';
import common from '../ja/common.js';
import contact from '../ja/contact.js';
import feedback from '../ja/feedback.js';
import feedbackReplies from '../ja/feedback-replies.js';
import feedbackRemoval from '../ja/feedback-removal.js';
import health from '../ja/health.js';
import importers from '../ja/importers.js';
import metrics from '../ja/metrics.js';
import lint from '../ja/lint.js';
import policy from '../ja/policy.js';
import removal from '../ja/removal.js';
import reviewList from '../ja/review-list.js';
import reviewShortcuts from '../ja/review-shortcuts.js';
import reviewTriage from '../ja/review-triage.js';
import reviewComment from '../ja/review-comment.js';
import accountPortfolio from '../ja/account-portfolio.js';
import activityLog from '../ja/activity-log.js';
import sellerCentral from '../ja/seller-central.js';
import alerts from '../ja/alerts.js';

/** All of one locale's string tables, merged. */
const strings: Strings = {
  ...common,
  ...policy,
  ...lint,
  ...removal,
  ...metrics,
  ...importers,
  ...reviewList,
  ...reviewShortcuts,
  ...reviewTriage,
  ...reviewComment,
  ...contact,
  ...feedback,
  ...feedbackReplies,
  ...feedbackRemoval,
  ...health,
  ...accountPortfolio,
  ...activityLog,
  ...sellerCentral,
  ...alerts,
};
export default strings;
