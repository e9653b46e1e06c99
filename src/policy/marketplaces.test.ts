import { expect } from '@open-wc/testing';
import type { Review } from '../data/models.js';
import {
  DAY_MS,
  DEFAULT_RETENTION_DAYS,
  MARKETPLACES,
  daysBetween,
  marketplaceById,
  marketplaceDomain,
  marketplaceRetentionDays,
  reportAbuseUrl,
  reviewRetention,
} from './index.js';

const review = (o: Partial<Review> = {}): Review => ({
  id: 'R2ABC',
  asin: 'B0TEST1234',
  productTitle: 'p',
  brandId: 'b',
  marketplaceId: 'ATVPDKIKX0DER',
  rating: 2,
  title: '',
  body: '',
  reviewerName: '',
  publishedAt: '2025-06-01T00:00:00.000Z',
  verifiedPurchase: true,
  sellerOfRecord: true,
  orderDate: null,
  done: false,
  comments: [],
  contact: null,
  ...o,
});

describe('marketplaces', () => {
  it('lists every POLICY.md marketplace', () => {
    expect(MARKETPLACES.map((m) => m.country)).to.have.members([
      'US',
      'CA',
      'MX',
      'BR',
      'UK',
      'DE',
      'FR',
      'IT',
      'ES',
      'NL',
      'SE',
      'PL',
      'JP',
      'AU',
      'IN',
      'TR',
      'BE',
      'IE',
      'AE',
      'SA',
      'EG',
      'SG',
    ]);
    expect(marketplaceById('A1PA6795UKMFR9')).to.include({
      domain: 'amazon.de',
      locale: 'de-DE',
      reportDateFormat: 'D.M.YY',
    });
    expect(marketplaceById('A1VC38T7YXB528')?.reportDateFormat).to.equal('YY/M/D');
    expect(marketplaceById('A2NODRKZP88ZB9')?.reportDateFormat).to.equal('YYYY-MM-DD');
    expect(marketplaceById('ATVPDKIKX0DER')?.reportDateFormat).to.equal('M/D/YY');
    expect(marketplaceById('A2EUQ1WTGCTBG2')?.retentionDays).to.equal(90);
    expect(marketplaceById('nope')).to.equal(undefined);
  });
  it('has a domain and a retention for every marketplace; an unknown or inherited id gets the default', () => {
    for (const m of MARKETPLACES) {
      expect(m.domain, m.id).to.match(/^amazon\.[a-z.]+$/);
      expect(marketplaceRetentionDays(m.id), m.id).to.equal(m.retentionDays);
      expect(marketplaceDomain(m.id), m.id).to.equal(m.domain);
    }
    expect(MARKETPLACES.filter((m) => m.retentionDays !== DEFAULT_RETENTION_DAYS).map((m) => m.country)).to.deep.equal([
      'CA',
    ]);
    for (const id of ['nope', 'constructor', '__proto__', undefined])
      expect(marketplaceRetentionDays(id)).to.equal(DEFAULT_RETENTION_DAYS);
    expect(marketplaceDomain('constructor')).to.equal(undefined);
    expect(reportAbuseUrl(review({ marketplaceId: 'constructor' }))).to.match(/^https:\/\/www\.amazon\.com\//);
  });
  it('daysBetween counts whole days', () => {
    expect(daysBetween('2025-01-01', '2025-01-31')).to.equal(30);
    expect(daysBetween(new Date(0), new Date(DAY_MS - 1))).to.equal(0);
    expect(daysBetween('2025-01-02', '2025-01-01')).to.equal(-1);
    expect(Number.isNaN(daysBetween('x', '2025-01-01'))).to.equal(true);
  });
  it('reviewRetention: 30 days by default, 90 in Canada, overridable', () => {
    const r = review();
    const at = (d: number) => new Date(Date.parse(r.publishedAt) + d * DAY_MS);
    expect(reviewRetention(r, at(29.99))).to.deep.equal({
      visible: true,
      expiresAt: '2025-07-01T00:00:00.000Z',
      days: DEFAULT_RETENTION_DAYS,
    });
    expect(reviewRetention(r, at(30)).visible).to.equal(false);
    expect(reviewRetention(r, at(60), 'A2EUQ1WTGCTBG2')).to.include({ visible: true, days: 90 });
    expect(reviewRetention(review({ marketplaceId: 'A2EUQ1WTGCTBG2' }), at(89)).visible).to.equal(true);
    expect(reviewRetention(r, at(40), undefined, { retentionDays: 45 })).to.include({ visible: true, days: 45 });
  });
  it('reviewRetention never throws: an invalid retentionDays falls back to the marketplace, an out-of-range date', () => {
    const r = review();
    const now = new Date('2025-06-10T00:00:00.000Z');
    for (const retentionDays of [NaN, -5, Infinity])
      expect(reviewRetention(r, now, undefined, { retentionDays }), String(retentionDays)).to.deep.equal({
        visible: true,
        expiresAt: '2025-07-01T00:00:00.000Z',
        days: 30,
      });
    expect(reviewRetention(review({ publishedAt: '+275760-09-13T00:00:00.000Z' }), now)).to.deep.equal({
      visible: true,
      expiresAt: '',
      days: 30,
    });
  });
  it('reportAbuseUrl uses the marketplace domain and only https amazon origins', () => {
    expect(reportAbuseUrl(review())).to.equal('https://www.amazon.com/gp/customer-reviews/R2ABC?ASIN=B0TEST1234');
    expect(reportAbuseUrl(review({ marketplaceId: 'A1F83G8C2ARO7P' }))).to.equal(
      'https://www.amazon.co.uk/gp/customer-reviews/R2ABC?ASIN=B0TEST1234',
    );
    expect(reportAbuseUrl(review({ detailPageUrl: 'https://www.amazon.de/dp/B0TEST1234' }))).to.match(
      /^https:\/\/www\.amazon\.de\/gp\//,
    );
    for (const bad of [
      'javascript:alert(1)',
      'http://www.amazon.de/dp/x',
      'https://amazon.evil.com/x',
      'https://user@www.amazon.de/',
      'data:text/html,x',
      'not a url',
      // amazon.* hosts that are not an Amazon marketplace of the table
      'https://www.amazon.zip/x',
      'https://amazon.co.zz/x',
      'https://www.amazon.com.ng/x',
    ]) {
      const u = reportAbuseUrl(review({ detailPageUrl: bad }));
      expect(u, bad).to.equal('https://www.amazon.com/gp/customer-reviews/R2ABC?ASIN=B0TEST1234');
    }
    expect(reportAbuseUrl(review({ detailPageUrl: 'https://smile.amazon.co.uk/dp/B0' }))).to.match(
      /^https:\/\/smile\.amazon\.co\.uk\/gp\//,
    );
    expect(reportAbuseUrl(review({ id: 'a/b?c', asin: 'x&y' }))).to.equal(
      'https://www.amazon.com/gp/customer-reviews/a%2Fb%3Fc?ASIN=x%26y',
    );
  });
});
