/**
 * `createMemoryAdapter`'s options and what it fixes when it is called: the clock, the creation time demo data is
 * generated relative to, the seed, the latency and copies of the session and of explicit data. A module of its
 * own because both the lazy shell (./memory-adapter.js, which re-exports the types) and the implementation
 * (./memory-store.js, for its eager variant) need them, and the implementation must not import the shell.
 */
import { DEFAULT_DEMO_SEED, demoSession } from './demo-session.js';
import type { AccountHealth, Feedback, Review, SellerKitAdapter, Session } from './models.js';

export interface MemoryAdapterOptions {
  /** Seed of the demo data (default 1). Same seed + same `now` → identical data. */
  seed?: number;
  /** Size of the generated demo data (default 250 reviews, 400 feedback). */
  counts?: { reviews?: number; feedback?: number };
  /** Explicit reviews instead of generated ones. */
  reviews?: Review[];
  /** Explicit feedback instead of generated ones. */
  feedback?: Feedback[];
  /** An explicit Account Health snapshot, or a demo preset (default `healthy`). */
  health?: AccountHealth | 'healthy' | 'at-risk';
  /** Overrides of the demo session (Northwind Goods, US, Professional, full permissions). */
  session?: Partial<Session>;
  /**
   * The clock: a fixed Date or a function. Default: the real clock (demo data is generated relative to the
   * time of creation).
   */
  now?: Date | (() => Date);
  /** Simulated latency of every call, in ms (default 0). Aborting during the wait rejects. */
  latencyMs?: number;
  /** Whether the source holds positive feedback (default true); passed to `summarizeFeedback`. */
  positiveKnown?: boolean;
  /**
   * @internal The caller hands `feedback` over and never touches it again (the report adapter's freshly parsed
   * rows), so it is not copied: copying 200 000 rows would block the page for a long moment.
   */
  adoptFeedback?: boolean;
  /**
   * Agency mode (SPEC §8): the client accounts the adapter serves through `listAccounts` and `forAccount(id)`.
   * A number makes that many demo accounts (the first twelve are a fixed demo portfolio across US, UK, DE, FR, IT,
   * ES, JP and CA: healthy ones, some at risk, one deactivated, one with no Account Health data yet, one the
   * session has no access to; further ones are generated); an array lists them explicitly. Each account has its own
   * store (own seed, data and mutations), built on its first use. The adapter's own methods keep serving the
   * top-level data.
   */
  accounts?: number | MemoryAccount[];
  /**
   * Who acts, as recorded in the activity log (SPEC §8 `Activity.actor`): the session has no user field, so the
   * host names the signed-in user here (a name or an id). Default: the session's `sellerName` (each account's own
   * in agency mode, unless the account sets `actor`).
   */
  actor?: string;
}

/**
 * One client account of a memory adapter in agency mode: its id and the options of its own store (the clock and
 * the latency are the adapter's). `health: 'none'`: no Account Health data yet (`getAccountHealth` rejects with
 * `not-found`). `accountStatus` sets both the session's and the health snapshot's status (e.g. `DEACTIVATED`).
 * `access: false`: the session may not open it (listed with `access: false`; its calls reject with `forbidden`).
 */
export interface MemoryAccount extends Omit<
  MemoryAdapterOptions,
  'accounts' | 'now' | 'latencyMs' | 'health' | 'adoptFeedback'
> {
  id: string;
  health?: AccountHealth | 'healthy' | 'at-risk' | 'none';
  accountStatus?: string;
  access?: boolean;
}

/** The in-memory adapter: a SellerKitAdapter whose clock is readable. */
export type MemoryAdapter = SellerKitAdapter & { readonly now: () => Date };

export interface MemoryStoreInit {
  now: () => Date;
  /** Creation time (epoch ms): demo data is generated relative to it. */
  start: number;
  seed: number;
  latency: number;
  session: Session;
  /** Copies of the explicit data (undefined / null: generated). */
  reviews: Review[] | undefined;
  feedback: Feedback[] | undefined;
  health: AccountHealth | null;
  /** Agency mode: the number of demo accounts, or a copy of the explicit ones (undefined: one account). */
  accounts: number | MemoryAccount[] | undefined;
  /** `options.actor`: who acts, in the activity log (undefined: the session's seller name). */
  actor: string | undefined;
}

/** Reads and copies `options` now, so later changes by the caller never reach the adapter. */
export function fixMemoryOptions(options: MemoryAdapterOptions): MemoryStoreInit {
  const given = options.now;
  // Default: the real clock, so replies and contacts carry the time they happened and retention moves on.
  const now: () => Date =
    typeof given === 'function'
      ? () => new Date(given().getTime())
      : given
        ? () => new Date(given.getTime())
        : () => new Date();
  return {
    now,
    start: now().getTime(),
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    latency: options.latencyMs ?? 0,
    session: structuredClone(demoSession(options.session ?? {})),
    // Explicit data is copied now: later changes by the caller never reach the adapter.
    reviews: options.reviews && structuredClone(options.reviews),
    feedback: options.feedback && (options.adoptFeedback ? options.feedback : structuredClone(options.feedback)),
    health: typeof options.health === 'object' && options.health ? structuredClone(options.health) : null,
    accounts:
      typeof options.accounts === 'number'
        ? Math.max(0, Math.floor(options.accounts) || 0)
        : options.accounts && structuredClone(options.accounts),
    actor: typeof options.actor === 'string' && options.actor !== '' ? options.actor : undefined,
  };
}
