/**
 * One account's portfolio row (`AccountSummary`, SPEC §8) computed from that account's own data, through the
 * adapter interface itself, so any adapter scoped to one account (the memory store, the report files) can serve
 * `listAccounts`. Every rule comes from the shared policy module: the metric status shown by the tiles
 * (`readMetric`, counting the worse of the source's status and the numbers' reading), the Order Defect Rate per channel (`splitOrderDefectRates`), what counts as negative feedback
 * (`feedbackCategory`), whether a removal can still be requested (`removalEligibility`) and which reviews are
 * critical (`CRITICAL_MAX_RATING`). Lazily loaded code (the memory store's accounts) imports it directly.
 */
import { isSellerKitError } from './errors.js';
import type { AccountHealth, AccountSummary, CallOptions, Feedback, SellerKitAdapter } from './models.js';
import {
  CRITICAL_MAX_RATING,
  feedbackCategory,
  readMetric,
  removalEligibility,
  splitOrderDefectRates,
} from '../policy/index.js';

const PAGE = 500;

/** No data (`not-found`) or no permission (`forbidden`) reads as "no figures", any other failure is thrown. */
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (isSellerKitError(e) && (e.code === 'not-found' || e.code === 'forbidden')) return null;
    throw e;
  }
}

/** 1–2★ feedback with no public reply whose removal can still be requested (policy: removalEligibility). */
export function isNegativeToAnswer(f: Feedback, now: Date): boolean {
  return feedbackCategory(f.rating) === 'negative' && f.reply === null && removalEligibility(f, now).eligible;
}

/** The summary row of a health snapshot: its status, rating, Order Defect Rates and metric counts. */
export function healthFigures(
  health: AccountHealth | null,
): Pick<AccountSummary, 'rating' | 'orderDefectRate' | 'metricsAtRisk' | 'metricsBad' | 'asOf'> {
  if (!health) {
    return {
      rating: { status: '', score: null },
      orderDefectRate: { mfn: null, afn: null },
      metricsAtRisk: 0,
      metricsBad: 0,
      asOf: null,
    };
  }
  let metricsAtRisk = 0;
  let metricsBad = 0;
  for (const m of health.metrics) {
    // The status the tiles show (the source's first) or, when the numbers read worse, what they say: Amazon's
    // metric statuses are GOOD / BAD only, and a portfolio exists to show what is close to the line.
    const r = readMetric(m);
    const s = [r.status, r.byNumbers].includes('bad')
      ? 'bad'
      : [r.status, r.byNumbers].includes('at-risk')
        ? 'at-risk'
        : r.status;
    if (s === 'at-risk') metricsAtRisk++;
    else if (s === 'bad') metricsBad++;
  }
  const [mfn, afn] = splitOrderDefectRates(health.metrics).odr;
  return {
    rating: { status: health.rating.status, score: health.rating.score },
    orderDefectRate: { mfn: mfn?.value ?? null, afn: afn?.value ?? null },
    metricsAtRisk,
    metricsBad,
    asOf: health.asOf || null,
  };
}

/**
 * The row of account `id` read through `adapter` (scoped to that account) at `now`. Areas the session may not see
 * count as 0 (and no Account Health data as null figures).
 */
export async function summarizeAccount(
  id: string,
  adapter: SellerKitAdapter,
  now: Date,
  o?: CallOptions,
): Promise<AccountSummary> {
  const session = await adapter.getSession(o);
  const health = session.permissions.accountHealth === 'none' ? null : await orNull(adapter.getAccountHealth(o));
  let criticalReviewsOpen = 0;
  if (session.permissions.reviews !== 'none') {
    const ratings = Array.from({ length: CRITICAL_MAX_RATING }, (_, i) => i + 1);
    const page = await orNull(adapter.listReviews({ ratings, includeDone: false, limit: 1 }, o));
    criticalReviewsOpen = page?.total ?? 0;
  }
  let negativeFeedbackUnanswered = 0;
  if (session.permissions.feedback !== 'none') {
    for (let offset = 0; ; offset += PAGE) {
      const page = await orNull(adapter.listFeedback({ category: 'negative', offset, limit: PAGE }, o));
      if (!page) break;
      for (const f of page.items) if (isNegativeToAnswer(f, now)) negativeFeedbackUnanswered++;
      if (!page.items.length || offset + page.items.length >= page.total) break;
    }
  }
  return {
    id,
    sellerName: session.sellerName,
    marketplaceId: session.marketplaceId,
    accountStatus: health?.accountStatus || session.accountStatus || '',
    ...healthFigures(health),
    negativeFeedbackUnanswered,
    criticalReviewsOpen,
  };
}
