import type { Strings } from '../types.js';
import common from '../fr/common.js';
import contact from '../fr/contact.js';
import feedback from '../fr/feedback.js';
import feedbackReplies from '../fr/feedback-replies.js';
import feedbackRemoval from '../fr/feedback-removal.js';
import health from '../fr/health.js';
import importers from '../fr/importers.js';
import metrics from '../fr/metrics.js';
import lint from '../fr/lint.js';
import policy from '../fr/policy.js';
import removal from '../fr/removal.js';
import reviewList from '../fr/review-list.js';
import reviewShortcuts from '../fr/review-shortcuts.js';
import reviewTriage from '../fr/review-triage.js';
import reviewComment from '../fr/review-comment.js';
import accountPortfolio from '../fr/account-portfolio.js';
import activityLog from '../fr/activity-log.js';
import sellerCentral from '../fr/seller-central.js';
import alerts from '../fr/alerts.js';

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
