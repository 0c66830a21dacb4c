import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderBlockError } from '../../../../src/core/previewBlock/blockMessages';
import { renderBlock, type BlockData } from '../../../../src/core/previewBlock/blockRender';
import { readBlock, type BlockSpec } from '../../../../src/core/previewBlock/blockSpec';
import { leadReviewBlocks } from '../../../../src/core/previewBlock/fencePlugin';
import { toHistoryPoint } from '../../../../src/core/report/history';
import { english, formatMessage, type Translate } from '../../../../src/core/util/l10n';
import { addDays } from '../../../../src/core/time/localDate';
import { evidenceRecord } from '../../../../src/core/evidence/evidenceRecord';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { day, generateNote } from '../../../support/notes';

const TODAY = day('2026-11-27');
const SECRET = 'Told Ana about the reorg in confidence';

function data(): BlockData {
  let previous = null;
  const points = [];
  for (let week = 12; week >= 0; week--) {
    const note = generateNote(addDays(TODAY, -7 * week), 1 + (week % 4), 3 - (week % 3), {
      previous,
      draft: { notes: { led: SECRET, managed: '', differently: '', focus: `Focus ${week}` }, followThrough: previous ? 'yes' : null, allocation: { people: 30, process: 20, technical: 40, direction: 10 } },
    });
    const reflection = week < 4 ? { ...note.reflection, evidence: evidenceRecord({ scheduledHours: 10, events: 9, hours: { people: 2, process: 5, technical: 1, direction: 2 }, skipped: { allDay: 0, cancelled: 0, free: 0, declined: 0, unknownTimeZone: 0 }, unclassified: ['Secret vendor'], unknownZones: [], malformed: 0 }, null, 'UTC', false)! } : note.reflection;
    points.push(toHistoryPoint({ fileName: note.fileName, sequence: 1, reflection }));
    previous = note.reflection;
  }
  return {
    points,
    dimensions: DEFAULT_QUESTIONNAIRE.dimensions.map(({ id, title }) => ({ id, title })),
    areas: DEFAULT_QUESTIONNAIRE.allocation.map(({ id, label }) => ({ id, label })),
    leanBands: DEFAULT_QUESTIONNAIRE.bands['tech-lead']!.lean,
    roleName: 'tech lead',
    today: TODAY,
    fiscalYearStart: 1,
  };
}

/** markdown-it as VS Code's preview configures it, with Lead Review's plugin as the preview loads it. */
function preview(blockData: BlockData): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true, breaks: false, typographer: false });
  return leadReviewBlocks(md, (body, index) => {
    const read = readBlock(body, english);
    return read.ok ? renderBlock(read.spec, blockData, `lead-review-${index}`, english) : renderBlockError(read.error, english);
  });
}

