/**
 * The kit's data models (SPEC §4). Field names are part of the public contract:
 * add fields where needed, never rename these.
 */

/*
 * The contract's enumerations, each kept once as an `as const` array (for validators, mock handlers, menus and
 * filters) with its type derived from it. Every other module imports these; none keeps a copy.
 */

export const PERMISSIONS = ['none', 'view', 'edit'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Brand {
  id: string;
  name: string;
  /** The user holds the Brand Representative role for this brand. */
  representative: boolean;
}

export interface Session {
  sellerName: string;
  marketplaceId: string;
  /** A Professional selling account (Contact Customer needs one). */
  professional: boolean;
  /** `NORMAL` | `AT_RISK` | `DEACTIVATED` or any other string a source reports. */
  accountStatus: string;
  brands: Brand[];
  permissions: {
    reviews: Permission;
    feedback: Permission;
    accountHealth: Permission;
  };
}

export const CONTACT_REASONS = ['courtesy-refund', 'customer-support'] as const;
export type ContactReason = (typeof CONTACT_REASONS)[number];

export interface ReviewComment {
  id: string;
  text: string;
  postedAt: string;
}

export interface Review {
  id: string;
  asin: string;
  productTitle: string;
  brandId: string;
  marketplaceId: string;
  /** 1–5 stars. */
  rating: number;
  title: string;
  body: string;
  reviewerName: string;
  publishedAt: string;
  verifiedPurchase: boolean;
  sellerOfRecord: boolean;
  orderDate: string | null;
  detailPageUrl?: string;
  done: boolean;
  comments: ReviewComment[];
  contact: null | { reason: ContactReason; sentAt: string };
  /** BCP 47 language of the review text, when known. */
  language?: string;
}

/**
 * Review sorts. `attention` ("Needs attention", `<review-list>`'s default): critical reviews (1–3 stars) not yet
 * marked as done first, newest first among them; then every other review, newest first.
 */
export const REVIEW_SORTS = ['newest', 'oldest', 'rating-asc', 'rating-desc', 'attention'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export interface ReviewQuery {
  ratings?: number[];
  brandIds?: string[];
  from?: string;
  to?: string;
  includeDone?: boolean;
  search?: string;
  sort?: ReviewSort;
  offset?: number;
  limit?: number;
}

/** The review periods `countReviews` counts, at the adapter's clock: all time, the last 7 and the last 30 days. */
export const REVIEW_COUNT_PERIODS = ['all', '7d', '30d'] as const;
export type ReviewCountPeriod = (typeof REVIEW_COUNT_PERIODS)[number];

/**
 * How many reviews each filter value would list (`countReviews`, optional): per star rating (`'1'`–`'5'`), per
 * brand id and per period. Each facet is counted with the query's other filters applied and its own left out
 * (the star counts ignore `ratings`, the brand counts `brandIds`, the period counts `from`/`to`), as a filter
 * panel shows them.
 */
export interface ReviewCounts {
  ratings: Record<string, number>;
  brands: Record<string, number>;
  periods: Record<ReviewCountPeriod, number>;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
}

export const REMOVAL_REASONS = ['personal-data', 'obscene', 'product-review', 'fba-delivery'] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export const REMOVAL_STATUSES = ['requested', 'removed', 'struck-through', 'denied'] as const;
export type RemovalStatus = (typeof REMOVAL_STATUSES)[number];

export const FULFILLMENT_CHANNELS = ['afn', 'mfn'] as const;
export type FulfillmentChannel = (typeof FULFILLMENT_CHANNELS)[number];

export interface FeedbackRemoval {
  status: RemovalStatus;
  reason: RemovalReason;
  requestedAt: string;
  message?: string;
}

export interface FeedbackQuestions {
  arrivedOnTime?: boolean | null;
  itemAsDescribed?: boolean | null;
  promptCourteousService?: boolean | null;
}

export interface Feedback {
  id: string;
  orderId: string;
  date: string;
  /** 1–5 stars. */
  rating: number;
  comments: string;
  raterEmail: string | null;
  fulfillment: FulfillmentChannel;
  reply: null | { text: string; postedAt: string };
  /**
   * When a public reply was removed. A reply can be posted once and removed, never changed: after a removal no
   * new reply may be posted (it would be an edit by other means).
   */
  replyRemovedAt?: string | null;
  removal: null | FeedbackRemoval;
  questions?: FeedbackQuestions;
  /**
   * When the seller asked the buyer to remove this feedback through Amazon's Messaging API (SPEC §9,
   * `askBuyerToRemoveFeedback`); absent or `null` when never asked. Amazon allows it once per order.
   */
  buyerRemovalRequestedAt?: string | null;
}

export const FEEDBACK_CATEGORIES = ['positive', 'neutral', 'negative'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/**
 * Feedback sorts (the review sorts and the order id). `attention` ("Needs attention", `<feedback-table>`'s default):
 * negative and neutral feedback (1–3 stars) with neither a public reply nor a removal request (to Amazon or to the
 * buyer) first, newest first among them; then all other feedback, newest first.
 */
export const FEEDBACK_SORTS = [...REVIEW_SORTS, 'order-asc', 'order-desc'] as const;
export type FeedbackSort = (typeof FEEDBACK_SORTS)[number];

export interface FeedbackQuery {
  category?: FeedbackCategory;
  from?: string;
  to?: string;
  sort?: FeedbackSort;
  offset?: number;
  limit?: number;
}

export interface FeedbackCounts {
  positive: number;
  neutral: number;
  negative: number;
}

/** The periods of `FeedbackSummary.periods`, shortest first. */
export const FEEDBACK_PERIODS = ['d30', 'd90', 'd365', 'lifetime'] as const;
export type FeedbackPeriod = (typeof FEEDBACK_PERIODS)[number];

export interface FeedbackSummary {
  /** Average star rating over the past 12 months (0 when there is none). */
  ratingAverage: number;
  /** Number of ratings over the past 12 months. */
  ratingCount: number;
  periods: Record<FeedbackPeriod, FeedbackCounts>;
  /**
   * False when the source cannot hold positive feedback (Amazon's feedback report lists only 1–3 star rows):
   * a widget then says so instead of showing 0 % positive.
   */
  positiveKnown?: boolean;
}

export const TARGET_CONDITIONS = ['LESS_THAN', 'LESS_THAN_OR_EQUAL', 'GREATER_THAN', 'EQUALS'] as const;
export type TargetCondition = (typeof TARGET_CONDITIONS)[number];

/** The Account Health groups, in the order Amazon shows them. */
export const METRIC_GROUPS = ['customer-service', 'policy-compliance', 'shipping'] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number];

export const METRIC_KINDS = ['rate', 'count', 'duration'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export interface HealthMetric {
  key: string;
  group: MetricGroup;
  kind: MetricKind;
  /** A rate is a fraction (0.009 is 0.9 %); a duration is in hours. */
  value: number | null;
  target: { value: number; condition: TargetCondition } | null;
  window: { from: string; to: string } | null;
  numerator?: number;
  denominator?: number;
  channel?: FulfillmentChannel;
  parts?: HealthMetric[];
  /** The status the source reported, kept as given. */
  sourceStatus?: string;
}

export interface HealthNotification {
  id: string;
  date: string;
  title: string;
  read: boolean;
  /** The source's code for it, e.g. Amazon's `warningType` (`spammingSellerMessaging`), for translated titles. */
  code?: string;
  /** The status the source reported (`BAD`), kept as given. */
  sourceStatus?: string;
}

export interface AccountHealth {
  marketplaceId: string;
  asOf: string;
  accountStatus: string;
  rating: { status: string; score: number | null };
  metrics: HealthMetric[];
  notifications: HealthNotification[];
}

/**
 * One client account of an agency's portfolio (SPEC §8): a seller in several marketplaces is one account per
 * marketplace. Figures are `null` where the source has none yet (no Account Health data: `rating.score`,
 * `orderDefectRate`, `asOf`).
 */
export interface AccountSummary {
  id: string;
  sellerName: string;
  marketplaceId: string;
  /** `NORMAL` | `AT_RISK` | `DEACTIVATED` or any other string a source reports; `''` when unknown. */
  accountStatus: string;
  rating: { status: string; score: number | null };
  orderDefectRate: { mfn: number | null; afn: number | null };
  /** Count of Account Health metrics `at-risk`. */
  metricsAtRisk: number;
  /** Count of Account Health metrics `bad`. */
  metricsBad: number;
  /** 1–2★ feedback with no public reply, still removable. */
  negativeFeedbackUnanswered: number;
  /** 1–3★ reviews not marked as done. */
  criticalReviewsOpen: number;
  /** When the figures were read (ISO), or null when the account has no data yet. */
  asOf: string | null;
  /**
   * What this session may do in the account; `false` when the agency's session grants no access (the row says so
   * and offers no Open). Absent means `true`.
   */
  access?: boolean;
}

/*
 * Activity log and evidence (SPEC §8).
 */
export const ACTIVITY_TYPES = [
  'review-done',
  'review-restored',
  'review-comment',
  'contact-customer',
  'feedback-reply',
  'feedback-reply-removed',
  'feedback-removal-requested',
  'abuse-report-opened',
  /** `askBuyerToRemoveFeedback` (SPEC §9). */
  'buyer-removal-requested',
  /** A `'manual'` capability's link to Seller Central was opened (SPEC §9). */
  'seller-central-opened',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_OUTCOMES = ['ok', 'refused', 'failed'] as const;
export type ActivityOutcome = (typeof ACTIVITY_OUTCOMES)[number];

/** One linter finding as recorded with an activity: what the policy check said at send time (warnings included). */
export interface ActivityLintFinding {
  rule: string;
  severity: 'error' | 'warning';
  /** i18n key of the finding's message (`policy.lint.<rule>`), with its params. */
  messageKey: string;
  params?: Record<string, string | number>;
  /** English text of the finding, for readers of the evidence pack without the kit. */
  message: string;
  start: number;
  end: number;
  /** Clause id in POLICY_CLAUSES. */
  policy: string;
}

/** One thing done in an account (SPEC §8): every mutation, including refused and failed ones. */
export interface Activity {
  id: string;
  /** ISO 8601. */
  at: string;
  /** The session's user name or id. */
  actor: string;
  accountId?: string;
  type: ActivityType;
  /** The review or feedback id (or order id) the action was on. */
  targetId: string;
  /** One line in English saying what was done (elements render their own localised text from `type`). */
  summary: string;
  /** What was sent (reply, comment, the contact reason's template), when something was sent. */
  text?: string;
  /** The linter's findings at send time, warnings included; `[]` when the text was checked and clean. */
  lint?: ActivityLintFinding[];
  outcome: ActivityOutcome;
  /** The `SellerKitError` code when the outcome is `refused` or `failed`. */
  error?: string;
}

export interface ActivityQuery {
  types?: ActivityType[];
  /** ISO date or timestamp, inclusive. */
  from?: string;
  /** ISO date or timestamp, inclusive. */
  to?: string;
  targetId?: string;
  offset?: number;
  limit?: number;
}

/** What a client records itself (an event no adapter mutation sees, e.g. `abuse-report-opened`). */
export interface ActivityInput {
  type: ActivityType;
  targetId: string;
  summary?: string;
  text?: string;
  outcome?: ActivityOutcome;
  error?: string;
}

/*
 * Capabilities (SPEC §9): what a data source offers an API for.
 */
export const CAPABILITY_ACTIONS = [
  'addReviewComment',
  'contactCustomer',
  'postFeedbackReply',
  'removeFeedbackReply',
  'requestFeedbackRemoval',
  'askBuyerToRemoveFeedback',
] as const;
export type CapabilityAction = (typeof CAPABILITY_ACTIONS)[number];
export const CAPABILITY_MODES = ['api', 'manual', 'none'] as const;
/** `'api'`: the adapter does it; `'manual'`: the element links to Seller Central; `'none'`: the action is absent. */
export type CapabilityMode = (typeof CAPABILITY_MODES)[number];
export type AdapterCapabilities = Partial<Record<CapabilityAction, CapabilityMode>>;

/** Options every adapter method takes last. */
export interface CallOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
}

/**
 * The one interface every data source implements (SPEC §4). Methods return plain, JSON-serialisable data
 * and reject with `SellerKitError`.
 */
export interface SellerKitAdapter {
  getSession(o?: CallOptions): Promise<Session>;
  listReviews(q: ReviewQuery, o?: CallOptions): Promise<Page<Review>>;
  setReviewDone(reviewId: string, done: boolean, o?: CallOptions): Promise<Review>;
  addReviewComment(reviewId: string, text: string, o?: CallOptions): Promise<Review>;
  contactCustomer(reviewId: string, reason: ContactReason, o?: CallOptions): Promise<Review>;
  getFeedbackSummary(o?: CallOptions): Promise<FeedbackSummary>;
  listFeedback(q: FeedbackQuery, o?: CallOptions): Promise<Page<Feedback>>;
  postFeedbackReply(feedbackId: string, text: string, o?: CallOptions): Promise<Feedback>;
  removeFeedbackReply(feedbackId: string, o?: CallOptions): Promise<Feedback>;
  requestFeedbackRemoval(feedbackId: string, reason: RemovalReason, o?: CallOptions): Promise<Feedback>;
  getAccountHealth(o?: CallOptions): Promise<AccountHealth>;
  /**
   * Optional capability: `true` when writes (public replies, removal requests) stay in this browser and the
   * marketplace is never told — the report-file adapter. Absent or `false`: writes reach the data source (or, for
   * the in-memory adapter, a stand-in that answers as it would). Elements then say "kept in this browser only".
   */
  readonly writesAreLocal?: boolean;
  /**
   * Optional (SPEC §8, agency workspace): every client account this adapter serves. An adapter without it serves
   * one account.
   */
  listAccounts?(o?: CallOptions): Promise<AccountSummary[]>;
  /** Optional (SPEC §8): the same adapter scoped to one account (its methods answer with that account's data). */
  forAccount?(accountId: string): SellerKitAdapter;
  /**
   * Optional (issue 21): how many reviews each star, brand and period filter would list for `q` (its `sort`,
   * `offset` and `limit` are ignored). `<review-list>` shows the counts when the adapter has it, else none.
   * `undefined`: this data source cannot count after all (the HTTP adapter over a server without
   * `GET /reviews/counts`); the list then shows no counts, as without the method.
   */
  countReviews?(q: ReviewQuery, o?: CallOptions): Promise<ReviewCounts | undefined>;
  /** Optional (SPEC §8): the activity log, newest first. */
  listActivity?(q: ActivityQuery, o?: CallOptions): Promise<Page<Activity>>;
  /**
   * Optional (SPEC §8): record an event the adapter's own mutations do not see (a "Report abuse" or Seller Central
   * link opened). Mutations are recorded by the adapter itself, never through this.
   */
  recordActivity?(entry: ActivityInput, o?: CallOptions): Promise<Activity>;
  /**
   * Optional (SPEC §9): what the data source offers an API for; a missing action means `'api'` for §4's methods and
   * `'none'` for `askBuyerToRemoveFeedback` when the method is absent.
   */
  readonly capabilities?: AdapterCapabilities;
  /** Optional (SPEC §9): Amazon's Messaging API `createNegativeFeedbackRemoval`; 1–2★ feedback, once per order. */
  askBuyerToRemoveFeedback?(feedbackId: string, o?: CallOptions): Promise<Feedback>;
}
