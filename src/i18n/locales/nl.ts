import type { Strings } from '../types.js';
import common from '../nl/common.js';
import contact from '../nl/contact.js';
import feedback from '../nl/feedback.js';
import feedbackReplies from '../nl/feedback-replies.js';
import feedbackRemoval from '../nl/feedback-removal.js';
import health from '../nl/health.js';
import importers from '../nl/importers.js';
import metrics from '../nl/metrics.js';
import lint from '../nl/lint.js';
import policy from '../nl/policy.js';
import removal from '../nl/removal.js';
import reviewList from '../nl/review-list.js';
import reviewShortcuts from '../nl/review-shortcuts.js';
import reviewTriage from '../nl/review-triage.js';
import reviewComment from '../nl/review-comment.js';
import accountPortfolio from '../nl/account-portfolio.js';
import activityLog from '../nl/activity-log.js';
import sellerCentral from '../nl/seller-central.js';
import alerts from '../nl/alerts.js';

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
