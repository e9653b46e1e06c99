/**
 * The fault matrix: every endpoint each element uses × every fault (network error, 401, 403, 404, 409, 422,
 * 429 with Retry-After, 500, 503, timeout, malformed JSON, wrongly shaped JSON), through the HTTP adapter and
 * MSW over the memory adapter; plus 5 s latency and an adapter that throws synchronously.
 *
 * Each fault must show the specific localised message (a `role=alert` with the `errors.<code>` text), a Retry
 * button where retrying can help (not for 403/422), no unhandled rejection, drafts that survive, optimistic
 * changes rolled back, and a contact or a reply applied once, however often it was clicked or retried.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import '../../src/define.js';
import { createHttpAdapter } from '../../src/data/http-adapter.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/data/memory-adapter.js';
import type { Feedback, Review, SellerKitAdapter } from '../../src/data/models.js';
import { createHandlers, type EndpointName } from '../../src/mocks/index.js';
import en from '../../src/i18n/en/common.js';
import { allByRole, byRole, deepQueryAll, queryByRole, typeInto } from '../support/index.js';
import { ADAPTER_METHODS } from '../../src/data/lazy-adapter.js';

import { ago, DAY, makeFeedback, makeReview, NOW } from '../support/fixtures.js';
const BASE = '/fault-api';
// The adapter's per-attempt limit here: never reached by a healthy response, however loaded the machine (a 1 s limit
// was, in WebKit in CI: a dialog's session request timed out before its template showed). The timeout fault does not
// wait for it: its handler runs the adapter's own timer of that attempt at once (`fireLimitOf`), so the adapter
// times out exactly as it would at the limit — no race between the limit and a healthy response on a busy machine.
const TIMEOUT_MS = 600_000;
/** A header naming each attempt the adapter sends, so the timeout fault finds that attempt's timer. */
const ATTEMPT = 'x-fault-attempt';
const RETRY_AFTER = 7;

type Host = HTMLElement & { updateComplete: Promise<unknown> };

// ---- data -------------------------------------------------------------------------------------------------------

// The kit's factories (test/support/fixtures.ts) with what these cases need: a critical review that may be contacted
// and a 5-star one; two recent negative, seller-fulfilled feedback entries, the second already answered.
const REVIEWS = [
  makeReview(1, { rating: 2, publishedAt: ago(2 * DAY), orderDate: ago(12 * DAY) }),
  makeReview(2, { rating: 5, publishedAt: ago(3 * DAY), orderDate: ago(12 * DAY) }),
];
const FEEDBACK = [
  makeFeedback(1, { rating: 1, date: ago(3 * DAY), fulfillment: 'mfn', comments: 'The parcel of f1 arrived late.' }),
  makeFeedback(2, {
    rating: 1,
    date: ago(4 * DAY),
    fulfillment: 'mfn',
    comments: 'The parcel of f2 arrived late.',
    reply: {
      text: 'We are sorry; a replacement is on its way.',
      postedAt: ago(DAY),
    },
  }),
];

// ---- faults -----------------------------------------------------------------------------------------------------

interface Fault {
  name: string;
  /** The SellerKitError code the element must put into words. */
  code: keyof typeof CODE_TEXT;
  respond: (endpoint: EndpointName, request: Request) => Promise<Response> | Response;
}

const CODE_TEXT = {
  network: en['errors.network'],
  timeout: en['errors.timeout'],
  unauthorized: en['errors.unauthorized'],
  forbidden: en['errors.forbidden'],
  'not-found': en['errors.not-found'],
  conflict: en['errors.conflict'],
  'policy-violation': en['errors.policy-violation'],
  'rate-limited': `${en['errors.rate-limited']} ${en['errors.retry-after'].replace('{seconds}', String(RETRY_AFTER))}`,
  'invalid-response': en['errors.invalid-response'],
  server: en['errors.server'],
};

const errorBody = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { code, message: `Injected ${status}` } }, { status, headers });

