import * as assert from 'node:assert/strict';
import { checkDraft } from '../../../../src/core/note/draft';
import { FOCUS_IF_ID, FOCUS_THEN_ID, planIn } from '../../../../src/core/note/focusPlan';
import { renderReflectionMarkdown } from '../../../../src/core/note/markdown';
import { focusOf } from '../../../../src/core/note/model';
import { parseReflection } from '../../../../src/core/note/parseReflection';
import { decryptNotes, deriveKey, encryptNotes, sealReflection } from '../../../../src/core/private/privateText';
import { findPatterns } from '../../../../src/core/report/patterns';
import { describePatterns } from '../../../../src/core/report/patternText';
import { day, generateNote } from '../../../support/notes';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { bodyOf, RENDERERS, textOf } from '../../../support/renderers';

const PLAN = { [FOCUS_IF_ID]: 'the design review slips again', [FOCUS_THEN_ID]: 'pair with Sam on the RFC first' };

describe('the focus as an if-then plan', () => {
  it('is a draft the host accepts, and a note that keeps both parts beside the free text', () => {
    const note = generateNote(day('2026-11-06'), 3, 2, { draft: { notes: { led: '', managed: '', differently: '', focus: 'Also: fewer meetings.', ...PLAN } } });
    assert.ok(checkDraft({ answers: {}, allocation: {}, energy: null, titleContext: null, followThrough: null, checkIn: null, notes: PLAN }, DEFAULT_QUESTIONNAIRE).ok);
    const parsed = parseReflection(note.text);
    assert.ok(parsed.ok);
    assert.deepEqual(planIn(parsed.reflection.notes), { if: 'the design review slips again', then: 'pair with Sam on the RFC first' });
    assert.equal(parsed.reflection.notes.focus, 'Also: fewer meetings.');
    for (const { name, render } of RENDERERS) {
      assert.match(textOf(render(bodyOf(note.text))), /If the design review slips again, then I will pair with Sam on the RFC first\.\s+Also: fewer meetings\./, name);
    }
  });

  it('leaves a note without a plan exactly as before: no plan keys', () => {
    const note = generateNote(day('2026-11-06'), 3, 2);
    assert.deepEqual(Object.keys(note.reflection.notes).sort(), ['differently', 'focus', 'led', 'managed']);
  });

  it('is quoted, both parts, by next period\'s follow-through, which records that it followed a plan', () => {
    const first = generateNote(day('2026-11-06'), 3, 2, { draft: { notes: { led: '', managed: '', differently: '', focus: '', ...PLAN } } });
    assert.deepEqual(focusOf(first.reflection), { period: '2026-W45', focus: '', plan: { if: 'the design review slips again', then: 'pair with Sam on the RFC first' } });
    const second = generateNote(day('2026-11-13'), 3, 2, { previous: first.reflection, draft: { followThrough: 'yes' } });
    assert.deepEqual(second.reflection.followThrough, { period: '2026-W45', focus: '', plan: { if: 'the design review slips again', then: 'pair with Sam on the RFC first' }, answer: 'yes' });
    assert.match(second.text, /Focus set for 2026-W45:\n\n> If the design review slips again, then I will pair with Sam on the RFC first\./);
    const parsed = parseReflection(second.text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reflection.followThrough, second.reflection.followThrough);
  });

  it('is sealed with the rest of the private text: no part of it is left in the clear', async () => {
    const note = generateNote(day('2026-11-06'), 3, 2, { draft: { notes: { led: '', managed: '', differently: '', focus: '', ...PLAN } } });
    const key = await deriveKey('a long passphrase for plans', undefined, 1000);
    const sealed = sealReflection(note.reflection, await encryptNotes(note.reflection.notes, note.reflection.period, key));
    const text = renderReflectionMarkdown(sealed, DEFAULT_QUESTIONNAIRE);
    assert.ok(!text.includes('design review') && !text.includes('pair with Sam'));
    assert.deepEqual(focusOf(sealed), { period: '2026-W45', focus: null, plan: null }, 'a private plan is private');
    const opened = await decryptNotes(sealed.privateText as Parameters<typeof decryptNotes>[0], sealed.period, key);
    assert.ok(opened.ok);
    assert.deepEqual(planIn(opened.notes), { if: 'the design review slips again', then: 'pair with Sam on the RFC first' });
  });

  it('counts follow-through after plans and after free text apart, each with its n, as the person\'s own data', () => {
    const note = (period: string, answer: 'yes' | 'no', planned: boolean) => ({ period, cadence: 'weekly' as const, energy: 3, allocation: {}, scores: { dimensions: {} }, followThrough: { answer, planned } });
    const notes = [note('2026-W40', 'yes', true), note('2026-W41', 'yes', true), note('2026-W42', 'no', true), note('2026-W43', 'no', false), note('2026-W44', 'yes', false)];
    const patterns = findPatterns(notes, [], [], null, day('2026-11-06'));
    assert.deepEqual(patterns.followThrough?.byKind, { plans: { basis: 3, yes: 2 }, texts: { basis: 2, yes: 1 } });
    const line = describePatterns(patterns, (id) => id, null).find((entry) => entry.title === 'Follow-through by kind of focus');
    assert.equal(line?.text, 'After an if-then plan, the note said yes 2 of 3 notes; after a focus in free text, 1 of 2 notes. This is your own data, not a study: the weeks you wrote a plan may differ in other ways too.');
    assert.equal(findPatterns(notes.slice(0, 3), [], [], null, day('2026-11-06')).followThrough?.byKind, null, 'one kind alone is not split');
  });
});
