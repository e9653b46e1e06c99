import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, OPTIONAL_ENDPOINTS } from './index.js';
import { OPTIONAL_METHOD_OF } from '../server.js';
import { createMemoryAdapter } from '../data/memory-adapter.js';
import { createHttpAdapter } from '../data/http-adapter.js';
import { SellerKitError } from '../data/errors.js';
import { validateAccountSummaries } from '../data/validate.js';
import type { AccountSummary, SellerKitAdapter } from '../data/models.js';
import { NOW, makeFeedback, makeReview, makeSession } from '../../test/support/index.js';

const BASE = '/acct-api';

async function rejection(p: Promise<unknown>): Promise<SellerKitError> {
  try {
    await p;
  } catch (e) {
    return e as SellerKitError;
  }
  throw new Error('expected a rejection');
}

/** Two explicit accounts (one with an id that needs URL-encoding) and one without access. */
function backend(): SellerKitAdapter {
  const account = (id: string, name: string, marketplaceId: string) => ({
    id,
    session: makeSession({ sellerName: name, marketplaceId }),
    reviews: Array.from({ length: 4 }, (_, i) => makeReview(i, { title: `${name} ${i}`, marketplaceId })),
    feedback: Array.from({ length: 4 }, (_, i) => makeFeedback(i)),
    health: 'healthy' as const,
  });
  return createMemoryAdapter({
    now: NOW,
    accounts: [
      account('de/1 ä', 'Alpenglow Outdoor GmbH', 'A1PA6795UKMFR9'),
      account('uk-2', 'Bright Kettle Ltd', 'A1F83G8C2ARO7P'),
      { id: 'locked', session: { sellerName: 'Hofmann', marketplaceId: 'A1PA6795UKMFR9' }, access: false },
    ],
  });
}

describe('REST accounts (SPEC §8): MSW handlers + HTTP adapter', () => {
  let worker: SetupWorker;
  let memory: SellerKitAdapter;
  let api: SellerKitAdapter;
  let paths: string[];

  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
    worker.events.on('request:start', ({ request }) => {
      const path = new URL(request.url).pathname;
      if (path.startsWith(BASE)) paths.push(path);
    });
  });
  after(() => worker.stop());
  beforeEach(() => {
    paths = [];
    memory = backend();
    worker.resetHandlers(...createHandlers(memory, { baseUrl: BASE }));
    api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
  });

  it('GET /accounts lists the accounts as the memory adapter computes them', async () => {
    const rows = await api.listAccounts!();
    expect(rows).to.deep.equal(await memory.listAccounts!());
    expect(rows.map((r) => r.id)).to.deep.equal(['de/1 ä', 'uk-2', 'locked']);
    expect(rows[2]!.access).to.equal(false);
    expect(paths).to.deep.equal([`${BASE}/accounts`]);
  });

  it('serves every §5 path under /accounts/{id}/… from that account, the id URL-encoded', async () => {
    const de = api.forAccount!('de/1 ä');
    expect(api.forAccount!('de/1 ä')).to.equal(de);
    expect((await de.getSession()).sellerName).to.equal('Alpenglow Outdoor GmbH');
    const page = await de.listReviews({ ratings: [1] });
    expect(page.items.map((r) => r.title)).to.deep.equal(['Alpenglow Outdoor GmbH 0']);
    const done = await de.setReviewDone('r0', true);
    expect(done.done).to.equal(true);
    expect((await de.getFeedbackSummary()).ratingCount).to.be.a('number');
    expect((await de.listFeedback({ category: 'negative' })).total).to.be.greaterThan(0);
    expect((await de.postFeedbackReply('f0', 'We are sorry to hear that.')).reply!.text).to.contain('sorry');
    expect((await de.removeFeedbackReply('f0')).reply).to.equal(null);
    expect((await de.getAccountHealth()).metrics.length).to.be.greaterThan(0);
    const enc = `${BASE}/accounts/${encodeURIComponent('de/1 ä')}`;
    expect(paths.every((p) => p.startsWith(enc))).to.equal(true);
    expect(paths).to.include(`${enc}/reviews/r0/done`);
    // The mutation reached that account only.
    const uk = api.forAccount!('uk-2');
    expect((await uk.listReviews({ includeDone: true, ratings: [1] })).items[0]!.done).to.equal(false);
    expect(
      (await memory.forAccount!('de/1 ä').listReviews({ includeDone: true, ratings: [1] })).items[0]!.done,
    ).to.equal(true);
  });

  it('an unknown account is not-found, one without access forbidden', async () => {
    expect((await rejection(api.forAccount!('nobody').listReviews({}))).code).to.equal('not-found');
    expect((await rejection(api.forAccount!('locked').getSession())).code).to.equal('forbidden');
  });

  it('a backend serving one account answers 404 on /accounts', async () => {
    const single = createMemoryAdapter({ now: NOW });
    // By default the §8 routes exist only over an adapter with accounts; `accounts: true` serves them anyway.
    // (The optional routes of the methods it has, e.g. SPEC §9's buyer-removal-request, are served; no §8 route is.)
    const optional = OPTIONAL_ENDPOINTS.filter((r) => typeof single[OPTIONAL_METHOD_OF[r.name]] === 'function');
    expect(createHandlers(single, { baseUrl: BASE })).to.have.length(11 + optional.length);
    worker.resetHandlers(...createHandlers(single, { baseUrl: BASE, accounts: true }));
    expect((await rejection(api.listAccounts!())).code).to.equal('not-found');
    expect((await rejection(api.forAccount!('x').getSession())).code).to.equal('not-found');
  });

  it('a malformed accounts list is invalid-response', async () => {
    const good: AccountSummary = (await api.listAccounts!())[0]!;
    const bad = [
      { ...good, metricsBad: -1 },
      { ...good, rating: { status: 'GOOD' } },
      { ...good, orderDefectRate: { mfn: '0.1', afn: null } },
      { ...good, asOf: 5 },
      { ...good, access: 'yes' },
      { items: [good] },
    ];
    for (const body of bad) {
      worker.use(http.get(`${BASE}/accounts`, () => HttpResponse.json(body), { once: true }));
      const e = await rejection(api.listAccounts!());
      expect(e.code, JSON.stringify(body)).to.equal('invalid-response');
    }
    // null for an optional field is absent.
    expect(validateAccountSummaries([{ ...good, access: null }])[0]!.access).to.equal(undefined);
  });
});
