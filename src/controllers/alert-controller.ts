import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../base/localize.js';
import type { Alert, AlertInput, AlertRules } from '../policy/alerts.js';
import { lazyCode } from '../data/load-code.js';

/**
 * The rules, the badge and the alert strings load on first use (after the element's data arrived): they are not
 * part of an element's first load.
 */
type AlertsModule = typeof import('./alert-view.js');
const loadRules = lazyCode(
  (): Promise<AlertsModule> => import('./alert-view.js'),
  (m) => (m.registerAlertStrings(), m),
);

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What an element's `source()` returns: its facts (`AlertInput`), or, for an input the alert code builds
 * (`feedbackAlertInput`, `healthAlertInput`: the remembered snapshots), a function of that code, called once it has
 * loaded; null or undefined while nothing is loaded.
 */
export type AlertSource = AlertInput | ((alerts: AlertsModule) => AlertInput | null) | null | undefined;

/**
 * `kit-alert`: an element knows an alert (SPEC §8 `Alert`, from `alertsFor`). Bubbles and is composed, so one
 * listener on `document` hears every element; fired once per alert id per page (see `AlertController`). Not
 * cancelable: the element shows the alert in its header whatever a listener does.
 */
export class KitAlertEvent extends Event {
  readonly detail: { alert: Alert };
  constructor(readonly alert: Alert) {
    super('kit-alert', { bubbles: true, composed: true });
    this.detail = { alert };
  }
}

declare global {
  interface HTMLElementEventMap {
    'kit-alert': KitAlertEvent;
  }
}

/** The page's registry: ids of the alerts already fired, by any element (module-level, so once per page). */
const fired = new Set<string>();

/** @internal Tests only: forget which alerts were fired, as a page reload would. */
export function resetFiredAlerts(): void {
  fired.clear();
}

/** Whether `kit-alert` was already fired for this id on this page. */
export function alertFired(id: string): boolean {
  return fired.has(id);
}

/**
 * The alerts one element knows, and their `kit-alert` events.
 *
 * - `source()` returns the element's facts as an `AlertInput` (or null while nothing is loaded). It is read before
 *   each render (`hostUpdate`, never from the render); `alertsFor` runs again only when one of the input's fields
 *   changed identity (a newly loaded page, a new summary), so an update with the same data costs nothing. Age
 *   rules (24 h, 7 days) are read with the element's clock when the data arrives.
 * - `alerts` holds the result, shown by `render()` (the badge of `components/shared/alert-badge.ts`) in the same render.
 * - Each alert whose id the page has not seen yet fires `kit-alert` from the host — once per id per page, across
 *   elements: reloading the same data, or a second element knowing the same alert, fires nothing.
 * - `open`: whether the header's alert list is expanded (`toggle()`).
 */
export class AlertController implements ReactiveController {
  /** The element's current alerts, most severe first. */
  alerts: readonly Alert[] = [];
  /** The alert list is expanded. */
  open = false;
  /** Rules for `alertsFor` (defaults: `DEFAULT_ALERT_RULES`). */
  rules: Partial<AlertRules> | null = null;
  private last: unknown[] | null = null;

  constructor(
    private readonly host: Host,
    private readonly source: () => AlertSource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    const source = this.source();
    if (source && !loadRules.value) {
      // Computed once the rules have loaded (one shared import), in the update that follows.
      void loadRules().then(
        () => this.host.requestUpdate(),
        () => undefined, // no alerts for now; the next update tries again
      );
      return;
    }
    const input = (typeof source === 'function' ? source(loadRules.value!) : source) ?? null;
    const deps = input
      ? [
          this.rules,
          ...Object.keys(input)
            .sort()
            .flatMap((k) => [k, input[k as keyof AlertInput]]),
        ]
      : [];
    if (this.last && deps.length === this.last.length && deps.every((d, i) => d === this.last![i])) return;
    this.last = deps;
    const next = input && loadRules.value ? loadRules.value.alertsFor(input, this.rules, this.clock()) : [];
    const changed = next.length !== this.alerts.length || next.some((a, i) => a.id !== this.alerts[i]?.id);
    if (changed) {
      this.alerts = next;
      if (!next.length) this.open = false;
    }
    for (const alert of next) {
      if (fired.has(alert.id)) continue;
      fired.add(alert.id);
      this.host.dispatchEvent(new KitAlertEvent(alert));
    }
  }

  /**
   * The header badge (`renderAlertBadge`, `components/shared/alert-badge.ts`): nothing until the alert code has
   * loaded, as there is no alert before. `subject(alert)` names what each alert is about (the portfolio's account).
   */
  render(i18n: LocalizeController, subject?: (alert: Alert) => string): TemplateResult | typeof nothing {
    return loadRules.value && this.alerts.length ? loadRules.value.renderAlertBadge(this, i18n, subject) : nothing;
  }

  /** Expands or collapses the alert list. */
  toggle(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }
}

// The inputs and the remembered snapshots live in alert-memory.ts (re-exported here for existing imports).
export { ALERT_MEMORY_PREFIX, feedbackAlertInput, healthAlertInput, rememberSnapshot } from './alert-memory.js';
