import { expect } from '@open-wc/testing';
import type { Review, Session } from '../data/models.js';
import { CONTACT_TEMPLATES, contactEligibility, DAY_MS, lintMessage, hasBlockingFindings } from './index.js';
import { LOCALES } from '../i18n/types.js';
import en from '../i18n/en/contact.js';
import itC from '../i18n/it/contact.js';
import de from '../i18n/de/contact.js';
import fr from '../i18n/fr/contact.js';
import es from '../i18n/es/contact.js';
import ja from '../i18n/ja/contact.js';
import nl from '../i18n/nl/contact.js';
import sv from '../i18n/sv/contact.js';
import pl from '../i18n/pl/contact.js';
import tr from '../i18n/tr/contact.js';
import ptBR from '../i18n/pt-BR/contact.js';
import ar from '../i18n/ar/contact.js';

const NOW = new Date('2025-06-30T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY_MS).toISOString();

const review = (o: Partial<Review> = {}): Review => ({
  id: 'R1',
  asin: 'B000000001',
  productTitle: 'Bottle',
  brandId: 'b1',
  marketplaceId: 'ATVPDKIKX0DER',
  rating: 2,
  title: 't',
  body: 'b',
  reviewerName: 'n',
  publishedAt: daysAgo(1),
  verifiedPurchase: true,
  sellerOfRecord: true,
  orderDate: daysAgo(30),
  done: false,
  comments: [],
  contact: null,
  ...o,
});
const session = (o: Partial<Session> = {}): Session => ({
  sellerName: 'Acme',
  marketplaceId: 'ATVPDKIKX0DER',
  professional: true,
  accountStatus: 'NORMAL',
  brands: [{ id: 'b1', name: 'Acme', representative: true }],
  permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'view' },
  ...o,
});