const FAULTS: Fault[] = [
  { name: 'network error', code: 'network', respond: () => HttpResponse.error() },
  { name: '401', code: 'unauthorized', respond: () => errorBody(401, 'unauthorized') },
  { name: '403', code: 'forbidden', respond: () => errorBody(403, 'forbidden') },
  { name: '404', code: 'not-found', respond: () => errorBody(404, 'not-found') },
  { name: '409', code: 'conflict', respond: () => errorBody(409, 'conflict') },
  { name: '422', code: 'policy-violation', respond: () => errorBody(422, 'policy-violation') },
  {
    name: '429 with Retry-After',
    code: 'rate-limited',
    respond: () => errorBody(429, 'rate-limited', { 'Retry-After': String(RETRY_AFTER) }),
  },
  { name: '500', code: 'server', respond: () => errorBody(500, 'server') },
  { name: '503', code: 'server', respond: () => errorBody(503, 'server') },
  {
    name: 'timeout',
    code: 'timeout',
    // Never answers; the adapter's limit of this attempt runs now (the adapter aborts and says "timeout").
    respond: (_endpoint, request) => {
      fireLimitOf(request);
      return new Promise<Response>(() => {});
    },
  },
  {
    name: 'malformed JSON',
    code: 'invalid-response',
    respond: () =>
      new HttpResponse('{"items": [ <html>Bad gateway', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
  },
  {
    name: 'wrongly shaped JSON',
    code: 'invalid-response',
    respond: (e) =>
      HttpResponse.json(
        e === 'reviews' || e === 'feedback' ? { items: [{ id: 7, rating: 'five' }], total: '1' } : { data: { id: 7 } },
      ),
  },
];

/** 403 and 422 say "you may not"; retrying cannot help. */
const retryable = (code: string) => code !== 'forbidden' && code !== 'policy-violation';

const ROUTES: Record<EndpointName, { method: 'get' | 'put' | 'post' | 'delete'; path: string }> = {
  session: { method: 'get', path: '/session' },
  reviews: { method: 'get', path: '/reviews' },
  'review-done': { method: 'put', path: '/reviews/:id/done' },
  'review-comment': { method: 'post', path: '/reviews/:id/comments' },
  'review-contact': { method: 'post', path: '/reviews/:id/contact' },
  'feedback-summary': { method: 'get', path: '/feedback/summary' },
  feedback: { method: 'get', path: '/feedback' },
  'feedback-reply': { method: 'put', path: '/feedback/:id/reply' },
  'feedback-reply-delete': { method: 'delete', path: '/feedback/:id/reply' },
  'feedback-removal': { method: 'post', path: '/feedback/:id/removal-request' },
  'account-health': { method: 'get', path: '/account-health' },
};

/** A one-shot handler: the next request to `endpoint` gets the fault; later ones reach the backend. */
function faultOnce(endpoint: EndpointName, fault: Fault): HttpHandler {
  const r = ROUTES[endpoint];
  return http[r.method](`${BASE}${r.path}`, ({ request }) => fault.respond(endpoint, request), { once: true });
}

// ---- harness ----------------------------------------------------------------------------------------------------

let worker: SetupWorker;
let rejections: unknown[] = [];
let requests: { method: string; path: string; key: string | null }[] = [];
const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);

/** Waits for a state (never a speed check: the wait is long, so a loaded machine only makes it slower). */
async function until<T>(get: () => T | null | undefined | false, what: string, ms = 12_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// The adapter's per-attempt timers (setTimeout of TIMEOUT_MS, set just before each fetch), by attempt.
type SetTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]) => number;
const realSetTimeout = window.setTimeout as SetTimeout;
let lastLimit: (() => void) | undefined;
const limits = new Map<string, () => void>();
let attempts = 0;
function recordLimits(this: unknown, handler: TimerHandler, ms?: number, ...args: unknown[]): number {
  if (ms === TIMEOUT_MS && typeof handler === 'function')
    lastLimit = () => (handler as (...a: unknown[]) => void)(...args);
  return realSetTimeout.call(window, handler, ms, ...args);
}
/** Runs the adapter's timer of the attempt that sent `request` (its limit, reached now). */
function fireLimitOf(request: Request): void {
  const limit = limits.get(request.headers.get(ATTEMPT) ?? '');
  if (!limit) throw new Error(`no timer for attempt ${request.headers.get(ATTEMPT)} of ${request.url}`);
  realSetTimeout.call(window, limit, 0);
}

