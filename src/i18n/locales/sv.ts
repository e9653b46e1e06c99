import type { Strings } from '../types.js';
import common from '../sv/common.js';
import contact from '../sv/contact.js';
import feedback from '../sv/feedback.js';
import feedbackReplies from '../sv/feedback-replies.js';
import feedbackRemoval from '../sv/feedback-removal.js';
import health from '../sv/health.js';
import importers from '../sv/importers.js';
import metrics from '../sv/metrics.js';
import lint from '../sv/lint.js';
import policy from '../sv/policy.js';
import removal from '../sv/removal.js';
import reviewList from '../sv/review-list.js';
import reviewShortcuts from '../sv/review-shortcuts.js';
import reviewTriage from '../sv/review-triage.js';
import reviewComment from '../sv/review-comment.js';
import accountPortfolio from '../sv/account-portfolio.js';
import activityLog from '../sv/activity-log.js';
import sellerCentral from '../sv/seller-central.js';
import alerts from '../sv/alerts.js';

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
