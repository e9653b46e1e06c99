import { expect } from '@open-wc/testing';
import type { AccountHealth, HealthMetric } from '../data/models.js';
import { normalizeTimestamp, parseSellerPerformanceReport, ReportError, sniffReport } from './index.js';

async function fixtureText(name: string): Promise<string> {
  const res = await fetch(`/test/fixtures/amazon/${name}`);
  expect(res.ok, name).to.equal(true);
  return res.text();
}

function catchError(fn: () => unknown): ReportError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ReportError);
    return e as ReportError;
  }
  throw new Error('expected a ReportError');
}

const metric = (h: AccountHealth, key: string, channel?: 'mfn' | 'afn'): HealthMetric | undefined =>
  h.metrics.find((m) => m.key === key && m.channel === channel);

describe('parseSellerPerformanceReport — sample fixture (US healthy, CA at risk)', () => {
  let us: AccountHealth;
  let ca: AccountHealth;
  let all: AccountHealth[];
  before(async () => {
    all = parseSellerPerformanceReport(await fixtureText('GET_V2_SELLER_PERFORMANCE_REPORT.sample.json'));
    [us, ca] = all as [AccountHealth, AccountHealth];
  });

  it('gives one AccountHealth per marketplace with status, rating and asOf', () => {
    expect(all.map((h) => [h.marketplaceId, h.accountStatus])).to.deep.equal([
      ['ATVPDKIKX0DER', 'NORMAL'],
      ['A2EUQ1WTGCTBG2', 'AT_RISK'],
    ]);
    expect(us.rating).to.deep.equal({ status: 'GREAT', score: 318 });
    expect(ca.rating).to.deep.equal({ status: 'WARNED', score: 164 });
    expect(us.asOf).to.equal('2025-06-13T23:59:00.000Z');
    expect(us.notifications, 'US: warningStates is empty').to.deep.equal([]);
    expect(ca.notifications, 'CA: the BAD spammingSellerMessaging state, titled by the kit').to.deep.equal([
      {
        id: 'A2EUQ1WTGCTBG2-warning-1',
        date: '2025-06-13T23:59:00.000Z',
        title: 'Warning: unwanted or excessive messages to buyers',
        read: false,
        code: 'spammingSellerMessaging',
        sourceStatus: 'BAD',
      },
    ]);
  });

  it('maps the order defect rate per channel with its parts', () => {
    const mfn = metric(us, 'orderDefectRate', 'mfn')!;
    expect(mfn).to.deep.equal({
      key: 'orderDefectRate',
      group: 'customer-service',
      kind: 'rate',
      value: 0.00559,
      target: { value: 0.01, condition: 'LESS_THAN' },
      window: { from: '2025-04-02T00:00:00.000Z', to: '2025-05-31T23:59:00.000Z' },
      numerator: 9,
      denominator: 1610,
      channel: 'mfn',
      sourceStatus: 'GOOD',
      parts: [
        {
          key: 'negativeFeedback',
          group: 'customer-service',
          kind: 'rate',
          value: 6 / 1610,
          target: null,
          window: { from: '2025-04-02T00:00:00.000Z', to: '2025-05-31T23:59:00.000Z' },
          numerator: 6,
          denominator: 1610,
          channel: 'mfn',
          sourceStatus: 'NONE',
        },
        {
          key: 'claims',
          group: 'customer-service',
          kind: 'rate',
          value: 3 / 1610,
          target: null,
          window: { from: '2025-04-02T00:00:00.000Z', to: '2025-05-31T23:59:00.000Z' },
          numerator: 3,
          denominator: 1610,
          channel: 'mfn',
          sourceStatus: 'NONE',
        },
        {
          key: 'chargebacks',
          group: 'customer-service',
          kind: 'rate',
          value: 1 / 1610,
          target: null,
          window: { from: '2025-04-02T00:00:00.000Z', to: '2025-05-31T23:59:00.000Z' },
          numerator: 1,
          denominator: 1610,
          channel: 'mfn',
          sourceStatus: 'NONE',
        },
      ],
    });
    const afn = metric(ca, 'orderDefectRate', 'afn')!;
    expect([afn.value, afn.numerator, afn.denominator, afn.sourceStatus]).to.deep.equal([0.00327, 2, 611, 'GOOD']);
    expect(metric(ca, 'orderDefectRate', 'mfn')!.sourceStatus).to.equal('BAD');
  });

  it('maps shipping rates with numerators and denominators, as fractions', () => {
    const pick = (m: HealthMetric | undefined) =>
      m && [m.group, m.kind, m.value, m.numerator, m.denominator, m.target?.value, m.target?.condition];
    expect(pick(metric(us, 'lateShipmentRate'))).to.deep.equal([
      'shipping',
      'rate',
      0.02225,
      41,
      1843,
      0.04,
      'LESS_THAN',
    ]);
    expect(pick(metric(us, 'preFulfillmentCancellationRate'))).to.deep.equal([
      'shipping',
      'rate',
      0.00928,
      4,
      431,
      0.025,
      'LESS_THAN',
    ]);
    expect(pick(metric(us, 'validTrackingRate'))).to.deep.equal([
      'shipping',
      'rate',
      0.98441,
      1768,
      1796,
      0.95,
      'GREATER_THAN',
    ]);
    expect(pick(metric(us, 'onTimeDeliveryRate'))).to.deep.equal([
      'shipping',
      'rate',
      0.9465,
      1611,
      1702,
      0.9,
      'GREATER_THAN',
    ]);
    expect(pick(metric(us, 'unitOnTimeDeliveryRate'))).to.deep.equal([
      'shipping',
      'rate',
      0.9287,
      873,
      940,
      0.9,
      'GREATER_THAN',
    ]);
    expect(pick(metric(us, 'invoiceDefectRate'))).to.deep.equal([
      'customer-service',
      'rate',
      0.01415,
      3,
      212,
      0.05,
      'LESS_THAN',
    ]);
    expect(metric(us, 'invoiceDefectRate')!.parts!.map((p) => [p.key, p.numerator])).to.deep.equal([
      ['missingInvoice', 2],
      ['lateInvoice', 1],
    ]);
  });

  it('uses the 30-day lateShipmentRate, not the alternative windows of lateShipmentRateList', () => {
    expect(us.metrics.filter((m) => m.key.startsWith('lateShipmentRate'))).to.have.length(1);
    expect(metric(us, 'lateShipmentRate')!.window).to.deep.equal({
      from: '2025-05-15T00:00:00.000Z',
      to: '2025-06-13T23:59:00.000Z',
    });
  });

  it('maps policy counters, including keys outside the schema', () => {
    const counters = us.metrics.filter((m) => m.group === 'policy-compliance').map((m) => m.key);
    expect(counters).to.deep.equal([
      'listingPolicyViolations',
      'productAuthenticityCustomerComplaints',
      'productConditionCustomerComplaints',
      'productSafetyCustomerComplaints',
      'receivedIntellectualPropertyComplaints',
      'restrictedProductPolicyViolations',
      'suspectedIntellectualPropertyViolations',
      'foodAndProductSafetyIssues',
      'customerProductReviewsPolicyViolations',
      'otherPolicyViolations',
      'documentRequests',
      'policyViolationWarnings',
    ]);
    expect(metric(us, 'productConditionCustomerComplaints')).to.deep.equal({
      key: 'productConditionCustomerComplaints',
      group: 'policy-compliance',
      kind: 'count',
      value: 1,
      target: { value: 0, condition: 'EQUALS' },
      window: { from: '2024-12-16T00:00:00.000Z', to: '2025-06-13T23:59:00.000Z' },
      sourceStatus: 'BAD',
    });
    expect(metric(ca, 'policyViolationWarnings')).to.deep.equal({
      key: 'policyViolationWarnings',
      group: 'policy-compliance',
      kind: 'count',
      value: 2,
      target: { value: 0, condition: 'EQUALS' },
      window: { from: '2024-12-16T00:00:00.000Z', to: '2025-06-13T23:59:00.000Z' },
    });
    expect(metric(ca, 'customerProductReviewsPolicyViolations')!.value).to.equal(1);
  });

  it('keeps rates of zero as 0 and every value a fraction', () => {
    expect(metric(ca, 'invoiceDefectRate')!.value).to.equal(0);
    for (const m of [...us.metrics, ...ca.metrics]) {
      if (m.kind === 'rate' && m.value !== null) expect(m.value, m.key).to.be.within(0, 1);
    }
  });

  it('accepts the parsed object as well as the text', async () => {
    const text = await fixtureText('GET_V2_SELLER_PERFORMANCE_REPORT.sample.json');
    expect(parseSellerPerformanceReport(JSON.parse(text))).to.deep.equal(all);
    expect(parseSellerPerformanceReport(new TextEncoder().encode(text))).to.deep.equal(all);
  });
});

