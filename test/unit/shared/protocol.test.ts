import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_QUESTIONNAIRE } from '../../support/questionnaire';
import { emptyDraft } from '../../../src/core/note/draft';
import { NOTE_HARD_CAP } from '../../../src/core/note/textLimit';
import { checkWebviewMessage } from '../../../src/shared/protocol';
import { completeDraft } from '../../support/drafts';

const check = (value: unknown) => checkWebviewMessage(value, DEFAULT_QUESTIONNAIRE);

describe('the webview message validator', () => {
  it('accepts every well-formed message', () => {
    assert.deepEqual(check({ type: 'webview/ready' }), { ok: true, value: { type: 'webview/ready' } });
    assert.deepEqual(check({ type: 'reflection/write' }), { ok: true, value: { type: 'reflection/write' } });
    assert.deepEqual(check({ type: 'reflection/openWritten' }), { ok: true, value: { type: 'reflection/openWritten' } });
    assert.deepEqual(check({ type: 'reflection/commitWritten' }), { ok: true, value: { type: 'reflection/commitWritten' } });
    assert.deepEqual(check({ type: 'followThrough/revealFocus' }), { ok: true, value: { type: 'followThrough/revealFocus' } });
    assert.deepEqual(check({ type: 'draft/changed', draft: { ...completeDraft(), checkIn: 'quick' } }), { ok: true, value: { type: 'draft/changed', draft: { ...completeDraft(), checkIn: 'quick' } } });
    assert.deepEqual(check({ type: 'history/open', fileName: '2026-W48-2.md' }), { ok: true, value: { type: 'history/open', fileName: '2026-W48-2.md' } });
    assert.deepEqual(check({ type: 'draft/changed', draft: completeDraft() }), {
      ok: true,
      value: { type: 'draft/changed', draft: completeDraft() },
    });
  });

  const rejections: [string, unknown, RegExp][] = [
    ['a non-object', 'webview/ready', /string "type"/],
    ['null', null, /string "type"/],
    ['a missing type', { draft: emptyDraft() }, /string "type"/],
    ['a wrong type', { type: 'file/delete', path: '/' }, /unknown message type/],
    ['a numeric type', { type: 7 }, /string "type"/],
    ['extra fields on a fieldless message', { type: 'reflection/write', path: '../x' }, /takes no fields/],
    ['extra fields beside the draft', { type: 'draft/changed', draft: emptyDraft(), also: 1 }, /exactly one field/],
    ['a missing draft', { type: 'draft/changed' }, /exactly one field/],
    ['an unknown item id', { type: 'draft/changed', draft: { ...emptyDraft(), answers: { 'x.lead': 1 } } }, /unknown id/],
    ['an out-of-range score', { type: 'draft/changed', draft: { ...emptyDraft(), answers: { 'title.lead': -1 } } }, /from 0 to 4/],
    ['text over the hard cap', { type: 'draft/changed', draft: { ...emptyDraft(), notes: { led: 'x'.repeat(NOTE_HARD_CAP + 1) } } }, /at most/],
    ['an extra draft field', { type: 'draft/changed', draft: { ...emptyDraft(), path: '/etc' } }, /unknown fields/],
    ['an unknown check-in', { type: 'draft/changed', draft: { ...emptyDraft(), checkIn: 'weekly' } }, /checkIn must be null or one of full, quick/],
    ['a focus request that names a note', { type: 'followThrough/revealFocus', fileName: '../../secret.md' }, /takes no fields/],
    ['a request to protect the draft that carries a passphrase', { type: 'draft/protect', passphrase: 'hunter22' }, /takes no fields/],
  ];
  for (const [what, value, message] of rejections) {
    it(`rejects ${what}`, () => {
      const result = check(value);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, message);
    });
  }

  it('never throws, and accepts only the eight message types, each in its own shape (fuzzed)', () => {
    const types = ['webview/ready', 'draft/changed', 'reflection/write', 'reflection/openWritten', 'reflection/commitWritten', 'history/open', 'followThrough/revealFocus', 'draft/protect', 'file/delete'] as const;
    const fields = { draft: fc.oneof(fc.anything(), fc.constant(completeDraft())), fileName: fc.oneof(fc.string(), fc.constantFrom('2026-W48.md', '../x.md')), path: fc.string() };
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...types), ...fields }, { requiredKeys: ['type'] })), (value) => {
        const result = check(value);
        if (!result.ok) {
          return;
        }
        const message = result.value as { type: string } & Record<string, unknown>;
        const keys = Object.keys(message).sort();
        switch (message.type) {
          case 'webview/ready':
          case 'reflection/write':
          case 'reflection/openWritten':
          case 'reflection/commitWritten':
          case 'followThrough/revealFocus':
          case 'draft/protect':
            assert.deepEqual(keys, ['type']);
            break;
          case 'draft/changed':
            assert.deepEqual(keys, ['draft', 'type']);
            break;
          case 'history/open':
            assert.deepEqual(keys, ['fileName', 'type']);
            assert.match(message.fileName as string, /^\d{4}-(W\d{2}(-W\d{2})?|\d{2})(-\d+)?\.md$/);
            break;
          default:
            assert.fail(`accepted an unknown type ${message.type}`);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
