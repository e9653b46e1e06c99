import { expect } from '@open-wc/testing';
import { DAY_MS, dateFormatOptions, dateRange, isDateOnly, localDayMs, utcDay, wallClockMs } from './dates.js';

describe('dates: a date-only string is a calendar day', () => {
  it('tells a calendar day from an instant', () => {
    expect(isDateOnly('2025-05-06')).to.equal(true);
    expect(isDateOnly('2025-05-06T00:00:00Z')).to.equal(false);
    expect(isDateOnly(undefined)).to.equal(false);
  });

  it('shows a calendar day in UTC, so it is that day everywhere; an instant in the viewer’s zone', () => {
    expect(dateFormatOptions('2025-05-06', { dateStyle: 'medium' })).to.deep.equal({
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    expect(dateFormatOptions('2025-05-06T10:00:00Z', { dateStyle: 'medium' })).to.deep.equal({ dateStyle: 'medium' });
  });

  it('puts an instant on the day the user sees it', () => {
    const noonLocal = new Date(2025, 4, 6, 12).getTime();
    expect(localDayMs(noonLocal)).to.equal(Date.parse('2025-05-06'));
    expect(wallClockMs(noonLocal)).to.equal(Date.parse('2025-05-06') + DAY_MS / 2);
    expect(utcDay(Date.parse('2025-05-06T23:59:59Z'))).to.equal('2025-05-06');
  });

  it('a date-only range holds its whole last day, in the user’s time zone for instants', () => {
    const r = dateRange('2025-05-01', '2025-05-06');
    expect(r.bounded).to.equal(true);
    expect(r.contains(Date.parse('2025-05-06'), true)).to.equal(true);
    expect(r.contains(Date.parse('2025-05-07'), true)).to.equal(false);
    expect(r.contains(new Date(2025, 4, 6, 23, 59).getTime())).to.equal(true);
    expect(r.contains(new Date(2025, 4, 7, 0, 1).getTime())).to.equal(false);
    expect(r.contains(new Date(2025, 3, 30, 23, 59).getTime())).to.equal(false);
    const open = dateRange(undefined, 'not a date');
    expect(open.bounded).to.equal(false);
    expect(open.contains(0)).to.equal(true);
    const instants = dateRange('2025-05-01T00:00:00Z', undefined);
    expect(instants.contains(Date.parse('2025-04-30T23:59:59Z'))).to.equal(false);
    expect(instants.contains(Date.parse('2025-05-01T00:00:00Z'))).to.equal(true);
  });
});
