import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import type { Draft } from '../../../../src/core/note/draft';
import { parseFrontMatter } from '../../../../src/core/note/frontMatter';
import { renderReflectionMarkdown } from '../../../../src/core/note/markdown';
import { parseReflection } from '../../../../src/core/note/parseReflection';
import { periodFor } from '../../../../src/core/time/period';
import { type LocalDate } from '../../../../src/core/time/localDate';
import { allItems, type TitleContext } from '../../../../src/core/questionnaire/questionnaire';
import { buildReflection } from '../../../../src/core/note/reflection';
import { type Reflection } from '../../../../src/core/note/model';
import { completeDraft, HOSTILE_TEXTS } from '../../../support/drafts';

const TODAY: LocalDate = { year: 2026, month: 11, day: 27 };

function build(draft: Draft): Reflection {
  const built = buildReflection(draft, DEFAULT_QUESTIONNAIRE, periodFor(TODAY, 'weekly'), TODAY);
  assert.ok(built.ok, built.ok ? '' : built.missing.join('; '));
  return built.value;
}

function roundTrip(reflection: Reflection): Reflection {
  const parsed = parseReflection(renderReflectionMarkdown(reflection, DEFAULT_QUESTIONNAIRE));
  assert.ok(parsed.ok, parsed.ok ? '' : `${parsed.error} (line ${parsed.line})`);
  return parsed.reflection;
}

const itemIds = allItems(DEFAULT_QUESTIONNAIRE).map((item) => item.id);
const arbitraryDraft: fc.Arbitrary<Draft> = fc
  .record({
    scores: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: itemIds.length, maxLength: itemIds.length }),
    split: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    energy: fc.integer({ min: 1, max: 5 }),
    titleContext: fc.constantFrom<TitleContext>('manager', 'lead', 'none'),
    notes: fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(...HOSTILE_TEXTS), fc.string({ unit: 'binary', maxLength: 60 })), {
      minLength: 4,
      maxLength: 4,
    }),
  })
  .map(({ scores, split, energy, titleContext, notes }) => {
    const cuts = [...split].sort((a, b) => a - b) as [number, number, number];
    return {
      answers: Object.fromEntries(itemIds.map((id, index) => [id, scores[index] as number])),
      allocation: { people: cuts[0], process: cuts[1] - cuts[0], technical: cuts[2] - cuts[1], direction: 100 - cuts[2] },
      energy,
      titleContext,
      followThrough: null,
      notes: Object.fromEntries(DEFAULT_QUESTIONNAIRE.prompts.map((prompt, index) => [prompt.id, notes[index] as string])),
      checkIn: null,
    };
  });

