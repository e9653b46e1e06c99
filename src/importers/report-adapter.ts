import type { AccountHealth, Feedback, SellerKitAdapter, Session } from '../data/models.js';
import { SellerKitError } from '../data/errors.js';
import { createMemoryAdapter } from '../data/memory-adapter.js';
import { lazyAdapter } from '../data/lazy-adapter.js';
import { summarizeAccount } from '../data/account-summary.js';
import { parseSellerFeedbackReport } from './feedback.js';
import { parseSellerPerformanceReport } from './performance.js';
import type { ReportInput } from './decode.js';
import type { ReportProblem } from './errors.js';
import type { ReportDateFormat } from './date-formats.js';

export interface ReportAdapterOptions {
  /** The Seller Feedback report: its text or bytes, or feedback already parsed. */
  feedbackReport?: ReportInput | Feedback[];
  /** The Account Health report (JSON text, bytes or parsed object), or snapshots already parsed. */
  performanceReport?: string | ArrayBuffer | Uint8Array | object | AccountHealth[];
  marketplaceId: string;
  /**
   * The marketplace whose Account Health to serve from a multi-marketplace report (default `marketplaceId`;
   * when the report has no entry for it, its first entry).
   */
  healthMarketplaceId?: string;
  /** The date format of a text or byte feedback report, when known (see `parseSellerFeedbackReport`). */
  dateFormat?: ReportDateFormat;
  /** Encoding of a byte feedback report (default: detected). */
  encoding?: string;
  sellerName?: string;
  now?: Date | (() => Date);
  /** @internal `feedbackReport` rows are handed over (just parsed, used by no one else): not copied. */
  adoptFeedback?: boolean;
}

/** A `SellerKitAdapter` built from report files, with what it is and what it can't do. */
export type ReportAdapter = SellerKitAdapter & {
  readonly source: 'amazon-reports';
  /** Replies and removal requests made through this adapter live in this browser only; Amazon is not told. */
  readonly writesAreLocal: true;
  readonly problems: ReportProblem[];
  readonly feedbackCount: number;
  readonly hasFeedback: boolean;
  readonly hasHealth: boolean;
  /**
   * The marketplaces found in the files (the feedback report's, then the Account Health report's). With more than
   * one, the adapter serves one account per marketplace (SPEC §8): `listAccounts()` and `forAccount(marketplaceId)`.
   */
  readonly marketplaceIds: readonly string[];
};

/**
 * An adapter whose reads come from Amazon's report files and whose writes (public replies, removal requests)
 * live in memory only. There are no product reviews in Amazon's reports, so `listReviews` is empty and the
 * session grants no review permission. Positive feedback never appears in the feedback report, so the summary
 * says so (`positiveKnown: false`) instead of pretending 0 % positive.
 */
export function createReportAdapter(opts: ReportAdapterOptions): ReportAdapter {
  let feedback: Feedback[] = [];
  let problems: ReportProblem[] = [];
  let adopt = false;
  if (Array.isArray(opts.feedbackReport)) feedback = opts.feedbackReport;
  else if (opts.feedbackReport !== undefined) {
    const parsed = parseSellerFeedbackReport(opts.feedbackReport, {
      marketplaceId: opts.marketplaceId,
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
      ...(opts.dateFormat ? { dateFormat: opts.dateFormat } : {}),
    });
    feedback = parsed.feedback;
    problems = parsed.problems;
    // Rows parsed here belong to no one else: the memory adapter need not copy them.
    adopt = true;
  }

  let health: AccountHealth | undefined;
  let all: AccountHealth[] = [];
  const perf = opts.performanceReport;
  if (perf !== undefined) {
    all =
      Array.isArray(perf) && perf.every((h) => typeof h === 'object' && h && 'metrics' in h)
        ? (perf as AccountHealth[])
        : parseSellerPerformanceReport(perf, { marketplaceId: opts.marketplaceId });
    const wanted = opts.healthMarketplaceId ?? opts.marketplaceId;
    health = all.find((h) => h.marketplaceId === wanted) ?? all[0];
  }

  const session: Partial<Session> = {
    sellerName: opts.sellerName ?? '',
    marketplaceId: opts.marketplaceId,
    accountStatus: health?.accountStatus ?? 'NORMAL',
    brands: [],
    permissions: {
      reviews: 'none',
      feedback: opts.feedbackReport !== undefined ? 'edit' : 'none',
      accountHealth: health ? 'view' : 'none',
    },
  };
  const memory = createMemoryAdapter({
    reviews: [],
    feedback,
    ...(adopt || opts.adoptFeedback ? { adoptFeedback: true } : {}),
    ...(health ? { health } : {}),
    session,
    positiveKnown: false,
    ...(opts.now ? { now: opts.now } : {}),
  });

  const hasFeedback = opts.feedbackReport !== undefined;
  const marketplaceIds = [
    ...new Set([...(hasFeedback ? [opts.marketplaceId] : []), ...all.map((h) => h.marketplaceId)]),
  ];
  const single: ReportAdapter = {
    ...memory,
    getAccountHealth: (o) =>
      health
        ? memory.getAccountHealth(o)
        : Promise.reject(new SellerKitError('not-found', 'No Account Health report was loaded.', { status: 404 })),
    source: 'amazon-reports',
    writesAreLocal: true,
    problems,
    feedbackCount: feedback.length,
    hasFeedback: opts.feedbackReport !== undefined,
    hasHealth: health !== undefined,
    marketplaceIds,
  };
  if (marketplaceIds.length < 2) return single;

  // One account per marketplace (SPEC §8), its id the marketplace id: the feedback report's marketplace has the
  // feedback (and its Account Health when the report has it), every other marketplace its Account Health only. The
  // account whose data is exactly this adapter's is this adapter (a reply made in one is seen in the other). Built
  // on first use, the same object for the same id.
  const scoped = new Map<string, SellerKitAdapter>();
  const forAccount = (accountId: string): SellerKitAdapter => {
    const id = String(accountId);
    let a = scoped.get(id);
    if (!a) {
      if (!marketplaceIds.includes(id)) {
        const e = new SellerKitError('not-found', `No report file covers marketplace ${id}.`, {
          status: 404,
          reasons: ['unknown-account'],
        });
        a = lazyAdapter(() => Promise.reject(e));
      } else if (
        hasFeedback
          ? id === opts.marketplaceId && (!health || health.marketplaceId === id)
          : id === health?.marketplaceId
      ) {
        a = single; // this adapter's own data is exactly that marketplace's
      } else {
        a = createReportAdapter({
          performanceReport: all.filter((h) => h.marketplaceId === id),
          marketplaceId: id,
          // The feedback report belongs to its own marketplace only (its rows shared, not copied).
          ...(hasFeedback && id === opts.marketplaceId ? { feedbackReport: feedback, adoptFeedback: true } : {}),
          ...(opts.sellerName !== undefined ? { sellerName: opts.sellerName } : {}),
          ...(opts.now ? { now: opts.now } : {}),
        });
      }
      scoped.set(id, a);
    }
    return a;
  };
  const clock = memory.now;
  return {
    ...single,
    listAccounts: (o) => Promise.all(marketplaceIds.map((id) => summarizeAccount(id, forAccount(id), clock(), o))),
    forAccount,
  };
}
