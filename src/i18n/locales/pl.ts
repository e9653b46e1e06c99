import type { Strings } from '../types.js';
import common from '../pl/common.js';
import contact from '../pl/contact.js';
import feedback from '../pl/feedback.js';
import feedbackReplies from '../pl/feedback-replies.js';
import feedbackRemoval from '../pl/feedback-removal.js';
import health from '../pl/health.js';
import importers from '../pl/importers.js';
import metrics from '../pl/metrics.js';
import lint from '../pl/lint.js';
import policy from '../pl/policy.js';
import removal from '../pl/removal.js';
import reviewList from '../pl/review-list.js';
import reviewShortcuts from '../pl/review-shortcuts.js';
import reviewTriage from '../pl/review-triage.js';
import reviewComment from '../pl/review-comment.js';
import accountPortfolio from '../pl/account-portfolio.js';
import activityLog from '../pl/activity-log.js';
import sellerCentral from '../pl/seller-central.js';
import alerts from '../pl/alerts.js';

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
