import type { Strings } from '../types.js';
import common from '../pt-BR/common.js';
import contact from '../pt-BR/contact.js';
import feedback from '../pt-BR/feedback.js';
import feedbackReplies from '../pt-BR/feedback-replies.js';
import feedbackRemoval from '../pt-BR/feedback-removal.js';
import health from '../pt-BR/health.js';
import importers from '../pt-BR/importers.js';
import metrics from '../pt-BR/metrics.js';
import lint from '../pt-BR/lint.js';
import policy from '../pt-BR/policy.js';
import removal from '../pt-BR/removal.js';
import reviewList from '../pt-BR/review-list.js';
import reviewShortcuts from '../pt-BR/review-shortcuts.js';
import reviewTriage from '../pt-BR/review-triage.js';
import reviewComment from '../pt-BR/review-comment.js';
import accountPortfolio from '../pt-BR/account-portfolio.js';
import activityLog from '../pt-BR/activity-log.js';
import sellerCentral from '../pt-BR/seller-central.js';
import alerts from '../pt-BR/alerts.js';

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
