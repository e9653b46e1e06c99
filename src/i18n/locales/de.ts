import type { Strings } from '../types.js';
import common from '../de/common.js';
import contact from '../de/contact.js';
import feedback from '../de/feedback.js';
import feedbackReplies from '../de/feedback-replies.js';
import feedbackRemoval from '../de/feedback-removal.js';
import health from '../de/health.js';
import importers from '../de/importers.js';
import metrics from '../de/metrics.js';
import lint from '../de/lint.js';
import policy from '../de/policy.js';
import removal from '../de/removal.js';
import reviewList from '../de/review-list.js';
import reviewShortcuts from '../de/review-shortcuts.js';
import reviewTriage from '../de/review-triage.js';
import reviewComment from '../de/review-comment.js';
import accountPortfolio from '../de/account-portfolio.js';
import activityLog from '../de/activity-log.js';
import sellerCentral from '../de/seller-central.js';
import alerts from '../de/alerts.js';

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
