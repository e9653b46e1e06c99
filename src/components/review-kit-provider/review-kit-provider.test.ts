import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Task } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import { ReviewKitProvider } from './review-kit-provider.js';
import '../../define/review-kit-provider.js';
import type { SellerKitAdapter, Session } from '../../data/models.js';
import { SellerKitError } from '../../data/errors.js';
import { sessionFor } from '../../data/session.js';
import { lazyAdapter, forwardAdapter, ADAPTER_METHODS } from '../../data/lazy-adapter.js';
import { register } from '../../define/register.js';

const session = (sellerName: string): Session => ({
  sellerName,
  marketplaceId: 'ATVPDKIKX0DER',
  professional: true,
  accountStatus: 'NORMAL',
  brands: [],
  permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'view' },
});

/** A fake adapter that only knows its session and counts calls. */
function fakeAdapter(name: string): SellerKitAdapter & { calls: number } {
  const a = {
    calls: 0,
    getSession: async () => {
      a.calls++;
      return session(name);
    },
  };
  return a as unknown as SellerKitAdapter & { calls: number };
}

/** A minimal consumer: shows the seller name of the session its adapter returns. */
class ProbeElement extends KitElement {
  task = new Task(this, {
    task: async ([adapter], { signal }) => (adapter ? (await sessionFor(adapter, signal)).sellerName : null),
    args: () => [this.kitAdapter] as const,
  });
  override render() {
    if (!this.kitAdapter) return this.renderConfigError();
    return this.task.render({
      pending: () => this.renderSkeleton(2),
      complete: (name) =>
        html`<p>${name}</p>
          <p class="t">${this.t('common.retry')}</p>`,
      error: (e) => this.renderError(e),
    });
  }
  get text() {
    return this.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
  }
  stamp() {
    return this.now().toISOString();
  }
}
customElements.define('kit-probe', ProbeElement);

