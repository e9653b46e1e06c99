/**
 * SPEC §8 through the elements: what a person does in `<review-list>` is recorded once, over the memory adapter and
 * over HTTP through MSW; the Report abuse link records `abuse-report-opened` without ever blocking the link.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker, type SetupWorker } from 'msw/browser';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../data/memory-adapter.js';
import { createHttpAdapter } from '../../data/http-adapter.js';
import { forwardAdapter } from '../../data/lazy-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import type { SellerKitAdapter } from '../../data/models.js';
import { createHandlers, scenarioHandlers } from '../../mocks/index.js';
import { byRole, makeReview, NOW, settle } from '../../../test/support/index.js';

const BASE = '/rec-api';

function memory(): MemoryAdapter {
  return createMemoryAdapter({ now: NOW, reviews: [makeReview(0), makeReview(1)], feedback: [], health: 'healthy' });
}

async function mountList(adapter: SellerKitAdapter) {
  const provider = await fixture(
    html`<review-kit-provider .adapter=${adapter} .now=${NOW}><review-list></review-list></review-kit-provider>`,
  );
  const el = provider.querySelector('review-list')!;
  await settle();
  await waitUntil(() => el.shadowRoot!.querySelector('article[data-id="r0"]'), 'reviews shown');
  return el;
}

const article = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`article[data-id="${id}"]`)!;

describe('activity recorded through the elements (SPEC §8)', function () {
  this.timeout(30_000);
  let worker: SetupWorker;
  let backend: MemoryAdapter;
  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  });
  after(() => worker.stop());
  beforeEach(() => {
    backend = memory();
    worker.resetHandlers(...createHandlers(backend, { baseUrl: BASE }));
  });

  for (const over of ['memory', 'HTTP through MSW'] as const) {
    it(`review-list Mark as done is exactly one activity (${over})`, async () => {
      const adapter = over === 'memory' ? backend : createHttpAdapter({ baseUrl: BASE, retries: 0 });
      const el = await mountList(adapter);
      byRole(article(el, 'r0'), 'checkbox', 'Mark as done').click();
      await waitUntil(async () => (await backend.listActivity!({})).total > 0, 'recorded');
      await settle();
      const log = (await adapter.listActivity!({})).items;
      expect(log.map((a) => `${a.type}:${a.targetId}:${a.outcome}`)).to.deep.equal(['review-done:r0:ok']);
    });
  }

  it('a Mark as done that never reached the server is one failed activity (HTTP through MSW)', async () => {
    const adapter = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    const el = await mountList(adapter);
    worker.use(...scenarioHandlers({ fail: { endpoint: 'review-done', status: 503 } }, BASE));
    byRole(article(el, 'r0'), 'checkbox', 'Mark as done').click();
    await waitUntil(
      () => article(el, 'r0').querySelector('[role=alert]') ?? el.shadowRoot!.querySelector('[role=alert]'),
      'failure shown',
    );
    const log = (await adapter.listActivity!({})).items;
    expect(log.map((a) => `${a.type}:${a.targetId}:${a.outcome}:${a.error}`)).to.deep.equal([
      'review-done:r0:failed:server',
    ]);
    // Handed to the server on that read.
    expect((await backend.listActivity!({})).total).to.equal(1);
  });

  it('Report abuse records abuse-report-opened on click; a failure to record is not shown and never blocks the link', async () => {
    const a = memory();
    let fail = false;
    const adapter = forwardAdapter(a, {
      recordActivity: (entry, o) =>
        fail ? Promise.reject(new SellerKitError('network', 'offline')) : a.recordActivity!(entry, o),
    });
    const el = await mountList(adapter);
    const link = byRole(article(el, 'r1'), 'link', 'Report abuse');
    let navigated = 0;
    // Stand in for the navigation (the test page stays): the kit's handler must not have prevented it.
    link.addEventListener('click', (e) => {
      if (!e.defaultPrevented) navigated++;
      e.preventDefault();
    });
    link.click();
    await waitUntil(async () => (await a.listActivity!({})).total === 1, 'recorded');
    const [rec] = (await a.listActivity!({})).items;
    expect(rec).to.include({ type: 'abuse-report-opened', targetId: 'r1', outcome: 'ok' });
    fail = true;
    link.click();
    await settle();
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(navigated).to.equal(2);
    expect((await a.listActivity!({})).total).to.equal(1);
  });
});
