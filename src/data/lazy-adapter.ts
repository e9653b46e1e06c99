import type { SellerKitAdapter } from './models.js';
import { SellerKitError, toSellerKitError } from './errors.js';
import { abortable } from './abort.js';

/** Every method of SellerKitAdapter, for wrappers that must forward each of them. */
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
] as const satisfies readonly (keyof SellerKitAdapter)[];

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

/**
 * An adapter whose real implementation loads on first use (the demo data generator stays out of the
 * element bundles). A failed load is retried on the next call.
 */
export function lazyAdapter(load: () => Promise<SellerKitAdapter>): SellerKitAdapter {
  let loading: Promise<SellerKitAdapter> | undefined;
  const get = () => {
    loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw toSellerKitError(e);
    });
    return loading;
  };
  const out = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const m of ADAPTER_METHODS) {
    out[m] = (...args: unknown[]) => {
      // An abort while the code loads rejects at once (AbortError), as the loaded adapter would.
      const signal = (args.at(-1) as { signal?: unknown } | undefined)?.signal;
      return abortable(get(), signal instanceof AbortSignal ? signal : undefined).then((a) =>
        (a[m] as (...x: unknown[]) => Promise<unknown>).apply(a, args),
      );
    };
  }
  return out as unknown as SellerKitAdapter;
}

/**
 * A plain object that forwards every adapter method to `base`, with some replaced. Handy for hosts and tests
 * that wrap an adapter (logging, failure injection) — and a new identity, so elements treat it as a new adapter.
 */
export function forwardAdapter(base: SellerKitAdapter, overrides: Partial<SellerKitAdapter> = {}): SellerKitAdapter {
  const out = {} as Record<string, unknown>;
  for (const m of ADAPTER_METHODS) {
    out[m] = overrides[m] ?? ((...args: unknown[]) => (base[m] as (...x: unknown[]) => unknown).apply(base, args));
  }
  return out as unknown as SellerKitAdapter;
}