describe('review-kit-provider', () => {
  it('renders a configuration error in a consumer with no adapter in reach', async () => {
    const el = await fixture<ProbeElement>(html`<kit-probe></kit-probe>`);
    const alert = el.shadowRoot!.querySelector('[role=alert]');
    expect(alert?.textContent).to.contain('Not connected to any data');
    expect(alert?.textContent).to.contain('<kit-probe>');
    await expect(el).to.be.accessible();
  });

  it('also shows the configuration error inside a provider that has no data source', async () => {
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider><kit-probe></kit-probe></review-kit-provider>`,
    );
    const el = p.querySelector('kit-probe') as ProbeElement;
    await el.updateComplete;
    expect(el.text).to.contain('Not connected to any data');
  });

  it('supplies its adapter and re-queries when the adapter is swapped', async () => {
    const a = fakeAdapter('Alpha');
    const b = fakeAdapter('Beta');
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider .adapter=${a}
        ><div><kit-probe></kit-probe></div
      ></review-kit-provider>`,
    );
    const el = p.querySelector('kit-probe') as ProbeElement;
    await waitUntil(() => el.text.includes('Alpha'));
    const events: unknown[] = [];
    p.addEventListener('kit-adapter-change', (e) => events.push(e.detail.adapter));
    p.adapter = b;
    await waitUntil(() => el.text.includes('Beta'), 'consumer re-queried the new adapter');
    expect(a.calls).to.equal(1);
    expect(b.calls).to.equal(1);
    expect(events).to.deep.equal([b]);
  });

  it('never shows the late answer of the old adapter after the adapter is swapped', async () => {
    let asked = false;
    let answer: (s: Session) => void = () => undefined;
    const slow = {
      getSession: () => {
        asked = true;
        return new Promise<Session>((resolve) => (answer = resolve));
      },
    } as unknown as SellerKitAdapter;
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider .adapter=${slow}><kit-probe></kit-probe></review-kit-provider>`,
    );
    const el = p.querySelector('kit-probe') as ProbeElement;
    await waitUntil(() => asked, 'request in flight');
    p.adapter = fakeAdapter('Beta');
    await waitUntil(() => el.text.includes('Beta'), 'the new adapter answers');
    answer(session('Stale'));
    await new Promise((r) => setTimeout(r, 20));
    expect(el.text).to.contain('Beta');
    expect(el.text).not.to.contain('Stale');
  });

  it('lets an element use its own adapter property without a provider', async () => {
    const el = await fixture<ProbeElement>(html`<kit-probe .adapter=${fakeAdapter('Own')}></kit-probe>`);
    await waitUntil(() => el.text.includes('Own'));
  });

  it('shows a localised, retryable error when the session fails', async () => {
    const failing = {
      getSession: () => Promise.reject(new SellerKitError('server', 'boom')),
    } as unknown as SellerKitAdapter;
    const el = await fixture<ProbeElement>(html`<kit-probe .adapter=${failing}></kit-probe>`);
    await waitUntil(() => el.text.includes('The server had a problem'));
    expect(el.text).not.to.contain('boom');
    await expect(el).to.be.accessible();
  });

  it('makes an HTTP adapter from the api attribute', async () => {
    const seen: string[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL) => {
      seen.push(String(input instanceof Request ? input.url : input));
      return new Response(JSON.stringify(session('From API')), { headers: { 'content-type': 'application/json' } });
    };
    try {
      const p = await fixture<ReviewKitProvider>(
        html`<review-kit-provider api="/fake-api"><kit-probe></kit-probe></review-kit-provider>`,
      );
      const el = p.querySelector('kit-probe') as ProbeElement;
      await waitUntil(() => el.text.includes('From API'));
      expect(seen.some((u) => u.endsWith('/fake-api/session'))).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows a configuration error, not a network error, for an api value that is not an http(s) URL', async () => {
    const realFetch = window.fetch;
    const error = console.error;
    // Only the invalid values must never be fetched: the valid one each round switches to may fetch, sooner in
    // some engines (WebKit) than in others, so count the requests per URL rather than all of them.
    const fetched: string[] = [];
    const logged: string[] = [];
    window.fetch = async (input: RequestInfo | URL) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return new Response('{}');
    };
    console.error = (...a: unknown[]) => logged.push(a.join(' '));
    try {
      for (const api of ['http://[::1', 'javascript:alert(1)', 'ftp://example.com/api']) {
        const p = await fixture<ReviewKitProvider>(
          html`<review-kit-provider api=${api} demo><kit-probe></kit-probe></review-kit-provider>`,
        );
        const el = p.querySelector('kit-probe') as ProbeElement;
        await el.updateComplete;
        expect(p.activeAdapter === null, api).to.equal(true);
        expect(el.text, api).to.contain('Not connected to any data');
        expect(logged.at(-1), api).to.contain(api);
        const count = logged.length;
        p.lang = 'de';
        await p.updateComplete;
        expect(logged.length, 'logged once, not on every update').to.equal(count);
        p.api = '/fake-api/';
        await p.updateComplete;
        expect(p.activeAdapter !== null, 'a valid value then works').to.equal(true);
      }
      expect(fetched.filter((u) => !u.includes('/fake-api/'))).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
      console.error = error;
    }
  });

  it('uses the demo memory adapter with the demo attribute, loaded lazily', async () => {
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider demo><kit-probe></kit-probe></review-kit-provider>`,
    );
    const el = p.querySelector('kit-probe') as ProbeElement;
    await waitUntil(() => !el.text.includes('Loading') && el.text.length > 0, 'demo session loaded', { timeout: 5000 });
    expect(el.text).not.to.contain('Not connected');
    expect(p.activeAdapter).to.not.equal(null);
    const before = p.activeAdapter;
    p.demoSeed = 2;
    await p.updateComplete;
    expect(p.activeAdapter).to.not.equal(before);
  });

  it('provides the locale from lang and follows changes', async () => {
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider lang="de" .adapter=${fakeAdapter('X')}><kit-probe></kit-probe></review-kit-provider>`,
    );
    const el = p.querySelector('kit-probe') as ProbeElement;
    await waitUntil(() => el.text.includes('Erneut versuchen'), 'German strings load lazily');
    p.setAttribute('lang', 'en');
    await waitUntil(() => el.text.includes('Retry'));
    p.locale = 'fr-FR';
    await waitUntil(() => el.text.includes('Réessayer'));
  });

  it('injects its clock', async () => {
    const fixed = new Date('2025-06-01T12:00:00Z');
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider .now=${fixed} .adapter=${fakeAdapter('X')}
        ><kit-probe></kit-probe
      ></review-kit-provider>`,
    );
    const el = p.querySelector('kit-probe') as ProbeElement;
    await el.updateComplete;
    expect(el.stamp()).to.equal(fixed.toISOString());
    p.now = () => new Date('2024-01-01T00:00:00Z');
    await p.updateComplete;
    await el.updateComplete;
    expect(el.stamp()).to.equal('2024-01-01T00:00:00.000Z');
  });
});

