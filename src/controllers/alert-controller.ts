import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addEnglish } from '../i18n/index.js';
import alertsEn from '../i18n/en/alerts.js';
import type { AccountHealth, Feedback, FeedbackSummary } from '../data/models.js';
import type { Alert, AlertInput, AlertRules, AlertSnapshot } from '../policy/alerts.js';

/** The rules load on first use (after the element's data arrived): they are not part of an element's first load. */
type AlertsModule = typeof import('../policy/alerts.js');
let policy: AlertsModule | undefined;
let loading: Promise<AlertsModule> | undefined;
const loadRules = (): Promise<AlertsModule> => (loading ??= import('../policy/alerts.js').then((m) => (policy = m)));

type Host = ReactiveControllerHost & HTMLElement;

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
 * - `alerts` holds the result, shown by `renderAlertBadge` (`components/shared/alert-badge.ts`) in the same render.
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
    private readonly source: () => AlertInput | null | undefined,
    private readonly clock: () => Date = () => new Date(),
  ) {
    addEnglish(alertsEn);
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    const input = this.source() ?? null;
    if (input && !policy) {
      // Computed once the rules have loaded (one shared import), in the update that follows.
      void loadRules().then(() => this.host.requestUpdate());
      return;
    }
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
    const next = input && policy ? policy.alertsFor(input, this.rules, this.clock()) : [];
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

  /** Expands or collapses the alert list. */
  toggle(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }
}

// ---- the earlier snapshot (rating-drop, account-status-changed) --------------------------------------------------

/** localStorage key prefix of the remembered snapshots. */
export const ALERT_MEMORY_PREFIX = 'srk-alerts:';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (a sandboxed frame, privacy settings)
  }
}

/**
 * The snapshot before the current one, for a scope (an account's Account Health in one marketplace, its feedback
 * rating). The kit keeps the last two *different* readings per scope in `localStorage` (key
 * `srk-alerts:<scope>`): a reading whose `fingerprint` (the report's `asOf`, the rating and its count) differs from
 * the stored one moves the stored one to "previous". Reloading the same data keeps the same previous snapshot, so
 * the same alert (same id) shows again and `kit-alert` is not fired twice on a page. Without storage: null.
 */
export function rememberSnapshot(scope: string, fingerprint: string, current: AlertSnapshot): AlertSnapshot | null {
  const store = storage();
  if (!store) return null;
  const key = ALERT_MEMORY_PREFIX + scope;
  try {
    const raw = store.getItem(key);
    const saved = raw
      ? (JSON.parse(raw) as { fp?: string; current?: AlertSnapshot; previous?: AlertSnapshot | null })
      : null;
    if (saved && saved.fp === fingerprint) return saved.previous ?? null;
    const previous = saved?.current ?? null;
    store.setItem(key, JSON.stringify({ fp: fingerprint, current, previous }));
    return previous;
  } catch {
    return null; // full or unreadable: no comparison rather than a failure
  }
}

/** One memory lookup per loaded object (a render never touches storage twice for the same data). */
const remembered = new WeakMap<object, AlertSnapshot | null>();
function previousOf(data: object, scope: string, fingerprint: string, current: AlertSnapshot): AlertSnapshot | null {
  if (!remembered.has(data)) remembered.set(data, rememberSnapshot(scope, fingerprint, current));
  return remembered.get(data) ?? null;
}

/**
 * `<account-health-tiles>`' input: the report, and the earlier snapshot — `previous` when the host sets it, else the
 * one remembered for the account and marketplace (`rememberSnapshot`).
 */
export function healthAlertInput(
  accountId: string | null | undefined,
  health: AccountHealth | null | undefined,
  previous?: AlertSnapshot | null,
): AlertInput | null {
  if (!health) return null;
  const current: AlertSnapshot = {
    ratingScore: health.rating?.score ?? null,
    accountStatus: health.accountStatus ?? null,
    asOf: health.asOf ?? null,
  };
  const scope = `health:${accountId ?? '-'}:${health.marketplaceId}`;
  const prev =
    previous !== undefined
      ? previous
      : previousOf(health, scope, `${health.asOf}|${current.ratingScore}|${current.accountStatus}`, current);
  return { ...(accountId ? { accountId } : {}), accountHealth: health, previous: prev };
}

/**
 * `<feedback-table>`'s input: the loaded page of feedback, the summary, and the feedback rating remembered for the
 * account (`rememberSnapshot`, fingerprint: rating and count).
 */
export function feedbackAlertInput(
  accountId: string | null | undefined,
  feedback: readonly Feedback[] | undefined,
  summary: FeedbackSummary | null | undefined,
): AlertInput | null {
  if (!feedback && !summary) return null;
  const input: AlertInput = accountId ? { accountId } : {};
  if (feedback) input.feedback = feedback;
  if (summary && summary.ratingCount > 0) {
    input.feedbackSummary = summary;
    input.previous = previousOf(
      summary,
      `feedback:${accountId ?? '-'}`,
      `${summary.ratingAverage}|${summary.ratingCount}`,
      {
        feedbackRating: summary.ratingAverage,
      },
    );
  }
  return input;
}
