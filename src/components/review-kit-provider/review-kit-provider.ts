import { LitElement, html, css, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { kitContext, type KitEnvironment } from '../../data/context.js';
import type { SellerKitAdapter } from '../../data/models.js';
import { lazyAdapter } from '../../data/lazy-adapter.js';
import { loadCode } from '../../data/load-code.js';
import type { ReportAdapterChangeEvent } from '../report-file-drop/report-file-drop.events.js';

export type HealthPreset = 'healthy' | 'at-risk';

/** How many client accounts demo mode serves (the demo portfolio of `createMemoryAdapter({ accounts: 12 })`). */
const DEMO_ACCOUNT_COUNT = 12;

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/**
 * Supplies the data adapter, the locale and the clock to every kit element inside it, through `@lit/context`.
 *
 * Choose the data source with one of: the `adapter` property (any `SellerKitAdapter`), the `api` attribute
 * (an HTTP adapter for the REST contract in `openapi.yaml`) or the `demo` attribute (the in-memory adapter
 * with generated demo data). The `adapter` property wins over `api`, and `api` over `demo`.
 *
 * Agency workspace (SPEC §8): with `account="<id>"` every element inside works on `adapter.forAccount(id)` (the
 * adapter must have `forAccount`: `createMemoryAdapter({ accounts })`, the HTTP adapter, a report adapter with
 * several marketplaces; otherwise the elements show a configuration error and the console says why). Switching
 * `account` is instant and never shows one account's data under another's name: elements key their requests on the
 * adapter, so the new account's adapter re-runs them and answers still in flight for the old one are aborted and
 * ignored. Each element keeps its filters and sort per account (restored when you come back to an account; an
 * account opened for the first time starts from the element's own attributes), and starts each account on its first
 * page. The per-account state lives in each element (`KitElement.accountState` lists the properties it keeps).
 * The unscoped adapter, which lists the accounts, stays available to elements such as `<account-portfolio>`
 * (`KitEnvironment.accountsAdapter`).
 * Demo mode serves the demo portfolio (twelve client accounts across eight marketplaces) besides its own data.
 *
 * @summary Supplies adapter, locale and clock to the kit elements inside it.
 * @tag review-kit-provider
 * @slot - The kit elements (and any other content) that use this provider.
 * @csspart reports - The report-file drop zone (with the `reports` attribute).
 * @fires {CustomEvent<{adapter: SellerKitAdapter | null}>} kit-adapter-change - The adapter in use changed.
 */
export class ReviewKitProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    report-file-drop {
      margin-block-end: 1rem;
    }
  `;

  /** The data adapter. Overrides `api` and `demo`. */
  @property({ attribute: false })
  adapter?: SellerKitAdapter;

  /** Base URL of a backend that speaks the kit's REST contract; makes an HTTP adapter. */
  @property()
  api?: string;

  /** Extra request headers for the `api` adapter (an object, or a function for tokens that refresh). */
  @property({ attribute: false })
  apiHeaders?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

  /** Use the in-memory adapter with generated demo data. */
  @property({ type: Boolean, reflect: true })
  demo = false;

  /** Seed of the demo data (same seed, same data). The default shows every Contact Customer state on page one. */
  @property({ type: Number, attribute: 'demo-seed' })
  demoSeed = 5;

  /** Account-health preset of the demo data. */
  @property({ attribute: 'health-preset' })
  healthPreset: HealthPreset = 'healthy';

  /** Show a drop zone for Amazon report files and serve the elements from the files loaded. */
  @property({ type: Boolean, reflect: true })
  reports = false;

  /** Marketplace of the report files (sets their date format). */
  @property({ attribute: 'marketplace-id' })
  marketplaceId = 'ATVPDKIKX0DER';

  /**
   * The client account every element inside works on (SPEC §8): the adapter's `forAccount(account)`. Empty or
   * absent: the adapter itself.
   */
  @property({ reflect: true })
  account?: string;

  @state() private reportAdapter: SellerKitAdapter | null = null;

  /** Locale for every element inside (BCP 47). Defaults to the provider's own `lang`, else the page's. */
  @property()
  locale?: string;

  /** The clock: a fixed date or a function returning "now". Every date rule uses it. */
  @property({ attribute: false })
  now?: Date | (() => Date);

  /** @internal */
  @provide({ context: kitContext })
  env: KitEnvironment = { adapter: null, locale: null, now: () => new Date() };

  private made?: { key: string; adapter: SellerKitAdapter | null };
  private scoped?: { base: SellerKitAdapter; account: string; adapter: SellerKitAdapter | null };
  private dropZoneLoading?: Promise<unknown>;
  private langObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
  }

  /** The adapter in use (explicit, HTTP or demo; scoped to `account` when set), or null when none is configured. */
  get activeAdapter(): SellerKitAdapter | null {
    return this.env.adapter;
  }

  private resolveAdapter(): SellerKitAdapter | null {
    if (this.adapter) return this.adapter;
    if (this.reportAdapter) return this.reportAdapter;
    const key = this.api ? `api:${this.api}` : this.demo ? `demo:${this.demoSeed}:${this.healthPreset}` : '';
    if (!key) return null;
    if (this.made?.key === key) return this.made.adapter;
    let adapter: SellerKitAdapter;
    if (this.api) {
      const baseUrl = this.api;
      if (!isHttpUrl(baseUrl)) {
        // Not a URL to fetch from: a configuration error in the elements, not "the network is unreachable".
        console.error(`<review-kit-provider>: api="${baseUrl}" is not an http(s) URL.`);
        this.made = { key, adapter: null };
        return null;
      }
      // The public constructor, as a host would call it; its module loads on the first call (so the provider's
      // first load carries no adapter code), then the HTTP client and its validators load as it needs them.
      adapter = lazyAdapter(
        () =>
          loadCode(import('../../data/http-adapter.js')).then((m) =>
            m.createHttpAdapter({ baseUrl, headers: () => this.headersNow() }),
          ),
        // SPEC §9: Ask buyer to remove; `capabilities` read through from the session (`none` when the server lacks it).
        { methods: ['listActivity', 'recordActivity', 'askBuyerToRemoveFeedback'] },
      );
    } else {
      const options = {
        seed: this.demoSeed,
        health: this.healthPreset,
        now: () => this.clock(),
        // The demo portfolio (SPEC §8): listAccounts / forAccount; the adapter's own data stays the single demo seller.
        accounts: DEMO_ACCOUNT_COUNT,
      };
      adapter = lazyAdapter(
        () => loadCode(import('../../data/memory-adapter.js')).then((m) => m.createMemoryAdapter(options)),
        { accounts: true, methods: ['listActivity', 'recordActivity'] },
      );
    }
    this.made = { key, adapter };
    return adapter;
  }

  /** `base` scoped to `account` (the same object while both stay), or null with a console error without forAccount. */
  private scope(base: SellerKitAdapter | null): SellerKitAdapter | null {
    const account = this.account;
    if (!base || !account) return base;
    if (this.scoped?.base === base && this.scoped.account === account) return this.scoped.adapter;
    let adapter: SellerKitAdapter | null = null;
    if (typeof base.forAccount !== 'function') {
      // A configuration error in the elements, like an `api` that is not a URL.
      console.error(
        `<review-kit-provider>: account="${account}" needs an adapter with forAccount (SPEC §8); this one serves one account.`,
      );
    } else {
      try {
        adapter = base.forAccount(account);
      } catch (e) {
        console.error(`<review-kit-provider>: forAccount("${account}") failed.`, e);
      }
    }
    this.scoped = { base, account, adapter };
    return adapter;
  }

  private async headersNow(): Promise<Record<string, string>> {
    const h = this.apiHeaders;
    return typeof h === 'function' ? await h() : (h ?? {});
  }

  private clock(): Date {
    const n = this.now;
    return n instanceof Date ? new Date(n.getTime()) : typeof n === 'function' ? n() : new Date();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Without `reports` the drop zone, and the files loaded in it, are gone. With it, the drop zone's code loads
    // here, once (render only draws): until it is defined, <report-file-drop> is an empty unknown element.
    if (!this.reports) this.reportAdapter = null;
    else if (!this.dropZoneLoading) this.dropZoneLoading = import('../../define/report-file-drop.js');
    const accountsAdapter = this.resolveAdapter();
    const adapter = this.scope(accountsAdapter);
    const account = this.account || null;
    const locale = this.locale ?? this.getAttribute('lang') ?? null;
    const prev = this.env;
    if (
      prev.adapter !== adapter ||
      prev.locale !== locale ||
      prev.account !== account ||
      prev.accountsAdapter !== accountsAdapter ||
      changed.has('now')
    ) {
      this.env = { adapter, locale, now: () => this.clock(), account, accountsAdapter };
      if (prev.adapter !== adapter) {
        this.dispatchEvent(
          new CustomEvent('kit-adapter-change', { detail: { adapter }, bubbles: true, composed: true }),
        );
      }
    }
  }

  override render() {
    if (!this.reports) return html`<slot></slot>`;
    return html`<report-file-drop
        part="reports"
        marketplace-id=${this.marketplaceId}
        @report-adapter-change=${this.onReports}
      ></report-file-drop
      ><slot></slot>`;
  }

  private onReports(e: ReportAdapterChangeEvent) {
    e.stopPropagation();
    this.reportAdapter = e.adapter;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kit-adapter-change': CustomEvent<{ adapter: SellerKitAdapter | null }>;
  }
}
