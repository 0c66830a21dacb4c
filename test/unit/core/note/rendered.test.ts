/**
 * Notes and trend reports as a reader sees them: rendered by VS Code's preview and by GitHub,
 * with hostile text and real-looking links in every free-text answer and label.
 */
import * as assert from 'node:assert/strict';
import { renderReflectionMarkdown } from '../../../../src/core/note/markdown';
import type { Questionnaire } from '../../../../src/core/questionnaire/questionnaire';
import { buildHistory, readHistoryFile } from '../../../../src/core/report/readHistory';
import { EVERYTHING, renderTrendReport } from '../../../../src/core/report/report';
import { HOSTILE_TEXTS } from '../../../support/drafts';
import { day, generateNote } from '../../../support/notes';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { bodyOf, countTags, hrefsIn, RENDERERS, textOf } from '../../../support/renderers';

const PR = 'https://github.com/acme/app/pull/42#discussion_r1234567';
const SEARCH = 'https://example.com/search?q=a_b&sort=desc#top';
const HOME = 'https://example.com/~lead/notes_2026/a~b';
const notes = {
  led: `Reviewed ${PR} with Sam.\n${HOSTILE_TEXTS.join('\n')}`,
  managed: `Budget sheet: <${SEARCH}>\r\n| a | b |\n|---|---|`,
  differently: `Read ${HOME}.\rSay no sooner.\u0007`,
  focus: `Pair on ${PR}\rthen ship`,
};

/** The built-in questionnaire with labels a team might type, line ends and all. */
const hostileLabels: Questionnaire = {
  ...DEFAULT_QUESTIONNAIRE,
  dimensions: DEFAULT_QUESTIONNAIRE.dimensions.map((dimension, index) => (index === 0 ? { ...dimension, title: 'Title\r| injected | row |' } : dimension)),
  allocation: DEFAULT_QUESTIONNAIRE.allocation.map((bucket, index) => (index === 0 ? { ...bucket, label: 'People\n- not a list' } : bucket)),
  prompts: DEFAULT_QUESTIONNAIRE.prompts.map((prompt, index) => (index === 0 ? { ...prompt, label: 'What I led\r# not a heading' } : prompt)),
};

describe('a note as a reader sees it', () => {
  const note = generateNote(day('2026-11-27'), 3, 1, { draft: { notes } });
  const markdown = renderReflectionMarkdown(note.reflection, hostileLabels);

  it('holds no control character, so git never treats it as binary', () => {
    assert.doesNotMatch(markdown, /[\u0000-\u0008\u000B-\u001F\u007F]/);
  });

  for (const { name, render } of RENDERERS) {
    describe(`in ${name}`, () => {
      const html = render(bodyOf(markdown));

      it('links every pasted URL to its exact target', () => {
        assert.deepEqual(new Set(hrefsIn(html)), new Set([PR, SEARCH, HOME]));
        assert.equal(hrefsIn(html).length, 4);
      });

      it('has only its own headings, tables and rows', () => {
        assert.equal(countTags(html, 'h1'), 1);
        assert.equal(countTags(html, 'h2'), 2 + (note.reflection.bands ? 1 : 0) + DEFAULT_QUESTIONNAIRE.prompts.length);
        assert.equal(countTags(html, 'h3') + countTags(html, 'h4') + countTags(html, 'h5') + countTags(html, 'h6'), 0);
        assert.equal(countTags(html, 'table'), 2 + (note.reflection.bands ? 2 : 0));
        const dimensionRows = DEFAULT_QUESTIONNAIRE.dimensions.length + 1;
        const allocationRows = DEFAULT_QUESTIONNAIRE.allocation.length + 1;
        assert.equal(countTags(html, 'tr'), dimensionRows + allocationRows + (note.reflection.bands ? countBandRows(markdown) : 0));
      });

      it('lets no user text become a rule, list, code, or HTML', () => {
        for (const tag of ['hr', 'ul', 'ol', 'li', 'pre', 'code', 'script', 'img', 'b']) {
          assert.equal(countTags(html, tag), 0, tag);
        }
        assert.match(textOf(html), /<script>alert\("x"\)<\/script>/);
        assert.match(textOf(html), /Title \| injected \| row \|/);
      });
    });
  }
});

function countBandRows(markdown: string): number {
  return markdown.split('\n').filter((line) => /^\| .* \| .* \| .* \| .* \|$/.test(line) && !line.startsWith('| Contrast | Leading')).length;
}

describe('a trend report as a reader sees it', () => {
  const history = buildHistory(
    [
      generateNote(day('2026-11-13'), 2, 3, { draft: { notes: { focus: `Pair on ${PR}\rthen ship\u0000 ${HOSTILE_TEXTS[3]}` } } }),
      generateNote(day('2026-11-20'), 3, 2, { draft: { notes: { focus: `# Read <${SEARCH}>\n- then ${HOME}` } } }),
      generateNote(day('2026-11-27'), 3, 2),
    ].map((generated) => readHistoryFile(generated.fileName, generated.text)),
  );
  const report = renderTrendReport(history.entries, EVERYTHING, hostileLabels, { chartFile: 'trend-all.svg', includeFreeText: true, role: 'tech-lead', today: day('2026-11-28') });

  it('holds no control character', () => {
    assert.doesNotMatch(report, /[\u0000-\u0008\u000B-\u001F\u007F]/);
  });

  for (const { name, render } of RENDERERS) {
    it(`in ${name}: one list item per focus, every link exact, no injected markup`, () => {
      const html = render(report);
      const focusList = html.slice(html.indexOf('Focus, period by period'));
      assert.equal(countTags(focusList, 'li'), 3);
      assert.deepEqual(hrefsIn(html), [PR, SEARCH, HOME]);
      for (const tag of ['script', 'hr', 'b']) {
        assert.equal(countTags(html, tag), 0, tag);
      }
      assert.equal(countTags(html, 'h1'), 1);
      assert.equal(countTags(html, 'img'), 1, 'the chart, and no image injected by a label or a note');
      assert.match(html, /<img src="trend-all\.svg" alt="3 reflections from 2026-W\d{2} to 2026-W\d{2}\. Leading went from \d+ to \d+; managing from \d+ to \d+\."/);
    });
  }
});