function httpAdapter(timeoutMs = TIMEOUT_MS): SellerKitAdapter {
  return createHttpAdapter({
    baseUrl: BASE,
    timeoutMs,
    retries: 0,
    // Names the attempt and keeps its timer (set synchronously before this call) under that name.
    fetch: (input, init) => {
      const id = String(++attempts);
      if (lastLimit) limits.set(id, lastLimit);
      lastLimit = undefined;
      const headers = new Headers(init?.headers);
      headers.set(ATTEMPT, id);
      return fetch(input, { ...init, headers });
    },
  });
}

async function mount(tag: string, adapter: SellerKitAdapter, setup?: (el: Host) => void): Promise<Host> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const provider = document.createElement('review-kit-provider') as HTMLElement & {
    adapter: SellerKitAdapter;
    now: Date;
  };
  provider.adapter = adapter;
  provider.now = NOW;
  const el = document.createElement(tag) as Host;
  setup?.(el);
  provider.append(el);
  wrapper.append(provider);
  await el.updateComplete;
  return el;
}

/** The alert whose text holds `text`, inside the element (shadow roots included). */
function alertWith(el: Host, text: string): HTMLElement | undefined {
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  return allByRole(el.shadowRoot!, 'alert').find((a) => norm(a.textContent ?? '').includes(norm(text)));
}

async function expectAlert(el: Host, code: keyof typeof CODE_TEXT, label: string): Promise<HTMLElement> {
  const text = CODE_TEXT[code];
  try {
    return await until(() => alertWith(el, text), `an alert saying "${text}"`);
  } catch (e) {
    const shown = allByRole(el.shadowRoot!, 'alert').map((a) => a.textContent?.replace(/\s+/g, ' ').trim());
    throw new Error(
      `${label}: ${(e as Error).message}; alerts shown: ${JSON.stringify(shown)}; requests: ${JSON.stringify(requests)}`,
      { cause: e },
    );
  }
}

const mutations = (method: string, path: RegExp) => requests.filter((r) => r.method === method && path.test(r.path));

before(async () => {
  worker = setupWorker();
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  worker.events.on('request:start', (event) => {
    const request = (event as unknown as { request: Request }).request;
    const url = new URL(request.url);
    if (url.pathname.startsWith(BASE)) {
      requests.push({ method: request.method, path: url.pathname, key: request.headers.get('Idempotency-Key') });
    }
  });
  window.addEventListener('unhandledrejection', onRejection);
  window.setTimeout = recordLimits as unknown as typeof window.setTimeout;
});
after(async () => {
  window.setTimeout = realSetTimeout as unknown as typeof window.setTimeout;
  window.removeEventListener('unhandledrejection', onRejection);
  worker.stop();
});

let memory: MemoryAdapter;
beforeEach(() => {
  memory = createMemoryAdapter({ reviews: REVIEWS, feedback: FEEDBACK, now: NOW });
  worker.resetHandlers(...createHandlers(memory, { baseUrl: BASE }));
  rejections = [];
  requests = [];
});
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 20));
  expect(rejections, 'unhandled rejections').to.deep.equal([]);
});

// ---- reads ------------------------------------------------------------------------------------------------------

interface ReadCase {
  tag: string;
  endpoint: EndpointName;
  setup?: (el: Host) => void;
  /** The element shows its data. */
  ready: (el: Host) => boolean;
}

const root = (el: Host) => el.shadowRoot!;
const openDialog = (el: Host) => {
  el.setAttribute('review-id', 'r1');
  el.setAttribute('open', '');
};

