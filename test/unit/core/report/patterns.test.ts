import * as assert from 'node:assert/strict';
import type { FollowThrough } from '../../../../src/core/note/draft';
import { findPatterns, type PatternNote } from '../../../../src/core/report/patterns';
import { describePatterns } from '../../../../src/core/report/patternText';
import type { Band } from '../../../../src/core/questionnaire/questionnaire';
import { day } from '../../../support/notes';

const DIMENSIONS = ['title', 'inspire', 'people', 'influence'];
const AREAS = ['people', 'technical'];
const BANDS: Record<string, Band> = { title: [-1, 3], inspire: [-1, 3], people: [-2, 2], influence: [0, 4] };

function note(period: string, options: { leans?: Record<string, number | null>; energy?: number; allocation?: Record<string, number>; followThrough?: FollowThrough | null } = {}): PatternNote {
  return {
    period,
    cadence: /^\d{4}-\d{2}$/.test(period) ? 'monthly' : 'weekly',
    energy: options.energy ?? 3,
    allocation: options.allocation ?? {},
    ...(options.followThrough === undefined ? {} : { followThrough: { answer: options.followThrough } }),
    scores: { dimensions: Object.fromEntries(Object.entries(options.leans ?? {}).map(([id, lean]) => [id, { lean }])) },
  };
}

function weeks(count: number, first = 40): string[] {
  return Array.from({ length: count }, (_, index) => `2026-W${String(first + index).padStart(2, '0')}`);
}

const find = (notes: readonly PatternNote[], today = day('2026-11-28')) => findPatterns(notes, DIMENSIONS, AREAS, BANDS, today);

