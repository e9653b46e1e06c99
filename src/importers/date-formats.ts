/**
 * Date formats of Amazon's Seller Feedback report (`GET_SELLER_FEEDBACK_DATA`), per marketplace.
 *
 * Source: POLICY.md "Report formats", through the policy module's marketplace table.
 * Parsing is hand-written (no regular expressions) because it runs once per row of reports that can hold
 * 100 000 rows.
 */

import { MARKETPLACES, type Marketplace } from '../policy/marketplaces.js';

export type ReportDateFormat = Marketplace['reportDateFormat'];

export interface MarketplaceReportFormat {
  /** Two-letter code Amazon uses for the marketplace (UK, not GB). */
  country: string;
  dateFormat: ReportDateFormat;
  /** Encoding of older report files when a file is not valid UTF-8. */
  legacyEncoding: 'windows-1252' | 'shift_jis';
}

/**
 * Marketplace id → report format, derived from the policy module's marketplace table (the one source of
 * marketplace facts). Older JP files are Shift_JIS; older US/EU files windows-1252 (POLICY.md).
 */
export const REPORT_FORMATS: Readonly<Record<string, MarketplaceReportFormat>> = Object.freeze(
  Object.fromEntries(
    MARKETPLACES.map((m) => [
      m.id,
      {
        country: m.country,
        dateFormat: m.reportDateFormat,
        legacyEncoding: m.country === 'JP' ? 'shift_jis' : 'windows-1252',
      } satisfies MarketplaceReportFormat,
    ]),
  ),
);

/** The report format of a marketplace id, or `undefined` for an id the importers do not know. */
export function reportFormatFor(marketplaceId: string): MarketplaceReportFormat | undefined {
  return Object.prototype.hasOwnProperty.call(REPORT_FORMATS, marketplaceId)
    ? REPORT_FORMATS[marketplaceId]
    : undefined;
}

interface Layout {
  sep: number; // char code of the separator
  order: readonly ['d' | 'm' | 'y', 'd' | 'm' | 'y', 'd' | 'm' | 'y'];
}

const LAYOUTS: Record<ReportDateFormat, Layout> = {
  'M/D/YY': { sep: 47, order: ['m', 'd', 'y'] },
  'D/M/YY': { sep: 47, order: ['d', 'm', 'y'] },
  'D.M.YY': { sep: 46, order: ['d', 'm', 'y'] },
  'YY/M/D': { sep: 47, order: ['y', 'm', 'd'] },
  'YYYY-MM-DD': { sep: 45, order: ['y', 'm', 'd'] },
};

const pad2 = (n: number): string => (n < 10 ? '0' + n : '' + n);

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Parses a report date (already trimmed) in the given format and returns ISO `YYYY-MM-DD`, or `null` when
 * the text is not a valid date in that format. Two-digit years are 20YY; four-digit years are accepted too.
 */
export function parseReportDate(text: string, format: ReportDateFormat): string | null {
  const { sep, order } = LAYOUTS[format];
  let d = 0;
  let m = 0;
  let y = 0;
  let yDigits = 0;
  let part = 0;
  let value = 0;
  let digits = 0;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : sep;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (digits > 4) return null;
      continue;
    }
    if (c !== sep || digits === 0 || part > 2) return null;
    const which = order[part];
    if (which === 'y') {
      y = value;
      yDigits = digits;
    } else {
      if (digits > 2) return null;
      if (which === 'd') d = value;
      else m = value;
    }
    part++;
    value = 0;
    digits = 0;
  }
  if (part !== 3) return null;
  if (yDigits === 2) y += 2000;
  else if (yDigits !== 4) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return y + '-' + pad2(m) + '-' + pad2(d);
}

/**
 * Formats an ISO date (`YYYY-MM-DD` or a full ISO timestamp, whose date part is used) the way the report writes
 * it. Years are written with two digits except in `YYYY-MM-DD`; the parser reads them back as 20YY.
 */
export function formatReportDate(iso: string, format: ReportDateFormat): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || iso.charAt(4) !== '-') {
    throw new RangeError(`Not an ISO date: ${iso}`);
  }
  const yy = pad2(y % 100);
  switch (format) {
    case 'M/D/YY':
      return `${m}/${d}/${yy}`;
    case 'D/M/YY':
      return `${d}/${m}/${yy}`;
    case 'D.M.YY':
      return `${d}.${m}.${yy}`;
    case 'YY/M/D':
      return `${yy}/${m}/${d}`;
    case 'YYYY-MM-DD':
      return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  }
}
