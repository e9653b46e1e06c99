/**
 * What Amazon does not keep, kept by the Amazon adapter in a small key/value store: marks as done, when a buyer was
 * asked to remove feedback, and the activity log (SPEC §8). The store is the host's (a database for a server that
 * restarts: examples/server/ keeps it in SQLite); the default lives in memory.
 */
import {
  ACTIVITY_OUTCOMES,
  ACTIVITY_TYPES,
  type Activity,
  type ActivityInput,
  type ActivityQuery,
  type ActivityType,
  type ActivityOutcome,
  type Page,
} from '../data/models.js';
import { SellerKitError } from '../data/errors.js';

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

  /** `recordActivity` of SPEC §8: a client-side event, checked. */
  recordInput(input: ActivityInput, actor: string, at: Date): Promise<Activity> {
    if (!input || !(ACTIVITY_TYPES as readonly string[]).includes(input.type) || typeof input.targetId !== 'string') {
      return Promise.reject(
        new SellerKitError('policy-violation', 'An activity needs a known type and a target id.', {
          status: 422,
          reasons: ['invalid-activity'],
        }),
      );
    }
    const outcome = input.outcome && ACTIVITY_OUTCOMES.includes(input.outcome) ? input.outcome : 'ok';
    return this.record(
      {
        type: input.type,
        targetId: input.targetId,
        summary: (input.summary ?? input.type).slice(0, 500),
        outcome,
        ...(input.text !== undefined ? { text: String(input.text).slice(0, 10_000) } : {}),
        ...(input.error !== undefined ? { error: String(input.error) } : {}),
      },
      actor,
      at,
    );
  }

  async list(q: ActivityQuery = {}): Promise<Page<Activity>> {
    const all = ((await this.#store.get(ACTIVITY_KEY)) as Activity[] | undefined) ?? [];
    const from = q.from ? Date.parse(q.from.length === 10 ? `${q.from}T00:00:00Z` : q.from) : -Infinity;
    const to = q.to ? Date.parse(q.to.length === 10 ? `${q.to}T23:59:59.999Z` : q.to) : Infinity;
    const items = all.filter((a) => {
      const t = Date.parse(a.at);
      return (
        (!q.types?.length || q.types.includes(a.type)) &&
        (!q.targetId || a.targetId === q.targetId) &&
        t >= from &&
        t <= to
      );
    });
    const offset = Math.max(0, Math.floor(q.offset ?? 0) || 0);
    const limit = Math.min(500, Math.max(1, Math.floor(q.limit ?? 25) || 25));
    return { items: items.slice(offset, offset + limit), total: items.length, offset };
  }
}
