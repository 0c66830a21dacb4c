import * as assert from 'node:assert/strict';
import { mergeUnlockedNotes } from '../../../../src/core/note/draftAtRest';

describe('words typed while a sealed draft was locked', () => {
  it('keeps both: the unlocked words, and what was typed meanwhile after them', () => {
    assert.deepEqual(mergeUnlockedNotes({ led: 'typed later', focus: '' }, { led: 'sealed earlier', managed: 'only sealed' }), {
      led: 'sealed earlier\n\ntyped later',
      managed: 'only sealed',
    });
  });

  it('does not repeat words that are the same in both', () => {
    assert.deepEqual(mergeUnlockedNotes({ led: 'same' }, { led: 'same' }), { led: 'same' });
  });

  it('takes typed words where the sealed ones are blank, and ignores what is not text', () => {
    assert.deepEqual(mergeUnlockedNotes({ led: 'typed', managed: 42 }, { led: '  ' }), { led: 'typed' });
  });
});