describe('lead-review blocks', () => {
  describe('the block reader', () => {
    it('reads show, range and folder, with defaults', () => {
      assert.deepEqual(readBlock('show: leans\nrange: last 6 weeks\nfolder: team-a\n', english), { ok: true, spec: { show: 'leans', range: { kind: 'lastWeeks', weeks: 6 }, folder: 'team-a' } });
      assert.deepEqual(readBlock('show: chart', english), { ok: true, spec: { show: 'chart', range: { kind: 'lastWeeks', weeks: 12 }, folder: null } });
      assert.deepEqual((readBlock('range: 2026-Q3', english) as { spec: BlockSpec }).spec.range, { kind: 'quarter', year: 2026, quarter: 3, fiscal: false });
      assert.deepEqual((readBlock('range: FY2027-Q1', english) as { spec: BlockSpec }).spec.range, { kind: 'quarter', year: 2027, quarter: 1, fiscal: true });
      assert.deepEqual((readBlock('range: this quarter', english) as { spec: BlockSpec }).spec.range, { kind: 'thisQuarter' });
      assert.deepEqual((readBlock('from: 2026-W10\nto: 2026-W20', english) as { spec: BlockSpec }).spec.range, { kind: 'periods', from: '2026-W10', to: '2026-W20' });
    });

    it('says what is wrong in a few words, with a near miss named', () => {
      assert.deepEqual(readBlock('show: chrat', english), { ok: false, error: 'unknown `show: chrat`; did you mean `chart`? Choose one of `chart`, `leans`, `patterns`, `evidence`, `follow-through`.' });
      assert.match((readBlock('shwo: chart', english) as { error: string }).error, /^unknown key `shwo`; did you mean `show`\?/);
      assert.match((readBlock('range: last fortnight', english) as { error: string }).error, /is not a range/);
      assert.match((readBlock('from: 2026-W99', english) as { error: string }).error, /is not a period/);
      assert.match((readBlock('show: [chart', english) as { error: string }).error, /not valid YAML/);
      assert.match((readBlock('- chart', english) as { error: string }).error, /settings such as/);
      assert.match((readBlock('', english) as { error: string }).error, /empty/);
      assert.equal(readBlock('a: &x [1]\nb: *x', english).ok, false);
    });

    it('says every mistake in the display language: each message is one whole sentence through the translator', () => {
      const marked: Translate = Object.assign((message: string, ...args: (string | number)[]) => `⟦${formatMessage(message, args, 'en')}⟧`, { locale: 'en' });
      const mistakes = ['show: chrat', 'show: nothing', 'shwo: chart', 'colour: red', 'range: last fortnight', 'from: 2026-W99', 'range: this quarter\nfrom: 2026-W10', 'show: [chart', '- chart', '', 'folder: ""', 'x'.repeat(10_001)];
      for (const source of mistakes) {
        const read = readBlock(source, marked);
        assert.ok(!read.ok, source);
        assert.match(read.error, /^⟦[^⟦⟧]+⟧$/, `${source.slice(0, 30)}: ${read.error}`);
      }
    });
  });

  describe('rendered as VS Code\'s preview renders them', () => {
    const blockData = data();
    const note = (...blocks: string[]): string => preview(blockData).render(['# 1:1 with Sam', '', ...blocks.flatMap((block) => ['```lead-review', block, '```', '']), 'After the blocks.', ''].join('\n'));

    it('draws several blocks in one note, each with unique ids and a text alternative, and leaves other fences alone', () => {
      const html = note('show: chart', 'show: chart\nrange: last 4 weeks') + preview(blockData).render('```js\nconst x = 1;\n```\n');
      assert.equal((html.match(/<svg class="lr-chart"/g) ?? []).length, 2);
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
      assert.match(html, /<figcaption>12 reflections from 2026-W37 to 2026-W48\./);
      assert.match(html, /<pre><code class="language-js">const x = 1;/);
      assert.match(html, /<p>After the blocks\.<\/p>/);
    });

    it('shows leans as a table, patterns and follow-through as sentences, and evidence as reported against calendar', () => {
      assert.match(note('show: leans'), /<table class="lr-table"><caption>Lean by contrast[^<]*<\/caption><thead><tr><th scope="col">Contrast<\/th>/);
      assert.match(note('show: patterns'), /<ul class="lr-patterns"><li><strong>Follow-through\.<\/strong>/);
      assert.match(note('show: follow-through'), /Of the 12 periods after one that named a focus, the note said yes 12 times/);
      assert.match(note('show: evidence'), /<th scope="row">2026-W45<\/th><td>30% \/ 20%<\/td><td>20% \/ 50%<\/td>/);
    });

    it('never shows free text, nor an event title, whatever it shows', () => {
      for (const show of ['chart', 'leans', 'patterns', 'evidence', 'follow-through']) {
        const html = note(`show: ${show}\nrange: last 52 weeks`);
        for (const text of [SECRET, 'Focus 3', 'Secret vendor']) {
          assert.ok(!html.includes(text), `${show} shows no "${text}"`);
        }
      }
    });

    it('escapes every text from the block: a hostile folder name or key is shown as text', () => {
      const html = note('folder: "<img src=x onerror=alert(1)>"\nshow: chrat"<b>"', 'show: <script>alert(1)</script>');
      assert.ok(!/<img src=x|<script>|<b>/.test(html), html);
      assert.match(html, /&#60;script&#62;|&lt;script&gt;/);
    });

    it('follows leadReview.fiscalYearStart for `this quarter` and `FY…-Q…`, as the review packet does, and the calendar for `2026-Q4`', () => {
      const periodsShown = (range: string, fiscalYearStart: number): string[] => {
        const read = readBlock(`show: leans\nrange: ${range}`, english);
        assert.ok(read.ok);
        return [...renderBlock(read.spec, { ...data(), fiscalYearStart }, 'b', english).matchAll(/<th scope="col">(\d{4}-W\d\d)<\/th>/g)].map((match) => match[1]!);
      };
      // A year starting in November: its first quarter, FY2027 Q1, runs from November 2026 to January 2027.
      assert.deepEqual(periodsShown('this quarter', 11), ['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
      assert.deepEqual(periodsShown('FY2027-Q1', 11), ['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
      assert.deepEqual(periodsShown('this quarter', 1), periodsShown('2026-Q4', 11), 'a calendar year: this quarter is October to December');
      assert.equal(periodsShown('2026-Q4', 11)[0], '2026-W41', 'the first week starting in October');
    });

    it('says in place when a range holds no notes, and never breaks the rest of the note', () => {
      const html = note('show: chart\nrange: 2020-Q1', 'show: nothing');
      assert.match(html, /no notes in this range/);
      assert.match(html, /unknown `show: nothing`/);
      assert.match(html, /<p>After the blocks\.<\/p>/);
    });
  });
});
