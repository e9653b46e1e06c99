import { abortable } from './abort.js';
import { baseAdapter } from './guarded-adapter.js';
import type { Session, SellerKitAdapter } from './models.js';

const cache = new WeakMap<SellerKitAdapter, Promise<Session>>();

/**
 * The adapter's session, fetched once per adapter and shared by every element that uses it.
 * A failed fetch is forgotten, so the next caller (a retry) asks again.
 */
export function sessionFor(adapter: SellerKitAdapter, signal?: AbortSignal): Promise<Session> {
  // One cache entry per data source, whether an element asks through its guarded view or a host asks directly.
  const key = baseAdapter(adapter);
  let p = cache.get(key);
  if (!p) {
    p = adapter.getSession();
    cache.set(key, p);
    p.catch(() => {
      if (cache.get(key) === p) cache.delete(key);
    });
  }
  return abortable(p, signal);
}

/** Forgets the cached session of an adapter (after a sign-in change, say). */
export function forgetSession(adapter: SellerKitAdapter): void {
  cache.delete(baseAdapter(adapter));
}
