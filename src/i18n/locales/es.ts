import type { Strings } from '../types.js';
import common from '../es/common.js';
import contact from '../es/contact.js';
import feedback from '../es/feedback.js';
import feedbackReplies from '../es/feedback-replies.js';
import feedbackRemoval from '../es/feedback-removal.js';
import health from '../es/health.js';
import importers from '../es/importers.js';
import metrics from '../es/metrics.js';
import lint from '../es/lint.js';
import policy from '../es/policy.js';
import removal from '../es/removal.js';
import reviewList from '../es/review-list.js';
import reviewShortcuts from '../es/review-shortcuts.js';
import reviewTriage from '../es/review-triage.js';
import reviewComment from '../es/review-comment.js';
import accountPortfolio from '../es/account-portfolio.js';
import activityLog from '../es/activity-log.js';
import sellerCentral from '../es/seller-central.js';
import alerts from '../es/alerts.js';

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
