import { abortable } from '../data/abort.js';
import { SellerKitError, isSellerKitError } from '../data/errors.js';
import { eagerMemoryAdapter } from '../data/memory-store.js';
import type {
  AccountHealth,
  Activity,
  ActivityQuery,
  AdapterCapabilities,
  CallOptions,
  Feedback,
  Page,
  Review,
  SellerKitAdapter,
  Session,
} from '../data/models.js';
import { parseSellerFeedbackReport } from '../importers/feedback.js';
import { parseSellerPerformanceReport } from '../importers/performance.js';
import { ReportError } from '../importers/errors.js';
import { marketplaceById } from '../policy/marketplaces.js';
import { buyerRemovalEligibility } from '../policy/feedback.js';
import { fetchReport, isoSeconds, type AmazonReportType } from './reports.js';
import { SpApiClient, type AmazonCredentials, type RetryOptions } from './sp-api-client.js';
import type { SpApiOperation, UsagePlan } from './rate-limit.js';
import { createInMemoryStore, StoreBook, type AmazonStore } from './store.js';

export interface AmazonAdapterOptions {
  /** The marketplace this adapter serves (e.g. `ATVPDKIKX0DER`). */
  marketplaceId: string;
  /** Login with Amazon credentials of the seller's SP-API authorisation. Never logged, never in error messages. */
  credentials: AmazonCredentials;
  /** SP-API endpoint (default: the marketplace's region, e.g. `https://sellingpartnerapi-eu.amazon.com`). */
  endpoint?: string;
  /** Login with Amazon token endpoint (default `https://api.amazon.com/auth/o2/token`). */
  tokenEndpoint?: string;
  /** The `fetch` to use (default the global one). */
  fetch?: typeof fetch;
  /**
   * An adapter that serves the review methods (Amazon has no API listing individual product reviews). Without it
   * `listReviews` is an empty page and the session grants no review permission.
   */
  reviews?: SellerKitAdapter;
  /** Where marks as done, buyer-removal requests and the activity log live (default: in memory). */
  store?: AmazonStore;
  /** The clock (default the real one). */
  now?: Date | (() => Date);
  /** Wait between two `getReport` polls, ms (default 15 000). */
  pollIntervalMs?: number;
  /** Give up on a report Amazon has not finished after this long, ms (default 15 minutes). */
  reportTimeoutMs?: number;
  /** Reuse a `DONE` report (and the data read from it) created at most this many minutes ago (default 60). */
  reportMaxAgeMinutes?: number;
  /** Days of feedback to request (`dataStartTime` of the feedback report; default 365). */
  feedbackDays?: number;
  /** The seller's display name for the session (Amazon's reports do not carry it). */
  sellerName?: string;
  /** Who the activity log names as the actor (default `sellerName`, else `seller`). */
  actor?: string;
  /** Overrides of Amazon's default usage plans (the `x-amzn-RateLimit-Limit` header still updates them). */
  rateLimits?: Partial<Record<SpApiOperation, UsagePlan>>;
  /** Backoff of throttled (429) and transient requests. */
  retry?: RetryOptions;
  /** Debug lines (operation, HTTP status, waits); never credentials, tokens or pre-signed URLs. */
  log?: (line: string) => void;
}

/** The Amazon adapter: a `SellerKitAdapter` with SPEC §8/§9's optional members, and what it reads from. */
export type AmazonAdapter = SellerKitAdapter &
  Required<Pick<SellerKitAdapter, 'askBuyerToRemoveFeedback' | 'listActivity' | 'recordActivity'>> & {
    readonly source: 'amazon-sp-api';
    readonly capabilities: Readonly<AdapterCapabilities>;
    /** Whether reviews come from `options.reviews` (`'delegate'`) or nowhere (`'none'`: Amazon has no API). */
    readonly reviewsSource: 'delegate' | 'none';
    /** The usage plan in force for an operation: Amazon's default, or what `x-amzn-RateLimit-Limit` last said. */
    usagePlan(operation: SpApiOperation): UsagePlan;
  };

