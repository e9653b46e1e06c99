/**
 * The small part of the alert rules (SPEC §8) that the portfolio needs on first load: the kinds, the severities,
 * and what an `AccountSummary` reveals on its own. `alerts.ts` builds on it; kept apart so that a bundle counting
 * open alerts does not carry the rest of the rules.
 */
import type { AccountSummary } from '../data/models.js';

export const ALERT_KINDS = [
  'negative-feedback-unanswered',
  'critical-review-cluster',
  'metric-near-target',
  'metric-over-target',
  'rating-drop',
  'account-status-changed',
] as const;
/** What an alert is about (SPEC §8). */
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** A count as given when it is a positive finite number, else 0. */
export const positive = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);

/**
 * The count alerts an `AccountSummary` reveals on its own (see `summaryAlerts`): `[kind, count, severity]` each —
 * the one rule behind `alertsFor({accounts})` and the portfolio's cheap `openAlerts(summary)`.
 */
export function summaryCounts(a: AccountSummary): [AlertKind, number, AlertSeverity][] {
  if (a.access === false) return [];
  const out: [AlertKind, number, AlertSeverity][] = [];
  const bad = positive(a.metricsBad);
  const atRisk = positive(a.metricsAtRisk);
  const toAnswer = positive(a.negativeFeedbackUnanswered);
  if (bad) out.push(['metric-over-target', bad, 'critical']);
  if (atRisk) out.push(['metric-near-target', atRisk, 'warning']);
  if (toAnswer) out.push(['negative-feedback-unanswered', toAnswer, 'warning']);
  return out;
}
