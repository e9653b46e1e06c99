/**
 * The kit's one rule for dates without a time (SPEC §4: dates are ISO 8601 strings).
 *
 * A date-only string (`2025-05-06`, as Amazon's report files give) names a **calendar day**, not an instant. It is
 * the same day for every user: shown as that day in every time zone, never shifted by the viewer's offset.
 * Internally a calendar day is the epoch ms of its midnight in UTC (what `Date.parse` gives for a date-only string).
 *
 * An instant (`2025-05-06T22:30:00Z`) falls on the calendar day the user sees: its day in the **local** time zone.
 * Where a calendar day meets an instant (a date-only query bound against timestamped data; "days since" a
 * date-only date until now), the instant is put on the calendar-day axis by `wallClockMs`: its local wall-clock
 * time read as if it were UTC.
 *
 * Used by the localisation controller (formatting), the policy (elapsed days), the in-memory adapter (query
 * bounds) and the importers (the latest date a report may hold).
 */

export const DAY_MS = 86_400_000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date-only string: a calendar day, not an instant. */
export function isDateOnly(value: unknown): value is string {
  return typeof value === 'string' && DATE_ONLY.test(value);
}

/** An instant's local wall-clock time read as UTC: puts instants on the axis where calendar days are UTC midnights. */
export function wallClockMs(instantMs: number): number {
  return instantMs - new Date(instantMs).getTimezoneOffset() * 60_000;
}

/** The calendar day (UTC-midnight epoch ms) the user sees an instant on. */
export function localDayMs(instant: Date | number): number {
  const d = new Date(instant);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The calendar day an instant falls on in UTC, as a date-only string. */
export function utcDay(instantMs: number): string {
  return new Date(instantMs).toISOString().slice(0, 10);
}

/** Intl options for showing `value`: a date-only string is formatted in UTC, so it shows as that very day. */
export function dateFormatOptions(value: unknown, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  return isDateOnly(value) ? { ...opts, timeZone: 'UTC' } : opts;
}

/**
 * A query's `from` / `to` as a test of a date. A date-only bound is a whole calendar day (`to` includes all of
 * it) and is compared with an instant's local calendar day; an instant bound is compared as an instant. An absent
 * or unreadable bound does not limit.
 */
export function dateRange(
  from: string | undefined,
  to: string | undefined,
): { bounded: boolean; contains(ms: number, isDay?: boolean): boolean } {
  const lo = from ? Date.parse(from) : NaN;
  const hiMs = to ? Date.parse(to) : NaN;
  const loDay = isDateOnly(from);
  const hiDay = isDateOnly(to);
  const hi = hiDay ? hiMs + DAY_MS - 1 : hiMs;
  return {
    bounded: !Number.isNaN(lo) || !Number.isNaN(hi),
    contains(ms, isDay = false) {
      const wall = loDay || hiDay ? (isDay ? ms : wallClockMs(ms)) : ms;
      return !((loDay ? wall : ms) < lo || (hiDay ? wall : ms) > hi);
    },
  };
}
