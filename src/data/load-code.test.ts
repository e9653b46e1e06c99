import { expect } from '@open-wc/testing';
import { SellerKitError } from './errors.js';
import { lazyCode, loadCode } from './load-code.js';

describe('lazyCode / loadCode', () => {
  it('loads once for every caller, and holds the module in .value once loaded', async () => {
    let calls = 0;
    const lazy = lazyCode(async () => ({ n: ++calls }));
    expect(lazy.value).to.equal(undefined);
    const [a, b] = await Promise.all([lazy(), lazy()]);
    expect(a).to.equal(b);
    expect(await lazy()).to.equal(a);
    expect(lazy.value).to.equal(a);
    expect(calls).to.equal(1);
  });

  it('runs `then` once on the module; its result is what calls resolve to', async () => {
    let registered = 0;
    const lazy = lazyCode(
      async () => ({ name: 'view' }),
      (m) => (registered++, m.name.toUpperCase()),
    );
    expect([await lazy(), await lazy(), lazy.value, registered]).to.deep.equal(['VIEW', 'VIEW', 'VIEW', 1]);
  });

  it('tries again after a failed load, and after `then` threw on the module', async () => {
    let loads = 0;
    const failing = lazyCode(async () => {
      if (++loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'ok';
    });
    let error: unknown;
    await failing().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(failing.value).to.equal(undefined);
    expect(await failing()).to.equal('ok');

    let thens = 0;
    const throwing = lazyCode(
      async () => 'module',
      (m) => {
        if (++thens === 1) throw new Error('registering failed');
        return m;
      },
    );
    error = undefined;
    await throwing().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('registering failed');
    expect(await throwing()).to.equal('module');
    expect(thens).to.equal(2);
  });

  it('loadCode: a chunk that cannot load is a network error (the user sees "unreachable", with Retry)', async () => {
    let error: unknown;
    await loadCode(Promise.reject(new TypeError('Failed to fetch'))).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(SellerKitError);
    expect((error as SellerKitError).code).to.equal('network');
  });
});
