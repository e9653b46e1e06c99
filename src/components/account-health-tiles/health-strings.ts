/**
 * `<account-health-tiles>`' English strings (labels, statuses, targets, headroom, details, notifications) and the
 * metric names: loaded with the first data, in parallel with the request (nothing but the loading label, in
 * common.ts, is shown before it). Other locales load whole, as always.
 * @internal
 */
import { addEnglish } from '../../i18n/index.js';
import healthEn from '../../i18n/en/health.js';
import metricsEn from '../../i18n/en/metrics.js';

export function registerHealthStrings(): void {
  addEnglish(healthEn, metricsEn);
}
