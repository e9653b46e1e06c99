import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task } from '@lit/task';
import { KitElement } from '../../base/kit-element.js';
import { TaskLifecycle } from '../../controllers/task-lifecycle.js';
import { addEnglish } from '../../i18n/index.js';
import { lazyCode, loadCode } from '../../data/load-code.js';
import firstStrings from './first-strings.en.js';
import { isAbortError, toSellerKitError } from '../../data/errors.js';
import type { AccountSummary, SellerKitAdapter } from '../../data/models.js';
import type { KitEnvironment } from '../../data/context.js';
import { guardAdapter } from '../../data/guarded-adapter.js';
import type { MetricStatus } from '../../policy/account-health.js';
import {
  PORTFOLIO_COLUMNS,
  accountStanding,
  compareWorstFirst,
  marketplaceLabel,
  nextSort,
  openAlerts,
  portfolioTotals,
  worstOrderDefectRate,
  type AccountStanding,
  type PortfolioColumn,
  type PortfolioSort,
} from '../../policy/portfolio.js';
import { statusIcon } from '../account-health-tiles/health-format.js';
import { AlertController } from '../../controllers/alert-controller.js';
import { AccountSelectEvent } from './account-portfolio.events.js';
import { styles } from './account-portfolio.styles.js';

export { AccountSelectEvent };

/** The icon drawn beside each standing's words. */
const ICON: Record<AccountStanding, MetricStatus> = {
  deactivated: 'bad',
  bad: 'bad',
  'at-risk': 'at-risk',
  'no-data': 'none',
  'no-access': 'none',
  good: 'good',
};

const NUMERIC: ReadonlySet<PortfolioColumn> = new Set(['rating', 'odr', 'atRisk', 'toAnswer', 'toHandle', 'alerts']);

/** Rows in the first paint after the summaries arrive; the rest follow in the next frame. */
const FIRST_ROWS = 40;

/** What a provider with an `account` (SPEC §8) adds to the environment: its adapter before scoping, and the account. */
type AgencyEnvironment = KitEnvironment & { accountsAdapter?: SellerKitAdapter | null; account?: string | null };

/**
 * The strings (`en/account-portfolio.ts`: columns, standings, totals, states) load with the first data, beside the
 * request: once per page, again after a failed load (the task then fails with a `network` error: message and Retry).
 */
const loadStringsModule = lazyCode(
  () => import('../../i18n/en/account-portfolio.js'),
  (m) => addEnglish(m.default),
);

/** The column sort (`sortAccounts`) loads when a column header is first pressed; the first paint is worst first. */
type SortModule = typeof import('../../policy/portfolio-sort.js');
/**
 * @internal Loads the column sort once per page (again after a failed load); resolves once every portfolio can sort.
 * Tests await it after the first press of a header.
 */
export const loadPortfolioSort = lazyCode((): Promise<SortModule> => import('../../policy/portfolio-sort.js'));

type Provider = HTMLElement & { account?: string | null; updateComplete?: Promise<unknown> };
type Loaded = { unsupported: true } | { unsupported: false; accounts: AccountSummary[] };

/**
 * The agency's portfolio (SPEC §8): every client account the adapter serves in one table, worst first —
 * deactivated, then bad metrics, then at risk, then the rest — with Account Health Rating, Order Defect Rate,
 * metrics at risk and the work waiting (negative feedback to answer, critical reviews to handle), sortable by each
 * column, and a totals row. **Open** on a row sets the nearest `<review-kit-provider>`'s `account`, so the widgets
 * inside it show that client, and moves the focus into them.
 *
 * Summaries load with one `listAccounts()` call on the kit's adapter (the element's own `adapter`, else the
 * provider's). An adapter without `listAccounts` serves one account: the element says so instead of a table. When
 * the portfolio sits inside the provider it drives, the provider's adapter becomes the client's after Open; the
 * portfolio keeps listing with the agency's adapter it loaded from.
 *
 * Focus after Open: the element whose id is the `focus-target` attribute (looked up in the provider's tree), else
 * the first element inside the provider (light DOM, outside the portfolio) that can take focus, else the
 * provider's first child element outside the portfolio (given `tabindex="-1"`).
 *
 * @summary Agency portfolio: every client account, worst first, with Open to work in one.
 * @tag account-portfolio
 * The **Open alerts** column counts each account's open alerts as its summary reveals them (`openAlerts`:
 * metrics over target, metrics at risk, negative feedback to answer — a summary has no ASINs or dates for a
 * critical-review cluster, and no earlier figures for a rating drop or a status change); the header's alert badge
 * lists them with the account's name.
 *
 * @fires {KitAlertEvent} kit-alert - An alert an account's summary reveals, once per alert id per page (detail
 *   `{alert}`, with `alert.accountId`).
 * @fires {AccountSelectEvent} account-select - Open was pressed on a row (detail `{accountId}`), before the provider
 *   changes; cancel it to keep the provider as it is and handle the choice yourself.
 * @csspart base - The wrapper around everything.
 * @csspart table - The table of client accounts.
 * @csspart row - One account's row.
 * @csspart total - The totals row.
 * @csspart alerts - The alert badge and its list (shown when there are alerts).
 * @csspart open - An account's Open button.
 * @csspart empty - Shown when the adapter lists no accounts.
 * @csspart unsupported - Shown when the adapter serves one account (no `listAccounts`).
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message (with Retry).
 * @csspart config-error - Shown when no adapter is in reach.
 */
