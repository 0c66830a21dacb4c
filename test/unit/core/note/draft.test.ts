import * as assert from 'node:assert/strict';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { checkDraft, emptyDraft, missingRequired } from '../../../../src/core/note/draft';
import { projectDraft, withHiddenEntries } from '../../../../src/core/note/storedDraft';
import { NOTE_HARD_CAP, NOTE_LIMIT } from '../../../../src/core/note/textLimit';
import { completeDraft } from '../../../support/drafts';

describe('the draft', () => {
  it('lists everything an empty draft still needs', () => {
    const missing = missingRequired(emptyDraft(), DEFAULT_QUESTIONNAIRE);
    assert.ok(missing.includes('Title context'));
    assert.ok(missing.includes('Energy'));
    assert.ok(missing.includes('Time allocation (adds up to 0, needs 100)'));
    assert.ok(missing.includes('Inspire vs oversight: a leading answer'));
    assert.ok(missing.includes('Soft vs hard skills: a managing answer'));
  });

  it('needs nothing more when complete', () => {
    assert.deepEqual(missingRequired(completeDraft(), DEFAULT_QUESTIONNAIRE), []);
  });

  it('accepts a complete draft and an empty one', () => {
    assert.deepEqual(checkDraft(completeDraft(), DEFAULT_QUESTIONNAIRE), { ok: true, value: completeDraft() });
    assert.deepEqual(checkDraft(emptyDraft(), DEFAULT_QUESTIONNAIRE), { ok: true, value: emptyDraft() });
  });

  const rejections: [string, unknown, RegExp][] = [
    ['not an object', 'draft', /not an object/],
    ['an array', [], /not an object/],
    ['an extra field', { ...emptyDraft(), admin: true }, /unknown fields: admin/],
    ['an unknown item id', { ...emptyDraft(), answers: { 'nope.lead': 2 } }, /unknown id/],
    ['a score above 4', { ...emptyDraft(), answers: { 'title.lead': 5 } }, /from 0 to 4/],
    ['a fractional score', { ...emptyDraft(), answers: { 'title.lead': 1.5 } }, /whole number/],
    ['a score as text', { ...emptyDraft(), answers: { 'title.lead': '3' } }, /whole number/],
    ['energy 0', { ...emptyDraft(), energy: 0 }, /energy/],
    ['an unknown title context', { ...emptyDraft(), titleContext: 'ceo' }, /titleContext/],
    ['an allocation over 100', { ...emptyDraft(), allocation: { people: 101 } }, /from 0 to 100/],
    ['an unknown prompt', { ...emptyDraft(), notes: { diary: 'x' } }, /unknown id/],
    ['text over the hard cap', { ...emptyDraft(), notes: { led: 'x'.repeat(NOTE_HARD_CAP + 1) } }, /at most/],
    ['a missing field', { answers: {}, allocation: {}, energy: null, titleContext: null }, /notes is not an object/],
  ];
  for (const [what, value, message] of rejections) {
    it(`rejects ${what}`, () => {
      const result = checkDraft(value, DEFAULT_QUESTIONNAIRE);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, message);
    });
  }

  it('projects a stored draft onto a questionnaire, keeping what it knows and never failing', () => {
    const stored = { ...completeDraft(), answers: { ...completeDraft().answers, 'retired.item': 3, 'title.lead': 9 }, energy: 'high', extra: true };
    const projected = projectDraft(stored, DEFAULT_QUESTIONNAIRE);
    const { 'title.lead': _dropped, ...rest } = completeDraft().answers;
    assert.deepEqual(projected.answers, rest);
    assert.equal(projected.energy, null);
    assert.deepEqual(projected.notes, completeDraft().notes);
    assert.deepEqual(projectDraft(undefined, DEFAULT_QUESTIONNAIRE), emptyDraft());
    assert.deepEqual(projectDraft('garbage', DEFAULT_QUESTIONNAIRE), emptyDraft());
  });

  it('accepts and keeps text over the limit a person sees, so nothing typed is dropped', () => {
    const over = 'y'.repeat(NOTE_LIMIT + 10);
    const checked = checkDraft({ ...emptyDraft(), notes: { led: over } }, DEFAULT_QUESTIONNAIRE);
    assert.ok(checked.ok && checked.value.notes.led === over);
    assert.equal(projectDraft({ ...emptyDraft(), notes: { led: over } }, DEFAULT_QUESTIONNAIRE).notes.led, over);
  });

  it('keeps answers to questions the current questionnaire lacks when the draft is edited', () => {
    const stored = { ...emptyDraft(), answers: { 'retired.item': 3, 'title.lead': 1 }, notes: { diary: 'kept' } };
    const edited = { ...emptyDraft(), answers: { 'title.lead': 4 } };
    const merged = withHiddenEntries(stored, edited, DEFAULT_QUESTIONNAIRE);
    assert.deepEqual(merged.answers, { 'retired.item': 3, 'title.lead': 4 });
    assert.deepEqual(merged.notes, { diary: 'kept' });
  });
});