const READS: ReadCase[] = [
  { tag: 'review-list', endpoint: 'session', ready: (el) => !!root(el).querySelector('article[data-id]') },
  { tag: 'review-list', endpoint: 'reviews', ready: (el) => !!root(el).querySelector('article[data-id]') },
  { tag: 'feedback-table', endpoint: 'session', ready: (el) => !!root(el).querySelector('tr[data-id]') },
  { tag: 'feedback-table', endpoint: 'feedback', ready: (el) => !!root(el).querySelector('tr[data-id]') },
  { tag: 'feedback-table', endpoint: 'feedback-summary', ready: (el) => !!root(el).querySelector('table.periods') },
  { tag: 'account-health-tiles', endpoint: 'session', ready: (el) => !!root(el).querySelector('.tiles') },
  { tag: 'account-health-tiles', endpoint: 'account-health', ready: (el) => !!root(el).querySelector('.tiles') },
  {
    tag: 'contact-customer-dialog',
    endpoint: 'session',
    setup: openDialog,
    ready: (el) => !!root(el).querySelector('.mail'),
  },
  {
    tag: 'contact-customer-dialog',
    endpoint: 'reviews',
    setup: openDialog,
    ready: (el) => !!root(el).querySelector('.mail'),
  },
];

describe('faults on reads', function () {
  this.timeout(20_000);
  for (const c of READS) {
    describe(`${c.tag} › ${c.endpoint}`, () => {
      for (const fault of FAULTS) {
        it(`${fault.name}: says "${fault.code}", ${retryable(fault.code) ? 'retries' : 'offers no retry'}`, async () => {
          worker.use(faultOnce(c.endpoint, fault));
          const el = await mount(c.tag, httpAdapter(), c.setup);
          const alert = await expectAlert(el, fault.code, `${c.tag}/${c.endpoint}/${fault.name}`);
          const retry = queryByRole(alert, 'button', en['common.retry']);
          if (!retryable(fault.code)) {
            expect(retry, 'no Retry button').to.equal(null);
            return;
          }
          expect(retry, 'a Retry button').to.not.equal(null);
          retry!.click();
          await until(() => c.ready(el), 'the data after Retry');
          expect(alertWith(el, CODE_TEXT[fault.code]), 'the alert is gone').to.equal(undefined);
        });
      }
      it('5 s latency: shows loading, then the data', async function () {
        this.timeout(30_000);
        const r = ROUTES[c.endpoint];
        worker.use(http[r.method](`${BASE}${r.path}`, () => delay(5000).then(() => undefined), { once: true }));
        const started = performance.now();
        const el = await mount(c.tag, httpAdapter(), c.setup);
        await new Promise((res) => setTimeout(res, 300));
        expect(c.ready(el), 'no data yet').to.equal(false);
        expect(
          deepQueryAll(root(el), '[aria-busy=true], [part~=loading]').length,
          'a loading state is shown',
        ).to.be.greaterThan(0);
        await until(() => c.ready(el), 'the data', 20_000);
        expect(performance.now() - started).to.be.at.least(4900);
        expect(allByRole(root(el), 'alert').filter((a) => a.textContent!.trim()).length, 'no alert').to.equal(0);
      });
    });
  }
});

// ---- an adapter that throws synchronously -----------------------------------------------------------------------

/** Forwards every method to `base`, except `method`, which throws synchronously once. */
function throwingOnce(base: SellerKitAdapter, method: keyof SellerKitAdapter): SellerKitAdapter {
  let thrown = false;
  const out: Record<string, unknown> = {};
  for (const k of ADAPTER_METHODS) {
    out[k] = (...args: unknown[]) => {
      if (k === method && !thrown) {
        thrown = true;
        throw new TypeError(`${k} exploded synchronously`);
      }
      return (base[k] as (...x: unknown[]) => unknown).apply(base, args);
    };
  }
  return out as unknown as SellerKitAdapter;
}

