import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { property } from 'lit/decorators.js';
import { AlertController, healthAlertInput } from '../../controllers/alert-controller.js';
import type { AlertSnapshot } from '../../policy/alerts.js';
import { TaskLifecycle } from '../../base/task-lifecycle.js';
import { KitElement } from '../../base/kit-element.js';
import { sessionFor } from '../../data/session.js';
import { METRIC_GROUPS, type AccountHealth, type HealthMetric, type MetricGroup } from '../../data/models.js';
import {
  MESSAGE_METRICS,
  METRIC_DEFINITIONS,
  ODR_CHANNELS,
  metricTile,
  odrPartFigures,
  overallStatus,
  ratingBand,
  readMetric,
  shownHeadroom,
  splitOrderDefectRates,
  summaryRows,
  withDefaultTarget,
  type MetricReading,
} from '../../policy/account-health.js';
import { HealthDetailsRequestEvent } from './account-health-tiles.events.js';
import { humanize, statusIcon } from './health-format.js';
import { styles } from './account-health-tiles.styles.js';

export { HealthDetailsRequestEvent };

const BAND_STATUS = { healthy: 'good', 'at-risk': 'at-risk', critical: 'bad' } as const;
const UTC: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };

/** The strings load with the first data (`health-strings.ts`): once per page, again after a failed load. */
let strings: Promise<void> | undefined;
const loadStrings = (): Promise<void> =>
  (strings ??= import('./health-strings.js').then(
    (m) => m.registerHealthStrings(),
    (e: unknown) => {
      strings = undefined;
      throw e;
    },
  ));

type Loaded = { denied: true } | { denied: false; health: AccountHealth };

/** A paragraph of `text` (class `cls`, none when ''), or nothing without text. */
const para = (text: string | null | undefined, cls = 'muted') =>
  text ? html`<p class=${cls || nothing}>${text}</p>` : nothing;

const NO_READING: MetricReading = { status: 'none' };

/**
 * Account Health at a glance, like Seller Central's Account Health page: three tiles (Customer Service
 * Performance, Product Policy Compliance, Shipping Performance), each with an overall status, its metrics with
 * value, target, status in words and headroom, and a "View details" disclosure; the Account Health Rating,
 * the account status and the notifications.
 *
 * @summary Account Health tiles: customer service, policy compliance and shipping metrics.
 * @tag account-health-tiles
 * @fires {KitAlertEvent} kit-alert - An alert this element knows (metric near or over its target, a fall of the
 *   Account Health Rating, a change of the account status), once per alert id per page (detail `{alert}`).
 * @fires {HealthDetailsRequestEvent} health-details-request - "View details" was pressed on a collapsed tile
 *   (detail `{group}`); cancel it to navigate elsewhere instead of expanding the tile.
 * @csspart base - The wrapper around everything.
 * @csspart summary - The Account Health Rating and account status.
 * @csspart alerts - The alert badge and its list (shown when there are alerts).
 * @csspart tiles - The grid of tiles.
 * @csspart tile - One tile (region).
 * @csspart details - A tile's expanded metric list.
 * @csspart notifications - The notifications region.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message (with Retry).
 * @csspart no-permission - Shown when the session may not view Account Health.
 * @csspart config-error - Shown when no adapter is in reach.
 * @cssprop --srk-health-tile-min - Minimum tile width before tiles wrap (default 18rem).
 */
export class AccountHealthTiles extends KitElement {
  static override styles = [...KitElement.styles, styles];

  /** @internal Which tiles are expanded. Not a decorated state: toggle() (its only writer) requests the update. */
  private expanded: Partial<Record<MetricGroup, boolean>> = {};

  /** @internal */
  private readonly task = new Task(this, {
    task: async ([adapter], { signal }): Promise<Loaded | null> => {
      if (!adapter) return null;
      // The strings load beside the requests; the result renders once both are there.
      const text = loadStrings();
      text.catch(() => undefined); // awaited below; a failure then is the task's
      const session = await sessionFor(adapter, signal);
      if (session.permissions?.accountHealth === 'none') return text.then(() => ({ denied: true }) as const);
      const health = await adapter.getAccountHealth({ signal });
      await text;
      return { denied: false, health };
    },
    args: () => [this.kitAdapter] as const,
  });

