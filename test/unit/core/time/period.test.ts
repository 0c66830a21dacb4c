import * as assert from 'node:assert/strict';
import {
  isoWeekOf,
  newestReflectionFileName,
  parseReflectionFileName,
  periodAnchor,
  periodFor,
  parsePeriodId,
  reflectionFileName,
} from '../../../../src/core/time/period';
import type { LocalDate } from '../../../../src/core/time/localDate';

const day = (text: string): LocalDate => {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
};

describe('periods and file names', () => {
  it('puts 2020-12-31 in ISO week 53 of 2020', () => {
    assert.deepEqual(isoWeekOf(day('2020-12-31')), { year: 2020, week: 53 });
    assert.equal(periodFor(day('2020-12-31'), 'weekly').id, '2020-W53');
  });

  it('puts 2024-12-30 in week 1 of 2025, which begins in the previous year', () => {
    assert.equal(periodFor(day('2024-12-30'), 'weekly').id, '2025-W01');
    assert.deepEqual(periodFor(day('2025-01-01'), 'weekly').start, day('2024-12-30'));
  });

  it('puts 2027-01-01 in week 53 of 2026', () => {
    assert.equal(periodFor(day('2027-01-01'), 'weekly').id, '2026-W53');
  });

  it('names this Friday 2026-W48, Monday to Sunday', () => {
    const period = periodFor(day('2026-11-27'), 'weekly');
    assert.equal(period.id, '2026-W48');
    assert.deepEqual(period.start, day('2026-11-23'));
    assert.deepEqual(period.end, day('2026-11-29'));
  });

  it('names months and their last day', () => {
    assert.equal(periodFor(day('2026-11-28'), 'monthly').id, '2026-11');
    assert.deepEqual(periodFor(day('2028-02-10'), 'monthly').end, day('2028-02-29'));
  });

  it('pairs ISO weeks for a biweekly cadence, and lets week 53 stand alone', () => {
    assert.equal(periodFor(day('2026-11-23'), 'biweekly').id, '2026-W47-W48');
    assert.equal(periodFor(day('2026-11-16'), 'biweekly').id, '2026-W47-W48');
    assert.equal(periodFor(day('2026-11-30'), 'biweekly').id, '2026-W49-W50');
    assert.equal(periodFor(day('2027-01-01'), 'biweekly').id, '2026-W53');
    assert.equal(periodFor(day('2020-12-31'), 'biweekly').id, '2020-W53');
  });

  it('builds and reads file names, second notes included', () => {
    assert.equal(reflectionFileName('2026-W48'), '2026-W48.md');
    assert.equal(reflectionFileName('2026-W48', 2), '2026-W48-2.md');
    assert.deepEqual(parseReflectionFileName('2026-W48-2.md'), { periodId: '2026-W48', sequence: 2 });
    assert.deepEqual(parseReflectionFileName('2026-11.md'), { periodId: '2026-11', sequence: 1 });
    assert.equal(parseReflectionFileName('2026-W54.md'), null);
    assert.equal(parseReflectionFileName('2026-13.md'), null);
    assert.equal(parseReflectionFileName('notes.md'), null);
  });

  it('anchors a period on its Thursday, or mid-month, when ranges are cut', () => {
    assert.deepEqual(periodAnchor('2026-W40'), day('2026-10-01'));
    assert.deepEqual(periodAnchor('2026-W01'), day('2026-01-01'));
    assert.deepEqual(periodAnchor('2026-W47-W48'), day('2026-11-26'));
    assert.deepEqual(periodAnchor('2026-11'), day('2026-11-15'));
    assert.equal(periodAnchor('soon'), null);
  });

  it('finds the newest note across cadences and second notes', () => {
    assert.equal(newestReflectionFileName(['2026-W47.md', '2026-W48.md', '2026-W48-2.md', 'README.md']), '2026-W48-2.md');
    assert.equal(newestReflectionFileName(['2026-10.md', '2026-W40.md']), '2026-10.md');
    assert.equal(newestReflectionFileName(['README.md']), null);
  });
});

describe('period ids, read strictly', () => {
  it('accepts the periods Lead Review writes', () => {
    assert.deepEqual(parsePeriodId('2026-W48'), { start: day('2026-11-23'), end: day('2026-11-29') });
    assert.deepEqual(parsePeriodId('2026-W47-W48'), { start: day('2026-11-16'), end: day('2026-11-29') });
    assert.deepEqual(parsePeriodId('2026-11'), { start: day('2026-11-01'), end: day('2026-11-30') });
    assert.deepEqual(parsePeriodId('2026-W53'), { start: day('2026-12-28'), end: day('2027-01-03') });
  });

  for (const id of ['2026-W10-W40', '2026-W48-W49', '2026-W47-W47', '2027-W53', '2026-W00', '2026-13', '2026-00', '2026-W5', '26-W05', '2026-W48 ', '2026-W47-W48-W49']) {
    it(`refuses ${JSON.stringify(id)}`, () => {
      assert.equal(parsePeriodId(id), null);
      assert.equal(parseReflectionFileName(`${id}.md`), null);
    });
  }

  it('names every period periodFor makes, and only those, as a note', () => {
    for (let offset = 0; offset < 800; offset += 3) {
      const date = new Date(Date.UTC(2024, 0, 1 + offset));
      const local = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      for (const cadence of ['weekly', 'biweekly', 'monthly'] as const) {
        const period = periodFor(local, cadence);
        assert.deepEqual(parsePeriodId(period.id), { start: period.start, end: period.end }, period.id);
      }
    }
  });
});
