import { expect } from '@open-wc/testing';
import type { HealthMetric, TargetCondition } from '../data/models.js';
import {
  METRIC_DEFINITIONS,
  composeOrderDefectRate,
  evaluateMetric,
  metricHeadroom,
  overallStatus,
  ratingBand,
  readMetric,
  sourceMetricStatus,
  countsContradictRate,
  metricTile,
  odrPartFigures,
  shownHeadroom,
  splitOrderDefectRates,
  summaryRows,
  withDefaultTarget,
} from './index.js';
import en from '../i18n/en/metrics.js';

const m = (
  value: number | null,
  t: number | null,
  condition: TargetCondition,
  o: Partial<HealthMetric> = {},
): HealthMetric => ({
  key: 'x',
  group: 'shipping',
  kind: 'rate',
  value,
  target: t === null ? null : { value: t, condition },
  window: null,
  ...o,
});

describe('account health', () => {
  it('LESS_THAN: at / just under / just over the target and the at-risk band', () => {
    expect(evaluateMetric(m(0.04, 0.04, 'LESS_THAN'))).to.equal('bad');
    expect(evaluateMetric(m(0.0399, 0.04, 'LESS_THAN'))).to.equal('at-risk');
    expect(evaluateMetric(m(0.0401, 0.04, 'LESS_THAN'))).to.equal('bad');
    expect(evaluateMetric(m(0.032, 0.04, 'LESS_THAN'))).to.equal('at-risk'); // exactly 80 % of target
    expect(evaluateMetric(m(0.0319, 0.04, 'LESS_THAN'))).to.equal('good');
    expect(evaluateMetric(m(0.0399, 0.04, 'LESS_THAN'), { margin: 0 })).to.equal('good');
  });
  it('LESS_THAN_OR_EQUAL: at target is not bad', () => {
    expect(evaluateMetric(m(0.1, 0.1, 'LESS_THAN_OR_EQUAL'))).to.equal('at-risk');
    expect(evaluateMetric(m(0.0999, 0.1, 'LESS_THAN_OR_EQUAL'))).to.equal('at-risk');
    expect(evaluateMetric(m(0.1001, 0.1, 'LESS_THAN_OR_EQUAL'))).to.equal('bad');
    expect(evaluateMetric(m(0.05, 0.1, 'LESS_THAN_OR_EQUAL'))).to.equal('good');
  });
  it('GREATER_THAN: at target is bad; at-risk measured on the failure share', () => {
    expect(evaluateMetric(m(0.95, 0.95, 'GREATER_THAN'))).to.equal('bad');
    expect(evaluateMetric(m(0.9499, 0.95, 'GREATER_THAN'))).to.equal('bad');
    expect(evaluateMetric(m(0.9501, 0.95, 'GREATER_THAN'))).to.equal('at-risk');
    expect(evaluateMetric(m(0.96, 0.95, 'GREATER_THAN'))).to.equal('at-risk');
    expect(evaluateMetric(m(0.9601, 0.95, 'GREATER_THAN'))).to.equal('good');
    expect(evaluateMetric(m(30, 24, 'GREATER_THAN', { kind: 'duration' }))).to.equal('good');
    expect(evaluateMetric(m(28, 24, 'GREATER_THAN', { kind: 'duration' }))).to.equal('at-risk');
  });
  it('EQUALS 0 counters: 0 good, >0 bad', () => {
    expect(evaluateMetric(m(0, 0, 'EQUALS', { kind: 'count' }))).to.equal('good');
    expect(evaluateMetric(m(1, 0, 'EQUALS', { kind: 'count' }))).to.equal('bad');
  });
  it('none without value or target', () => {
    expect(evaluateMetric(m(null, 0.01, 'LESS_THAN'))).to.equal('none');
    expect(evaluateMetric(m(0.5, null, 'LESS_THAN'))).to.equal('none');
  });
  it('none for invalid numbers: a target without a finite value, a negative or infinite value', () => {
    const t = (value: unknown, condition: TargetCondition) => ({ value, condition }) as HealthMetric['target'];
    for (const target of [
      t(NaN, 'LESS_THAN'),
      t(undefined, 'GREATER_THAN'),
      t(null, 'LESS_THAN'),
      t('0.04', 'LESS_THAN'),
    ])
      expect(evaluateMetric(m(0.5, null, 'LESS_THAN', { target })), JSON.stringify(target)).to.equal('none');
    expect(evaluateMetric(m(-0.01, 0.04, 'LESS_THAN'))).to.equal('none');
    expect(evaluateMetric(m(-1, 0, 'EQUALS', { kind: 'count' }))).to.equal('none');
    expect(evaluateMetric(m(Infinity, 0.04, 'LESS_THAN'))).to.equal('none');
    expect(evaluateMetric(m(0, 0.04, 'LESS_THAN'))).to.equal('good');
  });
  it("reads Amazon's status strings: GOOD / BAD / NONE of the schema, the rating's words, any case", () => {
    const cases: [unknown, string | null | undefined][] = [
      ['GOOD', 'good'],
      ['good', 'good'],
      [' Great ', 'good'],
      ['FAIR', 'at-risk'],
      ['AT_RISK', 'at-risk'],
      ['at risk', 'at-risk'],
      ['At-Risk', 'at-risk'],
      ['BAD', 'bad'],
      ['POOR', 'bad'],
      ['CRITICAL', 'bad'],
      ['NONE', 'none'],
      ['UNDER_REVIEW', null],
      ['WARNED', null],
      ['', undefined],
      ['  ', undefined],
      [undefined, undefined],
      [null, undefined],
      [3, undefined],
    ];
    for (const [raw, want] of cases) expect(sourceMetricStatus(raw), JSON.stringify(raw)).to.equal(want);
  });
  it("readMetric: Amazon's status first, the kit's reading beside it only when it differs", () => {
    const otd = (value: number, sourceStatus?: string) =>
      m(value, 0.9, 'GREATER_THAN', sourceStatus === undefined ? {} : { sourceStatus });
    // Amazon says GOOD, the numbers (88 % against over 90 %) say bad: GOOD is shown, the numbers beside it.
    expect(readMetric(otd(0.88, 'GOOD'))).to.deep.equal({ status: 'good', byNumbers: 'bad' });
    // Agreement: no second reading.
    expect(readMetric(otd(0.99, 'GOOD'))).to.deep.equal({ status: 'good' });
    expect(readMetric(otd(0.88, 'BAD'))).to.deep.equal({ status: 'bad' });
    // At risk (near the target, on its good side) is the kit's own reading and differs from GOOD and BAD.
    expect(readMetric(otd(0.91, 'GOOD'))).to.deep.equal({ status: 'good', byNumbers: 'at-risk' });
    expect(readMetric(otd(0.91, 'BAD'))).to.deep.equal({ status: 'bad', byNumbers: 'at-risk' });
    expect(readMetric(otd(0.99, 'BAD'))).to.deep.equal({ status: 'bad', byNumbers: 'good' });
    // No status from the source: the kit's reading, as before.
    expect(readMetric(otd(0.88))).to.deep.equal({ status: 'bad' });
    expect(readMetric(otd(0.88, ' '))).to.deep.equal({ status: 'bad' });
    // NONE: nothing to rate (0 of 0 units), so no reading beside it.
    expect(readMetric(otd(0, 'NONE'))).to.deep.equal({ status: 'none' });
    // A status the kit does not know: kept as given, shown as no status of its own, the numbers beside it.
    expect(readMetric(otd(0.88, ' UNDER_REVIEW'))).to.deep.equal({
      status: 'none',
      unknown: 'UNDER_REVIEW',
      byNumbers: 'bad',
    });
    // The kit cannot judge (no target): Amazon's status alone.
    expect(readMetric(m(3, null, 'EQUALS', { kind: 'count', sourceStatus: 'BAD' }))).to.deep.equal({ status: 'bad' });
    expect(readMetric(m(3, null, 'EQUALS', { sourceStatus: 'PENDING' }))).to.deep.equal({
      status: 'none',
      unknown: 'PENDING',
    });
    // The margin reaches the kit's reading.
    expect(readMetric(otd(0.91, 'GOOD'), { margin: 0 })).to.deep.equal({ status: 'good' });
    // Amazon's own example: a counter of 8 document requests that Amazon calls GOOD against a target of 0.
    expect(readMetric(m(8, 0, 'EQUALS', { kind: 'count', sourceStatus: 'GOOD' }))).to.deep.equal({
      status: 'good',
      byNumbers: 'bad',
    });
  });
  it('headroom: defects that still fit, negative when over', () => {
    expect(metricHeadroom(m(0.005, 0.01, 'LESS_THAN', { numerator: 5, denominator: 1000 }))).to.equal(4); // 9/1000 < 1 %, 10 is not
    expect(metricHeadroom(m(0.01, 0.01, 'LESS_THAN', { numerator: 10, denominator: 1000 }))).to.equal(-1);
    expect(metricHeadroom(m(0.07, 0.07, 'LESS_THAN', { numerator: 7, denominator: 100 }))).to.equal(-1); // float-safe
    expect(metricHeadroom(m(0.1, 0.1, 'LESS_THAN_OR_EQUAL', { numerator: 10, denominator: 100 }))).to.equal(0);
    expect(metricHeadroom(m(0.97, 0.95, 'GREATER_THAN', { numerator: 97, denominator: 100 }))).to.equal(1); // 96/100 > 95 % ok, 95 not
    expect(metricHeadroom(m(0.95, 0.95, 'GREATER_THAN', { numerator: 95, denominator: 100 }))).to.equal(-1);
    expect(metricHeadroom(m(2, 0, 'EQUALS', { kind: 'count', numerator: 2, denominator: 2 }))).to.equal(-2);
    expect(metricHeadroom(m(0.5, 0.01, 'LESS_THAN'))).to.equal(null);
    expect(metricHeadroom(m(0.5, null, 'LESS_THAN', { numerator: 1, denominator: 2 }))).to.equal(null);
    expect(metricHeadroom(m(0, 0.01, 'LESS_THAN', { numerator: 0, denominator: 0 }))).to.equal(null);
  });
  it('headroom is null (never NaN or Infinity) for invalid numbers', () => {
    const lt = { value: 0.01, condition: 'LESS_THAN' as const };
    for (const o of [
      { numerator: NaN, denominator: 100 },
      { numerator: 1, denominator: Infinity },
      { numerator: -3, denominator: 100 },
      { numerator: 1, denominator: 100, target: { value: NaN, condition: 'LESS_THAN' as const } },
    ])
      expect(metricHeadroom(m(0.01, null, 'LESS_THAN', { target: lt, ...o })), JSON.stringify(o)).to.equal(null);
  });
  it('composes the Order Defect Rate', () => {
    const part = (key: string, numerator: number): HealthMetric => ({
      key,
      group: 'customer-service',
      kind: 'rate',
      value: numerator / 400,
      target: null,
      window: null,
      numerator,
      denominator: 400,
    });
    const parts = [part('negativeFeedback', 2), part('claims', 1), part('chargebacks', 1)];
    const w = { from: '2025-04-01', to: '2025-05-31' };
    const odr = composeOrderDefectRate(parts, 400, 'afn', w);
    expect(odr).to.include({
      key: 'orderDefectRate',
      value: 0.01,
      numerator: 4,
      denominator: 400,
      channel: 'afn',
      kind: 'rate',
    });
    expect(odr.target).to.deep.equal({ value: 0.01, condition: 'LESS_THAN' });
    expect(evaluateMetric(odr)).to.equal('bad');
    expect(composeOrderDefectRate(parts, 400, 'mfn', w, 3).value).to.equal(0.0075);
    expect(composeOrderDefectRate([], 0, 'mfn', null).value).to.equal(null);
  });
  it('metric definitions carry names in the string table', () => {
    for (const d of Object.values(METRIC_DEFINITIONS))
      expect((en as Record<string, string>)[d.nameKey], d.key).to.be.a('string');
    expect(METRIC_DEFINITIONS.lateShipmentRate!.target).to.deep.equal({ value: 0.04, condition: 'LESS_THAN' });
    expect(METRIC_DEFINITIONS.listingPolicyViolations!).to.include({ group: 'policy-compliance', kind: 'count' });
    expect(en['health.metric.preFulfillmentCancellationRate']).to.equal('Pre-fulfillment Cancel Rate');
  });
  it('rating bands and overall status', () => {
    expect([1000, 200, 199, 100, 99, 0].map(ratingBand)).to.deep.equal([
      'healthy',
      'healthy',
      'at-risk',
      'at-risk',
      'critical',
      'critical',
    ]);
    expect(ratingBand(null)).to.equal(null);
    // Outside Amazon's 0–1000 scale (or not a number) the score cannot be banded.
    for (const score of [-5, 1001, NaN, Infinity]) expect(ratingBand(score), String(score)).to.equal(null);
    expect(overallStatus([])).to.equal('none');
    expect(overallStatus(['good', 'none'])).to.equal('good');
    expect(overallStatus(['good', 'at-risk', 'none'])).to.equal('at-risk');
    expect(overallStatus(['at-risk', 'bad', 'good'])).to.equal('bad');
  });
});

