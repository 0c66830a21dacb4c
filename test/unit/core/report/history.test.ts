import * as assert from 'node:assert/strict';
import { pointsInRange, previousEntry, shiftBetween, toHistoryPoint } from '../../../../src/core/report/history';
import { addMonths } from '../../../../src/core/time/localDate';
import { buildHistory, readHistoryFile } from '../../../../src/core/report/readHistory';
import { day, generateNote } from '../../../support/notes';

function historyOf(...notes: ReturnType<typeof generateNote>[]) {
  return buildHistory(notes.map((note) => readHistoryFile(note.fileName, note.text)));
}

describe('history', () => {
  it('filters points to the last 3 or 12 months, or keeps everything', () => {
    const history = historyOf(generateNote(day('2025-06-06'), 1, 1), generateNote(day('2026-03-06'), 2, 2), generateNote(day('2026-11-20'), 3, 3));
    const points = history.entries.map(toHistoryPoint);
    const today = day('2026-11-28');
    assert.deepEqual(pointsInRange(points, '3m', today).map((point) => point.period), ['2026-W47']);
    assert.deepEqual(pointsInRange(points, '12m', today).map((point) => point.period), ['2026-W10', '2026-W47']);
    assert.equal(pointsInRange(points, 'all', today).length, 3);
  });

  it('finds the note before a period, skipping notes of that same period', () => {
    const history = historyOf(generateNote(day('2026-11-13'), 1, 1), generateNote(day('2026-11-20'), 2, 2), generateNote(day('2026-11-27'), 3, 3));
    assert.equal(previousEntry(history.entries, '2026-W48')?.reflection.period, '2026-W47');
    assert.equal(previousEntry(history.entries, '2026-W46'), null);
  });

  it('measures the shift between two notes, and the contrast that moved most', () => {
    const before = generateNote(day('2026-11-13'), 2, 2).reflection;
    const after = generateNote(day('2026-11-20'), 2, 2, {
      draft: { answers: { ...before.answers, 'influence.lead': 4, 'influence.manage': 0, 'people.lead': 3 } },
    }).reflection;
    const shift = shiftBetween(before, after);
    assert.equal(shift.leading, after.scores.leading - before.scores.leading);
    assert.deepEqual(shift.movedMost, { dimension: 'influence', from: 0, to: 4 });
  });

  it('reports no contrast moving when none did', () => {
    const note = generateNote(day('2026-11-13'), 2, 2).reflection;
    assert.equal(shiftBetween(note, note).movedMost, null);
  });

  it('adds months without overflowing short months', () => {
    assert.deepEqual(addMonths(day('2026-05-31'), -3), day('2026-02-28'));
    assert.deepEqual(addMonths(day('2026-01-15'), -12), day('2025-01-15'));
  });
});

describe('"Since last time" in a new note', () => {
  it('compares with the previous note and asks about its focus', () => {
    const previous = generateNote(day('2026-11-20'), 1, 3, { draft: { notes: { focus: 'Delegate the | release train' } } }).reflection;
    const note = generateNote(day('2026-11-27'), 3, 2, { previous, draft: { followThrough: 'partly' } });
    assert.deepEqual(note.reflection.followThrough, { period: '2026-W47', focus: 'Delegate the | release train', answer: 'partly' });
    assert.match(note.text, /^## Since last time$/m);
    assert.match(note.text, /Compared with 2026-W47: leading \+50 \(25 → 75\), managing −25 \(75 → 50\)\./);
    assert.match(note.text, /^> Delegate the \\\| release train$/m);
    assert.match(note.text, /Did I follow through\? \*\*Partly\.\*\*/);
  });

  it('is left out of the first note', () => {
    const note = generateNote(day('2026-11-27'), 3, 2);
    assert.doesNotMatch(note.text, /Since last time/);
    assert.equal(note.reflection.followThrough, undefined);
  });
});
