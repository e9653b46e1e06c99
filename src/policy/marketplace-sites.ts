/**
 * Marketplace domains, review retention and Report-abuse links: the part of the marketplace table that elements
 * need on their first load (`<review-list>`). The full table (country, locale, report date format) is
 * `MARKETPLACES` in marketplaces.ts, which loads only with its users (the report importers, demo data).
 * Source: POLICY.md "Product reviews" (retention 30 days; Canada 90 days) and "Report formats" (marketplace ids).
 */
import type { Review } from '../data/models.js';
import { DAY_MS } from '../data/dates.js';

export { daysBetween } from './days.js';

export { DAY_MS };
/** POLICY.md: "Default retention 30 days, per-marketplace override." */
export const DEFAULT_RETENTION_DAYS = 30;

/**
 * Domain by marketplace id; marketplaces.ts's `DETAILS` lists the same ids (marketplaces.test.ts). The last seven
 * are further marketplaces of POLICY.md's report-format list (ids from Amazon's marketplace-id table).
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

const own = <T>(table: Readonly<Record<string, T>>, id: string): T | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

/** Days a review of the marketplace stays on Brand Dashboard (DEFAULT_RETENTION_DAYS for an unknown id). */
export function marketplaceRetentionDays(marketplaceId: string | undefined): number {
  return (marketplaceId === undefined ? undefined : own(RETENTION_DAYS, marketplaceId)) ?? DEFAULT_RETENTION_DAYS;
}

/** The marketplace's domain ('amazon.de'), or undefined for an unknown id. */
export function marketplaceDomain(marketplaceId: string): string | undefined {
  return own(DOMAINS, marketplaceId);
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