describe('parseSellerPerformanceReport — Amazon’s schema example and its quirks', () => {
  let all: AccountHealth[];
  let us: AccountHealth;
  before(async () => {
    all = parseSellerPerformanceReport(
      await fixtureText('GET_V2_SELLER_PERFORMANCE_REPORT.amazon-schema-example.json'),
    );
    us = all[0]!;
  });

  it('keeps every account status, SUSPENDED included', () => {
    expect(all.map((h) => [h.marketplaceId, h.accountStatus, h.metrics.length > 0])).to.deep.equal([
      ['ATVPDKIKX0DER', 'AT_RISK', true],
      ['A2EUQ1WTGCTBG2', 'NORMAL', false],
      ['A1AM78C64UM0Y8', 'SUSPENDED', false],
    ]);
    expect(all[2]!.rating).to.deep.equal({ status: 'UNKNOWN', score: null });
    expect(all[2]!.asOf).to.equal('2020-11-19T23:59:00.000Z');
  });

  it('reads prefulfillmentCancelRate as preFulfillmentCancellationRate', () => {
    const m = metric(us, 'preFulfillmentCancellationRate')!;
    expect([m.value, m.numerator, m.denominator, m.target]).to.deep.equal([
      0.005,
      551,
      17197,
      { value: 0.01, condition: 'LESS_THAN' },
    ]);
    expect(us.metrics.some((x) => x.key === 'prefulfillmentCancelRate')).to.equal(false);
  });

  it('reads singular documentRequest and warningState', () => {
    expect(metric(us, 'documentRequests')!.value).to.equal(8);
    expect(us.metrics.some((x) => x.key === 'documentRequest' || x.key.startsWith('warningState'))).to.equal(false);
    expect(us.notifications.map((n) => [n.code, n.sourceStatus, n.title])).to.deep.equal([
      ['spammingSellerMessaging', 'BAD', 'Warning: unwanted or excessive messages to buyers'],
    ]);
  });

  it('trusts the afn key over a fulfillmentType saying mfn', () => {
    const channels = us.metrics.filter((m) => m.key === 'orderDefectRate').map((m) => m.channel);
    expect(channels).to.deep.equal(['mfn', 'afn']);
  });

  it('keeps rates as reported even when the counts disagree', () => {
    const otdr = metric(us, 'onTimeDeliveryRate')!;
    expect([otdr.value, otdr.numerator, otdr.denominator]).to.deep.equal([0.9529, 847987, 808046]);
  });

  it('rates a missing ahrScore as null and keeps the status', () => {
    expect(us.rating).to.deep.equal({ status: 'WARNED', score: null });
    expect(us.asOf).to.equal('2020-11-19T23:59:00.000Z');
  });

  it('leaves metrics the report does not carry absent (never 0)', () => {
    expect(metric(us, 'restrictedProductPolicyViolations')).to.equal(undefined);
    expect(metric(us, 'policyViolationWarnings')).to.equal(undefined);
    expect(us.metrics.every((m) => m.value !== undefined)).to.equal(true);
  });
});

