/**
 * End to end through the whole data path: HTTP adapter → REST contract → MSW handlers → memory adapter →
 * policy module. The mock backend refuses what the UI refuses, with the contract's status codes.
 */
import { expect } from '@open-wc/testing';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHttpAdapter } from '../src/data/http-adapter.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import { createHandlers } from '../src/mocks/index.js';
import { contactEligibility } from '../src/policy/index.js';
import type { SellerKitAdapter } from '../src/data/models.js';
import { SellerKitError } from '../src/data/errors.js';

import { NOW } from './support/fixtures.js';
const BASE = '/e2e-api';

async function rejection(p: Promise<unknown>): Promise<SellerKitError> {
  try {
    await p;
  } catch (e) {
    return e as SellerKitError;
  }
  throw new Error('expected a rejection');
}

describe('HTTP adapter over the MSW backend over the memory adapter', () => {
  let worker: SetupWorker;
  let memory: ReturnType<typeof createMemoryAdapter>;
  let http: SellerKitAdapter;

  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  });
  after(() => worker.stop());
  beforeEach(() => {
    memory = createMemoryAdapter({ seed: 7, now: NOW, counts: { reviews: 400, feedback: 200 } });
    worker.resetHandlers(...createHandlers(memory, { baseUrl: BASE }));
    http = createHttpAdapter({ baseUrl: BASE, retries: 0 });
  });

  it('reads the same data through HTTP as in memory', async () => {
    const q = { ratings: [1, 2], sort: 'oldest' as const, limit: 10 };
    const [a, b] = await Promise.all([http.listReviews(q), memory.listReviews(q)]);
    expect(a).to.deep.equal(b);
    expect(await http.getSession()).to.deep.equal(await memory.getSession());
    expect(await http.getFeedbackSummary()).to.deep.equal(await memory.getFeedbackSummary());
    expect(await http.getAccountHealth()).to.deep.equal(await memory.getAccountHealth());
  });

  it('contacts an eligible customer once; a second contact is a 409 conflict', async () => {
    const session = await http.getSession();
    const all = await http.listReviews({ ratings: [1, 2, 3], includeDone: true, limit: 500 });
    const eligible = all.items.find((r) => contactEligibility(r, session, NOW).eligible);
    expect(eligible, 'the demo data holds an eligible critical review').to.not.equal(undefined);
    const updated = await http.contactCustomer(eligible!.id, 'customer-support');
    expect(updated.contact?.reason).to.equal('customer-support');
    const again = await rejection(http.contactCustomer(eligible!.id, 'courtesy-refund'));
    expect(again.code).to.equal('conflict');
    expect(again.status).to.equal(409);
  });

  it('refuses contact on an ineligible review with 422 and the policy reasons', async () => {
    const session = await http.getSession();
    const all = await http.listReviews({ includeDone: true, limit: 500 });
    const ineligible = all.items.find((r) => {
      const e = contactEligibility(r, session, NOW);
      return !e.eligible && !e.reasons.includes('already-contacted');
    })!;
    const err = await rejection(http.contactCustomer(ineligible.id, 'courtesy-refund'));
    expect(err.code).to.equal('policy-violation');
    expect(err.status).to.equal(422);
    expect(err.reasons).to.deep.equal(contactEligibility(ineligible, session, NOW).reasons);
  });

  it('posts a feedback reply once; a second reply is a 409; a non-compliant reply is a 422', async () => {
    const page = await http.listFeedback({ limit: 500 });
    const open = page.items.find((f) => f.reply === null)!;
    const bad = await rejection(
      http.postFeedbackReply(open.id, 'Please update your feedback to 5 stars and we will refund you.'),
    );
    expect(bad.code).to.equal('policy-violation');
    const ok = await http.postFeedbackReply(open.id, 'We are sorry for the delay; a replacement shipped today.');
    expect(ok.reply?.text).to.contain('replacement');
    const twice = await rejection(http.postFeedbackReply(open.id, 'Another reply.'));
    expect(twice.code).to.equal('conflict');
  });

  it('replays a mutation with the same idempotency key instead of applying it twice', async () => {
    const page = await http.listReviews({ limit: 1 });
    const id = page.items[0]!.id;
    const key = 'same-key-1';
    const first = await http.addReviewComment(id, 'Thanks for the detailed review.', { idempotencyKey: key });
    const second = await http.addReviewComment(id, 'Thanks for the detailed review.', { idempotencyKey: key });
    expect(second).to.deep.equal(first);
    const now = await memory.listReviews({ search: page.items[0]!.title, includeDone: true, limit: 50 });
    const stored = now.items.find((r) => r.id === id)!;
    expect(stored.comments.length).to.equal(first.comments.length);
  });
});
