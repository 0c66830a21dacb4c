import * as assert from 'node:assert/strict';
import { customRange, fiscalQuarter, fiscalQuarterOf, lastFiscalYear, lastHalfYear, reportQuarter, startsWithin } from '../../../../src/core/time/fiscal';
import { formatLocalDate } from '../../../../src/core/time/localDate';
import { day } from '../../../support/notes';

const span = (range: { from: Parameters<typeof formatLocalDate>[0]; to: Parameters<typeof formatLocalDate>[0] }): string => `${formatLocalDate(range.from)}..${formatLocalDate(range.to)}`;

describe('fiscal quarters', () => {
  it('follows the calendar with a January start', () => {
    assert.deepEqual(fiscalQuarterOf(day('2026-11-30'), 1), { year: 2026, quarter: 4 });
    const last = fiscalQuarter(day('2026-11-30'), 1, -1);
    assert.equal(last.id, 'FY2026-Q3');
    assert.equal(span(last), '2026-07-01..2026-09-30');
  });

  it('names a year starting in February by the year it ends in, and counts its quarters from February', () => {
    assert.deepEqual(fiscalQuarterOf(day('2026-01-31'), 2), { year: 2026, quarter: 4 });
    assert.deepEqual(fiscalQuarterOf(day('2026-02-01'), 2), { year: 2027, quarter: 1 });
    assert.equal(span(fiscalQuarter(day('2026-02-01'), 2, 0)), '2026-02-01..2026-04-30');
    assert.equal(span(fiscalQuarter(day('2026-02-01'), 2, -1)), '2025-11-01..2026-01-31');
  });

  it('starts a year in April, as in the UK and Japan', () => {
    assert.deepEqual(fiscalQuarterOf(day('2026-03-31'), 4), { year: 2026, quarter: 4 });
    assert.deepEqual(fiscalQuarterOf(day('2026-04-01'), 4), { year: 2027, quarter: 1 });
    const year = lastFiscalYear(day('2026-11-30'), 4);
    assert.equal(year.id, 'FY2026');
    assert.equal(span(year), '2025-04-01..2026-03-31');
  });

  it('starts a year in October, with a quarter and a half-year across the calendar year\'s end', () => {
    const q1 = fiscalQuarter(day('2027-02-10'), 10, -1);
    assert.equal(q1.id, 'FY2027-Q1');
    assert.equal(span(q1), '2026-10-01..2026-12-31');
    const half = lastHalfYear(day('2027-04-02'), 10);
    assert.equal(half.id, 'FY2027-Q1-Q2');
    assert.equal(span(half), '2026-10-01..2027-03-31');
    const across = lastHalfYear(day('2026-11-30'), 10);
    assert.equal(across.id, 'FY2026-Q3-Q4', 'two quarters of one fiscal year share its name');
    assert.equal(span(across), '2026-04-01..2026-09-30');
  });

  it('puts a note in the range that holds its period\'s first day, and names a custom range by its days', () => {
    const q4 = fiscalQuarter(day('2027-01-15'), 1, -1);
    assert.ok(startsWithin(day('2026-12-28'), q4), '2026-W53 starts in December, so it is Q4 of 2026');
    assert.ok(!startsWithin(day('2027-01-04'), q4));
    assert.equal(customRange(day('2026-12-14'), day('2027-01-10')).id, '2026-12-14_2027-01-10');
  });

  it('gives the trend report the same quarters: the calendar\'s by default, the fiscal year\'s named as packets name them', () => {
    assert.deepEqual(reportQuarter(day('2026-11-30'), 1, 0), { label: '2026-Q4', from: day('2026-10-01'), to: day('2026-12-31') });
    assert.deepEqual(reportQuarter(day('2026-11-30'), 2, 0), { label: 'FY2027-Q4', from: day('2026-11-01'), to: day('2027-01-31') });
    assert.equal(reportQuarter(day('2026-11-30'), 2, -1).label, 'FY2027-Q3');
  });
});