describe('parseSellerPerformanceReport — tolerance', () => {
  const report = (entry: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    accountStatuses: [{ marketplaceId: 'X1', status: 'DEACTIVATED' }],
    performanceMetrics: [{ marketplaceId: 'X1', ...entry }],
    ...extra,
  });

  it('keeps unknown counters, rates and numbers (nothing dropped), ignores strings and junk', () => {
    const [h] = parseSellerPerformanceReport(
      report({
        someFutureViolations: { defectsCount: 3, status: 'BAD' },
        customerServiceDissatisfactionRate: {
          rate: 0.12,
          status: 'BAD',
          targetValue: 0.25,
          targetCondition: 'LESS_THAN',
        },
        lateResponseShipmentTrackingRate: { rate: 0.5 },
        aNumber: 42,
        aString: 'x',
        aNull: null,
        anArray: [1, 2],
        lateShipmentRate: null,
        validTrackingRate: 'broken',
        onTimeDeliveryRate: { status: 'NONE' },
        accountHealthRating: { accountHealthRatingStatus: 'AT_RISK', ahrScore: 150 },
      }),
    );
    expect(h!.accountStatus).to.equal('DEACTIVATED');
    expect(h!.rating).to.deep.equal({ status: 'AT_RISK', score: 150 });
    expect(h!.metrics.map((m) => [m.key, m.group, m.kind, m.value])).to.deep.equal([
      ['someFutureViolations', 'policy-compliance', 'count', 3],
      ['customerServiceDissatisfactionRate', 'customer-service', 'rate', 0.12],
      ['lateResponseShipmentTrackingRate', 'shipping', 'rate', 0.5],
      ['onTimeDeliveryRate', 'shipping', 'rate', null],
      ['aNumber', 'customer-service', 'count', 42],
    ]);
    const otdr = metric(h!, 'onTimeDeliveryRate')!;
    expect(otdr.target).to.deep.equal({ value: 0.9, condition: 'GREATER_THAN' });
    expect(otdr.window).to.equal(null);
    expect(h!.asOf).to.equal('');
  });

  it('applies the default ODR target when the block has none and derives a missing rate from counts', () => {
    const [h] = parseSellerPerformanceReport(
      report({ orderDefectRate: { mfn: { orderCount: 200, orderWithDefects: { count: 3 } } } }),
    );
    const m = metric(h!, 'orderDefectRate', 'mfn')!;
    expect(m.target).to.deep.equal({ value: 0.01, condition: 'LESS_THAN' });
    expect(m.value).to.equal(3 / 200);
    expect(m.parts).to.equal(undefined);
  });

  it('uses the longest window of a …List when the main metric is missing', () => {
    const range = (from: string, to: string) => ({
      reportingDateRange: { reportingDateFrom: from, reportingDateTo: to },
    });
    const [h] = parseSellerPerformanceReport(
      report({
        lateShipmentRateList: [
          { ...range('2025-06-04T00:00Z', '2025-06-13T23:59Z'), rate: 0.01, lateShipmentCount: 1, orderCount: 100 },
          { ...range('2025-05-15T00:00Z', '2025-06-13T23:59Z'), rate: 0.02, lateShipmentCount: 6, orderCount: 300 },
        ],
      }),
    );
    expect(h!.metrics.map((m) => [m.key, m.value, m.numerator])).to.deep.equal([['lateShipmentRate', 0.02, 6]]);
  });

  it('normalises timestamps with or without seconds or zone', () => {
    expect(normalizeTimestamp('2025-06-07T00:00Z')).to.equal('2025-06-07T00:00:00.000Z');
    expect(normalizeTimestamp('2025-06-07T00:00:30Z')).to.equal('2025-06-07T00:00:30.000Z');
    expect(normalizeTimestamp('2025-06-07T00:00')).to.equal('2025-06-07T00:00:00.000Z');
    expect(normalizeTimestamp('2025-06-07T02:00+02:00')).to.equal('2025-06-07T00:00:00.000Z');
    expect(normalizeTimestamp('2025-06-07')).to.equal('2025-06-07T00:00:00.000Z');
    expect(normalizeTimestamp('soon')).to.equal(null);
    expect(normalizeTimestamp(12)).to.equal(null);
  });

  it('turns every warning state that is not GOOD or NONE into a notification, titled by its code', () => {
    const [h] = parseSellerPerformanceReport(
      report({
        lateShipmentRate: {
          rate: 0.01,
          reportingDateRange: { reportingDateFrom: '2025-05-15T00:00Z', reportingDateTo: '2025-06-13T23:59Z' },
        },
        warningStates: [
          { warningType: 'spammingSellerMessaging', status: 'BAD' },
          { warningType: 'listing', status: 'BAD', title: 'Listing policy warning', date: '2025-06-01T10:00Z' },
          { title: 'Untimed warning', id: 'w-9', read: true },
          { warningType: 'restrictedProductsWarning', status: 'BAD' },
          { warningType: 'somethingFine', status: 'GOOD' },
          { warningType: 'notApplicable', status: 'NONE' },
          { status: 'BAD' },
        ],
      }),
    );
    expect(h!.notifications).to.deep.equal([
      {
        id: 'X1-warning-1',
        date: '2025-06-13T23:59:00.000Z',
        title: 'Warning: unwanted or excessive messages to buyers',
        read: false,
        code: 'spammingSellerMessaging',
        sourceStatus: 'BAD',
      },
      {
        id: 'X1-warning-2',
        date: '2025-06-01T10:00:00.000Z',
        title: 'Listing policy warning',
        read: false,
        code: 'listing',
        sourceStatus: 'BAD',
      },
      { id: 'w-9', date: '2025-06-13T23:59:00.000Z', title: 'Untimed warning', read: true },
      {
        id: 'X1-warning-4',
        date: '2025-06-13T23:59:00.000Z',
        title: 'Account warning: restricted products warning',
        read: false,
        code: 'restrictedProductsWarning',
        sourceStatus: 'BAD',
      },
    ]);
  });

  it('never crashes on odd entries', () => {
    const out = parseSellerPerformanceReport({
      accountStatuses: 'nope',
      performanceMetrics: [null, 3, { marketplaceId: 7, orderDefectRate: { mfn: 'x', afn: [] } }],
    });
    expect(out).to.deep.equal([
      {
        marketplaceId: '',
        asOf: '',
        accountStatus: 'UNKNOWN',
        rating: { status: 'UNKNOWN', score: null },
        metrics: [],
        notifications: [],
      },
    ]);
  });
});

