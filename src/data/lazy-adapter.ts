import type { SellerKitAdapter } from './models.js';
import { SellerKitError, toSellerKitError } from './errors.js';
import { abortable } from './abort.js';

/** @deprecated Import from `./load-code.js` (kept for existing imports). */
export { loadCode } from './load-code.js';

/**
 * The names of SellerKitAdapter's required methods. Optional members (capabilities such as `writesAreLocal`, and
 * the agency methods `listAccounts` / `forAccount` of SPEC §8) are not in it: a wrapper forwards them only when its
 * base has them.
 */
export type AdapterMethod = {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  [K in keyof SellerKitAdapter]-?: {} extends Pick<SellerKitAdapter, K>
    ? never
    : SellerKitAdapter[K] extends (...args: never[]) => unknown
      ? K
      : never;
}[keyof SellerKitAdapter];

/**
 * Every method of SellerKitAdapter, for wrappers that must forward each of them. Complete by construction:
 * `buildAdapter` below fails to compile when a method of the interface is missing here.
 */
export const ADAPTER_METHODS = [
  'getSession',
  'listReviews',
  'setReviewDone',
  'addReviewComment',
  'contactCustomer',
  'getFeedbackSummary',
  'listFeedback',
  'postFeedbackReply',
  'removeFeedbackReply',
  'requestFeedbackRemoval',
  'getAccountHealth',
] as const satisfies readonly AdapterMethod[];

/**
 * The optional methods of SPEC §8/§9 that wrappers forward when their base has them (`listAccounts` /
 * `forAccount` are handled apart: `forAccount` answers synchronously with an adapter).
 */
export const OPTIONAL_METHODS = ['listActivity', 'recordActivity', 'askBuyerToRemoveFeedback', 'countReviews'] as const;
export type OptionalMethod = (typeof OPTIONAL_METHODS)[number];

type AnyMethod = (...args: unknown[]) => unknown;

/**
 * An adapter object with `make(m)` as each method `m`, plus the capabilities given. Typing `complete` is the
 * completeness check of ADAPTER_METHODS: a method of SellerKitAdapter not listed there is a type error here.
 */
function buildAdapter(
  make: (m: (typeof ADAPTER_METHODS)[number]) => AnyMethod,
  base?: SellerKitAdapter,
): SellerKitAdapter {
  const out = {} as Record<(typeof ADAPTER_METHODS)[number], AnyMethod>;
  for (const m of ADAPTER_METHODS) out[m] = make(m);
  const complete: Record<AdapterMethod, AnyMethod> = out;
  const adapter = complete as unknown as SellerKitAdapter;
  // Optional typed capabilities travel with the methods (`capabilities`: see liveCapabilities).
  return {
    ...adapter,
    ...(base?.writesAreLocal === undefined ? {} : { writesAreLocal: base.writesAreLocal }),
  };
}

/**
 * `adapter` with a `capabilities` getter (SPEC §9) that asks `read` on every access: an HTTP adapter learns its
 * capabilities from `GET /session`, after the wrapper was made, so a wrapper never keeps a copy of them. Enumerable,
 * so a spread of the wrapper (`{ ...adapter }`) still carries the value it has then.
 */
function liveCapabilities<A extends SellerKitAdapter>(adapter: A, read: () => SellerKitAdapter['capabilities']): A {
  return Object.defineProperty(adapter, 'capabilities', { get: read, enumerable: true, configurable: true });
}

/** What `lazyAdapter` exposes before the implementation has loaded. */
export interface LazyAdapterExtras {
  /**
   * The implementation serves several accounts (SPEC §8): the lazy adapter has `listAccounts` (loads, then asks
   * the implementation) and a synchronous `forAccount(id)` (a lazy adapter of its own over the implementation's
   * `forAccount(id)`, the same object for the same id; what that throws, e.g. `not-found`, each of its calls
   * rejects with).
   */
  accounts?: boolean;
  /**
   * Optional methods (SPEC §8/§9) the implementation has: each loads, then asks the implementation (rejecting with
   * `not-found` if it turns out not to have it). Scoped adapters of `forAccount` expose the same.
   */
  methods?: readonly OptionalMethod[];
  /**
   * The implementation's `capabilities` (SPEC §9), known before it loads. Once it has loaded, the lazy adapter's
   * `capabilities` are the implementation's own, read on every access (an HTTP adapter learns them from its
   * session), and these while it has none.
   */
  capabilities?: SellerKitAdapter['capabilities'];
}

const noMethod = (m: string) =>
  new SellerKitError('not-found', `This data source has no ${m}.`, { status: 404, reasons: ['no-method'] });

