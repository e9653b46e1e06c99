import type { Strings } from '../types.js';
import common from '../tr/common.js';
import contact from '../tr/contact.js';
import feedback from '../tr/feedback.js';
import feedbackReplies from '../tr/feedback-replies.js';
import feedbackRemoval from '../tr/feedback-removal.js';
import health from '../tr/health.js';
import importers from '../tr/importers.js';
import metrics from '../tr/metrics.js';
import lint from '../tr/lint.js';
import policy from '../tr/policy.js';
import removal from '../tr/removal.js';
import reviewList from '../tr/review-list.js';
import reviewShortcuts from '../tr/review-shortcuts.js';
import reviewTriage from '../tr/review-triage.js';
import reviewComment from '../tr/review-comment.js';
import accountPortfolio from '../tr/account-portfolio.js';
import activityLog from '../tr/activity-log.js';
import sellerCentral from '../tr/seller-central.js';
import alerts from '../tr/alerts.js';

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
