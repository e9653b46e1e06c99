/**
 * What `createMemoryAdapter` fixes when it is called: the clock, the creation time demo data is generated
 * relative to, the seed, the latency and copies of the session and of explicit data. A module of its own because
 * both the lazy shell (./memory-adapter.js) and the implementation (./memory-store.js, for its eager variant)
 * need it, and the implementation must not import the shell.
 */
import { DEFAULT_DEMO_SEED, demoSession } from './demo-session.js';
import type { MemoryAdapterOptions } from './memory-adapter.js';
import type { AccountHealth, Feedback, Review, Session } from './models.js';

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
  };
}
