import * as assert from 'node:assert/strict';
import { planQuickCheckIn, quickPlanFor, ROTATION_WINDOW, type QuickPlan } from '../../../../src/core/scoring/checkIn';
import type { Draft } from '../../../../src/core/note/draft';
import { renderReflectionMarkdown } from '../../../../src/core/note/markdown';
import { parseReflection } from '../../../../src/core/note/parseReflection';
import { periodFor, reflectionFileName } from '../../../../src/core/time/period';
import type { Role } from '../../../../src/core/questionnaire/questionnaire';
import { buildReflection, missingForWrite } from '../../../../src/core/note/reflection';
import { type Reflection } from '../../../../src/core/note/model';
import { addDays, type LocalDate } from '../../../../src/core/time/localDate';
import { completeDraft } from '../../../support/drafts';
import { day, generateNote } from '../../../support/notes';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';

const CONTRASTS = DEFAULT_QUESTIONNAIRE.dimensions.map((dimension) => dimension.id);

/** A quick week answered as a person would: both items of each asked contrast, energy, focus. */
function answerQuickWeek(plan: QuickPlan, date: LocalDate, previous: Reflection | null, role: Role | null, lean = 2): Reflection {
  const answers: Record<string, number> = {};
  for (const pick of plan.contrasts) {
    for (const item of DEFAULT_QUESTIONNAIRE.dimensions.find((dimension) => dimension.id === pick.dimension)!.items) {
      answers[item.id] = item.pole === 'leading' ? lean : 1;
    }
  }
  const draft: Draft = { answers, allocation: {}, energy: 3, titleContext: plan.titleContext ? null : 'lead', followThrough: null, notes: { focus: 'One thing.' }, checkIn: 'quick' };
  const built = buildReflection(draft, DEFAULT_QUESTIONNAIRE, periodFor(date, 'weekly'), date, previous, role, plan);
  assert.ok(built.ok, built.ok ? '' : built.missing.join('; '));
  return built.value;
}

function ratedIn(reflection: Reflection): string[] {
  return Object.keys(reflection.scores.dimensions);
}

function simulate(weeks: number, start: LocalDate, earlier: Reflection[], roleOf: (week: number) => Role | null, skip: ReadonlySet<number> = new Set()): { plans: QuickPlan[]; notes: Reflection[] } {
  const notes = [...earlier];
  const plans: QuickPlan[] = [];
  for (let week = 0; week < weeks; week++) {
    if (skip.has(week)) {
      continue;
    }
    const date = addDays(start, week * 7);
    const periodId = periodFor(date, 'weekly').id;
    const plan = planQuickCheckIn(DEFAULT_QUESTIONNAIRE, notes, periodId, roleOf(week));
    plans.push(plan);
    notes.push(answerQuickWeek(plan, date, notes[notes.length - 1] ?? null, roleOf(week), week % 5));
  }
  return { plans, notes: notes.slice(earlier.length) };
}

function assertEveryWindowCoversAll(quickNotes: readonly Reflection[]): void {
  for (let start = 0; start + ROTATION_WINDOW <= quickNotes.length; start++) {
    const window = quickNotes.slice(start, start + ROTATION_WINDOW);
    const covered = new Set(window.flatMap(ratedIn));
    assert.deepEqual([...covered].sort(), [...CONTRASTS].sort(), `quick notes ${start + 1}–${start + ROTATION_WINDOW} (${window.map((note) => note.period).join(', ')}) miss a contrast`);
  }
}

