import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, scenarioHandlers } from '../mocks/index.js';
import { activitySummary, queryActivity } from './activity.js';
import { createHttpAdapter } from './http-adapter.js';
import { createMemoryAdapter, type MemoryAdapter } from './memory-adapter.js';
import type { Activity, SellerKitAdapter } from './models.js';
import { createReportAdapter } from '../importers/report-adapter.js';
import { DAY, NOW, makeFeedback, makeReview } from '../../test/support/index.js';

async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

function memory(over: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter {
  return createMemoryAdapter({
    now: NOW,
    reviews: [makeReview(0), makeReview(1), makeReview(2)],
    feedback: [makeFeedback(0), makeFeedback(1, { rating: 2 })],
    health: 'healthy',
    ...over,
  });
}

async function all(a: SellerKitAdapter): Promise<Activity[]> {
  return (await a.listActivity!({ limit: 500 })).items;
}

/** Every mutation of SPEC §4 once, each allowed: one `ok` activity each, in this order. */
async function everyMutation(a: SellerKitAdapter): Promise<void> {
  await a.setReviewDone('r0', true);
  await a.setReviewDone('r0', false);
  await a.addReviewComment('r1', 'Thank you for the review. Our guide explains how to clean the lid.');
  await a.contactCustomer('r0', 'customer-support');
  await a.postFeedbackReply('f0', 'We are sorry the parcel was late; the carrier has been told.');
  await a.removeFeedbackReply('f0');
  await a.requestFeedbackRemoval('f1', 'personal-data');
}

const EVERY_TYPE = [
  'feedback-removal-requested',
  'feedback-reply-removed',
  'feedback-reply',
  'contact-customer',
  'review-comment',
  'review-restored',
  'review-done',
];

describe('activity log (SPEC §8): the memory adapter', () => {
  it('records exactly one ok activity per mutation call, newest first, with what was sent', async () => {
    const a = memory();
    expect(await all(a)).to.deep.equal([]);
    await everyMutation(a);
    const log = await all(a);
    expect(log.map((x) => x.type)).to.deep.equal(EVERY_TYPE);
    expect(log.every((x) => x.outcome === 'ok' && x.error === undefined && x.actor === 'Northwind Goods')).to.equal(
      true,
    );
    expect(log.every((x) => x.at === NOW.toISOString())).to.equal(true);
    expect(new Set(log.map((x) => x.id)).size).to.equal(7);
    const reply = log.find((x) => x.type === 'feedback-reply')!;
    expect(reply.targetId).to.equal('f0');
    expect(reply.text).to.equal('We are sorry the parcel was late; the carrier has been told.');
    expect(reply.lint).to.deep.equal([]);
    expect(reply.summary).to.equal('Posted a public reply to feedback f0');
    const contact = log.find((x) => x.type === 'contact-customer')!;
    expect(contact.text).to.match(/^Can we help with your purchase\?\n\nHello,/);
    expect(contact.text).to.contain('Test product 0').and.contain('Northwind Goods');
  });

  it('records refusals with the error code, and the linter findings (warnings included, no fix) of a send', async () => {
    const a = memory();
    const e1 = await rejection(a.addReviewComment('r1', 'Write to me at jo@example.com for a refund'));
    expect(e1.code).to.equal('policy-violation');
    await a.contactCustomer('r0', 'courtesy-refund');
    expect((await rejection(a.contactCustomer('r0', 'courtesy-refund'))).code).to.equal('conflict');
    expect((await rejection(a.setReviewDone('nope', true))).code).to.equal('not-found');
    const [missing, conflict, , refused] = await all(a);
    expect(refused).to.include({ type: 'review-comment', outcome: 'refused', error: 'policy-violation' });
    expect(refused!.summary).to.equal('Posted a public comment on review r1 (refused: policy-violation)');
    expect(refused!.text).to.equal('Write to me at jo@example.com for a refund');
    const email = refused!.lint!.find((f) => f.rule === 'email')!;
    expect(email).to.include({
      severity: 'error',
      messageKey: 'policy.lint.email',
      message: 'Remove the e-mail address.',
    });
    expect(email).to.not.have.property('fix');
    expect(refused!.text!.slice(email.start, email.end)).to.equal('jo@example.com');
    expect(conflict).to.include({ type: 'contact-customer', outcome: 'refused', error: 'conflict' });
    expect(missing).to.include({ type: 'review-done', targetId: 'nope', outcome: 'refused', error: 'not-found' });
  });

  it('records a permission refusal (forbidden) of every mutation', async () => {
    const a = memory({
      session: { permissions: { reviews: 'view', feedback: 'view', accountHealth: 'view' } },
    });
    for (const call of [
      () => a.setReviewDone('r0', true),
      () => a.addReviewComment('r1', 'Thanks'),
      () => a.contactCustomer('r0', 'customer-support'),
      () => a.postFeedbackReply('f0', 'Sorry'),
      () => a.removeFeedbackReply('f0'),
      () => a.requestFeedbackRemoval('f1', 'personal-data'),
    ]) {
      expect((await rejection(call())).code).to.equal('forbidden');
    }
    const log = await all(a);
    expect(log.map((x) => x.type)).to.deep.equal([
      'feedback-removal-requested',
      'feedback-reply-removed',
      'feedback-reply',
      'contact-customer',
      'review-comment',
      'review-done',
    ]);
    expect(log.every((x) => x.outcome === 'refused' && x.error === 'forbidden')).to.equal(true);
  });

  it('records a retried call (same idempotency key) once, success or refusal; an aborted call not at all', async () => {
    const a = memory();
    await a.setReviewDone('r0', true, { idempotencyKey: 'k1' });
    await a.setReviewDone('r0', true, { idempotencyKey: 'k1' });
    await rejection(a.postFeedbackReply('f0', 'mail jo@example.com', { idempotencyKey: 'k2' }));
    await rejection(a.postFeedbackReply('f0', 'mail jo@example.com', { idempotencyKey: 'k2' }));
    const ctl = new AbortController();
    ctl.abort();
    await rejection(a.setReviewDone('r1', true, { signal: ctl.signal }));
    expect((await all(a)).map((x) => `${x.type}:${x.outcome}`)).to.deep.equal([
      'feedback-reply:refused',
      'review-done:ok',
    ]);
  });

  it('names the actor given by the host, and each account records its own log with its accountId', async () => {
    const a = memory({ actor: 'dana@agency.example', accounts: 2 });
    await a.setReviewDone('r0', true);
    expect((await all(a))[0]!.actor).to.equal('dana@agency.example');
    const de = a.forAccount!('alpenglow-de');
    const page = await de.listReviews({ limit: 1 });
    await de.setReviewDone(page.items[0]!.id, true);
    const [only, ...rest] = await all(de);
    expect(rest).to.deep.equal([]);
    expect(only).to.include({ accountId: 'alpenglow-de', actor: 'dana@agency.example', type: 'review-done' });
    expect(await all(a.forAccount!('northwind-us'))).to.deep.equal([]);
  });

  it('filters by type, date and target, pages newest first', async () => {
    let clock = NOW.getTime() - 3 * DAY;
    const a = memory({ now: () => new Date(clock) });
    await a.setReviewDone('r0', true);
    clock += DAY;
    await a.setReviewDone('r1', true);
    clock += DAY;
    await a.setReviewDone('r1', false);
    await a.addReviewComment('r2', 'Thanks for the review.');
    const types = await a.listActivity!({ types: ['review-done'] });
    expect(types.items.map((x) => x.targetId)).to.deep.equal(['r1', 'r0']);
    expect(types.total).to.equal(2);
    const day = new Date(NOW.getTime() - 2 * DAY).toISOString();
    const range = await a.listActivity!({ from: day, to: day });
    expect(range.items.map((x) => x.targetId)).to.deep.equal(['r1']);
    expect((await a.listActivity!({ targetId: 'r1' })).total).to.equal(2);
    const second = await a.listActivity!({ offset: 1, limit: 2 });
    expect(second).to.include({ total: 4, offset: 1 });
    expect(second.items.map((x) => x.type)).to.deep.equal(['review-restored', 'review-done']);
  });

  it('recordActivity records a client event (abuse-report-opened) and refuses a malformed one', async () => {
    const a = memory();
    const rec = await a.recordActivity!({ type: 'abuse-report-opened', targetId: 'r2' });
    expect(rec).to.include({
      type: 'abuse-report-opened',
      targetId: 'r2',
      outcome: 'ok',
      actor: 'Northwind Goods',
      summary: 'Opened the Report abuse page for review r2',
    });
    expect((await all(a))[0]).to.deep.equal(rec);
    const bad = await rejection(a.recordActivity!({ type: 'nonsense', targetId: 'r2' } as never));
    expect(bad.code).to.equal('policy-violation');
    expect(await all(a)).to.have.length(1);
  });

  it('the report adapter keeps its activity in the browser, like its replies', async () => {
    const r = createReportAdapter({ feedbackReport: [makeFeedback(0)], marketplaceId: 'ATVPDKIKX0DER', now: NOW });
    await r.postFeedbackReply('f0', 'Sorry about the delay.');
    const [one] = (await r.listActivity!({})).items;
    expect(one).to.include({ type: 'feedback-reply', targetId: 'f0', outcome: 'ok' });
  });

  it('summaries and paging of a plain list (queryActivity)', () => {
    expect(activitySummary('feedback-reply', 'f9', 'failed', 'network')).to.equal(
      'Posted a public reply to feedback f9 (failed: network)',
    );
    const list = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, at: NOW.toISOString() }) as Activity);
    const page = queryActivity(list, {});
    expect(page.total).to.equal(30);
    expect(page.items).to.have.length(25);
    // Equal times: the later recorded first.
    expect(page.items[0]!.id).to.equal('a29');
  });
});

