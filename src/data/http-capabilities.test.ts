/**
 * SPEC §9 `capabilities` over REST: `GET /session` (and `/accounts/{id}/session`) carries what the adapter behind
 * the server offers an API for, and the HTTP adapter exposes it as `capabilities` once its session has loaded —
 * through the lazy shell, forwarded wrappers and each account's own adapter.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from '../mocks/index.js';
import { capabilitiesOf, createRequestHandler } from '../server.js';
import { isSellerKitError } from './errors.js';
import { createHttpAdapter } from './http-adapter.js';
import { eagerHttpAdapter } from './http-client.js';
import { forwardAdapter, lazyAdapter } from './lazy-adapter.js';
import type { AdapterCapabilities, SellerKitAdapter } from './models.js';
import { createFakeAdapter, sampleSession } from './test-helpers/fake-adapter.js';
import { validateCapabilities } from './validate.js';

const BASE = '/caps-api';

const AMAZON_LIKE: AdapterCapabilities = {
  addReviewComment: 'manual',
  contactCustomer: 'manual',
  postFeedbackReply: 'manual',
  removeFeedbackReply: 'manual',
  requestFeedbackRemoval: 'manual',
  askBuyerToRemoveFeedback: 'api',
};

/** A backend adapter with `capabilities`, and per account (SPEC §8) adapters with their own. */
function backend(capabilities?: AdapterCapabilities, perAccount: Record<string, AdapterCapabilities> = {}) {
  const fake = createFakeAdapter();
  return forwardAdapter(fake, {
    askBuyerToRemoveFeedback: (id) => fake.listFeedback({}).then((p) => p.items.find((f) => f.id === id)!),
    ...(capabilities ? { capabilities } : {}),
    forAccount: (id) => forwardAdapter(fake, { capabilities: perAccount[id] ?? {} }),
  });
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('capabilities over REST (SPEC §9)', () => {
  let worker: SetupWorker;

  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  });
  after(() => worker.stop());

  it('GET /session spells out every action: the adapter’s capabilities, api by default, none without Ask buyer', async () => {
    const handle = createRequestHandler(createFakeAdapter());
    expect(
      ((await (await handle(new Request('https://x.test/session'))).json()) as { capabilities: unknown }).capabilities,
    ).to.have.property('askBuyerToRemoveFeedback', 'none', 'an adapter without askBuyerToRemoveFeedback');
    const handle2 = createRequestHandler(backend({ postFeedbackReply: 'manual', contactCustomer: 'none' }));
    const body = (await (await handle2(new Request('https://x.test/session'))).json()) as Record<string, unknown>;
    expect(body.sellerName).to.equal('Acme Goods');
    expect(body.capabilities).to.deep.equal({
      addReviewComment: 'api',
      contactCustomer: 'none',
      postFeedbackReply: 'manual',
      removeFeedbackReply: 'api',
      requestFeedbackRemoval: 'api',
      askBuyerToRemoveFeedback: 'api',
    });
    const withAsk = { ...createFakeAdapter(), askBuyerToRemoveFeedback: () => Promise.reject(new Error('unused')) };
    expect(capabilitiesOf(withAsk).askBuyerToRemoveFeedback).to.equal('api');
    expect(
      capabilitiesOf(forwardAdapter(withAsk, { capabilities: { askBuyerToRemoveFeedback: 'manual' } })),
    ).to.have.property('askBuyerToRemoveFeedback', 'manual');
  });

  it('the HTTP adapter learns them from its session; the Session it returns has no capabilities field', async () => {
    worker.resetHandlers(...createHandlers(backend(AMAZON_LIKE), { baseUrl: BASE }));
    const api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    // Wrappers made before the session loaded (a host's, the provider's lazy one) read them through too.
    const wrapped = forwardAdapter(api);
    const lazy = lazyAdapter(async () => api, { methods: ['askBuyerToRemoveFeedback'] });
    expect(api.capabilities).to.equal(undefined);
    expect(wrapped.capabilities).to.equal(undefined);
    const session = await api.getSession();
    expect(session).to.deep.equal(sampleSession());
    expect('capabilities' in session).to.equal(false);
    expect(api.capabilities).to.deep.equal(AMAZON_LIKE);
    expect(wrapped.capabilities).to.deep.equal(AMAZON_LIKE);
    expect(lazy.capabilities).to.equal(undefined); // not loaded yet
    await lazy.getSession();
    expect(lazy.capabilities).to.deep.equal(AMAZON_LIKE);
  });

  it('a capabilities option overrides what the server says, action by action (and is known before the session)', async () => {
    worker.resetHandlers(...createHandlers(backend(AMAZON_LIKE), { baseUrl: BASE }));
    const api = createHttpAdapter({
      baseUrl: BASE,
      retries: 0,
      capabilities: { postFeedbackReply: 'api', askBuyerToRemoveFeedback: 'none' },
    });
    expect(api.capabilities).to.deep.equal({ postFeedbackReply: 'api', askBuyerToRemoveFeedback: 'none' });
    await api.getSession();
    expect(api.capabilities).to.deep.equal({
      ...AMAZON_LIKE,
      postFeedbackReply: 'api',
      askBuyerToRemoveFeedback: 'none',
    });
    expect(api.capabilities).to.equal(api.capabilities, 'the same object while nothing changed');
  });

  it('agency mode: each account’s adapter learns its own capabilities', async () => {
    worker.resetHandlers(
      ...createHandlers(
        backend(undefined, { de: { postFeedbackReply: 'manual' }, fr: { postFeedbackReply: 'none' } }),
        { baseUrl: BASE },
      ),
    );
    const api = createHttpAdapter({ baseUrl: BASE, retries: 0 });
    const de = api.forAccount!('de');
    const fr = api.forAccount!('fr');
    await Promise.all([de.getSession(), fr.getSession()]);
    expect(de.capabilities?.postFeedbackReply).to.equal('manual');
    expect(fr.capabilities?.postFeedbackReply).to.equal('none');
    expect(api.capabilities).to.equal(undefined, 'the root adapter has not loaded its own session');
    await api.getSession();
    expect(api.capabilities?.postFeedbackReply).to.equal('api');
  });

  it('unknown actions and modes are ignored; a capabilities that is not an object of strings is invalid-response', async () => {
    let capabilities: unknown = {
      postFeedbackReply: 'manual',
      contactCustomer: 'by-carrier-pigeon',
      rateTheBuyer: 'api',
    };
    worker.resetHandlers(http.get(`${BASE}/session`, () => HttpResponse.json({ ...sampleSession(), capabilities })));
    const api = eagerHttpAdapter({ baseUrl: BASE, retries: 0 });
    await api.getSession();
    expect(api.capabilities).to.deep.equal({ postFeedbackReply: 'manual' });

    for (const bad of ['manual', ['postFeedbackReply'], { postFeedbackReply: 1 }]) {
      capabilities = bad;
      const e = await rejection(api.getSession());
      expect(isSellerKitError(e) && e.code, JSON.stringify(bad)).to.equal('invalid-response');
      expect((e as Error).message).to.contain('session.capabilities');
    }
    // A server that sends none (an older one): nothing learned, the elements' defaults apply.
    capabilities = null;
    await api.getSession();
    expect(api.capabilities).to.equal(undefined);
    expect(validateCapabilities({ askBuyerToRemoveFeedback: 'none' })).to.deep.equal({
      askBuyerToRemoveFeedback: 'none',
    });
  });

  it('a lazy adapter’s capabilities are its extras until it loads, then the implementation’s (read live)', async () => {
    const impl: { capabilities?: AdapterCapabilities } & SellerKitAdapter = { ...createFakeAdapter() };
    const lazy: SellerKitAdapter = lazyAdapter(async () => impl, {
      accounts: true,
      capabilities: { contactCustomer: 'manual' },
    });
    expect(lazy.capabilities).to.deep.equal({ contactCustomer: 'manual' });
    await lazy.getSession();
    expect(lazy.capabilities).to.deep.equal({ contactCustomer: 'manual' }, 'the implementation has none');
    impl.capabilities = { contactCustomer: 'none' };
    expect(lazy.capabilities).to.deep.equal({ contactCustomer: 'none' });
    expect(forwardAdapter(lazy).capabilities).to.deep.equal({ contactCustomer: 'none' });
  });
});
