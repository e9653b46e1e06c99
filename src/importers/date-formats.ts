/**
 * Date formats of Amazon's Seller Feedback report (`GET_SELLER_FEEDBACK_DATA`), per marketplace.
 *
 * Source: POLICY.md "Report formats". This is a small private table on purpose: the policy module keeps the
 * full marketplace table (`marketplaceById(id).reportDateFormat`); the importers do not depend on it.
 * Parsing is hand-written (no regular expressions) because it runs once per row of reports that can hold
 * 100 000 rows.
 */

export type ReportDateFormat = 'M/D/YY' | 'D/M/YY' | 'D.M.YY' | 'YY/M/D' | 'YYYY-MM-DD';

export interface MarketplaceReportFormat {
  /** Two-letter code Amazon uses for the marketplace (UK, not GB). */
  country: string;
  dateFormat: ReportDateFormat;
  /** Encoding of older report files when a file is not valid UTF-8. */
  legacyEncoding: 'windows-1252' | 'shift_jis';
}

const mk = (
  country: string,
  dateFormat: ReportDateFormat,
  legacyEncoding: MarketplaceReportFormat['legacyEncoding'] = 'windows-1252',
): MarketplaceReportFormat => ({ country, dateFormat, legacyEncoding });

/** Marketplace id → report format (ids from Amazon's SP-API "Marketplace IDs" page). */
export const REPORT_FORMATS: Readonly<Record<string, MarketplaceReportFormat>> = {
  ATVPDKIKX0DER: mk('US', 'M/D/YY'),
  A2EUQ1WTGCTBG2: mk('CA', 'D/M/YY'),
  A1AM78C64UM0Y8: mk('MX', 'D/M/YY'),
  A2Q3Y263D00KWC: mk('BR', 'D/M/YY'),
  A1F83G8C2ARO7P: mk('UK', 'D/M/YY'),
  A1PA6795UKMFR9: mk('DE', 'D.M.YY'),
  A13V1IB3VIYZZH: mk('FR', 'D/M/YY'),
  APJ6JRA9NG5V4: mk('IT', 'D/M/YY'),
  A1RKKUPIHCS9HS: mk('ES', 'D/M/YY'),
  A1805IZSGTT6HS: mk('NL', 'D/M/YY'),
  A2NODRKZP88ZB9: mk('SE', 'YYYY-MM-DD'),
  A1C3SOZRARQ6R3: mk('PL', 'D/M/YY'),
  A33AVAJ2PDY3EV: mk('TR', 'D/M/YY'),
  AMEN7PMS3EDWL: mk('BE', 'D/M/YY'),
  A28R8C7NBKEWEA: mk('IE', 'D/M/YY'),
  A21TJRUUN4KGV: mk('IN', 'D/M/YY'),
  A2VIGQ35RCS4UG: mk('AE', 'D/M/YY'),
  A17E79C6D8DWNP: mk('SA', 'D/M/YY'),
  ARBP9OOSHTCHU: mk('EG', 'D/M/YY'),
  A39IBJ37TRP1C6: mk('AU', 'D/M/YY'),
  A19VAU5U5O7RUS: mk('SG', 'D/M/YY'),
  A1VC38T7YXB528: mk('JP', 'YY/M/D', 'shift_jis'),
};

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
