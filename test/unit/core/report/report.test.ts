import * as assert from 'node:assert/strict';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { buildHistory, readHistoryFile } from '../../../../src/core/report/readHistory';
import { EVERYTHING, quarterRange, renderTrendChart, renderTrendReport, yearRange } from '../../../../src/core/report/report';
import { day, generateNote } from '../../../support/notes';
import { completeDraft } from '../../../support/drafts';
import { renderReflectionMarkdown } from '../../../../src/core/note/markdown';
import { periodFor } from '../../../../src/core/time/period';
import { sealReflection } from '../../../../src/core/private/privateText';
import { buildReflection } from '../../../../src/core/note/reflection';

const notes = [
  generateNote(day('2026-09-25'), 4, 0),
  generateNote(day('2026-10-02'), 1, 3, { draft: { notes: { focus: 'Mentor Sam' } } }),
  generateNote(day('2026-10-09'), 2, 3),
  generateNote(day('2026-10-10'), 3, 2, { sequence: 2 }),
  generateNote(day('2026-11-20'), 4, 1, { draft: { notes: { focus: 'Delegate the release train' } } }),
];
const entries = buildHistory(notes.map((note) => readHistoryFile(note.fileName, note.text))).entries;
const SHARE_TEXT = { chartFile: 'trend-2026-Q4.svg', includeFreeText: true, role: 'tech-lead', today: day('2026-11-28') } as const;
const SCORES_ONLY = { ...SHARE_TEXT, includeFreeText: false } as const;