describe('the quick check-in rotation', () => {
  it('asks two contrasts each week and rates every contrast in any four quick weeks in a row, from a first note on (8 weeks)', () => {
    const { plans, notes } = simulate(8, day('2026-10-05'), [], () => 'tech-lead');
    assert.ok(plans.every((plan) => plan.contrasts.length === 2));
    assertEveryWindowCoversAll(notes);
  });

  it('keeps that promise after a full week, across gaps of several weeks and a change of role', () => {
    const full = generateNote(day('2026-09-28'), 3, 1, { role: 'tech-lead' }).reflection;
    const roles: Role[] = ['tech-lead', 'tech-lead', 'engineering-manager', 'engineering-manager', 'staff-engineer', 'staff-engineer', 'staff-engineer', 'tech-lead', 'tech-lead', 'tech-lead'];
    const { notes } = simulate(10, day('2026-10-05'), [full], (week) => roles[week]!, new Set([2, 3, 6]));
    assert.equal(notes.length, 7);
    assertEveryWindowCoversAll(notes);
  });

  it('asks first what has not been rated in four periods, and says so', () => {
    // A full note long ago, then quick notes that rated only title and inspire.
    const old = generateNote(day('2026-08-03'), 2, 2).reflection;
    const recent = [0, 1, 2].map((week) => {
      const date = addDays(day('2026-11-02'), week * 7);
      return answerQuickWeek({ contrasts: [{ dimension: 'title', reason: { kind: 'neverRated' } }, { dimension: 'inspire', reason: { kind: 'neverRated' } }], titleContext: null }, date, null, null);
    });
    const plan = planQuickCheckIn(DEFAULT_QUESTIONNAIRE, [old, ...recent], '2026-W48', null);
    assert.equal(plan.contrasts.length, 2);
    for (const pick of plan.contrasts) {
      assert.ok(!['title', 'inspire'].includes(pick.dimension), `${pick.dimension} was rated lately`);
      assert.deepEqual(pick.reason, { kind: 'notRatedLately', since: old.period });
    }
    // Least recently rated first, then questionnaire order: people and future.
    assert.deepEqual(plan.contrasts.map((pick) => pick.dimension), ['people', 'future']);
  });

  it('prefers contrasts outside the role\'s band last time, the furthest first, then the one that moved most', () => {
    // Tech lead bands: influence [0, 4], title [-1, 3]. Leading 0 / managing 4 puts every lean at −4.
    const first = generateNote(day('2026-11-09'), 2, 2).reflection;
    const lean = (values: Record<string, [number, number]>): Partial<Draft> => ({
      answers: Object.fromEntries(
        DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, (values[dimension.id] ?? [2, 2])[item.pole === 'leading' ? 0 : 1]])),
      ),
    });
    // influence lean −2 (band 0..4: 2 outside), title lean −2 (band −1..3: 1 outside), people moves 0 → +2 (inside −2..2).
    const second = generateNote(day('2026-11-16'), 2, 2, { draft: lean({ influence: [1, 3], title: [1, 3], people: [3, 1] }), previous: first, role: 'tech-lead' }).reflection;
    const plan = planQuickCheckIn(DEFAULT_QUESTIONNAIRE, [first, second], '2026-W48', 'tech-lead');
    assert.deepEqual(
      plan.contrasts.map((pick) => [pick.dimension, pick.reason.kind]),
      [
        ['title', 'outsideBand'],
        ['influence', 'outsideBand'],
      ],
    );
    // Without bands to compare with, the contrast that moved most is asked. Only people moved here.
    const moved = generateNote(day('2026-11-16'), 2, 2, { draft: lean({ people: [3, 1] }), previous: first }).reflection;
    const withoutBands = planQuickCheckIn(DEFAULT_QUESTIONNAIRE, [first, moved], '2026-W48', null);
    assert.deepEqual(
      withoutBands.contrasts.find((pick) => pick.dimension === 'people'),
      { dimension: 'people', reason: { kind: 'movedMost', from: 0, to: 2 } },
    );
  });

  it('keeps the last note\'s title context, and asks for it when there is no earlier note', () => {
    const first = generateNote(day('2026-11-16'), 2, 2, { draft: { titleContext: 'none' } }).reflection;
    assert.deepEqual(planQuickCheckIn(DEFAULT_QUESTIONNAIRE, [first], '2026-W48', null).titleContext, { value: 'none', period: '2026-W47' });
    assert.equal(planQuickCheckIn(DEFAULT_QUESTIONNAIRE, [], '2026-W48', null).titleContext, null);
  });

  it('plans from earlier periods only, so a second note in the same week sees the same plan', () => {
    const earlier = generateNote(day('2026-11-16'), 2, 2);
    const thisWeek = generateNote(day('2026-11-24'), 4, 0);
    const entries = [earlier, thisWeek].map((note, index) => ({ fileName: note.fileName, sequence: 1, reflection: note.reflection, index }));
    assert.deepEqual(quickPlanFor(DEFAULT_QUESTIONNAIRE, entries, '2026-W48', 'tech-lead'), quickPlanFor(DEFAULT_QUESTIONNAIRE, entries.slice(0, 1), '2026-W48', 'tech-lead'));
  });
});