describe('the reflection file', () => {
  it('records the schema, questionnaire, period, date, answers, allocation, energy, title and scores', () => {
    const reflection = build(completeDraft());
    const frontMatter = parseFrontMatter(renderReflectionMarkdown(reflection, DEFAULT_QUESTIONNAIRE));
    assert.ok(frontMatter.ok);
    const data = frontMatter.data as Record<string, unknown>;
    assert.equal(data.schema, 1);
    assert.equal(data.questionnaire, 'lead-review/default@1');
    assert.equal(data.period, '2026-W48');
    assert.equal(data.date, '2026-11-27');
    assert.equal(data.titleContext, 'lead');
    assert.equal(data.energy, 4);
    assert.deepEqual(data.answers, completeDraft().answers);
    assert.deepEqual(Object.keys(data.scores as object), ['leading', 'managing', 'stance', 'answered', 'total', 'dimensions']);
  });

  it('renders a body that reads well: heading, stance, the seven contrasts, time and free text', () => {
    const markdown = renderReflectionMarkdown(build(completeDraft()), DEFAULT_QUESTIONNAIRE);
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
    assert.match(body, /^# Lead review 2026-W48$/m);
    assert.match(body, /^\*\*(Leading and managing|Mostly leading|Mostly managing|Heads-down)\*\*: leading \d+, managing \d+/m);
    assert.match(body, /14 of 14 behaviours answered/);
    assert.match(body, /^\| Contrast \| Leading \| Managing \| Lean \|$/m);
    assert.equal(body.match(/^\| (?!Contrast|---|Area)[^|]+ \| [\d–.]+ \| [\d–.]+ \| /gm)?.length, 7);
    assert.match(body, /^\| Hands-on technical work \| 40% \|$/m);
    assert.match(body, /^## A moment I led$/m);
    assert.match(body, /^## My focus for the next period$/m);
  });

  it('keeps hostile text inside its quote: no heading, rule, HTML or table row escapes', () => {
    const markdown = renderReflectionMarkdown(build(completeDraft({ notes: { led: HOSTILE_TEXTS.join('\n') } })), DEFAULT_QUESTIONNAIRE);
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
    const quoted = body.split('## A moment I led\n\n')[1]!.split('\n\n')[0]!;
    for (const line of quoted.split('\n')) {
      assert.match(line, /^>( |$)/, `line escaped the quote: ${JSON.stringify(line)}`);
    }
    assert.doesNotMatch(body, /<script>/);
    assert.doesNotMatch(body, /^> #/m);
    assert.doesNotMatch(body, /^> ---$/m);
    assert.doesNotMatch(body, /\r/);
  });

  it('says "leading without a title" only for high leading with no management title', () => {
    const high = Object.fromEntries(itemIds.map((id) => [id, id.endsWith('.lead') ? 4 : 1]));
    const withoutTitle = renderReflectionMarkdown(build(completeDraft({ answers: high, titleContext: 'none' })), DEFAULT_QUESTIONNAIRE);
    assert.match(withoutTitle, /Leading without a title/);
    const withTitle = renderReflectionMarkdown(build(completeDraft({ answers: high, titleContext: 'manager' })), DEFAULT_QUESTIONNAIRE);
    assert.doesNotMatch(withTitle, /Leading without a title/);
  });

  for (const text of HOSTILE_TEXTS) {
    it(`round-trips ${JSON.stringify(text)} exactly`, () => {
      const reflection = build(completeDraft({ notes: { led: text, managed: text, differently: text, focus: text } }));
      assert.deepEqual(roundTrip(reflection), reflection);
    });
  }

  it('round-trips any generated draft exactly (property)', () => {
    fc.assert(
      fc.property(arbitraryDraft, (draft) => {
        const reflection = build(draft);
        assert.deepEqual(roundTrip(reflection), reflection);
      }),
      { numRuns: 300 },
    );
  });

  it('still reads a note whose line ends were turned into CRLF by git', () => {
    const reflection = build(completeDraft({ notes: { focus: 'one\ntwo' } }));
    const crlf = renderReflectionMarkdown(reflection, DEFAULT_QUESTIONNAIRE).replace(/\n/g, '\r\n');
    const parsed = parseReflection(crlf);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.equal(parsed.reflection.scores.leading, reflection.scores.leading);
  });
});

describe('parseReflection on notes that are not ours, or broken', () => {
  const valid = (): string => renderReflectionMarkdown(build(completeDraft()), DEFAULT_QUESTIONNAIRE);
  const cases: [string, () => string, RegExp, number][] = [
    ['no front matter', () => '# Just notes\n', /no front matter/, 1],
    ['front matter never closed', () => '---\nschema: 1\n', /never closed/, 1],
    ['broken YAML', () => valid().replace('energy: 4', 'energy: [4'), /not valid YAML/, 0],
    ['YAML that is not ours', () => '---\ntitle: My blog post\ntags: [a, b]\n---\nHello\n', /not a Lead Review note: schema/, 1],
    ['a future schema', () => valid().replace('schema: 1', 'schema: 2'), /schema must be 1/, 1],
    ['an out-of-range answer', () => valid().replace(/title\.lead: \d/, 'title.lead: 9'), /answers\.title\.lead/, 1],
    ['a bad period', () => valid().replace('period: "2026-W48"', 'period: next week'), /period/, 1],
    ['a list as front matter', () => '---\n- a\n- b\n---\n', /must be a mapping/, 1],
    ['duplicate keys', () => valid().replace('energy: 4', 'energy: 4\nenergy: 3'), /not valid YAML/, 0],
  ];
  for (const [what, text, message, line] of cases) {
    it(`explains ${what}`, () => {
      const parsed = parseReflection(text());
      assert.equal(parsed.ok, false);
      assert.match(parsed.ok ? '' : parsed.error, message);
      if (line > 0) {
        assert.equal(parsed.ok ? 0 : parsed.line, line);
      } else {
        assert.ok(!parsed.ok && parsed.line > 1, 'a YAML error points at its line inside the front matter');
      }
    });
  }
});
