import * as assert from 'node:assert/strict';
import { addDays, addMonths, formatLocalDate, parseLocalDate } from '../../../../src/core/time/localDate';

describe('local dates', () => {
  it('parses real days', () => {
    assert.deepEqual(parseLocalDate('2026-11-28'), { year: 2026, month: 11, day: 28 });
    assert.deepEqual(parseLocalDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  });

  for (const text of ['2026-13-45', '2026-02-29', '2026-04-31', '2026-00-10', '2026-1-05', '2026-11-28T10:00', ' 2026-11-28', '20261128', '']) {
    it(`refuses ${JSON.stringify(text)} instead of rolling it over`, () => {
      assert.equal(parseLocalDate(text), null);
    });
  }

  it('adds days and months across year ends and short months', () => {
    assert.equal(formatLocalDate(addDays({ year: 2026, month: 12, day: 30 }, 3)), '2027-01-02');
    assert.equal(formatLocalDate(addMonths({ year: 2026, month: 3, day: 31 }, -1)), '2026-02-28');
    assert.equal(formatLocalDate(addMonths({ year: 2026, month: 1, day: 15 }, -13)), '2024-12-15');
  });
});
