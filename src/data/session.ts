import { abortable } from './abort.js';
import type { Session, SellerKitAdapter } from './models.js';

const cache = new WeakMap<SellerKitAdapter, Promise<Session>>();

/**
 * The adapter's session, fetched once per adapter and shared by every element that uses it.
 * A failed fetch is forgotten, so the next caller (a retry) asks again.
 */
export function sessionFor(adapter: SellerKitAdapter, signal?: AbortSignal): Promise<Session> {
  let p = cache.get(adapter);
  if (!p) {
    p = adapter.getSession();
    cache.set(adapter, p);
    p.catch(() => {
      if (cache.get(adapter) === p) cache.delete(adapter);
    });
  }
  return abortable(p, signal);
}

/** Forgets the cached session of an adapter (after a sign-in change, say). */
export function forgetSession(adapter: SellerKitAdapter): void {
  cache.delete(adapter);
}
