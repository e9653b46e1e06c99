/**
 * Parity (as test/http-over-memory.test.ts): `countReviews` through HTTP adapter → REST contract → MSW handlers →
 * memory adapter answers what the memory adapter answers, for one account and under `/accounts/{id}`.
 */
import { expect } from '@open-wc/testing';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHttpAdapter } from '../src/data/http-adapter.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import { createHandlers } from '../src/mocks/index.js';
import type { ReviewQuery } from '../src/data/models.js';
import { NOW } from './support/fixtures.js';

const BASE = '/e2e-counts-api';
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

describe('countReviews: HTTP adapter over the MSW backend over the memory adapter', () => {
  let worker: SetupWorker;

  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  });
  after(() => worker.stop());

  it('counts the same through HTTP as in memory, for every kind of filter', async () => {
    const memory = createMemoryAdapter({ seed: 7, now: NOW, counts: { reviews: 400, feedback: 20 } });
    worker.resetHandlers(...createHandlers(memory, { baseUrl: BASE }));
    const api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    const brand = (await memory.getSession()).brands[0]!.id;
    const queries: ReviewQuery[] = [
      {},
      { ratings: [1, 2], includeDone: true },
      { brandIds: [brand], from: ago(30) },
      { from: ago(7), to: ago(1), search: 'the' },
      { ratings: [5], sort: 'oldest', offset: 50, limit: 10 },
    ];
    for (const q of queries) {
      const [a, b] = await Promise.all([api.countReviews!(q), memory.countReviews!(q)]);
      expect(a, JSON.stringify(q)).to.deep.equal(b);
      expect(a!.periods.all, 'some reviews counted').to.be.greaterThan(0);
    }
  });

  it('under /accounts/{id}: each account its own counts', async () => {
    const memory = createMemoryAdapter({ seed: 7, now: NOW, accounts: 2 });
    worker.resetHandlers(...createHandlers(memory, { baseUrl: BASE }));
    const api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    for (const { id } of await memory.listAccounts!()) {
      const q = { ratings: [1, 2, 3] };
      expect(await api.forAccount!(id).countReviews!(q), id).to.deep.equal(
        await memory.forAccount!(id).countReviews!(q),
      );
    }
  });
});