  /** @internal Aborts the request when the tiles leave the page; loads again when they come back. */
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.task]);

  /**
   * The earlier figures (`ratingScore`, `accountStatus`) the report is compared with for the `rating-drop` and
   * `account-status-changed` alerts — e.g. what the host's server stored from the previous report. When unset
   * (`undefined`), the kit remembers the last two different reports per account and marketplace in the browser's
   * `localStorage` (`srk-alerts:health:<account>:<marketplace>`); `null` compares with nothing.
   */
  @property({ attribute: false })
  previous?: AlertSnapshot | null;

  /** @internal SPEC §8 alerts of the loaded report: `kit-alert` once per id, the badge in the summary. */
  private readonly alerts = new AlertController(
    this,
    () => {
      const r = this.task.value;
      return r && !r.denied ? healthAlertInput(this.env?.account, r.health, this.previous) : null;
    },
    () => this.now(),
  );

  override render(): TemplateResult {
    if (!this.kitAdapter) return this.renderConfigError();
    const loading = (): TemplateResult => this.renderSkeleton(6, this.t('health.loading'));
    // Lit writes a boolean attribute value as "true" / "false".
    return html`<div class="base" part="base" aria-busy=${this.task.status <= 1}>
      ${this.task.render({
        initial: loading,
        pending: loading,
        error: (e) => this.renderError(e, () => void this.task.run()),
        complete: (r) => (!r ? nothing : r.denied ? this.renderNoPermission('health') : this.renderHealth(r.health)),
      })}
    </div>`;
  }

  // ------------------------------------------------------------------------------------------ formatting

  /**
   * @internal Metric display name: `health.metric.<key>` (the key every METRIC_DEFINITIONS entry names), else the
   * key in words.
   */
  protected nameOf(key: string): string {
    return this.word('health.metric.', key);
  }

  private word(prefix: string, value: string): string {
    return this.tOr(prefix + value, humanize(value));
  }

  private fmt(v: number | null | undefined, kind?: HealthMetric['kind']): string {
    if (v === null || v === undefined || Number.isNaN(v)) return this.t('common.not-available');
    if (kind === 'rate') return this.i18n.percent(v);
    if (kind === 'duration') return this.i18n.number(v, { style: 'unit', unit: 'hour', maximumFractionDigits: 1 });
    return this.i18n.number(v);
  }

  /**
   * A metric's value. A rate that is not at its target but would round onto it (39 of 976 = 3.996 % → "4%" beside
   * "Target: under 4%") gets the digits that tell them apart, so the figure never contradicts the status.
   */
  private value(m: HealthMetric | undefined, kind = m?.kind): string {
    const v = m?.value;
    const t = m?.target?.value;
    if (kind === 'rate' && v != null && t !== undefined && v !== t) {
      for (let digits = 2; digits < 8; digits++) {
        const s = this.i18n.percent(v, digits);
        if (s !== this.i18n.percent(t, digits)) return s;
      }
    }
    return this.fmt(v, kind);
  }

  /**
   * A metric's status in words with its icon: Amazon's own first (one the kit does not know in Amazon's words, with
   * the no-status icon), else the kit's reading.
   */
  private status(r: MetricReading, tag: 'span' | 'p' = 'span'): TemplateResult {
    const s = r.status;
    const inner = html`${statusIcon(s)}<span>${r.unknown ? humanize(r.unknown) : this.t(`health.status.${s}`)}</span>`;
    return tag === 'p'
      ? html`<p class="status status-${s}">${inner}</p>`
      : html`<span class="status status-${s}">${inner}</span>`;
  }

  /** "By the numbers: misses the target" where the kit's reading of value and target differs from Amazon's. */
  private byNumbers(r: MetricReading | undefined): TemplateResult | typeof nothing {
    return para(r?.byNumbers && this.t(`health.by-numbers.${r.byNumbers}`), 'muted by-numbers');
  }

  private target(m: Pick<HealthMetric, 'kind' | 'target'>): string | null {
    return m.target ? this.t(`health.target.${m.target.condition}`, { value: this.fmt(m.target.value, m.kind) }) : null;
  }

  private window(m: HealthMetric): string | null {
    return m.window
      ? this.t('health.window', { from: this.i18n.date(m.window.from, UTC), to: this.i18n.date(m.window.to, UTC) })
      : null;
  }

  private ordersOf(n: number | undefined, d: number | undefined): string | null {
    return typeof n === 'number' && typeof d === 'number'
      ? this.t('health.orders-of', { n: this.i18n.number(n), total: this.i18n.number(d), count: d })
      : null;
  }

  /**
   * @internal "3 more defects before the 1% target" / "Over target by 2 orders" / "Below target by 2 orders"
   * ("… late responses" / "… messages" for response-time metrics) / null: no counts or target, not a rate, or
   * counts contradicting the reported rate by more than half a percentage point.
   */
  protected headroom(m: HealthMetric): string | null {
    // Counts that contradict the reported rate (Amazon's own example has them) give no headroom at all.
    const h = shownHeadroom(m);
    if (h === null || !m.target) return null;
    const target = this.fmt(m.target.value, m.kind);
    const n = this.i18n.number(Math.abs(h));
    // Response-time metrics count late messages, not order defects.
    const unit = MESSAGE_METRICS.has(m.key) ? '-messages' : '';
    if (h >= 0) return this.t(`health.headroom.left${unit}`, { count: h, n, target });
    // A rate that must stay over its target falls below it: "Below target", never "Over target".
    const side = m.target.condition === 'GREATER_THAN' ? 'under' : 'over';
    return this.t(`health.headroom.${side}${unit}`, { count: -h, n });
  }

  // ------------------------------------------------------------------------------------------ rendering

  private renderHealth(h: AccountHealth): TemplateResult {
    const metrics = (h.metrics ?? []).map(withDefaultTarget);
    const score = h.rating?.score ?? null;
    const band = ratingBand(score);
    return html`
      ${this.alerts.render(this.i18n)}
      <div class="summary" part="summary">
        <div class="rating">
          <span class="label">${this.t('health.rating.title')}</span>
          ${
            band
              ? html`<span class="score">${this.i18n.number(score!)}</span>
                  <span class="status status-${BAND_STATUS[band]}"
                    >${statusIcon(BAND_STATUS[band])}<span>${this.t(`health.rating.band.${band}`)}</span></span
                  >`
              : html`<span class="score"
                  >${
                    h.rating?.status
                      ? this.word('health.rating.status.', h.rating.status)
                      : this.t('common.not-available')
                  }</span
                >`
          }
        </div>
        <p>
          <span class="label">${this.t('health.account-status.label')}</span>
          <span
            >${
              h.accountStatus?.trim()
                ? this.word('health.account-status.', h.accountStatus)
                : this.t('common.not-available')
            }</span
          >
        </p>
        ${para(h.asOf && this.t('health.as-of', { date: this.i18n.date(h.asOf) }))}
      </div>
      <div class="tiles" part="tiles">
        ${METRIC_GROUPS.map((g) =>
          this.renderTile(
            g,
            metrics.filter((m) => metricTile(m) === g),
          ),
        )}
      </div>
      ${this.renderNotifications(h.notifications ?? [])}
    `;
  }

  private renderTile(group: MetricGroup, metrics: HealthMetric[]): TemplateResult {
    const open = !!this.expanded[group];
    const id = `t-${group}`;
    // Amazon's status of each metric first (the kit's own reading where Amazon states none).
    const overall = overallStatus(metrics.map((m) => readMetric(m).status));
    let body: TemplateResult | typeof nothing;
    if (group === 'customer-service') {
      // One ODR per channel in the columns; any further ODR (no channel, a second one) is listed, not dropped.
      const { odr, rest } = splitOrderDefectRates(metrics);
      body = html`<div class="odr" role="group" aria-labelledby="${id}-odr">
          <h4 id="${id}-odr">${this.nameOf('orderDefectRate')}</h4>
          <div class="odr-cols">${ODR_CHANNELS.map((c, i) => this.renderOdr(c, odr[i]))}</div>
        </div>
        ${this.renderList(group, rest)}`;
    } else if (group === 'policy-compliance' && !metrics.length) {
      body = para(this.t('health.policy.empty'));
    } else {
      body = this.renderList(group, metrics);
    }
    return html`<section class="tile" part="tile" aria-labelledby=${id} data-group=${group}>
      <header>
        <h3 id=${id}>${this.t(`health.tile.${group}`)}</h3>
        <p class="status status-${overall} overall">
          <span class="visually-hidden">${this.t('health.status-label')}:</span>${statusIcon(overall)}<span
            >${this.t(`health.status.${overall}`)}</span
          >
        </p>
      </header>
      ${body}
      <button
        type="button"
        class="toggle"
        aria-expanded=${open}
        aria-controls="${id}-details"
        aria-describedby=${id}
        @click=${() => this.toggle(group)}
      >
        ${this.t('health.details.show')}
      </button>
      <div id="${id}-details" class="details" part="details" ?hidden=${!open}>
        ${open ? this.renderDetails(metrics) : nothing}
      </div>
    </section>`;
  }

  /** Summary list (`summaryRows`): the known metrics, then those the kit does not know under "Other metrics". */
  private renderList(group: MetricGroup, metrics: HealthMetric[]): TemplateResult {
    const { rows, unknown } = summaryRows(group, metrics);
    const id = `t-${group}-other`;
    return html`<ul class="metrics">
        ${rows.map(([key, m]) => this.renderMetric(key, m))}
      </ul>
      ${
        unknown.length
          ? html`<div role="group" aria-labelledby=${id}>
              <h4 id=${id}>${this.t('health.other')}</h4>
              <ul class="metrics">
                ${unknown.map((m) => this.renderMetric(m.key, m))}
              </ul>
            </div>`
          : nothing
      }`;
  }

  private renderMetric(key: string, m: HealthMetric | undefined): TemplateResult {
    const r = m ? readMetric(m) : NO_READING;
    const missing = !m || m.value === null || m.value === undefined;
    const headroom = m && this.headroom(m);
    // An absent metric is always a known one: its definition gives the default target.
    const target = this.target(m ?? METRIC_DEFINITIONS[key]!);
    return html`<li class="metric" data-key=${key}>
      <div class="row">
        <span class="name"
          >${this.nameOf(key)}${m?.channel ? html` (${this.t(`health.channel.${m.channel}`)})` : nothing}</span
        >
        <span class="value">${this.value(m)}</span>
      </div>
      <div class="row">
        ${target ? html`<span class="muted">${target}</span>` : nothing}
        ${missing || r.status !== 'none' || m.sourceStatus?.trim() ? this.status(r) : nothing}
      </div>
      ${this.byNumbers(r)} ${para(headroom, 'headroom')}
    </li>`;
  }

  private renderOdr(channel: (typeof ODR_CHANNELS)[number], m: HealthMetric | undefined): TemplateResult {
    const label = this.t(`health.channel.${channel}`);
    const r = m ? readMetric(m) : NO_READING;
    return html`<div class="odr-col" data-channel=${channel}>
      <h5>${label}</h5>
      <p class="big">${this.value(m, 'rate')}</p>
      ${this.status(r, 'p')} ${this.byNumbers(r)} ${para(m && this.target(m))}
      ${para(m && this.ordersOf(m.numerator, m.denominator), '')} ${para(m && this.headroom(m), 'headroom')}
      ${
        m?.parts?.length
          ? html`<dl class="parts">
              ${m.parts.map((p) => {
                const { defects, orders: outOf, rate } = odrPartFigures(p, m);
                const orders = this.ordersOf(defects, outOf);
                // A part's own status where it states one (Amazon's NONE on a part: not rated on its own).
                const pr = readMetric(p);
                return html`<div>
                  <dt>${this.nameOf(p.key)}</dt>
                  <dd>
                    ${orders ?? this.fmt(p.value, p.kind)}${
                      rate !== null && orders ? html` · ${this.i18n.percent(rate)}` : nothing
                    }${pr.status !== 'none' || pr.unknown ? html` · ${this.status(pr)}` : nothing}${this.byNumbers(pr)}
                  </dd>
                </div>`;
              })}
            </dl>`
          : nothing
      }
      ${para(m && this.window(m))}
    </div>`;
  }

  /** Full list for the disclosure: every metric and part with window, counts and the source's status. */
  private renderDetails(metrics: HealthMetric[]): TemplateResult {
    const item = (m: HealthMetric): TemplateResult => {
      const r = readMetric(m);
      const fields: [string, unknown][] = [
        ['value', this.value(m)],
        [
          'status',
          m.target || m.value == null || r.status !== 'none' || r.unknown
            ? html`${this.status(r)}${this.byNumbers(r)}`
            : null,
        ],
        ['target', this.target(m)],
        [
          'count',
          typeof m.numerator === 'number' && typeof m.denominator === 'number'
            ? this.t('health.count-of', { n: this.i18n.number(m.numerator), total: this.i18n.number(m.denominator) })
            : null,
        ],
        ['headroom', this.headroom(m)],
        ['window', this.window(m)],
        ['source-status', m.sourceStatus ? humanize(m.sourceStatus) : null],
      ];
      return html`<li>
        <p class="name">${this.nameOf(m.key)}${m.channel ? ` (${this.t(`health.channel.${m.channel}`)})` : ''}</p>
        <dl>
          ${fields.map(([k, v]) =>
            v === null
              ? nothing
              : html`<div>
                  <dt>${this.t(`health.field.${k}`)}</dt>
                  <dd>${v}</dd>
                </div>`,
          )}
        </dl>
        ${
          m.parts?.length
            ? html`<ul>
                ${m.parts.map(item)}
              </ul>`
            : nothing
        }
      </li>`;
    };
    return html`<ul class="detail-list">
      ${metrics.map(item)}
    </ul>`;
  }

  private renderNotifications(list: AccountHealth['notifications']): TemplateResult {
    const unread = list.filter((n) => !n.read).length;
    // Newest first by instant (ISO strings with offsets or date-only do not sort as text); unreadable dates last.
    const at = (d: string) => Date.parse(d) || -Infinity;
    const sorted = [...list].sort((a, b) => at(b.date) - at(a.date) || 0);
    return html`<section class="notifications" part="notifications" aria-labelledby="n-title">
      <header>
        <h3 id="n-title">${this.t('health.notifications.title')}</h3>
        <span class="badge">${this.t('health.notifications.unread-count', { count: unread })}</span>
      </header>
      ${
        sorted.length
          ? html`<ul>
              ${sorted.map(
                (n) =>
                  html`<li class=${n.read ? 'read' : 'unread'}>
                    ${n.read ? nothing : html`<span class="unread-mark">${this.t('health.notifications.unread')}</span>`}
                    <span class="title" dir="auto">${n.title}</span>
                    <bdi class="muted">${this.i18n.date(n.date)}</bdi>
                  </li>`,
              )}
            </ul>`
          : para(this.t('health.notifications.empty'))
      }
    </section>`;
  }

  /** @internal */
  private toggle(group: MetricGroup): void {
    const open = !!this.expanded[group];
    if (!open && !this.emit(new HealthDetailsRequestEvent(group))) return;
    this.expanded[group] = !open;
    this.requestUpdate();
  }
}