const noAccounts = () =>
  new SellerKitError('not-found', 'This data source serves one account (no listAccounts / forAccount).', {
    status: 404,
    reasons: ['no-accounts'],
  });

/**
 * An adapter whose real implementation loads on first use (the demo data generator stays out of the
 * element bundles). A failed load is retried on the next call. Optional methods cannot be known before the load:
 * `extras` says which to expose.
 */
export function lazyAdapter(load: () => Promise<SellerKitAdapter>, extras: LazyAdapterExtras = {}): SellerKitAdapter {
  let loading: Promise<SellerKitAdapter> | undefined;
  let loaded: SellerKitAdapter | undefined;
  const get = () => {
    loading ??= load().then(
      (a) => (loaded = a),
      (e: unknown) => {
        loading = undefined;
        throw toSellerKitError(e);
      },
    );
    return loading;
  };
  const capabilities = () => loaded?.capabilities ?? extras.capabilities;
  const adapter = buildAdapter((m) => (...args: unknown[]) => {
    // An abort while the code loads rejects at once (AbortError), as the loaded adapter would.
    const signal = (args.at(-1) as { signal?: unknown } | undefined)?.signal;
    return abortable(get(), signal instanceof AbortSignal ? signal : undefined).then((a) =>
      (a[m] as (...x: unknown[]) => Promise<unknown>).apply(a, args),
    );
  });
  const optional: Partial<Record<OptionalMethod, AnyMethod>> = {};
  for (const m of extras.methods ?? []) {
    optional[m] = (...args: unknown[]) => {
      const signal = (args.at(-1) as { signal?: unknown } | undefined)?.signal;
      return abortable(get(), signal instanceof AbortSignal ? signal : undefined).then((a) => {
        const f = a[m] as AnyMethod | undefined;
        return f ? f.apply(a, args) : Promise.reject(noMethod(m));
      });
    };
  }
  const withOptional = {
    ...adapter,
    ...(optional as Partial<SellerKitAdapter>),
  } as SellerKitAdapter;
  if (!extras.accounts) return liveCapabilities(withOptional, capabilities);
  const scoped = new Map<string, SellerKitAdapter>();
  return liveCapabilities(
    {
      ...withOptional,
      listAccounts: (o) =>
        abortable(get(), o?.signal).then((a) => (a.listAccounts ? a.listAccounts(o) : Promise.reject(noAccounts()))),
      forAccount(accountId) {
        const id = String(accountId);
        let one = scoped.get(id);
        if (!one) {
          one = lazyAdapter(
            () =>
              get().then((a) => {
                if (!a.forAccount) throw noAccounts();
                return a.forAccount(id);
              }),
            { methods: extras.methods, capabilities: extras.capabilities },
          );
          scoped.set(id, one);
        }
        return one;
      },
    },
    capabilities,
  );
}

/**
 * A plain object that forwards every adapter method to `base`, with some replaced. Handy for hosts and tests
 * that wrap an adapter (logging, failure injection) — and a new identity, so elements treat it as a new adapter.
 * The base's optional capabilities (`writesAreLocal`; `capabilities`, read from the base on every access) and
 * optional methods (`listAccounts`, `forAccount`: its scoped adapters as they are; OPTIONAL_METHODS) are kept when
 * it has them; `overrides` may replace them too.
 */
export function forwardAdapter(base: SellerKitAdapter, overrides: Partial<SellerKitAdapter> = {}): SellerKitAdapter {
  const out = buildAdapter(
    (m) =>
      (overrides[m] as AnyMethod | undefined) ??
      ((...args: unknown[]) => (base[m] as (...x: unknown[]) => unknown).apply(base, args)),
    base,
  );
  const listAccounts = overrides.listAccounts ?? (base.listAccounts && ((o) => base.listAccounts!(o)));
  const forAccount = overrides.forAccount ?? (base.forAccount && ((id: string) => base.forAccount!(id)));
  const optional: Partial<Record<OptionalMethod, AnyMethod>> = {};
  for (const m of OPTIONAL_METHODS) {
    const own = (overrides[m] ?? base[m]) as AnyMethod | undefined;
    if (own) optional[m] = overrides[m] ? own : (...args: unknown[]) => own.apply(base, args);
  }
  return liveCapabilities(
    {
      ...out,
      ...(optional as Partial<SellerKitAdapter>),
      ...(listAccounts ? { listAccounts } : {}),
      ...(forAccount ? { forAccount } : {}),
    } satisfies SellerKitAdapter,
    () => overrides.capabilities ?? base.capabilities,
  );
}
