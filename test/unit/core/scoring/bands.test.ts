import * as assert from 'node:assert/strict';
import { english } from '../../../../src/core/util/l10n';
import { describeLeanCheck, describeShareCheck, evaluateBands, outsideStreaks } from '../../../../src/core/scoring/bands';
import { parseReflection } from '../../../../src/core/note/parseReflection';
import { day, generateNote } from '../../../support/notes';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';

const leans = (value: number): Record<string, number> => Object.fromEntries(DEFAULT_QUESTIONNAIRE.dimensions.map((dimension) => [dimension.id, value]));

describe('target bands', () => {
  it('places each lean and share inside, above or below the role band', () => {
    const report = evaluateBands(DEFAULT_QUESTIONNAIRE, 'tech-lead', { ...leans(0), influence: -1, title: 4 }, { people: 20, process: 30, technical: 40, direction: 10 });
    assert.ok(report);
    const where = (checks: readonly { id: string; position: string }[]): Record<string, string> => Object.fromEntries(checks.map((check) => [check.id, check.position]));
    assert.deepEqual(where(report.lean), { title: 'above', inspire: 'inside', people: 'inside', future: 'inside', horizon: 'inside', influence: 'below', skills: 'inside' });
    assert.deepEqual(where(report.allocation), { people: 'inside', process: 'above', technical: 'inside', direction: 'inside' });
  });

  it('gives each preset its own picture of the same period', () => {
    const allocation = { people: 20, process: 10, technical: 60, direction: 10 };
    const outside = (role: 'tech-lead' | 'engineering-manager' | 'staff-engineer'): string[] =>
      evaluateBands(DEFAULT_QUESTIONNAIRE, role, leans(0), allocation)!.allocation.filter((check) => check.position !== 'inside').map((check) => check.id);
    assert.deepEqual(outside('tech-lead'), []);
    assert.deepEqual(outside('engineering-manager'), ['people', 'process', 'technical']);
    assert.deepEqual(outside('staff-engineer'), ['direction']);
  });

  it('skips contrasts without an answer, and questionnaires without bands', () => {
    const report = evaluateBands(DEFAULT_QUESTIONNAIRE, 'tech-lead', { title: null }, {});
    assert.deepEqual(report, { role: 'tech-lead', lean: [], allocation: [] });
    assert.equal(evaluateBands({ ...DEFAULT_QUESTIONNAIRE, bands: {} }, 'tech-lead', leans(0), {}), null);
  });

  it('describes positions without grading', () => {
    const check = { id: 'x', label: 'X', value: 0, band: [1, 3] as const };
    assert.equal(describeLeanCheck({ ...check, position: 'below' }, english), 'outside: more towards managing');
    assert.equal(describeLeanCheck({ ...check, position: 'above' }, english), 'outside: more towards leading');
    assert.equal(describeShareCheck({ ...check, position: 'above' }, english), 'outside: more time');
    assert.equal(describeLeanCheck({ ...check, position: 'inside' }, english), 'inside');
  });

  it('counts how many periods in a row a contrast has been outside', () => {
    const report = evaluateBands(DEFAULT_QUESTIONNAIRE, 'tech-lead', { ...leans(0), influence: -2, title: -3 }, {})!;
    assert.deepEqual(outsideStreaks(report, undefined), { title: 1, influence: 1 });
    assert.deepEqual(outsideStreaks(report, { influence: 2, people: 5 }), { title: 1, influence: 3 });
  });

  it('writes the bands into the note, and says when a contrast stays outside two periods running', () => {
    const managingInfluence = { 'influence.lead': 0, 'influence.manage': 4 };
    const first = generateNote(day('2026-11-20'), 2, 2, { draft: { answers: { ...generateNote(day('2026-11-20'), 2, 2).reflection.answers, ...managingInfluence } } });
    const built = (previous: typeof first.reflection | null) =>
      generateNote(day('2026-11-27'), 2, 2, { previous, role: 'tech-lead', draft: { answers: { ...first.reflection.answers } } });
    const firstWithBands = generateNote(day('2026-11-20'), 2, 2, { role: 'tech-lead', draft: { answers: { ...first.reflection.answers } } });
    assert.deepEqual(firstWithBands.reflection.bands, { role: 'tech-lead', outside: { influence: 1 } });
    assert.match(firstWithBands.text, /^## Against the tech lead bands$/m);
    assert.match(firstWithBands.text, /^\| Influence vs position \| −4 \| 0 to \+4 \| outside: more towards managing \|$/m);
    assert.match(firstWithBands.text, /^\| Hands-on technical work \| 40% \| 30–70% \| inside \|$/m);
    assert.doesNotMatch(firstWithBands.text, /periods in a row/);

    const second = built(firstWithBands.reflection);
    assert.deepEqual(second.reflection.bands, { role: 'tech-lead', outside: { influence: 2 } });
    assert.match(second.text, /^- Influence vs position has been outside the tech lead band for 2 periods in a row\.$/m);
    const parsed = parseReflection(second.text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reflection.bands, second.reflection.bands);
  });

  it('starts the count again when the role changes', () => {
    const first = generateNote(day('2026-11-20'), 0, 4, { role: 'staff-engineer' });
    const second = generateNote(day('2026-11-27'), 0, 4, { role: 'tech-lead', previous: first.reflection });
    assert.ok(Object.values(second.reflection.bands!.outside).every((streak) => streak === 1));
  });
});
