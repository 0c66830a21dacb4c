import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { characterCount, NOTE_LIMIT, overLongTexts, ROOM_SHOWN_BELOW, roomIn } from '../../../../src/core/note/textLimit';

describe('the free-text limit', () => {
  const coder = '👩🏽‍💻';

  it('counts characters as a person sees them, not UTF-16 units', () => {
    assert.equal(coder.length, 7);
    assert.equal(characterCount(coder), 1);
    assert.equal(characterCount('e\u0301'), 1, 'a letter with a combining accent is one character');
    assert.equal(characterCount('🇩🇪 ok'), 4);
  });

  it('counts a window at a time exactly as the segmenter counts the whole text', () => {
    const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    // The pieces where breaks depend on context: flags (regional indicator pairs), ZWJ sequences, skin tones, CR LF, combining marks.
    const pieces = ['a', 'é', 'e\u0301', '\r', '\n', '🇩', '🇪', '\u200d', '👩', '🏽', '💻', '\ufe0f', '\u0915\u094d', '한', '\u1100', '\u1161'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), fc.integer({ min: 2, max: 16 }), (parts, window) => {
        const text = parts.join('');
        assert.equal(characterCount(text, window), [...whole.segment(text)].length);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets a text of emoji reach the full limit, although it is seven times longer in UTF-16', () => {
    assert.deepEqual(roomIn(coder.repeat(NOTE_LIMIT)), { kind: 'left', left: 0 });
    assert.deepEqual(roomIn(coder.repeat(NOTE_LIMIT - 5)), { kind: 'left', left: 5 });
    assert.deepEqual(roomIn(coder.repeat(NOTE_LIMIT + 3)), { kind: 'over', over: 3 });
  });

  it('says nothing while there is plenty of room, and the room left near the limit', () => {
    assert.deepEqual(roomIn('short'), { kind: 'plenty' });
    assert.deepEqual(roomIn('x'.repeat(NOTE_LIMIT - ROOM_SHOWN_BELOW - 1)), { kind: 'plenty' });
    assert.deepEqual(roomIn('x'.repeat(NOTE_LIMIT - ROOM_SHOWN_BELOW)), { kind: 'left', left: ROOM_SHOWN_BELOW });
    assert.deepEqual(roomIn('x'.repeat(NOTE_LIMIT)), { kind: 'left', left: 0 });
    assert.deepEqual(roomIn('x'.repeat(NOTE_LIMIT + 1)), { kind: 'over', over: 1 });
  });

  it('names every text over the limit, and only those', () => {
    assert.deepEqual(overLongTexts({ led: 'x'.repeat(NOTE_LIMIT + 2), managed: 'fine', focus: coder.repeat(NOTE_LIMIT + 1) }), [
      { id: 'led', over: 2 },
      { id: 'focus', over: 1 },
    ]);
  });
});
