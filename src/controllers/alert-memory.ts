import type { AccountHealth, Feedback, FeedbackSummary } from '../data/models.js';
import type { AlertInput, AlertSnapshot } from '../policy/alerts.js';

/*
 * The alert inputs of `<account-health-tiles>` and `<feedback-table>` and the snapshots they remember, apart from
 * `AlertController`: an element that builds its input only once its data (and its lazy view) arrived loads this
 * from that chunk, not with its first load.
 */

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