export class AccountPortfolio extends KitElement {
  static override strings = [...KitElement.strings, firstStrings];

  static override styles = [...KitElement.styles, styles];

  /**
   * The id of the element to focus after Open, in the provider's tree (document or shadow root). Without it, the
   * first element inside the provider that can take focus.
   */
  @property({ attribute: 'focus-target' })
  focusTarget?: string;

  /** @internal The column and direction chosen by the user; null: worst first. */
  @state()
  private sort: PortfolioSort | null = null;

  /** @internal The account opened from this portfolio (its row says so). */
  @state()
  private current: string | null = null;

  /** @internal The last adapter that could list accounts (see the class comment). */
  private lister: SellerKitAdapter | null = null;

  /** @internal The table order, recomputed only when the list or the sort changes. */
  private view?: { from: AccountSummary[]; sort: PortfolioSort | null; rows: AccountSummary[] };

  /** @internal How many rows are rendered: FIRST_ROWS for a new list, then all of them (see `updated`). */
  @state()
  private shown = Infinity;

  /** @internal A pending frame that renders the rest of the rows. */
  private more = 0;

  /** @internal The strings, loaded with the first data (tests replace it to simulate a failed load). */
  protected loadStrings(): Promise<void> {
    return loadStringsModule();
  }

  /** @internal */
  private readonly task = new Task(this, {
    task: async ([adapter], { signal }): Promise<Loaded | null> => {
      if (!adapter) return null;
      // Its words are part of the first load: no request, nothing to wait for.
      if (typeof adapter.listAccounts !== 'function') return { unsupported: true };
      // The strings load beside the request; the result renders once both are there.
      const text = loadCode(this.loadStrings());
      text.catch(() => undefined); // awaited below; a failure then is the task's
      let accounts: unknown;
      try {
        accounts = await adapter.listAccounts({ signal });
      } catch (e) {
        // listAccounts is optional, so the adapter guard does not wrap it: the same boundary, here.
        throw isAbortError(e) ? e : toSellerKitError(e);
      }
      await text;
      if (!Array.isArray(accounts)) throw toSellerKitError(new TypeError('listAccounts: not an array'));
      return { unsupported: false, accounts: accounts as AccountSummary[] };
    },
    args: () => [this.listing()] as const,
  });

