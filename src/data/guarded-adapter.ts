/**
 * The adapter boundary as elements see it. Whatever an adapter method throws or rejects with reaches the element
 * as a `SellerKitError` (`toSellerKitError`: anything that is not one is `invalid-response`, SPEC §4), and an abort
 * stays an AbortError. So a `TypeError` thrown inside an adapter is the data source's failure, while a `TypeError`
 * that reaches an element raw is a bug in the page's own code (`isInternalError`) and is said as such.
 */
import { isAbortError, toSellerKitError } from './errors.js';
import type { SellerKitAdapter } from './models.js';
const guarded = new WeakMap<SellerKitAdapter, SellerKitAdapter>();
const bases = new WeakMap<object, SellerKitAdapter>();

const rethrow = (e: unknown): never => {
  throw isAbortError(e) ? e : toSellerKitError(e);
};

/**
 * `adapter` behind the boundary: the same object for the same adapter (elements key their tasks on it); every
 * other property (capabilities such as `writesAreLocal`, a host's own fields) reads through unchanged, and methods
 * run on the adapter itself.
 */
export function guardAdapter(adapter: SellerKitAdapter): SellerKitAdapter {
  if (bases.has(adapter)) return adapter;
  let out = guarded.get(adapter);
  if (!out) {
    out = new Proxy(adapter, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        // Every function an adapter has is an adapter method (a memory adapter's `now` passes through harmlessly).
        if (typeof value !== 'function') return value;
        return (...args: unknown[]): unknown => {
          try {
            const result: unknown = value.apply(target, args);
            // `forAccount` (SPEC §8) answers with an adapter: the scoped one is behind the boundary too.
            if (prop === 'forAccount') return guardAdapter(result as SellerKitAdapter);
            return result instanceof Promise ? result.catch(rethrow) : result;
          } catch (e) {
            return rethrow(e);
          }
        };
      },
    });
    guarded.set(adapter, out);
    bases.set(out, adapter);
  }
  return out;
}

/** The adapter a guarded one stands for (itself when it is not guarded). */
export function baseAdapter(adapter: SellerKitAdapter): SellerKitAdapter {
  return bases.get(adapter) ?? adapter;
}
