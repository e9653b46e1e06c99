import { expect } from '@open-wc/testing';
import { ADAPTER_METHODS, forwardAdapter, lazyAdapter, loadCode } from './lazy-adapter.js';
import { SellerKitError, isSellerKitError } from './errors.js';
import { baseAdapter, guardAdapter } from './guarded-adapter.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { createFakeAdapter } from './test-helpers/fake-adapter.js';
import { eagerMemoryAdapter } from './memory-store.js';
import { eagerHttpAdapter } from './http-client.js';
import type { AccountSummary, SellerKitAdapter } from './models.js';

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
  });

  it('forwards every method of the real adapters, none dropped (the list is complete by type, and no more)', async () => {
    // Every function a real adapter has (bar the memory adapter's clock) is an adapter method the wrappers forward.
    const methodsOf = (a: object) =>
      Object.keys(a)
        .filter((k) => typeof (a as Record<string, unknown>)[k] === 'function' && k !== 'now')
        .sort();
    // Both also have the activity log (SPEC §8) and `askBuyerToRemoveFeedback` (SPEC §9); the memory adapter also
    // counts reviews per filter (issue 21's optional countReviews, in the HTTP client `GET /reviews/counts`); the
    // HTTP client also has the optional agency methods, which wrappers forward when present.
    expect(methodsOf(eagerMemoryAdapter({ seed: 3 }))).to.deep.equal(
      [...ADAPTER_METHODS, 'askBuyerToRemoveFeedback', 'countReviews', 'listActivity', 'recordActivity'].sort(),
    );
    expect(methodsOf(eagerHttpAdapter({ baseUrl: '/api' }))).to.deep.equal(
      [
        ...ADAPTER_METHODS,
        'askBuyerToRemoveFeedback',
        'countReviews',
        'forAccount',
        'listAccounts',
        'listActivity',
        'recordActivity',
      ].sort(),
    );
    // And each call made on a lazy adapter reaches the loaded one, with its arguments.
    const seen: string[] = [];
    const real = Object.fromEntries(
      ADAPTER_METHODS.map((m) => [m, (...args: unknown[]) => (seen.push(`${m}:${args.length}`), Promise.resolve(m))]),
    ) as unknown as SellerKitAdapter;
    const lazy = lazyAdapter(async () => real);
    for (const m of ADAPTER_METHODS) {
      expect(await (lazy[m] as (...a: unknown[]) => Promise<unknown>)('a', 'b')).to.equal(m);
    }
    expect(seen).to.deep.equal(ADAPTER_METHODS.map((m) => `${m}:2`));
  });

  it('forwards listAccounts / forAccount only when the base has them (forwardAdapter, lazyAdapter, guardAdapter)', async () => {
    const rows = [{ id: 'a' }] as unknown as AccountSummary[];
    const scoped = Object.fromEntries(
      ADAPTER_METHODS.map((m) => [m, () => Promise.resolve(`scoped:${m}`)]),
    ) as unknown as SellerKitAdapter;
    const asked: string[] = [];
    const real = {
      ...Object.fromEntries(ADAPTER_METHODS.map((m) => [m, () => Promise.resolve(m)])),
      listAccounts: () => Promise.resolve(rows),
      forAccount: (id: string) => {
        asked.push(id);
        if (id === 'bad') throw new TypeError('boom');
        return scoped;
      },
    } as unknown as SellerKitAdapter;
    const plain = forwardAdapter(eagerMemoryAdapter({ seed: 3 }));
    expect('listAccounts' in plain || 'forAccount' in plain).to.equal(false);
    const fwd = forwardAdapter(real);
    expect(await fwd.listAccounts!()).to.equal(rows);
    expect(fwd.forAccount!('a')).to.equal(scoped);
    // lazyAdapter: before the load, with `accounts`, a scoped lazy adapter per id (same object for the same id).
    const lazy = lazyAdapter(async () => real, { accounts: true });
    const one = lazy.forAccount!('a');
    expect(lazy.forAccount!('a')).to.equal(one);
    expect(asked).to.deep.equal(['a']);
    expect(await one.getSession()).to.equal('scoped:getSession');
    expect(await lazy.listAccounts!()).to.deep.equal(rows);
    expect(lazyAdapter(async () => real).forAccount).to.equal(undefined);
    // guardAdapter: a throwing forAccount arrives as a SellerKitError; the scoped adapter is guarded too.
    const guarded = guardAdapter(real);
    expect(guarded.forAccount!('a')).to.equal(guardAdapter(scoped));
    let thrown: unknown;
    try {
      guarded.forAccount!('bad');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).to.be.instanceOf(SellerKitError);
    expect((thrown as SellerKitError).code).to.equal('invalid-response');
  });

  it('forwards the optional methods of SPEC §8/§9 and capabilities only when asked for or present', async () => {
    // A base with none of the optional methods (the memory adapter has the activity log and
    // askBuyerToRemoveFeedback), so that only what is given here counts.
    const base = forwardAdapter(createFakeAdapter(), {
      listActivity: (q) => Promise.resolve({ items: [], total: 0, offset: q.offset ?? 0 }),
      capabilities: { postFeedbackReply: 'manual' },
    });
    const forwarded = forwardAdapter(base);
    expect(typeof forwarded.listActivity).to.equal('function');
    expect(forwarded.recordActivity).to.equal(undefined);
    expect(forwarded.askBuyerToRemoveFeedback).to.equal(undefined);
    expect(forwarded.capabilities).to.deep.equal({ postFeedbackReply: 'manual' });
    expect((await forwarded.listActivity!({ offset: 4 })).offset).to.equal(4);

    let loads = 0;
    const lazy = lazyAdapter(
      () => {
        loads++;
        return Promise.resolve(base);
      },
      { methods: ['listActivity', 'recordActivity'], capabilities: { postFeedbackReply: 'manual' } },
    );
    expect(loads).to.equal(0);
    expect(lazy.capabilities).to.deep.equal({ postFeedbackReply: 'manual' });
    expect(lazy.askBuyerToRemoveFeedback).to.equal(undefined);
    expect((await lazy.listActivity!({})).total).to.equal(0);
    const missing: unknown = await lazy.recordActivity!({ type: 'abuse-report-opened', targetId: 'r1' }).catch(
      (e: unknown) => e,
    );
    expect(isSellerKitError(missing) && missing.code).to.equal('not-found');
    expect(loads).to.equal(1);
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

describe('guardAdapter', () => {
  it('turns whatever an adapter throws into a SellerKitError, keeps aborts, identity and other properties', async () => {
    const base = Object.assign(createMemoryAdapter({ seed: 3 }), { note: 'host field' });
    base.getSession = () => {
      throw new TypeError('exploded synchronously');
    };
    base.listReviews = () => Promise.reject(new DOMException('stop', 'AbortError'));
    const g = guardAdapter(base);
    expect(guardAdapter(base)).to.equal(g);
    expect(guardAdapter(g)).to.equal(g);
    expect(baseAdapter(g)).to.equal(base);
    expect((g as typeof base).note).to.equal('host field');
    expect(g.writesAreLocal).to.equal(false);
    let thrown: unknown;
    try {
      void g.getSession();
    } catch (e) {
      thrown = e;
    }
    expect(isSellerKitError(thrown) && thrown.code).to.equal('invalid-response');
    expect(((await g.listReviews({}).catch((e: unknown) => e)) as Error).name).to.equal('AbortError');
    expect((await g.getAccountHealth()).marketplaceId).to.be.a('string');
  });
});