describe('activity log (SPEC §8): HTTP through MSW over the memory adapter', () => {
  const BASE = '/act-api';
  let worker: SetupWorker;
  let backend: MemoryAdapter;
  before(async () => {
    worker = setupWorker();
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  });
  after(() => worker.stop());
  beforeEach(() => {
    backend = memory({ accounts: 2 });
    worker.resetHandlers(...createHandlers(backend, { baseUrl: BASE }));
  });
  const client = () => createHttpAdapter({ baseUrl: BASE, retries: 0, timeoutMs: 5000 });

  it('every mutation yields exactly one activity, read back with GET /activity (filters in the query)', async () => {
    const a = client();
    await everyMutation(a);
    const log = await all(a);
    expect(log.map((x) => x.type)).to.deep.equal(EVERY_TYPE);
    expect(log.every((x) => x.outcome === 'ok')).to.equal(true);
    const only = await a.listActivity!({ types: ['review-done', 'review-restored'], targetId: 'r0', limit: 1 });
    expect(only.total).to.equal(2);
    expect(only.items.map((x) => x.type)).to.deep.equal(['review-restored']);
  });

  it('a refused send is one refused activity with its lint (the server records it)', async () => {
    const a = client();
    expect((await rejection(a.postFeedbackReply('f0', 'Call 555-123-4567 or jo@example.com'))).code).to.equal(
      'policy-violation',
    );
    const [one, ...rest] = await all(a);
    expect(rest).to.deep.equal([]);
    expect(one).to.include({ type: 'feedback-reply', outcome: 'refused', error: 'policy-violation' });
    expect(one!.lint!.map((f) => f.rule)).to.include('email');
  });

  it('a send that never reached the server is one failed activity, kept by the client, then handed over', async () => {
    const a = client();
    worker.use(...scenarioHandlers('offline', BASE));
    const e = await rejection(a.addReviewComment('r1', 'Thanks, see jo@example.com'));
    expect(e.code).to.equal('network');
    // Still offline: the list cannot be read at all.
    expect((await rejection(a.listActivity!({}))).code).to.equal('network');
    worker.resetHandlers(...createHandlers(backend, { baseUrl: BASE }));
    const [one, ...rest] = await all(a);
    expect(rest).to.deep.equal([]);
    expect(one).to.include({ type: 'review-comment', targetId: 'r1', outcome: 'failed', error: 'network' });
    expect(one!.text).to.equal('Thanks, see jo@example.com');
    expect(one!.summary).to.match(/^Posted a public comment on review r1 \(failed: network\), at \d{4}-/);
    // Handed over once: a second read does not add it again.
    expect(await all(a)).to.have.length(1);
    expect(await all(backend)).to.have.length(1);
  });

  it('a send the server failed (5xx) is one failed activity; merged by time while the server cannot take it', async () => {
    const a = client();
    await a.setReviewDone('r0', true);
    worker.use(...scenarioHandlers({ fail: { endpoint: 'feedback-reply', status: 503 } }, BASE));
    worker.use(http.post(`${BASE}/activity`, () => HttpResponse.json({ error: { code: 'server' } }, { status: 500 })));
    expect((await rejection(a.postFeedbackReply('f0', 'Sorry'))).code).to.equal('server');
    const log = await all(a);
    expect(log.map((x) => `${x.type}:${x.outcome}`)).to.deep.equal(['feedback-reply:failed', 'review-done:ok']);
    expect(log[0]!.id).to.match(/^local-/);
    expect((await a.listActivity!({ limit: 1 })).total).to.equal(2);
  });

  it('POST /activity answers 201 with the activity; the account routes keep their own log', async () => {
    const a = client();
    const res = await fetch(`${BASE}/activity`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'abuse-report-opened', targetId: 'r1' }),
    });
    expect(res.status).to.equal(201);
    expect((await fetch(`${BASE}/activity`, { method: 'POST', body: '{"type":"x"}' })).status).to.equal(400);
    expect((await fetch(`${BASE}/activity?type=nope`)).status).to.equal(400);
    const de = a.forAccount!('alpenglow-de');
    const rec = await de.recordActivity!({ type: 'abuse-report-opened', targetId: 'R-DE' });
    expect(rec.accountId).to.equal('alpenglow-de');
    expect((await all(de)).map((x) => x.targetId)).to.deep.equal(['R-DE']);
    expect((await all(a)).map((x) => x.targetId)).to.deep.equal(['r1']);
  });

  it('a malformed activity page is invalid-response', async () => {
    const a = client();
    worker.use(
      http.get(`${BASE}/activity`, () =>
        HttpResponse.json({ items: [{ id: 1, type: 'review-done' }], total: 1, offset: 0 }),
      ),
    );
    expect((await rejection(a.listActivity!({}))).code).to.equal('invalid-response');
  });
});