  /** @internal Aborts the request when the portfolio leaves the page; loads again when it comes back. */
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.task]);

  /** @internal SPEC §8 alerts of the accounts' summaries: `kit-alert` once per id, the badge above the table. */
  private readonly alerts = new AlertController(
    this,
    () => {
      // Once every row is shown: the first rows of a long list never wait for the alerts (see `updated`).
      const r = this.task.value;
      return r && !r.unsupported && this.shown >= r.accounts.length ? { accounts: r.accounts } : null;
    },
    () => this.now(),
  );

  /**
   * The adapter that lists accounts: the element's own, else the provider's before it is scoped to an account
   * (`accountsAdapter`), else the kit's adapter — except that once the provider has an account open and its adapter
   * (the client's) cannot list accounts, the last one that could.
   */
  private listing(): SellerKitAdapter | null {
    const agency = !this.adapter && (this.env as AgencyEnvironment | undefined)?.accountsAdapter;
    if (agency) return guardAdapter(agency);
    const a = this.kitAdapter;
    if (a && typeof a.listAccounts !== 'function' && this.lister && !this.adapter && this.provider()?.account) {
      return this.lister;
    }
    if (a && typeof a.listAccounts === 'function') this.lister = a;
    return a;
  }

  /** The nearest `<review-kit-provider>` around the portfolio, across shadow roots. */
  private provider(): Provider | null {
    const start = this.parentNode;
    for (let node = start instanceof ShadowRoot ? start.host : this.parentElement; node;) {
      const p = node.closest('review-kit-provider');
      if (p) return p as Provider;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const open = (this.env as AgencyEnvironment | undefined)?.account ?? this.provider()?.account;
    if (typeof open === 'string' && open) this.current = open;
    // A new list paints its first rows at once (the worst accounts, those looked at first); the rest follow.
    const r = this.task.value;
    if (r && !r.unsupported && r.accounts !== this.view?.from) this.shown = FIRST_ROWS;
  }

  override render(): TemplateResult {
    if (!this.kitAdapter && !this.lister) return this.renderConfigError();
    const loading = (): TemplateResult => this.renderSkeleton(6, this.t('portfolio.loading'));
    return html`<div class="base" part="base" aria-busy=${this.task.status <= 1}>
      ${this.task.render({
        initial: loading,
        pending: loading,
        error: (e) => this.renderError(e, () => void this.task.run()),
        complete: (r) =>
          !r
            ? nothing
            : r.unsupported
              ? this.renderState('unsupported')
              : r.accounts.length
                ? this.renderTable(r.accounts)
                : this.renderState('empty'),
      })}
    </div>`;
  }

  private renderState(kind: 'empty' | 'unsupported'): TemplateResult {
    return html`<div class="state ${kind}" part=${kind} role="status">
      <p class="state-title">${this.t(`portfolio.${kind}.title`)}</p>
      <p>${this.t(`portfolio.${kind}.body`)}</p>
    </div>`;
  }

  private rows(accounts: AccountSummary[]): AccountSummary[] {
    const v = this.view;
    if (v && v.from === accounts && v.sort === this.sort) return v.rows;
    // A column sort is set only once its code has loaded (`sortBy`).
    const rows =
      this.sort && loadPortfolioSort.value
        ? loadPortfolioSort.value.sortAccounts(accounts, this.sort)
        : [...accounts].sort(compareWorstFirst);
    this.view = { from: accounts, sort: this.sort, rows };
    return rows;
  }

  private renderTable(accounts: AccountSummary[]): TemplateResult {
    const totals = portfolioTotals(accounts);
    const n = (v: number) => this.i18n.number(v);
    // On a narrow screen the table scrolls sideways inside this named, focusable region (never the page).
    return html`${this.alerts.render(
        this.i18n,
        (a) => `${a.params.account ?? a.accountId ?? ''} (${marketplaceLabel(String(a.params.marketplaceId ?? ''))})`,
      )}
      <div class="table-wrap" role="region" aria-labelledby="portfolio-caption" tabindex="0">
        <table part="table">
          <caption id="portfolio-caption">
            ${this.t('portfolio.title')}
          </caption>
          <thead>
            <tr>
              ${PORTFOLIO_COLUMNS.map((c) => this.renderHeader(c))}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              this.rows(accounts).slice(0, this.shown),
              (a) => a.id,
              (a) => this.renderRow(a),
            )}
          </tbody>
          <tfoot>
            <tr class="total" part="total">
              <th scope="row">
                ${this.t('portfolio.total')}:
                ${this.t('portfolio.total.accounts', { count: totals.accounts, n: n(totals.accounts) })}
              </th>
              <td></td>
              <td></td>
              <td></td>
              <td class="num">${this.t('portfolio.total.at-risk', { count: totals.atRisk, n: n(totals.atRisk) })}</td>
              <td class="num">${n(totals.toAnswer)}</td>
              <td class="num">${n(totals.toHandle)}</td>
              <td class="num">${n(totals.alerts)}</td>
            </tr>
          </tfoot>
        </table>
      </div>`;
  }

  private renderHeader(c: PortfolioColumn): TemplateResult {
    const dir = this.sort?.column === c ? this.sort.direction : null;
    return html`<th scope="col" class=${NUMERIC.has(c) ? 'num' : nothing} aria-sort=${dir ?? nothing}>
      <button type="button" class="sort" data-column=${c} @click=${() => void this.sortBy(c).catch(() => undefined)}>
        ${this.t(`portfolio.col.${c}`)}<svg class="icon sort-icon" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d=${dir === 'ascending' ? 'M4 10l4-4 4 4' : dir === 'descending' ? 'M4 6l4 4 4-4' : 'M5 6l3-3 3 3M5 10l3 3 3-3'}
          ></path>
        </svg>
      </button>
    </th>`;
  }

  private renderRow(a: AccountSummary): TemplateResult {
    const standing = accountStanding(a);
    const market = marketplaceLabel(a.marketplaceId);
    const na = this.t('common.not-available');
    const score = a.rating?.score;
    const odr = worstOrderDefectRate(a);
    const current = this.current === a.id;
    // The name is untrusted text: bound as text (and as an attribute value), never as HTML.
    return html`<tr part="row" class=${current ? 'current' : nothing} aria-current=${current ? 'true' : nothing}>
      <th scope="row">
        <span class="name" dir="auto">${a.sellerName}</span>
        <span class="status status-${ICON[standing]}"
          >${statusIcon(ICON[standing])}<span>${this.t(`portfolio.standing.${standing}`)}</span></span
        >
        ${
          a.access === false
            ? standing === 'no-access'
              ? nothing
              : html`<span class="muted">${this.t('portfolio.standing.no-access')}</span>`
            : html`<button
                type="button"
                part="open"
                class="open"
                aria-label=${this.t('portfolio.open-label', { name: a.sellerName, marketplace: market })}
                @click=${() => void this.open(a.id).catch(() => undefined)}
              >
                ${this.t('portfolio.open')}
              </button>`
        }
        ${current ? html`<span class="muted">${this.t('portfolio.current')}</span>` : nothing}
      </th>
      <td>${market}</td>
      <td class="num">${typeof score === 'number' && Number.isFinite(score) ? this.i18n.number(score) : na}</td>
      <td class="num">${odr === null ? na : this.i18n.percent(odr)}</td>
      <td class="num">
        ${this.i18n.number(a.metricsAtRisk)}${
          a.metricsBad > 0
            ? html`<span class="muted bad-count"
                >${this.t('portfolio.metrics-bad', { n: this.i18n.number(a.metricsBad) })}</span
              >`
            : nothing
        }
      </td>
      <td class="num">${this.i18n.number(a.negativeFeedbackUnanswered)}</td>
      <td class="num">${this.i18n.number(a.criticalReviewsOpen)}</td>
      <td class="num">${this.i18n.number(openAlerts(a))}</td>
    </tr>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.shown < (this.view?.rows.length ?? 0) && !this.more) {
      const all = () => {
        if (!this.more) return;
        this.more = 0;
        this.shown = Infinity;
      };
      // After the first rows are painted; a page without frames (hidden) still gets every row.
      this.more = requestAnimationFrame(() => setTimeout(all));
      setTimeout(all, 100);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.more) cancelAnimationFrame(this.more);
    this.more = 0;
    this.shown = Infinity;
  }

  /**
   * @internal A header was pressed: the column sort loads on first use (focus stays on the header's button, which
   * the next render keeps), then the table sorts. A failed load leaves the order as it is.
   */
  private async sortBy(column: PortfolioColumn): Promise<void> {
    if (!loadPortfolioSort.value) await loadPortfolioSort();
    this.sort = nextSort(this.sort, column);
  }

  /**
   * Opens one client account: fires `account-select`; unless it is cancelled, sets the provider's `account` and
   * moves the focus into the client's widgets.
   */
  async open(accountId: string): Promise<void> {
    if (!this.emit(new AccountSelectEvent(accountId))) return;
    const p = this.provider();
    this.current = accountId;
    if (!p) return;
    p.account = accountId;
    // The focus move's code loads with the first Open, while the provider updates.
    const [move] = await Promise.all([import('./focus-client.js'), p.updateComplete]);
    await this.updateComplete;
    move.focusClient(this, p, this.focusTarget);
  }
}
