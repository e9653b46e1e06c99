import type { Strings } from '../types.js';
import common from '../ar/common.js';
import contact from '../ar/contact.js';
import feedback from '../ar/feedback.js';
import feedbackReplies from '../ar/feedback-replies.js';
import feedbackRemoval from '../ar/feedback-removal.js';
import health from '../ar/health.js';
import importers from '../ar/importers.js';
import metrics from '../ar/metrics.js';
import lint from '../ar/lint.js';
import policy from '../ar/policy.js';
import removal from '../ar/removal.js';
import reviewList from '../ar/review-list.js';
import reviewShortcuts from '../ar/review-shortcuts.js';
import reviewTriage from '../ar/review-triage.js';
import reviewComment from '../ar/review-comment.js';
import accountPortfolio from '../ar/account-portfolio.js';
import activityLog from '../ar/activity-log.js';
import sellerCentral from '../ar/seller-central.js';
import alerts from '../ar/alerts.js';

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
