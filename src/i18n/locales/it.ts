import type { Strings } from '../types.js';
import common from '../it/common.js';
import contact from '../it/contact.js';
import feedback from '../it/feedback.js';
import feedbackReplies from '../it/feedback-replies.js';
import feedbackRemoval from '../it/feedback-removal.js';
import health from '../it/health.js';
import importers from '../it/importers.js';
import metrics from '../it/metrics.js';
import lint from '../it/lint.js';
import policy from '../it/policy.js';
import removal from '../it/removal.js';
import reviewList from '../it/review-list.js';
import reviewShortcuts from '../it/review-shortcuts.js';
import reviewTriage from '../it/review-triage.js';
import reviewComment from '../it/review-comment.js';
import accountPortfolio from '../it/account-portfolio.js';
import activityLog from '../it/activity-log.js';
import sellerCentral from '../it/seller-central.js';
import alerts from '../it/alerts.js';

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
