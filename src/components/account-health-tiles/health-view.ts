/**
 * `<account-health-tiles>`' report: the summary, the three tiles with their metrics, the details and the
 * notifications, with the policy readings they need (`policy/account-health.ts`), the English strings and the metric
 * names. Loaded with the first data, in parallel with the request: nothing of it is drawn
 * before (the loading, error, no-permission and configuration states are the element's own, from `KitElement` and
 * common.ts). Other locales load whole, as always.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import type { AlertController } from '../../controllers/alert-controller.js';
import { METRIC_GROUPS, type AccountHealth, type HealthMetric, type MetricGroup } from '../../data/models.js';
import { addEnglish, hasMessage, type MessageKeyArg, type Params } from '../../i18n/index.js';
import healthEn from '../../i18n/en/health.js';
import metricsEn from '../../i18n/en/metrics.js';
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
import { humanize, statusIcon } from './health-format.js';

/** Adds the English strings and metric names (the fallback of every locale). */
export function registerHealthStrings(): void {
  addEnglish(healthEn, metricsEn);
}

/** What the view reads from its element. */
export interface HealthHost {
  readonly i18n: LocalizeController;
  readonly alerts: AlertController;
  /** Whether a tile's "View details" is expanded. */
  isOpen(group: MetricGroup): boolean;
  /** "View details" was pressed on a tile. */
  toggle(group: MetricGroup): void;
}

const BAND_STATUS = { healthy: 'good', 'at-risk': 'at-risk', critical: 'bad' } as const;
const UTC: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };

/** A paragraph of `text` (class `cls`, none when ''), or nothing without text. */
const para = (text: string | null | undefined, cls = 'muted') =>
  text ? html`<p class=${cls || nothing}>${text}</p>` : nothing;

const NO_READING: MetricReading = { status: 'none' };

/** Renders a loaded report for its element (`render`). */
export class HealthView {
  constructor(private readonly host: HealthHost) {}

  private get i18n(): LocalizeController {
    return this.host.i18n;
  }

  private t<K extends string>(key: MessageKeyArg<K>, params?: Params): string {
    return this.i18n.t(key, params);
  }

  // ------------------------------------------------------------------------------------------ formatting

  /** Metric display name: `health.metric.<key>` (the key every METRIC_DEFINITIONS entry names), else the key in words. */
  private nameOf(key: string): string {
    return this.word('health.metric.', key);
  }

  private word(prefix: string, value: string): string {
    return hasMessage(this.i18n.locale, prefix + value) ? this.i18n.t(prefix + value) : humanize(value);
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
   * "3 more defects before the 1% target" / "Over target by 2 orders" / "Below target by 2 orders"
   * ("… late responses" / "… messages" for response-time metrics) / null: no counts or target, not a rate, or
   * counts contradicting the reported rate by more than half a percentage point.
   */
  private headroom(m: HealthMetric): string | null {
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

  render(h: AccountHealth): TemplateResult {
    const metrics = (h.metrics ?? []).map(withDefaultTarget);
    const score = h.rating?.score ?? null;
    const band = ratingBand(score);
    return html`
      ${this.host.alerts.render(this.i18n)}
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
    const open = this.host.isOpen(group);
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
        @click=${() => this.host.toggle(group)}
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
}
