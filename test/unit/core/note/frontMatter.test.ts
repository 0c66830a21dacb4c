import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { parseFrontMatter, parseOwnFrontMatter, renderFrontMatter } from '../../../../src/core/note/frontMatter';
import { HOSTILE_TEXTS } from '../../../support/drafts';
import { day, generateNote } from '../../../support/notes';

const inner = (frontMatter: string): string => frontMatter.replace(/^---\n/, '').replace(/\n---\n$/, '');

describe('front matter', () => {
  it('reads Lead Review\'s own front matter without a YAML parse, to the same data a YAML parser gives', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_TEXTS)), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 4 }), ([led, managed, differently, focus], lead) => {
        const source = inner(generateNote(day('2026-11-27'), lead, 4 - lead, { draft: { notes: { led: led!, managed: managed!, differently: differently!, focus: focus! } } }).text.split('\n---\n')[0]! + '\n---\n');
        const fast = parseOwnFrontMatter(source);
        assert.notEqual(fast, undefined, 'our own notes always take the fast path');
        assert.deepEqual(fast, parse(source));
      }),
      { numRuns: 300 },
    );
  });

  it('hands anything else to the YAML parser, and never disagrees with it (fuzzed)', function () {
    this.timeout(20_000);
    const source = inner(generateNote(day('2026-11-27'), 2, 3).text.split('\n---\n')[0]! + '\n---\n');
    const edit = fc.tuple(fc.nat({ max: source.length }), fc.nat({ max: 12 }), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(' ', '\n', ':', '"', '- ', '  ', '{}', 'null', '~', '#', '\t', 'true', '0x1F', '1e3', '.5')));
    fc.assert(
      fc.property(edit, ([at, cut, insert]) => {
        const edited = source.slice(0, at) + insert + source.slice(at + cut);
        const fast = parseOwnFrontMatter(edited);
        if (fast !== undefined) {
          assert.deepEqual(fast, parse(edited, { uniqueKeys: true }));
        }
      }),
      { numRuns: 1_000_000, interruptAfterTimeLimit: 2_000, markInterruptAsFailure: false },
    );
  });

  it('falls back for hand-written YAML: plain strings, comments, lists', () => {
    for (const source of ['period: 2026-W48', '# a comment\nschema: 1', 'tags:\n  - a', 'a: "x"\n\nb: 1', 'a: 1\na: 2', 'on: 1', 'a:\nb: 1']) {
      assert.equal(parseOwnFrontMatter(source), undefined, source);
    }
    const parsed = parseFrontMatter('---\nperiod: 2026-W48 # plain, as people write it\n---\n');
    assert.deepEqual(parsed.ok && parsed.data, { period: '2026-W48' });
  });

  it('reads the lists and booleans it writes, to what a YAML parser gives (fuzzed)', () => {
    // Keys such as `n` or `on` are YAML 1.1 booleans, which the fast path rightly leaves to the parser.
    const key = fc.stringMatching(/^k[a-z.]{0,6}$/);
    const data = fc.dictionary(key, fc.oneof(fc.boolean(), fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 3 }), fc.dictionary(key, fc.array(fc.string(), { maxLength: 2 }))), { minKeys: 1 });
    fc.assert(
      fc.property(data, (value) => {
        const source = inner(renderFrontMatter(value));
        const fast = parseOwnFrontMatter(source);
        assert.notEqual(fast, undefined, source);
        assert.deepEqual(fast, parse(source));
      }),
      { numRuns: 500 },
    );
  });

  it('writes every string double-quoted, so the fast path covers what Lead Review writes', () => {
    assert.equal(renderFrontMatter({ a: 'x: y', b: 1, c: null, d: {}, e: { f: '' } }), '---\na: "x: y"\nb: 1\nc: null\nd: {}\ne:\n  f: ""\n---\n');
  });
});

describe('the front-matter writer, against the yaml package', () => {
  const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', doubleQuotedAsJSON: true } as const;
  const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/);
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_TEXTS, 'true', '123', 'null', '', ' ', '\u2028', '# x', 'a: b'));
  const scalar = fc.oneof(text, fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
  const list = fc.array(scalar, { maxLength: 4 });
  const mapping: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
    map: fc.dictionary(fc.oneof(id, fc.constantFrom('true', 'null', '123', '1e5', '0x1F', 'yes', 'on', 'title.lead')), fc.oneof({ maxDepth: 3 }, scalar, list, tie('map')), { maxKeys: 6, noNullPrototype: true }),
  })).map as fc.Arbitrary<Record<string, unknown>>;

  it('writes the same bytes as the yaml package, and yaml reads them back to the same data (fuzzed)', function () {
    this.timeout(60_000);
    fc.assert(
      // A note's front matter is never empty at the top.
      fc.property(mapping.filter((data) => Object.keys(data).length > 0), (data) => {
        const ours = renderFrontMatter(data);
        assert.equal(ours, `---\n${stringify(data, YAML_OPTIONS)}---\n`);
        assert.deepEqual(parse(ours.slice(4, -4)) ?? {}, data);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes 60 generated notes byte for byte as the yaml package does', () => {
    for (let index = 0; index < 60; index++) {
      const note = generateNote(day('2026-11-27'), index % 5, (index * 3) % 5, { draft: { notes: { led: HOSTILE_TEXTS[index % HOSTILE_TEXTS.length]! } } });
      assert.equal(renderFrontMatter(note.reflection), `---\n${stringify(note.reflection, YAML_OPTIONS)}---\n`);
    }
  });
});
