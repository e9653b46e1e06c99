import { html, nothing, type TemplateResult } from 'lit';
import { hasMessage, type Params } from '../../i18n/index.js';
import type { LocalizeController } from '../../base/localize.js';
import type { AlertController } from '../../controllers/alert-controller.js';
import type { Alert, AlertSeverity } from '../../policy/alerts.js';
import { humanize, statusIcon } from '../account-health-tiles/health-format.js';

const ICON = { critical: 'bad', warning: 'at-risk', info: 'none' } as const satisfies Record<AlertSeverity, string>;

/** A word from a key prefix and a machine value (`health.metric.` + `orderDefectRate`), else the value in words. */
function word(i18n: LocalizeController, prefix: string, value: string): string {
  return hasMessage(i18n.locale, prefix + value) ? i18n.t(prefix + value) : humanize(value);
}

/**
 * An alert's message in the element's locale: its `messageKey` with its `params`, where `metricKey` becomes the
 * metric's name (`{metric}`, with the fulfilment channel in brackets), and an account status's `from` / `to`
 * Amazon's status in words.
 */
export function alertMessage(i18n: LocalizeController, alert: Alert): string {
  const p: Params = { ...alert.params };
  if (typeof p.metricKey === 'string') {
    const name = word(i18n, 'health.metric.', p.metricKey);
    p.metric = typeof p.channel === 'string' ? `${name} (${word(i18n, 'health.channel.', p.channel)})` : name;
  }
  if (alert.kind === 'account-status-changed') {
    for (const k of ['from', 'to'] as const)
      if (typeof p[k] === 'string') p[k] = word(i18n, 'health.account-status.', p[k]);
  }
  return hasMessage(i18n.locale, alert.messageKey) ? i18n.t(alert.messageKey, p) : alert.messageKey;
}

/**
 * The alert badge of an element's header: a disclosure button "Alerts (3)" (`aria-expanded`, the worst severity's
 * icon) and, when expanded, the list of alerts, each with its severity in words and an icon (never by colour
 * alone; an agency's hundreds are rendered only once the list is opened). Nothing when there are no alerts. Text is rendered as text (a product title in a message stays text).
 * Styles: `.srk-alerts` in the shared styles. Part `alerts`. `subject(alert)`, when given, names what each alert
 * is about before its message (the portfolio: the account and marketplace).
 */
export function renderAlertBadge(
  ctrl: AlertController,
  i18n: LocalizeController,
  subject?: (alert: Alert) => string,
): TemplateResult | typeof nothing {
  const alerts = ctrl.alerts;
  if (!alerts.length) return nothing;
  const worst = alerts[0]!.severity;
  return html`<div class="srk-alerts" part="alerts">
    <button
      type="button"
      class="srk-alerts-toggle srk-alert-${worst}"
      aria-expanded=${ctrl.open ? 'true' : 'false'}
      aria-controls="srk-alerts-list"
      @click=${() => ctrl.toggle()}
    >
      ${statusIcon(ICON[worst])}<span>${i18n.t('alerts.button', { count: alerts.length })}</span>
    </button>
    <ul id="srk-alerts-list" class="srk-alerts-list" aria-label=${i18n.t('alerts.list')} ?hidden=${!ctrl.open}>
      ${
        !ctrl.open
          ? nothing
          : alerts.map(
              (a) =>
                html`<li class="srk-alert srk-alert-${a.severity}" data-kind=${a.kind} data-alert-id=${a.id}>
                  ${statusIcon(ICON[a.severity])}<span class="srk-alert-severity"
                    >${i18n.t(`alerts.severity.${a.severity}`)}:</span
                  >
                  ${subject ? html`<span class="srk-alert-subject" dir="auto">${subject(a)}:</span>` : nothing}
                  <span>${alertMessage(i18n, a)}</span>
                </li>`,
            )
      }
    </ul>
  </div>`;
}
