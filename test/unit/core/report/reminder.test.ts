import * as assert from 'node:assert/strict';
import { reminderFor } from '../../../../src/core/report/reminder';
import { day, generateNote } from '../../../support/notes';

describe('the reminder', () => {
  it('is due when there is no note at all', () => {
    assert.equal(reminderFor(null, day('2026-11-25'), 'weekly').due, true);
  });

  it('is calm once this period has a note, and says how long ago', () => {
    const note = generateNote(day('2026-11-24'), 2, 2).reflection;
    assert.deepEqual(
      { due: reminderFor(note, day('2026-11-27'), 'weekly').due, text: reminderFor(note, day('2026-11-27'), 'weekly').text },
      { due: false, text: 'Lead review 3 days ago' },
    );
    assert.equal(reminderFor(note, day('2026-11-24'), 'weekly').text, 'Lead review today');
  });

  it('is not yet due early in the week after last week\'s note', () => {
    const note = generateNote(day('2026-11-20'), 2, 2).reflection;
    assert.equal(reminderFor(note, day('2026-11-24'), 'weekly').due, false);
    assert.equal(reminderFor(note, day('2026-11-24'), 'weekly').text, 'Lead review 4 days ago');
  });

  it('is due near the end of the period', () => {
    const note = generateNote(day('2026-11-20'), 2, 2).reflection;
    assert.equal(reminderFor(note, day('2026-11-27'), 'weekly').due, true);
    assert.equal(reminderFor(note, day('2026-11-27'), 'weekly').text, 'Lead review due');
  });

  it('is due as soon as a whole period went by without a note', () => {
    const note = generateNote(day('2026-11-06'), 2, 2).reflection;
    assert.equal(reminderFor(note, day('2026-11-23'), 'weekly').due, true);
  });

  it('follows a monthly cadence', () => {
    const note = generateNote(day('2026-10-30'), 2, 2, { cadence: 'monthly' }).reflection;
    assert.equal(reminderFor(note, day('2026-11-10'), 'monthly').due, false);
    assert.equal(reminderFor(note, day('2026-11-29'), 'monthly').due, true);
  });
});
