/**
 * Whole days between two dates, the policy rules' one day count (contact, feedback, retention): its own module so
 * that a bundle needing only this (`<feedback-table>`) does not share a chunk with the marketplace tables.
 */
import { DAY_MS, isDateOnly, localDayMs } from '../data/dates.js';

function toMs(d: Date | string): number {
  return typeof d === 'string' ? Date.parse(d) : d.getTime();
}

/**
 * Whole days elapsed from `a` to `b`: `Math.floor((b - a) / DAY_MS)`. Exactly 365 × 24 h is 365; one
 * millisecond less is 364. Negative when `b` is before `a`. NaN when either date is invalid.
 * A date-only `a` ('2025-03-01', as report files give) is a calendar day, shown as that day in every time zone:
 * it is counted against the calendar day of `b` in the local time zone (what the user sees), so "within 90 days"
 * does not end hours early west of UTC or late east of it. Two date-only strings count calendar days.
 */
export function daysBetween(a: Date | string, b: Date | string): number {
  if (isDateOnly(a) && !isDateOnly(b)) return Math.floor((localDayMs(toMs(b)) - Date.parse(a)) / DAY_MS);
  return Math.floor((toMs(b) - toMs(a)) / DAY_MS);
}