describe('an adapter that throws synchronously', () => {
  const cases: [ReadCase, keyof SellerKitAdapter][] = [
    [READS[0]!, 'getSession'],
    [READS[1]!, 'listReviews'],
    [READS[2]!, 'getSession'],
    [READS[3]!, 'listFeedback'],
    [READS[4]!, 'getFeedbackSummary'],
    [READS[6]!, 'getAccountHealth'],
    [READS[8]!, 'listReviews'],
  ];
  for (const [c, method] of cases) {
    it(`${c.tag} › ${method}: a message and a working Retry`, async () => {
      const el = await mount(c.tag, throwingOnce(memory, method), c.setup);
      const alert = await expectAlert(el, 'invalid-response', `${c.tag}/${method}`);
      byRole(alert, 'button', en['common.retry']).click();
      await until(() => c.ready(el), 'the data after Retry');
    });
  }
});

// ---- mutations --------------------------------------------------------------------------------------------------

const article = (el: Host, id: string) => root(el).querySelector<HTMLElement>(`article[data-id="${id}"]`);

async function reviewList(adapter: SellerKitAdapter): Promise<Host> {
  const el = await mount('review-list', adapter);
  await until(() => article(el, 'r1'), 'the reviews');
  return el;
}

async function storedReview(id: string): Promise<Review> {
  const page = await memory.listReviews({ includeDone: true, limit: 100 });
  return page.items.find((r) => r.id === id)!;
}

async function storedFeedback(id: string): Promise<Feedback> {
  const page = await memory.listFeedback({ limit: 100 });
  return page.items.find((f) => f.id === id)!;
}

/** Mutations through HTTP, or through a synchronously throwing adapter (no HTTP). */
const MUTATION_FAULTS: (Fault | 'sync-throw')[] = [...FAULTS, 'sync-throw'];
const label = (f: Fault | 'sync-throw') => (f === 'sync-throw' ? 'adapter throws synchronously' : f.name);
const codeOf = (f: Fault | 'sync-throw') => (f === 'sync-throw' ? 'invalid-response' : f.code);

function arrange(endpoint: EndpointName, method: keyof SellerKitAdapter, f: Fault | 'sync-throw'): SellerKitAdapter {
  if (f === 'sync-throw') return throwingOnce(memory, method);
  worker.use(faultOnce(endpoint, f));
  return httpAdapter();
}