describe('a quick week\'s note', () => {
  const plan: QuickPlan = {
    contrasts: [
      { dimension: 'people', reason: { kind: 'outsideBand' } },
      { dimension: 'skills', reason: { kind: 'leastRecent', since: '2026-W44' } },
    ],
    titleContext: { value: 'lead', period: '2026-W47' },
  };
  const date = day('2026-11-27');
  const period = periodFor(date, 'weekly');
  /** A quick week's draft: the planned contrasts answered, nothing else rated. */
  const quickDraft = (overrides: Partial<Draft> = {}): Draft => {
    const full = completeDraft();
    const planned = DEFAULT_QUESTIONNAIRE.dimensions.filter((dimension) => plan.contrasts.some((pick) => pick.dimension === dimension.id)).flatMap((dimension) => dimension.items);
    return completeDraft({ answers: Object.fromEntries(planned.map((item) => [item.id, full.answers[item.id]!])), allocation: {}, titleContext: null, checkIn: 'quick', ...overrides });
  };

  it('records only what was asked, scores only what was answered, and leaves time allocation out', () => {
    const draft = quickDraft({ notes: { focus: 'Pair on the migration.', led: '' } });
    const built = buildReflection(draft, DEFAULT_QUESTIONNAIRE, period, date, null, 'tech-lead', plan);
    assert.ok(built.ok);
    const reflection = built.value;
    assert.deepEqual(reflection.checkIn, {
      mode: 'quick',
      asked: { items: ['people.lead', 'people.manage', 'skills.lead', 'skills.manage'], allocation: false, prompts: ['focus'], titleContext: false },
    });
    assert.deepEqual(Object.keys(reflection.answers), ['people.lead', 'people.manage', 'skills.lead', 'skills.manage']);
    assert.deepEqual(Object.keys(reflection.scores.dimensions), ['people', 'skills']);
    assert.equal(reflection.scores.total, 4);
    assert.deepEqual(reflection.allocation, {});
    assert.deepEqual(reflection.notes, { focus: 'Pair on the migration.' });
    assert.equal(reflection.titleContext, 'lead', 'the title context of the last note stands');
    const parsed = parseReflection(renderReflectionMarkdown(reflection, DEFAULT_QUESTIONNAIRE));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reflection, reflection);
  });

  it('needs no time allocation, but a complete one once any share is entered', () => {
    const draft = quickDraft();
    assert.deepEqual(missingForWrite(draft, DEFAULT_QUESTIONNAIRE, plan), []);
    const started = quickDraft({ allocation: { people: 40 } });
    assert.deepEqual(missingForWrite(started, DEFAULT_QUESTIONNAIRE, plan), ['Time allocation (adds up to 40, needs 100)']);
    assert.ok(missingForWrite(draft, DEFAULT_QUESTIONNAIRE, null).some((entry) => entry.startsWith('Time allocation')), 'a full week still needs it');
  });

  it('keeps what the person already answered in the draft, so switching to quick loses nothing typed', () => {
    const built = buildReflection(quickDraft({ answers: { ...quickDraft().answers, 'future.lead': 3, 'future.manage': 1 }, notes: { focus: 'F', led: 'Led the retro.' } }), DEFAULT_QUESTIONNAIRE, period, date, null, null, plan);
    assert.ok(built.ok);
    assert.deepEqual(Object.keys(built.value.scores.dimensions), ['people', 'future', 'skills']);
    assert.deepEqual(built.value.notes, { led: 'Led the retro.', focus: 'F' });
  });

  it('keeps a streak outside the band for a contrast it did not ask about, and does not add to it', () => {
    const previous = { ...generateNote(day('2026-11-20'), 2, 2).reflection, bands: { role: 'tech-lead' as const, outside: { influence: 3, people: 1 } } };
    const built = buildReflection(quickDraft(), DEFAULT_QUESTIONNAIRE, period, date, previous, 'tech-lead', plan);
    assert.ok(built.ok);
    assert.equal(built.value.bands?.outside.influence, 3);
  });

  it('says in its body which contrasts were asked and that time allocation was not', () => {
    const built = buildReflection(quickDraft({ notes: { focus: 'Pair.' } }), DEFAULT_QUESTIONNAIRE, period, date, null, null, plan);
    assert.ok(built.ok);
    const text = renderReflectionMarkdown(built.value, DEFAULT_QUESTIONNAIRE);
    assert.match(text, /\*\*Quick check-in\.\*\* Asked: People vs process, Soft vs hard skills\. Not asked this week: Beyond the title, /);
    assert.match(text, /## Time allocation\n\nNot asked this week\./);
    assert.match(text, /4 of 4 behaviours answered/);
    assert.doesNotMatch(text, /## A moment I led/);
    assert.equal(reflectionFileName(built.value.period), '2026-W48.md');
  });
});
