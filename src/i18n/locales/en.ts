import type { Strings } from '../types.js';
import common from '../en/common.js';
import contact from '../en/contact.js';
import feedback from '../en/feedback.js';
import feedbackReplies from '../en/feedback-replies.js';
import feedbackRemoval from '../en/feedback-removal.js';
import health from '../en/health.js';
import importers from '../en/importers.js';
import metrics from '../en/metrics.js';
import lint from '../en/lint.js';
import policy from '../en/policy.js';
import removal from '../en/removal.js';
import reviewList from '../en/review-list.js';
import reviewShortcuts from '../en/review-shortcuts.js';
import reviewTriage from '../en/review-triage.js';
import reviewComment from '../en/review-comment.js';
import accountPortfolio from '../en/account-portfolio.js';
import activityLog from '../en/activity-log.js';
import sellerCentral from '../en/seller-central.js';
import alerts from '../en/alerts.js';

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