describe('register', () => {
  it('skips a tag that is already defined with a warning, never throwing', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      class Other extends LitElement {}
      expect(() => register('review-kit-provider', Other)).not.to.throw();
      expect(customElements.get('review-kit-provider')).to.equal(ReviewKitProvider);
      expect(String(warnings[0])).to.contain('already defined');
      register('review-kit-provider', ReviewKitProvider);
      expect(warnings.length).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });

  it('lets a host register a class under its own name', () => {
    register('acme-kit-provider', class extends ReviewKitProvider {});
    expect(customElements.get('acme-kit-provider')).to.not.equal(undefined);
  });
});

describe('lazyAdapter', () => {
  it('loads once and retries a failed load', async () => {
    let loads = 0;
    const a = lazyAdapter(async () => {
      loads++;
      if (loads === 1) throw new Error('chunk failed');
      return fakeAdapter('Lazy');
    });
    let err: unknown;
    await a.getSession().catch((e) => (err = e));
    expect((err as SellerKitError).code).to.equal('invalid-response');
    expect((await a.getSession()).sellerName).to.equal('Lazy');
    await a.getSession();
    expect(loads).to.equal(2);
  });
});

describe('forwardAdapter', () => {
  it('forwards every method to the base, with overrides, under a new identity', async () => {
    const base = fakeAdapter('Base');
    const plain = forwardAdapter(base);
    // Every method reaches the base, with its arguments and the base as `this`.
    const calls: string[] = [];
    const recorder = Object.fromEntries(
      ADAPTER_METHODS.map((m) => [
        m,
        function (this: unknown, ...args: unknown[]) {
          calls.push(`${m}(${args.join(',')})${this === recorder ? '' : ' on another this'}`);
          return Promise.resolve(m);
        },
      ]),
    ) as unknown as SellerKitAdapter;
    const forwarded = forwardAdapter(recorder);
    for (const m of ADAPTER_METHODS) {
      expect(await (forwarded[m] as (...a: unknown[]) => Promise<unknown>)('x', 1)).to.equal(m);
    }
    expect(calls).to.deep.equal(ADAPTER_METHODS.map((m) => `${m}(x,1)`));
    // An optional capability travels with the methods.
    expect(forwardAdapter({ ...recorder, writesAreLocal: true }).writesAreLocal).to.equal(true);
    expect('writesAreLocal' in forwarded).to.equal(false);
    expect((await plain.getSession()).sellerName).to.equal('Base');
    const over = forwardAdapter(base, { getSession: async () => session('Over') });
    expect((await over.getSession()).sellerName).to.equal('Over');
    expect(base.calls).to.equal(1);
    expect(plain).to.not.equal(base);
  });
});