describe('the trend report', () => {
  it('names quarters and years, across year ends', () => {
    assert.deepEqual(quarterRange(day('2026-11-28')), { label: '2026-Q4', from: day('2026-10-01'), to: day('2026-12-31') });
    assert.equal(quarterRange(day('2026-02-01'), -1).label, '2025-Q4');
    assert.deepEqual(quarterRange(day('2026-02-01'), -1).to, day('2025-12-31'));
    assert.deepEqual(yearRange(2025), { label: '2025', from: day('2025-01-01'), to: day('2025-12-31') });
  });

  it('holds the chart as an image beside it, a table per period, averages, the biggest shifts and, when chosen, the focus list', () => {
    const report = renderTrendReport(entries, quarterRange(day('2026-11-28')), DEFAULT_QUESTIONNAIRE, SHARE_TEXT);
    assert.match(report, /^# Lead review trend report: 2026-Q4$/m);
    assert.match(report, /4 reflections from 2026-W40 to 2026-W47 \(2026-10-01 to 2026-12-31\)\./);
    assert.match(report, /^!\[4 reflections from 2026-W40 to 2026-W47\. Leading went from 25 to 100; managing from 75 to 25\.\]\(trend-2026-Q4\.svg\)$/m);
    assert.doesNotMatch(report, /mermaid/);
    assert.match(report, /^> \*\*Shared:\*\* scores, patterns and the focus you set each period\. Left out: the rest of your free text\.$/m);
    assert.match(report, /^\| 2026-W41 \(note 2\) \| 75 \| 50 \| leading and managing \| 4\/5 \| 14\/14 \|$/m);
    assert.match(report, /^\| 62\.5 \| 56\.3 \| 4\/5 \|$/m);
    assert.match(report, /From 2026-W40 to 2026-W47: leading \+75, managing −50\./);
    assert.match(report, /^\| Beyond the title \| −2 \| \+3 \| \+5 towards leading \|$/m);
    assert.match(report, /^- \*\*2026-W40\*\*: Mentor Sam/m);
    assert.doesNotMatch(report, /2026-W39/);
  });

  it('covers every note for "everything", and says so when a range is empty', () => {
    assert.match(renderTrendReport(entries, EVERYTHING, DEFAULT_QUESTIONNAIRE, SHARE_TEXT), /5 reflections from 2026-W39 to 2026-W47\./);
    assert.match(renderTrendReport(entries, yearRange(2024), DEFAULT_QUESTIONNAIRE, SHARE_TEXT), /No reflections in this range/);
  });

  it('marks where the question set changed', () => {
    const changed = generateNote(day('2026-11-27'), 2, 2);
    const text = changed.text.replace('lead-review/default@1', 'team/custom@2');
    const all = buildHistory([...notes, { ...changed, text }].map((note) => readHistoryFile(note.fileName, note.text))).entries;
    assert.match(renderTrendReport(all, EVERYTHING, DEFAULT_QUESTIONNAIRE, SHARE_TEXT), /The question set changed at 2026-W48: lead-review\/default@1 → team\/custom@2\./);
  });
});

describe('the trend report with quick weeks and private text', () => {
  const plan = { contrasts: [{ dimension: 'people', reason: { kind: 'neverRated' as const } }, { dimension: 'skills', reason: { kind: 'neverRated' as const } }], titleContext: { value: 'lead' as const, period: '2026-W46' } };
  const full = generateNote(day('2026-11-13'), 2, 2, { draft: { notes: { focus: 'Plain focus' } } });
  const quickAnswers = { 'people.lead': 4, 'people.manage': 0, 'skills.lead': 3, 'skills.manage': 1 };
  const built = buildReflection({ ...completeDraft({ answers: quickAnswers, allocation: {}, titleContext: null, notes: { focus: 'Quick focus' } }), checkIn: 'quick' }, DEFAULT_QUESTIONNAIRE, periodFor(day('2026-11-20'), 'weekly'), day('2026-11-20'), full.reflection, null, plan);
  assert.ok(built.ok);
  const sealed = sealReflection(built.value, { storage: 'local', file: '2026-W47.private.md', prompts: ['focus'] });
  const quick = { fileName: '2026-W47.md', text: renderReflectionMarkdown(sealed, DEFAULT_QUESTIONNAIRE, full.reflection) };
  const mixed = buildHistory([full, quick].map((note) => readHistoryFile(note.fileName, note.text))).entries;

  it('marks quick periods, counts time only where it was asked, and moves each contrast only between periods that rated it', () => {
    const report = renderTrendReport(mixed, EVERYTHING, DEFAULT_QUESTIONNAIRE, SHARE_TEXT);
    assert.match(report, /\| 2026-W47 \(quick\) \|/);
    assert.match(report, /"\(quick\)" marks a quick check-in/);
    assert.match(report, /Time, on average \(over the 1 notes that recorded it\): People 30%/);
    assert.match(report, /\| People vs process \| 0 \| \+4 \|/);
    assert.doesNotMatch(report, /Inspire vs oversight \|/, 'a contrast the quick week did not rate has no shift');
  });

  it('never copies private text, which it cannot read, and says so', () => {
    const report = renderTrendReport(mixed, EVERYTHING, DEFAULT_QUESTIONNAIRE, SHARE_TEXT);
    assert.doesNotMatch(report, /Quick focus/);
    assert.match(report, /Plain focus/);
    assert.match(report, /1 note keeps its free text private; a report never includes it\./);
  });
});

describe('the trend report, sharing only what you choose', () => {
  const secrets = ['Mentor Sam', 'Delegate the release train'];

  it('leaves every word of free text out by default, and says what it left out', () => {
    const report = renderTrendReport(entries, EVERYTHING, DEFAULT_QUESTIONNAIRE, SCORES_ONLY);
    for (const secret of secrets) {
      assert.ok(!report.includes(secret), `"${secret}" is in the report`);
    }
    assert.match(report, /^> \*\*Shared:\*\* scores and patterns only\. Left out: all free text \(your moments, what you would do differently, your focus\)\.$/m);
    assert.doesNotMatch(report, /Focus, period by period/);
    const chart = renderTrendChart(entries, EVERYTHING);
    for (const secret of secrets) {
      assert.ok(!chart.includes(secret), `"${secret}" is in the chart`);
    }
  });

  it('holds a Patterns section over the range, each naming the notes it rests on', () => {
    const report = renderTrendReport(entries, EVERYTHING, DEFAULT_QUESTIONNAIRE, SCORES_ONLY);
    assert.match(report, /^## Patterns$/m);
    assert.match(report, /^- \*\*Rhythm\.\*\* 4 of the 10 periods since 2026-W39 have a note\. Current run: 1 period in a row\.$/m);
    const quarter = renderTrendReport(entries, quarterRange(day('2026-11-28')), DEFAULT_QUESTIONNAIRE, SCORES_ONLY);
    assert.match(quarter, /^- \*\*Rhythm\.\*\* 3 of the 9 periods since 2026-W40 have a note\./m, 'over the range only');
  });
});