describe('faults on mutations', function () {
  this.timeout(20_000);

  describe('review-list › Mark as done (optimistic)', () => {
    for (const f of MUTATION_FAULTS) {
      it(`${label(f)}: rolls back, says why, works the second time`, async () => {
        const el = await reviewList(arrange('review-done', 'setReviewDone', f));
        const box = byRole<HTMLInputElement>(article(el, 'r1')!, 'checkbox', 'Mark as done');
        box.click();
        await expectAlert(el, codeOf(f), 'done');
        expect(article(el, 'r1'), 'the review is still listed').to.exist;
        expect(article(el, 'r1')!.classList.contains('is-done'), 'rolled back').to.equal(false);
        expect(byRole<HTMLInputElement>(article(el, 'r1')!, 'checkbox', 'Mark as done').checked).to.equal(false);
        expect((await storedReview('r1')).done).to.equal(false);
        byRole<HTMLInputElement>(article(el, 'r1')!, 'checkbox', 'Mark as done').click();
        await until(() => !article(el, 'r1'), 'the done review to leave the list');
        expect((await storedReview('r1')).done).to.equal(true);
      });
    }
  });

  describe('review-list › public comment (draft survives, posted once)', () => {
    const TEXT = 'Thank you for telling us; we have improved the lid seal since.';
    for (const f of MUTATION_FAULTS) {
      it(`${label(f)}: keeps the draft, posts it once on retry`, async () => {
        const el = await reviewList(arrange('review-comment', 'addReviewComment', f));
        byRole(article(el, 'r1')!, 'button', 'Comment').click();
        await el.updateComplete;
        const area = byRole<HTMLTextAreaElement>(article(el, 'r1')!, 'textbox', 'Public comment on this review');
        typeInto(area, TEXT);
        await el.updateComplete;
        const post = byRole<HTMLButtonElement>(article(el, 'r1')!, 'button', 'Post comment');
        await until(() => !post.disabled, 'the checked draft'); // the lint rules may still be loading
        post.click();
        // A double click sends once (a synchronous throw fails the first click before anything is sent).
        if (f !== 'sync-throw') post.click();
        await expectAlert(el, codeOf(f), 'comment');
        expect(
          byRole<HTMLTextAreaElement>(article(el, 'r1')!, 'textbox', 'Public comment on this review').value,
          'the draft survives',
        ).to.equal(TEXT);
        if (f !== 'sync-throw') expect(mutations('POST', /\/comments$/).length, 'one request').to.equal(1);
        expect((await storedReview('r1')).comments).to.have.length(0);
        byRole(article(el, 'r1')!, 'button', 'Post comment').click();
        await until(() => root(el).querySelector('.comment-text'), 'the posted comment');
        const stored = await storedReview('r1');
        expect(stored.comments.map((c) => c.text)).to.deep.equal([TEXT]);
        if (f !== 'sync-throw') {
          const sent = mutations('POST', /\/comments$/);
          expect(sent.length).to.equal(2);
          expect(sent[0]!.key, 'the retry reuses the idempotency key').to.equal(sent[1]!.key);
        }
      });
    }
  });

  describe('contact-customer-dialog › Send (sent once)', () => {
    for (const f of MUTATION_FAULTS) {
      const code = codeOf(f);
      const canRetry = !['forbidden', 'policy-violation', 'not-found', 'conflict'].includes(code);
      it(`${label(f)}: ${code === 'conflict' ? 'says the customer was already contacted' : 'says why'}${canRetry ? ', sends once on retry' : ''}`, async () => {
        const adapter = arrange('review-contact', 'contactCustomer', f);
        const el = await mount('contact-customer-dialog', adapter);
        (el as Host & { show(r: Review): void }).show(REVIEWS[0]!);
        await until(() => root(el).querySelector('.mail'), 'the template');
        const send = byRole<HTMLButtonElement>(root(el), 'button', 'Send');
        send.click();
        if (f !== 'sync-throw') send.click();
        if (code === 'conflict') {
          await until(() => alertWith(el, 'Customer already contacted'), 'the conflict message');
          expect(queryByRole(root(el), 'button', 'Send'), 'nothing more to send').to.equal(null);
        } else {
          const alert = await until(() => alertWith(el, 'The message was not sent'), 'the failure message');
          expect(alert.textContent!.replace(/\s+/g, ' ')).to.contain(CODE_TEXT[code]);
          expect(byRole<HTMLButtonElement>(root(el), 'button', 'Send').disabled, 'Send is the retry').to.equal(
            !canRetry,
          );
        }
        if (f !== 'sync-throw') expect(mutations('POST', /\/contact$/).length, 'one request').to.equal(1);
        expect((await storedReview('r1')).contact).to.equal(null);
        if (!canRetry) return;
        byRole(root(el), 'button', 'Send').click();
        await until(() => root(el).querySelector('.sent'), 'the sent state');
        expect((await storedReview('r1')).contact?.reason).to.equal('courtesy-refund');
        if (f !== 'sync-throw') {
          const sent = mutations('POST', /\/contact$/);
          expect(sent.length).to.equal(2);
          expect(sent[0]!.key).to.equal(sent[1]!.key);
        }
      });
    }
  });

  const row = (el: Host, id: string) => root(el).querySelector<HTMLElement>(`tr[data-id="${id}"]`);
  // Through shadow roots: the removal dialog is inside <feedback-removal-dialog>.
  const openModal = (el: Host) => deepQueryAll<HTMLDialogElement>(root(el), 'dialog[open]')[0] ?? null;

  async function feedbackTable(adapter: SellerKitAdapter): Promise<Host> {
    const el = await mount('feedback-table', adapter);
    await until(() => row(el, 'f1'), 'the feedback');
    return el;
  }

  describe('feedback-table › public reply (draft survives, posted once)', () => {
    const TEXT = 'We are sorry the parcel was late; we have changed carriers.';
    for (const f of MUTATION_FAULTS) {
      it(`${label(f)}: keeps the draft, posts it once on retry`, async () => {
        const el = await feedbackTable(arrange('feedback-reply', 'postFeedbackReply', f));
        byRole(row(el, 'f1')!, 'button', 'Post a public reply').click();
        await el.updateComplete;
        typeInto(byRole<HTMLTextAreaElement>(row(el, 'f1')!, 'textbox', 'Public reply'), TEXT);
        await el.updateComplete;
        const submit = byRole<HTMLButtonElement>(row(el, 'f1')!, 'button', 'Post reply');
        await until(() => !submit.disabled, 'the checked draft');
        submit.click();
        const modal = await until(() => openModal(el), 'the confirmation');
        const confirm = byRole(modal, 'button', 'Post reply');
        confirm.click();
        if (f !== 'sync-throw') confirm.click();
        await expectAlert(el, codeOf(f), 'reply');
        if (f !== 'sync-throw') expect(mutations('PUT', /\/reply$/).length, 'one request').to.equal(1);
        expect((await storedFeedback('f1')).reply).to.equal(null);
        // Cancel: the draft is still in the composer.
        byRole(openModal(el)!, 'button', 'Cancel').click();
        await until(() => !openModal(el), 'the dialog to close');
        // The dialog's close event is queued: let it land before opening the dialog again (see the report).
        await until(() => !root(el).querySelector('dialog.confirm h2'), 'the closed dialog to empty');
        expect(byRole<HTMLTextAreaElement>(row(el, 'f1')!, 'textbox', 'Public reply').value).to.equal(TEXT);
        byRole(row(el, 'f1')!, 'button', 'Post reply').click();
        byRole(await until(() => openModal(el), 'the confirmation'), 'button', 'Post reply').click();
        await until(() => row(el, 'f1')!.querySelector('.reply-text'), 'the posted reply');
        expect((await storedFeedback('f1')).reply?.text).to.equal(TEXT);
        if (f !== 'sync-throw') {
          const sent = mutations('PUT', /\/reply$/);
          expect(sent.length).to.equal(2);
          expect(sent[0]!.key, 'same text, same key').to.equal(sent[1]!.key);
        }
      });
    }
  });

  describe('feedback-table › remove reply', () => {
    for (const f of MUTATION_FAULTS) {
      it(`${label(f)}: says why, removes once on retry`, async () => {
        const el = await feedbackTable(arrange('feedback-reply-delete', 'removeFeedbackReply', f));
        byRole(row(el, 'f2')!, 'button', 'Remove reply').click();
        const modal = await until(() => openModal(el), 'the confirmation');
        byRole(modal, 'button', 'Remove reply').click();
        await expectAlert(el, codeOf(f), 'remove reply');
        expect((await storedFeedback('f2')).reply).to.not.equal(null);
        expect(row(el, 'f2')!.querySelector('.reply-text'), 'the reply is still shown').to.exist;
        byRole(openModal(el)!, 'button', 'Remove reply').click();
        await until(() => !row(el, 'f2')!.querySelector('.reply-text'), 'the reply to go');
        expect((await storedFeedback('f2')).reply).to.equal(null);
      });
    }
  });

  describe('feedback-table › removal request', () => {
    for (const f of MUTATION_FAULTS) {
      it(`${label(f)}: says why, requests once on retry`, async () => {
        const el = await feedbackTable(arrange('feedback-removal', 'requestFeedbackRemoval', f));
        byRole(row(el, 'f1')!, 'button', 'Request removal').click();
        const modal = await until(() => openModal(el), 'the removal dialog');
        byRole(modal, 'radio', 'Contains personal data').click();
        await el.updateComplete;
        byRole(modal, 'button', 'Submit request').click();
        await expectAlert(el, codeOf(f), 'removal');
        expect((await storedFeedback('f1')).removal).to.equal(null);
        byRole(openModal(el)!, 'button', 'Submit request').click();
        await until(() => openModal(el)?.querySelector('.outcome'), 'the outcome');
        expect((await storedFeedback('f1')).removal?.reason).to.equal('personal-data');
        if (f !== 'sync-throw') {
          const sent = mutations('POST', /\/removal-request$/);
          expect(sent.length).to.equal(2);
          expect(sent[0]!.key).to.equal(sent[1]!.key);
        }
      });
    }
  });
});