describe('parseSellerPerformanceReport — files it refuses', () => {
  it('throws truncated for JSON cut off mid-way', async () => {
    const text = await fixtureText('GET_V2_SELLER_PERFORMANCE_REPORT.sample.json');
    for (const cut of [text.length - 3, Math.floor(text.length / 2), 40, 1]) {
      expect(catchError(() => parseSellerPerformanceReport(text.slice(0, cut))).code, String(cut)).to.equal(
        'truncated',
      );
    }
    expect(catchError(() => parseSellerPerformanceReport('{"performanceMetrics": [{"a": "unterminated')).code).to.equal(
      'truncated',
    );
  });

  it('throws invalid-json for JSON that is broken but complete', () => {
    const e = catchError(() => parseSellerPerformanceReport('{"performanceMetrics": [1,,2]}'));
    expect(e.code).to.equal('invalid-json');
    expect(e.messageKey).to.equal('importers.invalid-json');
    expect(catchError(() => parseSellerPerformanceReport('not json at all')).code).to.equal('invalid-json');
  });

  it('throws wrong-file for JSON without performanceMetrics and for the feedback report', async () => {
    expect(catchError(() => parseSellerPerformanceReport('{"reviews": []}')).code).to.equal('wrong-file');
    expect(catchError(() => parseSellerPerformanceReport('[1, 2]')).code).to.equal('wrong-file');
    expect(catchError(() => parseSellerPerformanceReport(42)).code).to.equal('wrong-file');
    const tsv = await fixtureText('GET_SELLER_FEEDBACK_DATA.US.sample.tsv');
    const e = catchError(() => parseSellerPerformanceReport(tsv));
    expect(e.code).to.equal('wrong-file');
    expect(e.messageKey).to.equal('importers.wrong-file.performance');
  });

  it('throws empty for an empty file and too-large over maxBytes', () => {
    expect(catchError(() => parseSellerPerformanceReport('  \n')).code).to.equal('empty');
    expect(
      catchError(() => parseSellerPerformanceReport('{"performanceMetrics": []}', { maxBytes: 10 })).code,
    ).to.equal('too-large');
  });
});

