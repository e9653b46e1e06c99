import { expect } from '@open-wc/testing';
import { createFakeAdapter } from '../data/test-helpers/fake-adapter.js';
import { createHttpAdapter } from '../data/http-adapter.js';
import { startMockWorker } from './index.js';

describe('startMockWorker', () => {
  it('serves the contract from a Service Worker over the adapter, with a scenario, until stopped', async () => {
    const fake = createFakeAdapter();
    const worker = await startMockWorker(fake, {
      baseUrl: '/sw-api',
      scenario: { fail: { endpoint: 'reviews', status: 403, times: 1 } },
    });
    try {
      const api = createHttpAdapter({ baseUrl: '/sw-api', retries: 0 });
      expect((await api.getSession()).sellerName).to.equal('Acme Goods');
      let code: string | undefined;
      await api.listReviews({}).catch((e) => (code = e.code));
      expect(code).to.equal('forbidden');
      expect((await api.listReviews({})).total).to.equal(2);
      expect(fake.calls.map((c) => c.method)).to.deep.equal(['getSession', 'listReviews']);
    } finally {
      await worker.stop();
    }
    const res = await fetch('/sw-api/session');
    expect(res.status).to.equal(404);
  });
});
