/**
 * Every hostile input in one place. Each case must end in a clear message or an exact round trip:
 * never a crash, never a silently changed note.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDraft, emptyDraft, wellFormed, type Draft } from '../../src/core/note/draft';
import { NOTE_HARD_CAP, NOTE_LIMIT } from '../../src/core/note/textLimit';
import { parseFrontMatter } from '../../src/core/note/frontMatter';
import { renderReflectionMarkdown } from '../../src/core/note/markdown';
import { parseReflection } from '../../src/core/note/parseReflection';
import { checkWebviewMessage } from '../../src/shared/protocol';
import { completeDraft } from '../support/drafts';
import { day, generateNote } from '../support/notes';
import { DEFAULT_QUESTIONNAIRE } from '../support/questionnaire';

/** Fuzzing runs for a bounded time, so CI stays predictable on a busy machine. */
const FUZZ_MS = 2_000;

describe('hostile input', () => {
  describe('huge free text', () => {
    const megabyte = 'x'.repeat(1024 * 1024);

    it('is refused by the draft check with the hard cap in the message', () => {
      const checked = checkDraft({ ...emptyDraft(), notes: { led: megabyte } }, DEFAULT_QUESTIONNAIRE);
      assert.deepEqual(checked, { ok: false, error: `notes.led must be text of at most ${NOTE_HARD_CAP} UTF-16 units` });
    });

    it('is refused as a webview message, so nothing reaches the stored draft', () => {
      const checked = checkWebviewMessage({ type: 'draft/changed', draft: { ...emptyDraft(), notes: { focus: megabyte } } }, DEFAULT_QUESTIONNAIRE);
      assert.equal(checked.ok, false);
    });

    it('round-trips text right at the limit', () => {
      const atLimit = `${'ab\n|'.repeat(NOTE_LIMIT / 4)}`;
      const note = generateNote(day('2026-11-27'), 2, 2, { draft: { notes: { led: atLimit } } });
      const parsed = parseReflection(note.text);
      assert.ok(parsed.ok);
      assert.equal(parsed.reflection.notes.led, atLimit);
    });
  });

  describe('control characters and invalid UTF-16', () => {
    it('keeps control characters exactly in the front matter, and out of the body', () => {
      const text = 'bell\u0007 nul\u0000 esc\u001b[31m del\u007f tab\t';
      const note = generateNote(day('2026-11-27'), 2, 2, { draft: { notes: { led: text } } });
      const parsed = parseReflection(note.text);
      assert.ok(parsed.ok);
      assert.equal(parsed.reflection.notes.led, text);
      const body = note.text.slice(note.text.indexOf('\n---\n') + 5);
      assert.doesNotMatch(body, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      assert.match(body, /bell␇ nul␀/);
    });

    it('turns lone surrogates into U+FFFD when the draft is checked, before anything is written', () => {
      const broken = 'half an emoji \uD83D and a stray \uDE00 tail';
      assert.equal(wellFormed(broken), 'half an emoji \uFFFD and a stray \uFFFD tail');
      assert.equal(wellFormed('whole 🚀 emoji'), 'whole 🚀 emoji');
      const checked = checkDraft({ ...completeDraft(), notes: { led: broken } }, DEFAULT_QUESTIONNAIRE);
      assert.ok(checked.ok);
      assert.equal(checked.value.notes.led, 'half an emoji \uFFFD and a stray \uFFFD tail');
      const note = generateNote(day('2026-11-27'), 2, 2, { draft: { notes: checked.value.notes } });
      const parsed = parseReflection(Buffer.from(note.text, 'utf8').toString('utf8'));
      assert.ok(parsed.ok);
      assert.equal(parsed.reflection.notes.led, checked.value.notes.led);
    });
  });

  describe('front matter', () => {
    it('names YAML that is not a Lead Review note', () => {
      const parsed = parseReflection('---\ntitle: Sprint retro\nlayout: post\n---\n\nNotes.\n');
      assert.deepEqual(parsed, { ok: false, error: 'not a Lead Review note: schema must be 1, found nothing', line: 1 });
    });

    it('stops a YAML alias bomb instead of expanding it', () => {
      const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let level = 1; level <= 12; level++) {
        const previous = String.fromCharCode(96 + level);
        const next = String.fromCharCode(97 + level);
        lines.push(`${next}: &${next} [${Array(9).fill(`*${previous}`).join(',')}]`);
      }
      lines.push('---', '');
      const started = Date.now();
      const parsed = parseReflection(lines.join('\n'));
      assert.equal(parsed.ok, false);
      assert.match(parsed.ok ? '' : parsed.error, /alias|could not be read|not valid YAML/i);
      assert.ok(Date.now() - started < 5_000, 'the parser gave up instead of expanding 9^13 nodes');
    });

    it('parses arbitrary text without throwing (fuzzed)', function () {
      this.timeout(FUZZ_MS * 10);
      const valid = generateNote(day('2026-11-27'), 2, 2).text;
      const mutation = fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 40 }));
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string().map((yaml) => `---\n${yaml}\n---\n`), mutation.map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut))), (text) => {
          const parsed = parseReflection(text);
          assert.ok(parsed.ok || (parsed.error.length > 0 && parsed.line >= 1));
          assert.doesNotThrow(() => parseFrontMatter(text));
        }),
        { numRuns: 1_000_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false },
      );
    });
  });

  describe('webview messages', () => {
    it('never throws and never accepts a malformed message (fuzzed)', function () {
      this.timeout(FUZZ_MS * 10);
      const draftish = fc.record(
        {
          answers: fc.dictionary(fc.oneof(fc.constantFrom('title.lead', 'title.manage', '__proto__', 'constructor'), fc.string()), fc.anything()),
          allocation: fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.double())),
          energy: fc.anything(),
          titleContext: fc.anything(),
          followThrough: fc.anything(),
          notes: fc.dictionary(fc.constantFrom('led', 'focus', 'other'), fc.oneof(fc.string(), fc.anything())),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('draft/changed', 'history/open', 'reflection/write'), draft: draftish, fileName: fc.string() }, { requiredKeys: ['type'] })), (value) => {
          const checked = checkWebviewMessage(value, DEFAULT_QUESTIONNAIRE);
          if (checked.ok && checked.value.type === 'draft/changed') {
            assertStorableDraft(checked.value.draft);
          }
        }),
        { numRuns: 1_000_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false },
      );
    });

    it('refuses history/open for anything but a note file name', () => {
      for (const fileName of ['../../etc/passwd', '/etc/passwd', '2026-W48.md/../x', 'notes.md', '']) {
        assert.equal(checkWebviewMessage({ type: 'history/open', fileName }, DEFAULT_QUESTIONNAIRE).ok, false, fileName);
      }
      assert.equal(checkWebviewMessage({ type: 'history/open', fileName: '2026-W48-2.md' }, DEFAULT_QUESTIONNAIRE).ok, true);
    });
  });

  it('renders a note whose every free-text answer is hostile at once', () => {
    const notes = { led: '<img src=x onerror=alert(1)>', managed: '| a | b |\n|---|---|', differently: '---\nschema: 2\n---', focus: '```\n# heading\n```' };
    const markdown = renderReflectionMarkdown(generateNote(day('2026-11-27'), 2, 2, { draft: { notes } }).reflection, DEFAULT_QUESTIONNAIRE);
    const parsed = parseReflection(markdown);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reflection.notes, notes);
    assert.equal(parsed.reflection.schema, 1);
  });
});

