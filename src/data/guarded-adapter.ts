/**
 * The adapter boundary as elements see it. Whatever an adapter method throws or rejects with reaches the element
 * as a `SellerKitError` (`toSellerKitError`: anything that is not one is `invalid-response`, SPEC §4), and an abort
 * stays an AbortError. So a `TypeError` thrown inside an adapter is the data source's failure, while a `TypeError`
 * that reaches an element raw is a bug in the page's own code (`isInternalError`) and is said as such.
 */
import { isAbortError, toSellerKitError } from './errors.js';
import { ADAPTER_METHODS } from './lazy-adapter.js';
import type { SellerKitAdapter } from './models.js';

// The required methods and the optional `listAccounts` (SPEC §8); `forAccount` is guarded apart: its result is an
// adapter, guarded in turn.
const METHODS: ReadonlySet<PropertyKey> = new Set<PropertyKey>([...ADAPTER_METHODS, 'listAccounts']);
const guarded = new WeakMap<SellerKitAdapter, SellerKitAdapter>();
const bases = new WeakMap<object, SellerKitAdapter>();

const normalise = (e: unknown): unknown => (isAbortError(e) ? e : toSellerKitError(e));

/**
 * `adapter` behind the boundary: the same object for the same adapter (elements key their tasks on it); every
 * other property (capabilities such as `writesAreLocal`, a host's own fields) reads through unchanged, and methods
 * run on the adapter itself.
 */
export function guardAdapter(adapter: SellerKitAdapter): SellerKitAdapter {
  if (bases.has(adapter)) return adapter;
  let out = guarded.get(adapter);
  if (!out) {
    const fns = new Map<PropertyKey, unknown>();
    out = new Proxy(adapter, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (prop === 'forAccount') return scopedFn(target, value as (id: string) => SellerKitAdapter, fns);
        if (!METHODS.has(prop)) return value;
        let fn = fns.get(prop);
        if (!fn || (fn as { raw?: unknown }).raw !== value) {
          const raw = value as (...args: unknown[]) => unknown;
          fn = Object.assign(
            (...args: unknown[]): unknown => {
              let result: unknown;
              try {
                result = raw.apply(target, args);
              } catch (e) {
                throw normalise(e);
              }
              return result instanceof Promise
                ? result.catch((e: unknown) => {
                    throw normalise(e);
                  })
                : result;
            },
            { raw },
          );
          fns.set(prop, fn);
        }
        return fn;
      },
    });
    guarded.set(adapter, out);
    bases.set(out, adapter);
  }
  return out;
}

/** `forAccount` behind the boundary: what it throws is normalised, the adapter it returns is guarded too. */
function scopedFn(
  target: SellerKitAdapter,
  raw: (id: string) => SellerKitAdapter,
  fns: Map<PropertyKey, unknown>,
): (id: string) => SellerKitAdapter {
  let fn = fns.get('forAccount') as ((id: string) => SellerKitAdapter) & { raw?: unknown };
  if (!fn || fn.raw !== raw) {
    fn = Object.assign(
      (id: string): SellerKitAdapter => {
        let scoped: SellerKitAdapter;
        try {
          scoped = raw.call(target, id);
        } catch (e) {
          throw normalise(e);
        }
        return guardAdapter(scoped);
      },
      { raw },
    );
    fns.set('forAccount', fn);
  }
  return fn;
}

/** The adapter a guarded one stands for (itself when it is not guarded). */
export function baseAdapter(adapter: SellerKitAdapter): SellerKitAdapter {
  return bases.get(adapter) ?? adapter;
}