describe('sniffReport', () => {
  it('recognises both fixtures as text and as bytes', async () => {
    for (const [name, kind] of [
      ['GET_SELLER_FEEDBACK_DATA.US.sample.tsv', 'seller-feedback'],
      ['GET_V2_SELLER_PERFORMANCE_REPORT.sample.json', 'seller-performance'],
      ['GET_V2_SELLER_PERFORMANCE_REPORT.amazon-schema-example.json', 'seller-performance'],
      ['accountHealthReport-2020-11-18.schema.json', 'unknown'],
      ['README.md', 'unknown'],
    ] as const) {
      const text = await fixtureText(name);
      expect(sniffReport(text), name).to.equal(kind);
      expect(sniffReport(new TextEncoder().encode(text)), name).to.equal(kind);
      expect(sniffReport(new TextEncoder().encode(text).buffer as ArrayBuffer), name).to.equal(kind);
    }
  });

  it('says unknown for other files', () => {
    expect(sniffReport('')).to.equal('unknown');
    expect(sniffReport('sku,asin\n1,2\n')).to.equal('unknown');
    expect(sniffReport('{"reviews": []}')).to.equal('unknown');
    expect(sniffReport('[]')).to.equal('unknown');
    expect(sniffReport(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).to.equal('unknown');
  });

  it('reads small JSON whole, a truncated report by its keys, and a header after a BOM and blank lines', () => {
    const json = `{"padding": "${'x'.repeat(70_000)}", "performanceMetrics": []}`;
    expect(sniffReport(new TextEncoder().encode(json))).to.equal('seller-performance');
    expect(sniffReport(json.slice(0, 100))).to.equal('unknown'); // cut before the key
    expect(sniffReport('{"accountStatuses": [], "performanceMetrics": [{"marke')).to.equal('seller-performance');
    expect(sniffReport('\uFEFF\r\n\r\nDate\tRating\tComments\tYour Response\tOrder ID\tRater Email\r\n')).to.equal(
      'seller-feedback',
    );
  });
});
