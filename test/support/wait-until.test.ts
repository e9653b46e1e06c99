import { expect, waitUntil } from '@open-wc/testing';
import { WAIT_UNTIL_MS } from './open-wc-testing.js';

describe('waitUntil in these tests', () => {
  it(`waits up to ${WAIT_UNTIL_MS} ms by default (a wait for a state, not a speed check), and still fails`, async () => {
    const t0 = performance.now();
    await waitUntil(() => performance.now() - t0 > 1200, 'past the old 1 s default');
    const e = await waitUntil(() => false, 'never', { timeout: 50 }).catch((x: unknown) => x);
    expect((e as Error).message).to.equal('Timeout: never');
  });
});
