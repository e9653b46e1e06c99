/**
 * `loadCode`: how the kit loads a chunk of its own code with `import()`. UI-neutral — data shells (the HTTP and
 * memory adapters) and elements (the report drop zone, the linter, the removal helper) use it alike.
 */
import { SellerKitError } from './errors.js';

/**
 * `import()` of code the kit needs, with a failure to load (offline, a deploy that removed the chunk) reported as
 * a `network` error: what the user sees is "the network is unreachable", with retry, not "unreadable data".
 * @internal
 */
export function loadCode<T>(p: Promise<T>): Promise<T> {
  return p.catch((cause: unknown) => {
    throw new SellerKitError('network', 'Code the kit needs could not load.', { cause });
  });
}

/** A chunk of the kit's code loaded once per page (see `lazyCode`). @internal */
export interface LazyCode<T> {
  /** Loads the chunk: the first call starts it, later calls share it; after a failure the next call tries again. */
  (): Promise<T>;
  /** The loaded chunk once it has loaded (synchronously), else undefined. */
  readonly value: T | undefined;
}

/**
 * The one way the kit loads a lazy chunk (composers, dialogs, views, strings): once per page, shared by every
 * element, and again after a failed load (offline, a deploy that removed the chunk) — the failure is the caller's to
 * report (wrap the call in `loadCode` for a `network` error). `then` runs once, on the loaded module (registering its
 * strings, say); its result is what the calls resolve to and what `.value` holds.
 * @internal
 */
export function lazyCode<M, T = M>(load: () => Promise<M>, then?: (m: M) => T): LazyCode<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  const get = (): Promise<T> =>
    (loading ??= load()
      .then((m) => (then ? then(m) : (m as unknown as T)))
      .then(
        (v) => (value = v),
        (e: unknown) => {
          // A failed load, or `then` throwing on the module: the next call tries again.
          loading = undefined;
          throw e;
        },
      ));
  return Object.defineProperty(get, 'value', { get: () => value }) as LazyCode<T>;
}