describe('patterns', () => {
  it('shows nothing for a one-note range', () => {
    const patterns = find([note('2026-W48', { leans: { title: 5 }, followThrough: 'yes', allocation: { people: 50, technical: 50 } })]);
    assert.deepEqual(patterns, { followThrough: null, persistentLeans: [], energyByShare: [], spread: null, rhythm: null, reportVsCalendar: [] });
    assert.deepEqual(describePatterns(patterns, (id) => id, 'tech lead'), []);
  });

  describe('follow-through', () => {
    it('counts the answers of the periods after one that named a focus, unanswered ones included', () => {
      const notes = [note('2026-W40'), note('2026-W41', { followThrough: 'yes' }), note('2026-W42', { followThrough: 'partly' }), note('2026-W43', { followThrough: 'yes' }), note('2026-W44', { followThrough: null })];
      assert.deepEqual(find(notes).followThrough, { basis: 4, yes: 2, partly: 1, no: 0, unanswered: 1, byKind: null });
      const [line] = describePatterns(find(notes), (id) => id, null);
      assert.deepEqual(line, { title: 'Follow-through', text: 'Of the 4 periods after one that named a focus, the note said yes 2 times, partly once and no 0 times, and left it unanswered once.' });
    });

    it('needs two such periods', () => {
      assert.equal(find([note('2026-W40'), note('2026-W41', { followThrough: 'no' })]).followThrough, null);
    });
  });

  describe('persistent leans', () => {
    it('finds runs of three or more periods outside the band, skipping periods that did not rate the contrast', () => {
      const influence = [-1, -1, -1, 1, -2, -2, -2, -2];
      const people = [-3, null, -3, -3, 0, null, null, -3];
      const inspire = [4, 4, 0, 4, 4, 0, 0, 0];
      const notes = weeks(8).map((period, index) => note(period, { leans: { influence: influence[index]!, people: people[index]!, inspire: inspire[index]! } }));
      assert.deepEqual(find(notes).persistentLeans, [{ dimension: 'people', current: 1, longest: 3, basis: 5 }, { dimension: 'influence', current: 4, longest: 4, basis: 8 }]);
      const lines = describePatterns(find(notes), (id) => ({ people: 'People vs process', influence: 'Influence vs position' })[id] ?? id, 'tech lead');
      assert.deepEqual(
        lines.filter((line) => line.title === 'Persistent lean').map((line) => line.text),
        [
          'People vs process was outside the usual tech lead band for 3 periods in a row at most (5 notes rated it).',
          'Influence vs position was outside the usual tech lead band for 4 periods in a row at most, and still is: 4 in a row up to the latest (8 notes rated it).',
        ],
      );
    });

    it('shows none without bands to compare with', () => {
      const notes = weeks(4).map((period) => note(period, { leans: { influence: -3 } }));
      assert.deepEqual(findPatterns(notes, DIMENSIONS, AREAS, null, day('2026-11-28')).persistentLeans, []);
    });
  });

  describe('energy by where the time went', () => {
    it('compares the mean energy above and below the median share, with four notes on each side', () => {
      const shares = [10, 20, 30, 40, 50, 60, 70, 80, 90];
      const energies = [1, 2, 2, 3, 3, 4, 4, 5, 5];
      const notes = weeks(9).map((period, index) => note(period, { energy: energies[index]!, allocation: { people: shares[index]!, technical: 100 - shares[index]! } }));
      const [people, technical] = find(notes).energyByShare;
      assert.deepEqual(people, { area: 'people', median: 50, above: { notes: 4, meanEnergy: 4.5 }, below: { notes: 4, meanEnergy: 2 } });
      assert.deepEqual(technical, { area: 'technical', median: 50, above: { notes: 4, meanEnergy: 2 }, below: { notes: 4, meanEnergy: 4.5 } });
      const text = describePatterns(find(notes), (id) => (id === 'people' ? 'People' : 'Hands-on technical work'), null).find((line) => line.title === 'Energy and where the time went')!.text;
      assert.equal(
        text,
        'In the 4 notes with more than your median share of People (50%), energy averaged 4.5 of 5; in the 4 notes with less, 2: 2.5 higher with more. This is a co-occurrence in your own notes, not a cause.',
      );
    });

    it('leaves periods at the median out, and hides a side with fewer than four notes', () => {
      const shares = [10, 20, 30, 40, 40, 40, 70, 80];
      const notes = weeks(8).map((period, index) => note(period, { allocation: { people: shares[index]! } }));
      assert.deepEqual(find(notes).energyByShare, []);
    });

    it('ignores notes that did not record time allocation, such as quick weeks', () => {
      const notes = [...weeks(7).map((period, index) => note(period, { allocation: { people: index * 10 } })), ...weeks(4, 48).map((period) => note(period))];
      assert.deepEqual(find(notes).energyByShare, [], 'seven notes with shares, and four without, are not four on each side of a median');
    });
  });

  describe('steadiest and most changeable', () => {
    it('ranks contrasts rated at least three times by the spread of their lean, ties to the earlier contrast', () => {
      const notes = [
        note('2026-W40', { leans: { title: 1, inspire: -2, people: 0, influence: 2 } }),
        note('2026-W41', { leans: { title: 1, inspire: 2, people: 1, influence: 2 } }),
        note('2026-W42', { leans: { title: 1, inspire: 0, influence: 2 } }),
      ];
      const { spread } = find(notes);
      assert.equal(spread?.steadiest.dimension, 'title', 'title and influence both stay put; title comes first');
      assert.deepEqual(spread?.mostChangeable, { dimension: 'inspire', basis: 3, min: -2, max: 2, deviation: 1.63 });
    });

    it('needs two contrasts that differ', () => {
      const notes = weeks(3).map((period) => note(period, { leans: { title: 1, inspire: 1 } }));
      assert.equal(find(notes).spread, null);
    });
  });

  describe('rhythm', () => {
    it('counts notes against periods elapsed up to today, and the run up to this period or the one before', () => {
      const notes = ['2026-W40', '2026-W41', '2026-W43', '2026-W44', '2026-W45'].map((period) => note(period));
      // 2026-11-11 is in W46, which has no note yet: the run counts up to W45.
      assert.deepEqual(find(notes, day('2026-11-11')).rhythm, { written: 5, elapsed: 7, since: '2026-W40', currentRun: 3 });
      // A whole period without a note breaks the run.
      assert.deepEqual(find(notes, day('2026-11-18')).rhythm, { written: 5, elapsed: 8, since: '2026-W40', currentRun: 0 });
    });

    it('counts a second note in one period once, and works month by month', () => {
      const notes = [note('2026-08'), note('2026-09'), note('2026-09'), note('2026-11')];
      assert.deepEqual(find(notes, day('2026-11-28')).rhythm, { written: 3, elapsed: 4, since: '2026-08', currentRun: 1 });
    });
  });

  it('words every pattern as an observation, never as a grade', () => {
    const notes = weeks(9).map((period, index) =>
      note(period, { energy: (index % 5) + 1, followThrough: index % 2 === 0 ? 'yes' : 'no', allocation: { people: index * 10, technical: 100 - index * 10 }, leans: { influence: -2, title: index % 3 } }),
    );
    const text = describePatterns(find(notes), (id) => id, 'tech lead').map((line) => line.text).join(' ');
    assert.doesNotMatch(text, /\b(better|worse|good|bad|should|must|improve|fail)/i);
  });
});
