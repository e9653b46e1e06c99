import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { property } from 'lit/decorators.js';
import { AlertController } from '../../controllers/alert-controller.js';
import type { AlertSnapshot } from '../../policy/alerts.js';
import { TaskLifecycle } from '../../base/task-lifecycle.js';
import { KitElement } from '../../base/kit-element.js';
import { sessionFor } from '../../data/session.js';
import { lazyCode, loadCode } from '../../data/load-code.js';
import type { AccountHealth, MetricGroup } from '../../data/models.js';
import { HealthDetailsRequestEvent } from './account-health-tiles.events.js';
import type { HealthView } from './health-view.js';
import { styles } from './account-health-tiles.styles.js';

export { HealthDetailsRequestEvent };

/**
 * The report's view, policy readings and strings (`health-view.ts`) load with the first data, in parallel with the
 * request: once per page, again after a failed load (the task then fails with a `network` error: message and Retry).
 */
const viewModule = lazyCode(
  () => import('./health-view.js'),
  (m) => (m.registerHealthStrings(), m),
);

type Loaded = { denied: true } | { denied: false; health: AccountHealth };

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
      // The view and its strings load beside the requests; the result renders once both are there.
      const text = loadCode(this.loadView());
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
      // Built by the alert code once loaded (it remembers the earlier snapshot).
      return r && !r.denied ? (m) => m.healthAlertInput(this.env?.account, r.health, this.previous) : null;
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

  /** @internal The report's view and strings, loaded with the first data (tests replace it to simulate a failure). */
  protected loadView(): Promise<unknown> {
    return viewModule();
  }

  /** @internal The loaded report's view (made on its first render: a loaded report implies a loaded module). */
  private view?: HealthView;

  private renderHealth(h: AccountHealth): TemplateResult {
    this.view ??= new viewModule.value!.HealthView({
      i18n: this.i18n,
      alerts: this.alerts,
      isOpen: (group) => !!this.expanded[group],
      toggle: (group) => this.toggle(group),
    });
    return this.view.render(h);
  }

  /** @internal */
  private toggle(group: MetricGroup): void {
    const open = !!this.expanded[group];
    if (!open && !this.emit(new HealthDetailsRequestEvent(group))) return;
    this.expanded[group] = !open;
    this.requestUpdate();
  }
}
