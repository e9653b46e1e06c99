import { expect } from '@open-wc/testing';
import { ADAPTER_METHODS, lazyAdapter, loadCode } from './lazy-adapter.js';
import { isSellerKitError } from './errors.js';
import { createMemoryAdapter } from './memory-adapter.js';
import type { SellerKitAdapter } from './models.js';

describe('loadCode / lazyAdapter', () => {
  it('passes a loaded module through unchanged', async () => {
    const m = { x: 1 };
    expect(await loadCode(Promise.resolve(m))).to.equal(m);
  });

  it('reports a chunk that cannot load as a network error, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module');
    const e: unknown = await loadCode(Promise.reject(cause)).catch((x: unknown) => x);
    expect(isSellerKitError(e) && e.code).to.equal('network');
    expect((e as Error).cause).to.equal(cause);
  });

  it('an adapter whose code fails to load rejects every call with network, and loads again on the next call', async () => {
    let attempts = 0;
    const real = createMemoryAdapter({ seed: 3 });
    const adapter = lazyAdapter(() => {
      attempts++;
      return loadCode<SellerKitAdapter>(
        attempts === 1 ? Promise.reject(new TypeError('offline')) : Promise.resolve(real),
      );
    });
    const first: unknown = await adapter.getSession().catch((x: unknown) => x);
    expect(isSellerKitError(first) && first.code).to.equal('network');
    const session = await adapter.getSession();
    expect(session.sellerName).to.be.a('string');
    expect(attempts).to.equal(2);
    expect(Object.keys(adapter).sort()).to.deep.equal([...ADAPTER_METHODS].sort());
  });

  it('a call aborted while the code loads rejects at once with AbortError', async () => {
    const adapter = lazyAdapter(() => new Promise<SellerKitAdapter>(() => {})); // never loads
    const ctl = new AbortController();
    const call = adapter.listReviews({}, { signal: ctl.signal });
    ctl.abort();
    const e: unknown = await call.catch((x: unknown) => x);
    expect((e as DOMException).name).to.equal('AbortError');
    const already: unknown = await adapter.getSession({ signal: ctl.signal }).catch((x: unknown) => x);
    expect((already as DOMException).name).to.equal('AbortError');
  });
});