/**
 * What Amazon offers an API for (SPEC §9): only the Messaging API's request to the buyer; the rest by hand. Over REST
 * these travel with `GET /session` (`capabilitiesOf` in ../server.ts), so the HTTP adapter's widgets link to Seller
 * Central too. `askBuyerToRemoveFeedback` stays `'api'` because the adapter asks Amazon per order; Amazon's current
 * Messaging model no longer has `createNegativeFeedbackRemoval`, so expect most requests to be refused with
 * `not-offered-by-amazon` (the elements say so in words).
 */
export const AMAZON_CAPABILITIES: Readonly<AdapterCapabilities> = Object.freeze({
  addReviewComment: 'manual',
  contactCustomer: 'manual',
  postFeedbackReply: 'manual',
  removeFeedbackReply: 'manual',
  requestFeedbackRemoval: 'manual',
  askBuyerToRemoveFeedback: 'api',
});

const REGION_ENDPOINTS = {
  na: 'https://sellingpartnerapi-na.amazon.com',
  eu: 'https://sellingpartnerapi-eu.amazon.com',
  fe: 'https://sellingpartnerapi-fe.amazon.com',
} as const;
const NA = new Set(['US', 'CA', 'MX', 'BR']);
const FE = new Set(['JP', 'AU', 'SG']);

/** The SP-API endpoint of a marketplace's region (North America, Europe, Far East). */
export function amazonEndpointFor(marketplaceId: string): string {
  const country = marketplaceById(marketplaceId)?.country;
  if (!country) {
    throw new SellerKitError('not-found', `Unknown marketplace ${marketplaceId}: pass options.endpoint.`, {
      status: 404,
    });
  }
  return NA.has(country) ? REGION_ENDPOINTS.na : FE.has(country) ? REGION_ENDPOINTS.fe : REGION_ENDPOINTS.eu;
}

const DAY = 86_400_000;
const BUYER_REMOVALS = 'buyer-removal-requests';
const REVIEWS_DONE = 'reviews-done';

const manualOnly = (what: string): SellerKitError =>
  new SellerKitError(
    'forbidden',
    `Amazon offers no API to ${what}: do it in Seller Central (capabilities say 'manual').`,
    { status: 403, reasons: ['manual-only'] },
  );

interface Loaded<T> {
  at: number;
  value: Promise<T>;
  /** Callers waiting; when every one of them aborted, the load is aborted too. */
  waiting: number;
  controller: AbortController;
}

/**
 * A `SellerKitAdapter` over Amazon's Selling Partner API, for servers (Node 20+ or any runtime with `fetch` and
 * `DecompressionStream`). See SPEC §9:
 * - `getAccountHealth` from `GET_V2_SELLER_PERFORMANCE_REPORT`; `listFeedback` / `getFeedbackSummary` from
 *   `GET_SELLER_FEEDBACK_DATA` (1–3★ only: the summary says `positiveKnown: false`). Each through the Reports API
 *   lifecycle (a recent `DONE` report reused, else created and polled), read by the kit's own importers. A report
 *   Amazon `CANCELLED` (it had no data) gives no feedback, and `not-found` for Account Health; `FATAL` is `server`.
 * - `askBuyerToRemoveFeedback` through the Messaging API, only when Amazon lists `negativeFeedbackRemoval` for the
 *   order; recorded in the store (`buyerRemovalRequestedAt`) and the activity log.
 * - Public replies, removal requests, Contact Customer and review comments have no SP-API: `capabilities` says
 *   `'manual'` and those methods reject with `forbidden` (reason `manual-only`).
 * - Reviews come from `options.reviews`, or nowhere (an empty page; the session's review permission is `none`).
 */