/**
 * What a draft that reaches the host must be, stated on its own terms rather than by asking the
 * validator again: known ids only, numbers in range, bounded well-formed text, nothing extra.
 */
function assertStorableDraft(draft: Draft): void {
  const items = new Set(DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id)));
  const buckets = new Set(DEFAULT_QUESTIONNAIRE.allocation.map((bucket) => bucket.id));
  const prompts = new Set(DEFAULT_QUESTIONNAIRE.prompts.map((prompt) => prompt.id));
  assert.deepEqual(Object.keys(draft).sort(), ['allocation', 'answers', 'energy', 'followThrough', 'notes', 'titleContext']);
  for (const [id, value] of Object.entries(draft.answers)) {
    assert.ok(items.has(id) && Number.isInteger(value) && value >= 0 && value <= 4, `answers.${id} = ${value}`);
  }
  for (const [id, value] of Object.entries(draft.allocation)) {
    assert.ok(buckets.has(id) && Number.isInteger(value) && value >= 0 && value <= 100, `allocation.${id} = ${value}`);
  }
  for (const [id, value] of Object.entries(draft.notes)) {
    assert.ok(prompts.has(id) && typeof value === 'string' && value.length <= NOTE_HARD_CAP && wellFormed(value) === value, `notes.${id}`);
  }
  assert.ok(draft.energy === null || (Number.isInteger(draft.energy) && draft.energy >= 1 && draft.energy <= 5), `energy ${draft.energy}`);
  assert.ok(draft.titleContext === null || ['manager', 'lead', 'none'].includes(draft.titleContext));
  assert.ok(draft.followThrough === null || ['yes', 'partly', 'no'].includes(draft.followThrough));
}
