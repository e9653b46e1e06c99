/**
 * What an element's alerts need once it has data, loaded on first use by `AlertController` (never part of an
 * element's first load; no alert exists before it has loaded): the rules (`alertsFor`), the header badge
 * (`renderAlertBadge`) and the English alert strings.
 * @internal
 */
import { addEnglish } from '../i18n/index.js';
import alertsEn from '../i18n/en/alerts.js';

export { alertsFor } from '../policy/alerts.js';
export { renderAlertBadge } from '../components/shared/alert-badge.js';
export { feedbackAlertInput, healthAlertInput } from './alert-memory.js';

/** Adds the English alert strings (the fallback of every locale). */
export function registerAlertStrings(): void {
  addEnglish(alertsEn);
}
