/**
 * What Amazon does not keep, kept by the Amazon adapter in a small key/value store: marks as done, when a buyer was
 * asked to remove feedback, and the activity log (SPEC §8). The store is the host's (a database for a server that
 * restarts: examples/server/ keeps it in SQLite); the default lives in memory.
 */
import {
  type Activity,
  type ActivityInput,
  type ActivityQuery,
  type ActivityType,
  type ActivityOutcome,
  type Page,
} from '../data/models.js';
import { SellerKitError } from '../data/errors.js';
import { activityFromInput, isActivityInput, queryActivity } from '../data/activity.js';

/** An async key/value store; values are plain JSON data. */
export interface AmazonStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** The default store: a Map in this process (gone when it exits). Values are copied in and out. */
export function createInMemoryStore(): AmazonStore {
  const map = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(map.has(key) ? structuredClone(map.get(key)) : undefined),
    set: (key, value) => {
      map.set(key, structuredClone(value));
      return Promise.resolve();
    },
  };
}

const ACTIVITY_KEY = 'activity';
const MAX_ACTIVITY = 10_000;

/**
 * Serialises read-modify-write updates of one store (two requests at once must not lose an entry), and keeps the
 * activity log in it, newest first.
 */
export class StoreBook {
  readonly #store: AmazonStore;
  #queue: Promise<unknown> = Promise.resolve();
  #seq = 0;

  constructor(store: AmazonStore) {
    this.#store = store;
  }

  get(key: string): Promise<unknown> {
    return this.#store.get(key);
  }

  /** Reads `key`, applies `change`, writes the result; one update at a time. */
  update<T>(key: string, change: (current: T | undefined) => T): Promise<T> {
    const run = this.#queue.then(async () => {
      const next = change((await this.#store.get(key)) as T | undefined);
      await this.#store.set(key, next);
      return next;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** A map stored under `key` (`{}` when none). */
  async map<V>(key: string): Promise<Record<string, V>> {
    const v = await this.#store.get(key);
    return v && typeof v === 'object' ? (v as Record<string, V>) : {};
  }

  async record(
    entry: { type: ActivityType; targetId: string; summary: string; outcome: ActivityOutcome } & Partial<
      Pick<Activity, 'text' | 'error' | 'accountId'>
    >,
    actor: string,
    at: Date,
  ): Promise<Activity> {
    const activity: Activity = {
      id: `act-${at.getTime().toString(36)}-${(++this.#seq).toString(36)}`,
      at: at.toISOString(),
      actor,
      ...entry,
    };
    await this.update<Activity[]>(ACTIVITY_KEY, (list) => [activity, ...(list ?? [])].slice(0, MAX_ACTIVITY));
    return activity;
  }

  /**
   * `recordActivity` of SPEC §8: a client-side event, checked as every adapter checks it (`isActivityInput`: a
   * known type, a non-empty target id, a known outcome if any, strings where strings go) and made as every adapter
   * makes it (`activityFromInput`); the store also caps the summary (500) and the text (10 000 characters).
   */
  recordInput(input: ActivityInput, actor: string, at: Date): Promise<Activity> {
    if (!isActivityInput(input)) {
      return Promise.reject(
        new SellerKitError('policy-violation', 'An activity needs a known type and a target id.', {
          status: 422,
          reasons: ['invalid-activity'],
        }),
      );
    }
    const { id: _id, at: _at, actor: _actor, ...made } = activityFromInput(input, { id: '', at, actor });
    return this.record(
      {
        ...made,
        summary: made.summary.slice(0, 500),
        ...(made.text !== undefined ? { text: made.text.slice(0, 10_000) } : {}),
      },
      actor,
      at,
    );
  }

  /**
   * `listActivity` of SPEC §8 (`queryActivity`, the one query every adapter uses). A date-only bound is a UTC day
   * here: this runs on a server, whose time zone is no user's (`from=2025-03-01` starts at 2025-03-01T00:00:00Z).
   */
  async list(q: ActivityQuery = {}): Promise<Page<Activity>> {
    const all = ((await this.#store.get(ACTIVITY_KEY)) as Activity[] | undefined) ?? [];
    // Stored newest first (prepended); queryActivity takes recording order.
    return queryActivity([...all].reverse(), q, 'utc');
  }
}
