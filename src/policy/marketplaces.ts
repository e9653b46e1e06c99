/**
 * Marketplace table, review retention and Report-abuse links.
 * Source: POLICY.md "Product reviews" (retention 30 days; Canada 90 days) and "Report formats" (date formats,
 * marketplace ids).
 */
import type { Review } from '../data/models.js';
import { DAY_MS, isDateOnly, localDayMs } from '../data/dates.js';

export interface Marketplace {
  id: string;
  country: string;
  /** 'amazon.com', 'amazon.co.uk', … */
  domain: string;
  /** BCP 47 locale, e.g. 'en-US', 'de-DE'. */
  locale: string;
  /** Date format of the Seller Feedback report (POLICY.md "Report formats"). */
  reportDateFormat: 'M/D/YY' | 'D/M/YY' | 'D.M.YY' | 'YY/M/D' | 'YYYY-MM-DD';
  /** Days a review stays on Brand Dashboard › Customer Reviews (30 default, CA 90). */
  retentionDays: number;
}

export { DAY_MS };
/** POLICY.md: "Default retention 30 days, per-marketplace override." */
export const DEFAULT_RETENTION_DAYS = 30;

const freezeAll = (list: Marketplace[]): readonly Marketplace[] => Object.freeze(list.map((m) => Object.freeze(m)));