export function createAmazonAdapter(options: AmazonAdapterOptions): AmazonAdapter {
  const { marketplaceId } = options;
  if (!options.credentials?.clientId || !options.credentials.clientSecret || !options.credentials.refreshToken) {
    throw new SellerKitError(
      'unauthorized',
      'createAmazonAdapter needs credentials.clientId, clientSecret and refreshToken.',
    );
  }
  const given = options.now;
  const now: () => Date =
    typeof given === 'function'
      ? () => new Date(given().getTime())
      : given
        ? () => new Date(given.getTime())
        : () => new Date();
  const clock = () => now().getTime();
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const client = new SpApiClient({
    credentials: { ...options.credentials },
    endpoint: options.endpoint ?? amazonEndpointFor(marketplaceId),
    tokenEndpoint: options.tokenEndpoint ?? 'https://api.amazon.com/auth/o2/token',
    fetch: fetchImpl,
    clock,
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const book = new StoreBook(options.store ?? createInMemoryStore());
  const maxAgeMs = (options.reportMaxAgeMinutes ?? 60) * 60_000;
  const delegate = options.reviews;
  const actor = options.actor ?? options.sellerName ?? 'seller';

  const cache = new Map<AmazonReportType, Loaded<unknown>>();
  /** The Account Health last read (for the session's account status). */
  let lastHealth: AccountHealth | null = null;

  /** The data of one report type, loaded once per `reportMaxAgeMinutes` and shared by concurrent callers. */
  function load<T>(type: AmazonReportType, read: (bytes: Uint8Array | null) => T, signal?: AbortSignal): Promise<T> {
    let entry = cache.get(type) as Loaded<T> | undefined;
    if (!entry || clock() - entry.at > maxAgeMs) {
      const controller = new AbortController();
      const t = clock();
      const feedback = type === 'GET_SELLER_FEEDBACK_DATA';
      const value = fetchReport(
        client,
        {
          reportType: type,
          marketplaceId,
          maxAgeMinutes: options.reportMaxAgeMinutes ?? 60,
          pollIntervalMs: options.pollIntervalMs ?? 15_000,
          timeoutMs: options.reportTimeoutMs ?? 15 * 60_000,
          ...(feedback
            ? // No dataEndTime: Amazon's default is "now" by its own clock (ours may run ahead of it).
              { dataStartTime: isoSeconds(t - (options.feedbackDays ?? 365) * DAY) }
            : {}),
          now: clock,
          signal: controller.signal,
        },
        fetchImpl,
      ).then((r) => read(r.bytes));
      const created: Loaded<T> = { at: t, value, waiting: 0, controller };
      entry = created;
      cache.set(type, created);
      // A failed load is not kept: the next call tries again.
      value.catch(() => {
        if (cache.get(type) === created) cache.delete(type);
      });
    }
    const e = entry;
    e.waiting++;
    const onAbort = () => {
      if (--e.waiting === 0 && !e.controller.signal.aborted) {
        e.controller.abort();
        if (cache.get(type) === e) cache.delete(type);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    return abortable(e.value, signal).finally(() => {
      if (!signal?.aborted) e.waiting--;
      signal?.removeEventListener('abort', onAbort);
    });
  }

  function importError(e: unknown, type: AmazonReportType): never {
    if (e instanceof ReportError) {
      throw new SellerKitError('invalid-response', `The ${type} report could not be read (${e.code}).`, { cause: e });
    }
    throw e;
  }

  const session = (): Session => ({
    sellerName: options.sellerName ?? '',
    marketplaceId,
    // The Selling Partner API serves Professional selling accounts only.
    professional: true,
    // Known once the Account Health report was read (never loaded just for the session); '' until then.
    accountStatus: lastHealth?.accountStatus ?? '',
    brands: [],
    permissions: { reviews: 'none', feedback: 'edit', accountHealth: 'view' },
  });

  type FeedbackView = { feedback: Feedback[]; view: SellerKitAdapter };
  const feedbackData = (signal?: AbortSignal) =>
    load<FeedbackView>(
      'GET_SELLER_FEEDBACK_DATA',
      (bytes) => {
        let feedback: Feedback[] = [];
        if (bytes) {
          try {
            feedback = parseSellerFeedbackReport(bytes, { marketplaceId, now: now() }).feedback;
          } catch (e) {
            importError(e, 'GET_SELLER_FEEDBACK_DATA');
          }
        }
        // The kit's in-memory query engine (filters, sorts, pages, the summary); its health is never served.
        const view = eagerMemoryAdapter({
          reviews: [],
          feedback,
          adoptFeedback: true,
          positiveKnown: false,
          session: session(),
          now,
          health: {
            marketplaceId,
            asOf: '',
            // Known once the Account Health report was read (never loaded just for the session); '' until then.
            accountStatus: lastHealth?.accountStatus ?? '',
            rating: { status: '', score: null },
            metrics: [],
            notifications: [],
          },
        });
        return { feedback, view };
      },
      signal,
    );

  const healthData = (signal?: AbortSignal) =>
    load<AccountHealth | null>(
      'GET_V2_SELLER_PERFORMANCE_REPORT',
      (bytes) => {
        if (!bytes) return null;
        try {
          const all = parseSellerPerformanceReport(bytes, { marketplaceId });
          lastHealth = all.find((h) => h.marketplaceId === marketplaceId) ?? all[0] ?? null;
          return lastHealth;
        } catch (e) {
          return importError(e, 'GET_V2_SELLER_PERFORMANCE_REPORT');
        }
      },
      signal,
    );

  async function withMarks(f: Feedback): Promise<Feedback> {
    const marks = await book.map<string>(BUYER_REMOVALS);
    return { ...f, buyerRemovalRequestedAt: marks[f.id] ?? null };
  }

  async function findFeedback(id: string, signal?: AbortSignal): Promise<Feedback> {
    const { feedback } = await feedbackData(signal);
    const f = feedback.find((x) => x.id === id);
    if (!f) throw new SellerKitError('not-found', `Feedback ${id} not found.`, { status: 404 });
    return withMarks(f);
  }

  const noReviews = (what: string) =>
    new SellerKitError('not-found', `No reviews: Amazon has no API listing product reviews (${what}).`, {
      status: 404,
      reasons: ['no-review-source'],
    });

  async function overlayDone(r: Review): Promise<Review> {
    const marks = await book.map<boolean>(REVIEWS_DONE);
    return r.id in marks ? { ...r, done: marks[r.id]! } : r;
  }

  async function refusedOrFailed(type: Activity['type'], targetId: string, summary: string, e: unknown) {
    if (!isSellerKitError(e)) return;
    const refused = ['forbidden', 'policy-violation', 'conflict', 'not-found'].includes(e.code);
    await book.record(
      { type, targetId, summary, outcome: refused ? 'refused' : 'failed', error: e.code },
      actor,
      now(),
    );
  }

  const adapter: AmazonAdapter = {
    source: 'amazon-sp-api',
    capabilities: AMAZON_CAPABILITIES,
    reviewsSource: delegate ? 'delegate' : 'none',
    writesAreLocal: false,
    usagePlan: (op) => client.limiter.plan(op),

    async getSession(o?: CallOptions) {
      const s = session();
      if (delegate) {
        const d = await delegate.getSession(o);
        s.permissions.reviews = d.permissions.reviews;
        s.brands = d.brands;
      }
      return s;
    },

    async listReviews(q, o) {
      if (!delegate) return { items: [], total: 0, offset: Math.max(0, Math.floor(q?.offset ?? 0) || 0) };
      const page = await delegate.listReviews(q, o);
      const marks = await book.map<boolean>(REVIEWS_DONE);
      const items = page.items.map((r) => (r.id in marks ? { ...r, done: marks[r.id]! } : r));
      const kept = q?.includeDone ? items : items.filter((r) => !r.done);
      return { items: kept, total: page.total - (items.length - kept.length), offset: page.offset };
    },

    async setReviewDone(reviewId, done, o) {
      if (!delegate) throw noReviews('setReviewDone');
      const r = await delegate.setReviewDone(reviewId, done, o);
      await book.update<Record<string, boolean>>(REVIEWS_DONE, (m) => ({ ...(m ?? {}), [reviewId]: done }));
      await book.record(
        {
          type: done ? 'review-done' : 'review-restored',
          targetId: reviewId,
          summary: done ? 'Marked the review as done.' : 'Restored the review to the open list.',
          outcome: 'ok',
        },
        actor,
        now(),
      );
      return overlayDone({ ...r, done });
    },

    addReviewComment: () => Promise.reject(manualOnly('comment on a review')),
    contactCustomer: () => Promise.reject(manualOnly('contact a reviewer (Contact Customer)')),
    postFeedbackReply: () => Promise.reject(manualOnly('post a public reply to feedback')),
    removeFeedbackReply: () => Promise.reject(manualOnly('remove a public reply to feedback')),
    requestFeedbackRemoval: () => Promise.reject(manualOnly('request the removal of feedback')),

    async getFeedbackSummary(o) {
      const { view } = await feedbackData(o?.signal);
      return view.getFeedbackSummary(o);
    },

    async listFeedback(q, o) {
      const { view } = await feedbackData(o?.signal);
      const page: Page<Feedback> = await view.listFeedback(q, o);
      const marks = await book.map<string>(BUYER_REMOVALS);
      return { ...page, items: page.items.map((f) => ({ ...f, buyerRemovalRequestedAt: marks[f.id] ?? null })) };
    },

    async getAccountHealth(o) {
      const h = await healthData(o?.signal);
      if (!h) {
        throw new SellerKitError(
          'not-found',
          'Amazon has no Account Health data for this marketplace yet (it cancelled the report: nothing to report).',
          { status: 404, reasons: ['no-data'] },
        );
      }
      return structuredClone(h);
    },

    async askBuyerToRemoveFeedback(feedbackId, o) {
      const signal = o?.signal;
      const summary = 'Asked the buyer to remove negative feedback (Amazon Messaging API).';
      let f: Feedback;
      try {
        f = await findFeedback(feedbackId, signal);
        // The kit's policy (1–2★, once per order, not removed by Amazon); the time window is Amazon's to decide, per
        // order, through getMessagingActionsForOrder below.
        const codes: string[] = buyerRemovalEligibility(f, now()).reasons.filter((r) => r !== 'too-old');
        if (!codes.includes('already-asked')) {
          const [{ feedback }, marks] = await Promise.all([feedbackData(signal), book.map<string>(BUYER_REMOVALS)]);
          if (feedback.some((x) => x.orderId === f.orderId && marks[x.id])) codes.push('already-asked');
        }
        if (codes.includes('already-asked')) {
          throw new SellerKitError('conflict', 'The buyer of this order was already asked to remove the feedback.', {
            status: 409,
            reasons: codes,
          });
        }
        if (codes.length) {
          throw new SellerKitError('policy-violation', 'The buyer cannot be asked to remove this feedback.', {
            status: 422,
            reasons: codes,
          });
        }
        const orderPath = `/messaging/v1/orders/${encodeURIComponent(f.orderId)}`;
        const actions = await client.call<{ _links?: { actions?: { name?: unknown; href?: unknown }[] } }>({
          operation: 'getMessagingActionsForOrder',
          method: 'GET',
          path: orderPath,
          query: { marketplaceIds: [marketplaceId] },
          signal,
        });
        const offered = (actions?._links?.actions ?? []).some(
          (a) =>
            a?.name === 'negativeFeedbackRemoval' ||
            (typeof a?.href === 'string' && /\/messages\/negativeFeedbackRemoval(\?|$)/.test(a.href)),
        );
        if (!offered) {
          throw new SellerKitError(
            'policy-violation',
            `Amazon does not offer the negative-feedback removal message for order ${f.orderId} ` +
              '(getMessagingActionsForOrder does not list it: too late, already sent, or not eligible).',
            { status: 422, reasons: ['not-offered-by-amazon'] },
          );
        }
        await client.call({
          operation: 'createNegativeFeedbackRemoval',
          method: 'POST',
          path: `${orderPath}/messages/negativeFeedbackRemoval`,
          query: { marketplaceIds: [marketplaceId] },
          signal,
        });
      } catch (e) {
        if ((e as Error)?.name !== 'AbortError')
          await refusedOrFailed('buyer-removal-requested', feedbackId, summary, e);
        throw e;
      }
      const at = now().toISOString();
      await book.update<Record<string, string>>(BUYER_REMOVALS, (m) => ({ ...(m ?? {}), [feedbackId]: at }));
      await book.record(
        { type: 'buyer-removal-requested', targetId: feedbackId, summary, outcome: 'ok' },
        actor,
        now(),
      );
      return { ...f, buyerRemovalRequestedAt: at };
    },

    listActivity: (q: ActivityQuery) => book.list(q),
    recordActivity: (entry) => book.recordInput(entry, actor, now()),
  };
  return adapter;
}
