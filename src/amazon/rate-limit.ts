/**
 * Per-operation rate limits of the Selling Partner API: a token bucket per operation, filled at the usage plan's
 * rate up to its burst. The defaults are the usage plans Amazon publishes in each operation's description of its
 * models (selling-partner-api-models: `reports_2021-06-30.json`, `messaging.json`); a response's
 * `x-amzn-RateLimit-Limit` header (requests per second) replaces the rate for that operation, as Amazon documents.
 */
import { sleep } from '../data/abort.js';

/** The SP-API operations the Amazon adapter calls. */
export const SP_API_OPERATIONS = [
  'getReports',
  'createReport',
  'getReport',
  'getReportDocument',
  'getMessagingActionsForOrder',
  'createNegativeFeedbackRemoval',
] as const;
export type SpApiOperation = (typeof SP_API_OPERATIONS)[number];

/** A usage plan: `rate` requests per second, `burst` requests at once. */
export interface UsagePlan {
  rate: number;
  burst: number;
}

/**
 * Amazon's default usage plans ("Usage Plan: Rate (requests per second) | Burst" in each operation's description).
 * `createNegativeFeedbackRemoval` is no longer in the current Messaging model (commit 34dc93f); its plan is the one
 * the Messaging model gave every operation while it was listed (1 request per second, burst 5).
 */
export const DEFAULT_USAGE_PLANS: Readonly<Record<SpApiOperation, UsagePlan>> = Object.freeze({
  getReports: { rate: 0.0222, burst: 10 },
  createReport: { rate: 0.0167, burst: 15 },
  getReport: { rate: 2, burst: 15 },
  getReportDocument: { rate: 0.0167, burst: 15 },
  getMessagingActionsForOrder: { rate: 1, burst: 5 },
  createNegativeFeedbackRemoval: { rate: 1, burst: 5 },
});

interface Bucket extends UsagePlan {
  tokens: number;
  at: number;
}

/** Token buckets per operation; `take` waits (abortably) until a request may go out. */
export class RateLimiter {
  readonly #buckets = new Map<SpApiOperation, Bucket>();
  readonly #clock: () => number;

  constructor(plans: Partial<Record<SpApiOperation, UsagePlan>> = {}, clock: () => number = () => Date.now()) {
    this.#clock = clock;
    for (const op of SP_API_OPERATIONS) {
      const plan = plans[op] ?? DEFAULT_USAGE_PLANS[op];
      this.#buckets.set(op, { rate: plan.rate, burst: plan.burst, tokens: plan.burst, at: clock() });
    }
  }

  #refill(b: Bucket): void {
    const now = this.#clock();
    b.tokens = Math.min(b.burst, b.tokens + ((now - b.at) / 1000) * b.rate);
    b.at = now;
  }

  /** The plan in force for `op` (the default, or what Amazon's header last said). */
  plan(op: SpApiOperation): UsagePlan {
    const b = this.#buckets.get(op)!;
    return { rate: b.rate, burst: b.burst };
  }

  /** How long `op` must wait for a token now, in ms (0 when one is free). */
  waitMs(op: SpApiOperation): number {
    const b = this.#buckets.get(op)!;
    this.#refill(b);
    return b.tokens >= 1 ? 0 : Math.ceil(((1 - b.tokens) / b.rate) * 1000);
  }

  /** Waits until a token is free for `op`, then takes it. */
  async take(op: SpApiOperation, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.waitMs(op);
      if (wait === 0) {
        this.#buckets.get(op)!.tokens -= 1;
        return;
      }
      await sleep(wait, signal);
    }
  }

  /** A 429: the bucket is empty, whatever it counted. */
  exhaust(op: SpApiOperation): void {
    const b = this.#buckets.get(op)!;
    this.#refill(b);
    b.tokens = Math.min(b.tokens, 0);
  }

  /** Applies a response's `x-amzn-RateLimit-Limit` header (requests per second) to `op`; ignores nonsense. */
  update(op: SpApiOperation, header: string | null): void {
    if (header === null) return;
    const rate = Number(header.trim());
    if (!Number.isFinite(rate) || rate <= 0) return;
    const b = this.#buckets.get(op)!;
    this.#refill(b);
    b.rate = rate;
  }
}