describe('what an Account Health summary shows', () => {
  const rate = (key: string, extra: Partial<HealthMetric> = {}): HealthMetric => ({
    key,
    group: 'shipping',
    kind: 'rate',
    value: 0.02,
    target: null,
    window: null,
    ...extra,
  });

  it('withholds headroom when the counts contradict the reported rate by more than the tolerance', () => {
    const late = withDefaultTarget(rate('lateShipmentRate', { numerator: 2, denominator: 100 }));
    expect(late.target).to.deep.equal({ value: 0.04, condition: 'LESS_THAN' });
    expect(countsContradictRate(late)).to.equal(false);
    expect(shownHeadroom(late)).to.equal(1);
    const contradicted = { ...late, numerator: 30 };
    expect(countsContradictRate(contradicted)).to.equal(true);
    expect(shownHeadroom(contradicted)).to.equal(null);
    expect(shownHeadroom({ ...late, kind: 'count' })).to.equal(null);
  });

  it('lists the known metrics in order, the always-shown ones even when absent, then the unknown ones apart', () => {
    const { rows, unknown } = summaryRows('shipping', [rate('validTrackingRate'), rate('acmeRate')]);
    expect(rows.map(([k, m]) => `${k}${m ? '' : ' (absent)'}`)).to.deep.equal([
      'lateShipmentRate (absent)',
      'preFulfillmentCancellationRate (absent)',
      'validTrackingRate',
      'onTimeDeliveryRate (absent)',
    ]);
    expect(unknown.map((m) => m.key)).to.deep.equal(['acmeRate']);
    expect(metricTile({ ...rate('claims'), group: 'nonsense' as HealthMetric['group'] })).to.equal('customer-service');
  });

  it('splits one ODR per channel from the rest and gives each part its figures', () => {
    const parts = [
      { ...rate('negativeFeedback'), value: null, numerator: 3 },
      { ...rate('claims'), kind: 'count' as const, value: 2 },
    ];
    const mfn = { ...rate('orderDefectRate'), channel: 'mfn' as const, denominator: 200, parts };
    const extra = rate('orderDefectRate');
    const { odr, rest } = splitOrderDefectRates([extra, mfn]);
    expect(odr).to.deep.equal([mfn, undefined]);
    expect(rest).to.deep.equal([extra]);
    expect(odrPartFigures(parts[0]!, mfn)).to.deep.equal({ defects: 3, orders: 200, rate: 0.015 });
    expect(odrPartFigures(parts[1]!, mfn)).to.deep.equal({ defects: 2, orders: 200, rate: 0.01 });
  });
});
