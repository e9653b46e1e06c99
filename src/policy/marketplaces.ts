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

/**
 * The marketplaces by id, in two tables so that a bundle takes only what it uses: `DOMAINS` (and the retention
 * overrides) is all that review retention and the Report-abuse origin need — `<review-list>`'s first load; the
 * country, locale and report date format (`DETAILS`, for the report importers and `MARKETPLACES`) drop out of a
 * bundle that does not read `MARKETPLACES` or `marketplaceById`. Both list the same ids (marketplaces.test.ts).
 * The last seven are further marketplaces of POLICY.md's report-format list (ids from Amazon's marketplace-id table).
 */
const DOMAINS: Readonly<Record<string, string>> = {
  ATVPDKIKX0DER: 'amazon.com',
  A2EUQ1WTGCTBG2: 'amazon.ca',
  A1AM78C64UM0Y8: 'amazon.com.mx',
  A2Q3Y263D00KWC: 'amazon.com.br',
  A1F83G8C2ARO7P: 'amazon.co.uk',
  A1PA6795UKMFR9: 'amazon.de',
  A13V1IB3VIYZZH: 'amazon.fr',
  APJ6JRA9NG5V4: 'amazon.it',
  A1RKKUPIHCS9HS: 'amazon.es',
  A1805IZSGTT6HS: 'amazon.nl',
  A2NODRKZP88ZB9: 'amazon.se',
  A1C3SOZRARQ6R3: 'amazon.pl',
  A1VC38T7YXB528: 'amazon.co.jp',
  A39IBJ37TRP1C6: 'amazon.com.au',
  A21TJRUUN4KGV: 'amazon.in',
  A33AVAJ2PDY3EV: 'amazon.com.tr',
  AMEN7PMS3EDWL: 'amazon.com.be',
  A28R8C7NBKEWEA: 'amazon.ie',
  A2VIGQ35RCS4UG: 'amazon.ae',
  A17E79C6D8DWNP: 'amazon.sa',
  ARBP9OOSHTCHU: 'amazon.eg',
  A19VAU5U5O7RUS: 'amazon.sg',
};

/** Retention other than DEFAULT_RETENTION_DAYS. The Canadian help page says reviews stay 90 days (POLICY.md). */
const RETENTION_DAYS: Readonly<Record<string, number>> = { A2EUQ1WTGCTBG2: 90 };

/** id → [country, locale, report date format]. */
const DETAILS: Readonly<Record<string, [string, string, Marketplace['reportDateFormat']]>> = {
  ATVPDKIKX0DER: ['US', 'en-US', 'M/D/YY'],
  A2EUQ1WTGCTBG2: ['CA', 'en-CA', 'D/M/YY'],
  A1AM78C64UM0Y8: ['MX', 'es-MX', 'D/M/YY'],
  A2Q3Y263D00KWC: ['BR', 'pt-BR', 'D/M/YY'],
  A1F83G8C2ARO7P: ['UK', 'en-GB', 'D/M/YY'],
  A1PA6795UKMFR9: ['DE', 'de-DE', 'D.M.YY'],
  A13V1IB3VIYZZH: ['FR', 'fr-FR', 'D/M/YY'],
  APJ6JRA9NG5V4: ['IT', 'it-IT', 'D/M/YY'],
  A1RKKUPIHCS9HS: ['ES', 'es-ES', 'D/M/YY'],
  A1805IZSGTT6HS: ['NL', 'nl-NL', 'D/M/YY'],
  A2NODRKZP88ZB9: ['SE', 'sv-SE', 'YYYY-MM-DD'],
  A1C3SOZRARQ6R3: ['PL', 'pl-PL', 'D/M/YY'],
  A1VC38T7YXB528: ['JP', 'ja-JP', 'YY/M/D'],
  A39IBJ37TRP1C6: ['AU', 'en-AU', 'D/M/YY'],
  A21TJRUUN4KGV: ['IN', 'en-IN', 'D/M/YY'],
  A33AVAJ2PDY3EV: ['TR', 'tr-TR', 'D/M/YY'],
  AMEN7PMS3EDWL: ['BE', 'fr-BE', 'D/M/YY'],
  A28R8C7NBKEWEA: ['IE', 'en-IE', 'D/M/YY'],
  A2VIGQ35RCS4UG: ['AE', 'en-AE', 'D/M/YY'],
  A17E79C6D8DWNP: ['SA', 'ar-SA', 'D/M/YY'],
  ARBP9OOSHTCHU: ['EG', 'ar-EG', 'D/M/YY'],
  A19VAU5U5O7RUS: ['SG', 'en-SG', 'D/M/YY'],
};

const own = <T>(table: Readonly<Record<string, T>>, id: string): T | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

/** Days a review of the marketplace stays on Brand Dashboard (DEFAULT_RETENTION_DAYS for an unknown id). */
export function marketplaceRetentionDays(marketplaceId: string | undefined): number {
  return (marketplaceId === undefined ? undefined : own(RETENTION_DAYS, marketplaceId)) ?? DEFAULT_RETENTION_DAYS;
}

function table(): readonly Marketplace[] {
  return Object.freeze(
    Object.entries(DETAILS).map(([id, [country, locale, reportDateFormat]]) =>
      Object.freeze({
        id,
        country,
        domain: DOMAINS[id]!,
        locale,
        reportDateFormat,
        retentionDays: marketplaceRetentionDays(id),
      }),
    ),
  );
}

// Pure: a bundle that only needs daysBetween, reviewRetention or reportAbuseUrl drops the details.
export const MARKETPLACES: readonly Marketplace[] = /* @__PURE__ */ table();

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
      : marketplaceRetentionDays(marketplaceId ?? review.marketplaceId);
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
  let origin = `https://www.${own(DOMAINS, review.marketplaceId) ?? 'amazon.com'}`;
  if (review.detailPageUrl) {
    try {
      const u = new URL(review.detailPageUrl);
      const domain = AMAZON_HOST.exec(u.hostname)?.[1];
      const known = domain !== undefined && Object.values(DOMAINS).includes(domain);
      if (u.protocol === 'https:' && !u.username && !u.password && !u.port && known) {
        origin = `https://${u.hostname}`;
      }
    } catch {
      /* not a URL: keep the marketplace origin */
    }
  }
  return `${origin}/gp/customer-reviews/${encodeURIComponent(review.id)}?ASIN=${encodeURIComponent(review.asin)}`;
}
