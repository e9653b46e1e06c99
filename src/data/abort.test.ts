import { expect } from '@open-wc/testing';
import { abortError, abortable, sleep } from './abort.js';

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );

describe('abort helpers', () => {
  it('abortError keeps a signal reason that is an AbortError and makes a new one otherwise', () => {
    const ctl = new AbortController();
    ctl.abort();
    expect(abortError(ctl.signal)).to.equal(ctl.signal.reason);
    for (const e of [abortError(), abortError(AbortSignal.abort(new Error('custom')))]) {
      expect(e).to.be.instanceOf(DOMException);
      expect([e.name, e.message]).to.deep.equal(['AbortError', 'The operation was aborted.']);
    }
  });

  it('sleep resolves after the delay, at once for none, and rejects on abort without waiting', async () => {
    const t0 = performance.now();
    await sleep(30);
    expect(performance.now() - t0).to.be.at.least(25);
    await sleep(0);
    expect(((await rejection(sleep(0, AbortSignal.abort()))) as Error).name).to.equal('AbortError');
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 10);
    // Ten minutes: sleeping them out would outlast the test's timeout, so no wall-clock bound is needed here.
    const e = await rejection(sleep(600_000, ctl.signal));
    expect(e).to.equal(ctl.signal.reason);
  });

  it('abortable passes the result through, or rejects with the signal reason as soon as it aborts', async () => {
    const p = Promise.resolve(1);
    expect(abortable(p)).to.equal(p);
    expect(await abortable(p, new AbortController().signal)).to.equal(1);
    expect(await rejection(abortable(Promise.reject(new Error('x')), new AbortController().signal))).to.have.property(
      'message',
      'x',
    );
    const reason = new Error('custom');
    expect(await rejection(abortable(p, AbortSignal.abort(reason)))).to.equal(reason);
    const ctl = new AbortController();
    const never = new Promise<never>(() => {});
    setTimeout(() => ctl.abort(), 5);
    expect(((await rejection(abortable(never, ctl.signal))) as Error).name).to.equal('AbortError');
  });
});
