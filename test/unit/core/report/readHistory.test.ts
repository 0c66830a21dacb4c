import * as assert from 'node:assert/strict';
import { buildHistory, isSkipped, readHistoryFile } from '../../../../src/core/report/readHistory';
import { day, generateNote, weeklyNotes } from '../../../support/notes';

describe('reading history back', () => {
  it('orders notes by period across gaps, whatever order the files come in', () => {
    const notes = [generateNote(day('2026-11-20'), 3, 1), generateNote(day('2026-10-02'), 1, 3), generateNote(day('2026-11-06'), 2, 2)];
    const history = buildHistory(notes.map((note) => readHistoryFile(note.fileName, note.text)));
    assert.deepEqual(history.entries.map((entry) => entry.reflection.period), ['2026-W40', '2026-W45', '2026-W47']);
    assert.deepEqual(history.skipped, []);
  });

  it('keeps two notes written in one period, in the order they were written', () => {
    const first = generateNote(day('2026-11-20'), 1, 1);
    const second = generateNote(day('2026-11-21'), 4, 4, { sequence: 2 });
    const history = buildHistory([second, first].map((note) => readHistoryFile(note.fileName, note.text)));
    assert.deepEqual(history.entries.map((entry) => entry.fileName), ['2026-W47.md', '2026-W47-2.md']);
    assert.deepEqual(history.entries.map((entry) => entry.sequence), [1, 2]);
  });

  it('loads notes of another question set, with their stored scores', () => {
    const note = generateNote(day('2026-11-20'), 3, 1);
    const older = note.text
      .replace('questionnaire: "lead-review/default@1"', 'questionnaire: "acme/tech-leads@7"')
      .replace(/ {2}title\.lead: \d\n/, '  retired.item: 2\n');
    const reading = readHistoryFile(note.fileName, older);
    assert.ok(!isSkipped(reading));
    assert.equal(reading.reflection.questionnaire, 'acme/tech-leads@7');
    assert.deepEqual(reading.reflection.scores, note.reflection.scores);
  });

  it('skips a broken note with its reason and line, and still loads the others', () => {
    const good = generateNote(day('2026-11-20'), 3, 1);
    const broken = generateNote(day('2026-11-13'), 3, 1);
    const readings = [
      readHistoryFile(good.fileName, good.text),
      readHistoryFile(broken.fileName, broken.text.replace('energy: 4', 'energy: [4')),
      readHistoryFile('2026-W45.md', '# Notes from a meeting\n'),
    ];
    const history = buildHistory(readings);
    assert.deepEqual(history.entries.map((entry) => entry.fileName), ['2026-W47.md']);
    assert.deepEqual(history.skipped.map((file) => file.fileName), ['2026-W45.md', '2026-W46.md']);
    assert.match(history.skipped[0]!.reason, /no front matter/);
    assert.match(history.skipped[1]!.reason, /not valid YAML/);
    assert.ok(history.skipped[1]!.line > 1);
  });

  it('skips a note whose period does not match its file name', () => {
    const note = generateNote(day('2026-11-20'), 3, 1);
    const reading = readHistoryFile('2026-W40.md', note.text);
    assert.ok(isSkipped(reading));
    assert.match(reading.reason, /named for 2026-W40/);
  });

  it('skips a note whose questionnaire, dates or keys are not what Lead Review writes', () => {
    const note = generateNote(day('2026-11-20'), 3, 1);
    const cases: [string, string, RegExp][] = [
      ['questionnaire: "lead-review/default@1"', 'questionnaire: "<b>x</b><script>alert(1)</script>[link](https://example.com)@1"', /questionnaire/],
      ['questionnaire: "lead-review/default@1"', 'questionnaire: "lead-review/default@0"', /questionnaire/],
      ['date: "2026-11-20"', 'date: "2026-13-45"', /date "2026-13-45" is not a day/],
      ['  title.lead:', '  "<img src=x>":', /answers has the key "<img src=x>"/],
    ];
    for (const [from, to, reason] of cases) {
      assert.ok(note.text.includes(from), from);
      const reading = readHistoryFile(note.fileName, note.text.replace(from, to));
      assert.ok(isSkipped(reading), to);
      assert.match(reading.reason, reason);
    }
  });

  it('turns an empty folder into an empty history', () => {
    assert.deepEqual(buildHistory([]), { entries: [], skipped: [] });
  });

  it('reads 5,000 notes correctly', function () {
    this.timeout(60_000);
    const notes = weeklyNotes(5000, day('2026-11-20'));
    const history = buildHistory(notes.map((note) => readHistoryFile(note.fileName, note.text)).reverse());
    assert.equal(history.entries.length, 5000);
    assert.equal(history.entries[0]!.reflection.period, notes[0]!.reflection.period);
    assert.equal(history.entries[4999]!.reflection.period, '2026-W47');
    assert.deepEqual(history.entries[123]!.reflection, notes[123]!.reflection);
  });
});