// Pure: a bundle that only needs daysBetween (the contact and feedback rules) drops the table.
export const MARKETPLACES: readonly Marketplace[] = /* @__PURE__ */ freezeAll([
  {
    id: 'ATVPDKIKX0DER',
    country: 'US',
    domain: 'amazon.com',
    locale: 'en-US',
    reportDateFormat: 'M/D/YY',
    retentionDays: 30,
  },
  // The Canadian help page says reviews stay 90 days (POLICY.md).
  {
    id: 'A2EUQ1WTGCTBG2',
    country: 'CA',
    domain: 'amazon.ca',
    locale: 'en-CA',
    reportDateFormat: 'D/M/YY',
    retentionDays: 90,
  },
  {
    id: 'A1AM78C64UM0Y8',
    country: 'MX',
    domain: 'amazon.com.mx',
    locale: 'es-MX',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A2Q3Y263D00KWC',
    country: 'BR',
    domain: 'amazon.com.br',
    locale: 'pt-BR',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A1F83G8C2ARO7P',
    country: 'UK',
    domain: 'amazon.co.uk',
    locale: 'en-GB',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A1PA6795UKMFR9',
    country: 'DE',
    domain: 'amazon.de',
    locale: 'de-DE',
    reportDateFormat: 'D.M.YY',
    retentionDays: 30,
  },
  {
    id: 'A13V1IB3VIYZZH',
    country: 'FR',
    domain: 'amazon.fr',
    locale: 'fr-FR',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'APJ6JRA9NG5V4',
    country: 'IT',
    domain: 'amazon.it',
    locale: 'it-IT',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A1RKKUPIHCS9HS',
    country: 'ES',
    domain: 'amazon.es',
    locale: 'es-ES',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A1805IZSGTT6HS',
    country: 'NL',
    domain: 'amazon.nl',
    locale: 'nl-NL',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A2NODRKZP88ZB9',
    country: 'SE',
    domain: 'amazon.se',
    locale: 'sv-SE',
    reportDateFormat: 'YYYY-MM-DD',
    retentionDays: 30,
  },
  {
    id: 'A1C3SOZRARQ6R3',
    country: 'PL',
    domain: 'amazon.pl',
    locale: 'pl-PL',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A1VC38T7YXB528',
    country: 'JP',
    domain: 'amazon.co.jp',
    locale: 'ja-JP',
    reportDateFormat: 'YY/M/D',
    retentionDays: 30,
  },
  {
    id: 'A39IBJ37TRP1C6',
    country: 'AU',
    domain: 'amazon.com.au',
    locale: 'en-AU',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A21TJRUUN4KGV',
    country: 'IN',
    domain: 'amazon.in',
    locale: 'en-IN',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  // Further marketplaces of POLICY.md's report-format list (ids from Amazon's marketplace-id table).
  {
    id: 'A33AVAJ2PDY3EV',
    country: 'TR',
    domain: 'amazon.com.tr',
    locale: 'tr-TR',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'AMEN7PMS3EDWL',
    country: 'BE',
    domain: 'amazon.com.be',
    locale: 'fr-BE',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A28R8C7NBKEWEA',
    country: 'IE',
    domain: 'amazon.ie',
    locale: 'en-IE',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A2VIGQ35RCS4UG',
    country: 'AE',
    domain: 'amazon.ae',
    locale: 'en-AE',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A17E79C6D8DWNP',
    country: 'SA',
    domain: 'amazon.sa',
    locale: 'ar-SA',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'ARBP9OOSHTCHU',
    country: 'EG',
    domain: 'amazon.eg',
    locale: 'ar-EG',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
  {
    id: 'A19VAU5U5O7RUS',
    country: 'SG',
    domain: 'amazon.sg',
    locale: 'en-SG',
    reportDateFormat: 'D/M/YY',
    retentionDays: 30,
  },
] as Marketplace[]);

let byId: Map<string, Marketplace> | undefined;

export function marketplaceById(id: string): Marketplace | undefined {
  return (byId ??= new Map(MARKETPLACES.map((m) => [m.id, m]))).get(id);
}

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

/**
 * How long a review stays on Brand Dashboard: `publishedAt + days`. Visible while `now < expiresAt`.
 * `days` = opts.retentionDays, else the marketplace's (marketplaceId argument, else review.marketplaceId),
 * else DEFAULT_RETENTION_DAYS. An override that is not a finite number ≥ 0 is ignored. Never throws: a date past
 * the range of Date gives `expiresAt: ''` (visible).
 */
export function reviewRetention(
  review: Review,
  now: Date,
  marketplaceId?: string,
  opts?: { retentionDays?: number },
): { visible: boolean; expiresAt: string; days: number } {
  const override = opts?.retentionDays;
  const days =
    Number.isFinite(override) && override! >= 0
      ? override!
      : (marketplaceById(marketplaceId ?? review.marketplaceId)?.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const published = Date.parse(review.publishedAt);
  if (Number.isNaN(published)) return { visible: false, expiresAt: '', days };
  const expires = new Date(published + days * DAY_MS);
  const valid = !Number.isNaN(expires.getTime());
  return { visible: !valid || now.getTime() < expires.getTime(), expiresAt: valid ? expires.toISOString() : '', days };
}

/** amazon.<tld> or amazon.co.<cc> / amazon.com.<cc>, optionally with one sub-domain label (www, smile). */
const AMAZON_HOST = /^(?:[a-z0-9-]{1,30}\.)?(amazon\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2}))$/;

/**
 * Absolute https URL of the review on its marketplace (POLICY.md: "Report abuse happens on the product detail
 * page"): `https://www.<domain>/gp/customer-reviews/<id>?ASIN=<asin>`. The origin of `detailPageUrl` is used
 * only when it is an https URL on a marketplace domain of the table (optionally with one sub-domain label: www,
 * smile) without credentials or port; any other scheme or host (amazon.zip, amazon.co.zz) is ignored.
 */
export function reportAbuseUrl(review: Review): string {
  let origin = `https://www.${marketplaceById(review.marketplaceId)?.domain ?? 'amazon.com'}`;
  if (review.detailPageUrl) {
    try {
      const u = new URL(review.detailPageUrl);
      const domain = AMAZON_HOST.exec(u.hostname)?.[1];
      const known = domain !== undefined && MARKETPLACES.some((m) => m.domain === domain);
      if (u.protocol === 'https:' && !u.username && !u.password && !u.port && known) {
        origin = `https://${u.hostname}`;
      }
    } catch {
      /* not a URL: keep the marketplace origin */
    }
  }
  return `${origin}/gp/customer-reviews/${encodeURIComponent(review.id)}?ASIN=${encodeURIComponent(review.asin)}`;
}
