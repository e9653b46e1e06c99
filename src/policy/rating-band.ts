/**
 * The Account Health Rating's bands, apart from the metric rules of `account-health.ts` (which re-exports it): the
 * portfolio's first load needs the bands, not the rules. Source: POLICY.md "Account Health".
 */

/**
 * POLICY.md: Account Health Rating 200–1000 healthy, 100–199 at risk, 0–99 critical; null when absent or outside
 * the 0–1000 scale (a negative or NaN score is not "critical", it is unknown).
 */
export function ratingBand(score: number | null): 'healthy' | 'at-risk' | 'critical' | null {
  if (typeof score !== 'number' || !(score >= 0 && score <= 1000)) return null;
  if (score >= 200) return 'healthy';
  if (score >= 100) return 'at-risk';
  return 'critical';
}