describe('contactEligibility', () => {
  it('is eligible when every condition holds', () => {
    expect(contactEligibility(review(), session(), NOW)).to.deep.equal({ eligible: true, reasons: [] });
  });
  it('rating 3 is critical, 4 is not', () => {
    expect(contactEligibility(review({ rating: 3 }), session(), NOW).eligible).to.equal(true);
    expect(contactEligibility(review({ rating: 1 }), session(), NOW).eligible).to.equal(true);
    expect(contactEligibility(review({ rating: 4 }), session(), NOW).reasons).to.deep.equal(['not-critical']);
    expect(contactEligibility(review({ rating: 5 }), session(), NOW).reasons).to.deep.equal(['not-critical']);
    // Only 1–3 star reviews: a missing (0), negative or NaN rating from a backend is not a critical review.
    for (const rating of [0, -1, NaN, 0.5])
      expect(contactEligibility(review({ rating }), session(), NOW).reasons, String(rating)).to.deep.equal([
        'not-critical',
      ]);
  });
  it('order exactly 365 days old is eligible, 366 is not', () => {
    expect(contactEligibility(review({ orderDate: daysAgo(365) }), session(), NOW).eligible).to.equal(true);
    expect(contactEligibility(review({ orderDate: daysAgo(366) }), session(), NOW).reasons).to.deep.equal([
      'order-too-old',
    ]);
    // 365 days and 23 h is still 365 whole days; one ms past 366 days is not.
    expect(
      contactEligibility(
        review({ orderDate: new Date(NOW.getTime() - 366 * DAY_MS + 1).toISOString() }),
        session(),
        NOW,
      ).eligible,
    ).to.equal(true);
  });
  it('"within the last year" is one calendar year: 366 days when the year spans 29 February', () => {
    const now = new Date('2024-06-30T12:00:00.000Z'); // 2023-06-30 → 2024-06-30 spans 2024-02-29: 366 days
    const at = (iso: string) => contactEligibility(review({ orderDate: iso }), session(), now).reasons;
    expect(at('2023-06-30T12:00:00.000Z')).to.deep.equal([]);
    expect(at('2023-06-30T00:00:00.000Z')).to.deep.equal([]);
    expect(at('2023-06-29T12:00:00.000Z')).to.deep.equal(['order-too-old']);
    // On 29 February itself, one year before is 28 February: 366 days.
    const leap = (iso: string) =>
      contactEligibility(review({ orderDate: iso }), session(), new Date('2024-02-29T12:00:00.000Z')).reasons;
    expect(leap('2023-02-28T12:00:00.000Z')).to.deep.equal([]);
    expect(leap('2023-02-27T12:00:00.000Z')).to.deep.equal(['order-too-old']);
    // Without a 29 February in the past year, a year is 365 days.
    const now2 = new Date('2025-06-30T12:00:00.000Z');
    expect(contactEligibility(review({ orderDate: '2024-06-30T12:00:00.000Z' }), session(), now2).eligible).to.equal(
      true,
    );
    expect(
      contactEligibility(review({ orderDate: '2024-06-29T12:00:00.000Z' }), session(), now2).reasons,
    ).to.deep.equal(['order-too-old']);
  });
  it('missing or unparseable order date', () => {
    expect(contactEligibility(review({ orderDate: null }), session(), NOW).reasons).to.deep.equal(['no-order-date']);
    expect(contactEligibility(review({ orderDate: 'soon' }), session(), NOW).reasons).to.deep.equal(['no-order-date']);
  });
  it('reports every failing reason in the documented order', () => {
    const r = contactEligibility(
      review({
        rating: 5,
        verifiedPurchase: false,
        sellerOfRecord: false,
        orderDate: daysAgo(400),
        contact: { reason: 'customer-support', sentAt: daysAgo(1) },
      }),
      session({
        professional: false,
        accountStatus: 'AT_RISK',
        brands: [{ id: 'b1', name: 'A', representative: false }],
        permissions: { reviews: 'view', feedback: 'none', accountHealth: 'none' },
      }),
      NOW,
    );
    expect(r).to.deep.equal({
      eligible: false,
      reasons: [
        'not-critical',
        'not-verified-purchase',
        'not-seller-of-record',
        'order-too-old',
        'not-brand-representative',
        'not-professional',
        'account-not-in-good-standing',
        'already-contacted',
        'no-edit-permission',
      ],
    });
  });
  it('brand representative must match the review brand', () => {
    expect(contactEligibility(review({ brandId: 'b2' }), session(), NOW).reasons).to.deep.equal([
      'not-brand-representative',
    ]);
  });
  it('only NORMAL is good standing', () => {
    for (const s of ['AT_RISK', 'DEACTIVATED', 'normal', '']) {
      expect(contactEligibility(review(), session({ accountStatus: s }), NOW).reasons).to.deep.equal([
        'account-not-in-good-standing',
      ]);
    }
  });
});

describe('contact templates', () => {
  const tables = { en, it: itC, de, fr, es, ja, nl, sv, pl, tr, 'pt-BR': ptBR, ar } as Record<
    string,
    Record<string, unknown>
  >;
  it('every locale has both templates', () => {
    for (const lang of LOCALES) {
      for (const t of Object.values(CONTACT_TEMPLATES)) {
        expect(tables[lang]![t.subjectKey], `${lang} ${t.subjectKey}`).to.be.a('string').and.not.empty;
        expect(tables[lang]![t.bodyKey], `${lang} ${t.bodyKey}`).to.be.a('string').and.not.empty;
      }
    }
  });
  it('the courtesy refund offers a full refund and never mentions a review', () => {
    const reviewWords =
      /review|rating|feedback|recension|rezension|bewertung|avis|commentaire|évaluation|reseña|valoraci|opini|レビュー|評価|recensie|beoordel|betyg|recenzj|ocen|değerlendir|geri bildirim|yorum|avalia|مراجع|تقييم|ملاحظ/i;
    for (const lang of LOCALES) {
      const body = `${tables[lang]!['policy.template.courtesy-refund.subject']} ${tables[lang]!['policy.template.courtesy-refund.body']}`;
      expect(body, lang).not.to.match(reviewWords);
    }
    expect(en['policy.template.courtesy-refund.body']).to.match(/full refund/);
  });
  it('the English templates pass the buyer-message linter', () => {
    for (const t of Object.values(CONTACT_TEMPLATES)) {
      expect(hasBlockingFindings(lintMessage((en as Record<string, string>)[t.bodyKey]!, 'buyer-message'))).to.equal(
        false,
      );
    }
  });
});
