/**
 * Shared check for elements that load data: taken off the page, they abort their request; put back, they load
 * again and show no error (the abort is never shown).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallOptions, SellerKitAdapter } from '../../src/data/models.js';
import { forwardAdapter } from '../../src/data/lazy-adapter.js';

type Reader = 'listReviews' | 'listFeedback' | 'getAccountHealth';

/**
 * Mounts `<tag>` in a provider over `base`, whose `method` never answers at first; removes the element (the
 * request must be aborted), lets `method` answer, puts the element back and waits for `loaded(shadowRoot)`.
 */
export async function expectAbortOnRemoval(
  tag: string,
  base: SellerKitAdapter,
  method: Reader,
  loaded: (root: ShadowRoot) => boolean,
  now: Date,
): Promise<void> {
  const signals: (AbortSignal | undefined)[] = [];
  let hold = true;
  const call = base[method] as (...args: unknown[]) => Promise<unknown>;
  const a = forwardAdapter(base, {
    [method]: (...args: unknown[]) => {
      signals.push((args.at(-1) as CallOptions | undefined)?.signal);
      return hold ? new Promise(() => {}) : call.apply(base, args);
    },
  });
  const provider = await fixture(html`<review-kit-provider .adapter=${a} .now=${now}></review-kit-provider>`);
  const el = document.createElement(tag);
  provider.append(el);
  await waitUntil(() => signals.length === 1, 'request made');
  el.remove();
  expect(signals[0]!.aborted, 'request aborted on removal').to.equal(true);
  hold = false;
  provider.append(el);
  await waitUntil(() => loaded(el.shadowRoot!), 'loaded again', { timeout: 5000 });
  expect(el.shadowRoot!.querySelectorAll('[role=alert]'), 'no error shown').to.have.length(0);
}
