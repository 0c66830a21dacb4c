import * as assert from 'node:assert/strict';
import { evidenceRecord, readEvidence } from '../../../../src/core/evidence/evidenceRecord';
import type { CalendarEvidence } from '../../../../src/core/evidence/model';
import { reportCalendarDifferences } from '../../../../src/core/report/evidencePattern';
import { findPatterns } from '../../../../src/core/report/patterns';
import { describePatterns } from '../../../../src/core/report/patternText';
import { parseReflection } from '../../../../src/core/note/parseReflection';
import { renderReflectionMarkdown } from '../../../../src/core/note/markdown';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { day, generateNote } from '../../../support/notes';
import { bodyOf, countTags, RENDERERS, textOf } from '../../../support/renderers';

const CALENDAR: CalendarEvidence = {
  scheduledHours: 12.5,
  events: 14,
  hours: { people: 4, process: 3, technical: 2.5, direction: 1, other: 2 },
  skipped: { allDay: 1, cancelled: 0, free: 2, declined: 1, unknownTimeZone: 0 },
  unclassified: ['Vendor call with Acme (secret project)'],
  unknownZones: [],
  malformed: 0,
};
const GIT = { commits: 4, coAuthored: 1, files: { docs: 1, code: 2, tests: 1 }, docsShare: 25 };

describe('the note\'s evidence block', () => {
  it('holds numbers only, and no event title unless the person turned titles on', () => {
    const record = evidenceRecord(CALENDAR, GIT, 'Europe/Berlin', false)!;
    assert.ok(!JSON.stringify(record).includes('Vendor call'));
    assert.deepEqual(Object.keys(record.calendar!).sort(), ['events', 'hours', 'scheduledHours', 'skipped']);
    assert.deepEqual(evidenceRecord(CALENDAR, null, 'UTC', true)!.calendar!.titles, ['Vendor call with Acme (secret project)']);
    assert.equal(evidenceRecord(null, null, 'UTC', true), null);
  });

  it('is written into the note and read back the same, with an Evidence section that reads well', () => {
    const base = generateNote(day('2026-03-04'), 3, 2, { draft: { allocation: { people: 20, process: 30, technical: 40, direction: 10 } } }).reflection;
    const reflection = { ...base, evidence: evidenceRecord(CALENDAR, GIT, 'Europe/Berlin', false)! };
    const text = renderReflectionMarkdown(reflection, DEFAULT_QUESTIONNAIRE);
    const parsed = parseReflection(text);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.reflection.evidence, reflection.evidence);
    assert.match(text, /## Evidence\n\n\| Area \| You reported \| Calendar \|\n\| --- \| ---: \| ---: \|\n\| People \| 20% \| 38% \|/);
    assert.match(text, /Calendar: 12\.5 h scheduled in 14 events, 2 h not classified, counted in Europe\/Berlin\. Left out: 1 all-day, 2 marked free, 1 you declined\./);
    assert.match(text, /Git: 4 commits, 1 with a co-author\. Docs, ADRs and RFCs: 25% of the files you changed\./);
    for (const { name, render } of RENDERERS) {
      const html = render(bodyOf(text));
      const section = html.slice(html.indexOf('Evidence</h2>'));
      assert.equal(countTags(section.slice(0, section.indexOf('</table>')), 'tr'), 5, `${name}: a header row and one row per area`);
      assert.match(textOf(section), /Direction and strategy\s+10%\s+9%/, name);
    }
  });

  it('leaves a note without it valid, and names what is wrong in a broken one', () => {
    assert.ok(parseReflection(generateNote(day('2026-03-04'), 3, 2).text).ok);
    const broken = readEvidence({ version: 1, timeZone: 'UTC', calendar: { scheduledHours: -1, events: 1, hours: {}, skipped: {} } });
    assert.deepEqual(broken, { ok: false, error: 'evidence.calendar.scheduledHours must be a number of hours, 0 or more' });
    assert.deepEqual(readEvidence({ version: 2, timeZone: 'UTC' }), { ok: false, error: 'evidence.version must be 1; this note was written by a newer Lead Review' });
  });
});

describe('where your report and your calendar differ', () => {
  const AREAS = ['people', 'process', 'technical', 'direction'];
  const note = (period: string, technical: number, calendarTechnical: number | null): { period: string; allocation: Record<string, number>; evidence?: { calendar: { hours: Record<string, number> } } } => ({
    period,
    allocation: { people: 30, process: 20, technical, direction: 50 - technical },
    ...(calendarTechnical === null ? {} : { evidence: { calendar: { hours: { people: 3, process: 2, technical: calendarTechnical, direction: 5 - calendarTechnical } } } }),
  });

  it('shows an area 15 points or more apart in 3 periods in a row, with those periods', () => {
    const notes = [note('2026-W08', 40, 1), note('2026-W09', 40, 1), note('2026-W10', 45, 0.5), note('2026-W11', 40, 1)];
    const found = reportCalendarDifferences(notes, AREAS);
    assert.deepEqual(found.map((entry) => entry.area), ['technical', 'direction']);
    assert.deepEqual(found[0], { area: 'technical', periods: ['2026-W08', '2026-W09', '2026-W10', '2026-W11'], reported: 41, calendar: 9 });
  });

  it('stays hidden for two periods in a row, and a period without a calendar breaks a run', () => {
    assert.deepEqual(reportCalendarDifferences([note('2026-W08', 40, 1), note('2026-W09', 40, 1)], AREAS), []);
    assert.deepEqual(reportCalendarDifferences([note('2026-W08', 40, 1), note('2026-W09', 40, null), note('2026-W10', 40, 1), note('2026-W11', 40, 1)], AREAS), []);
  });

  it('is worded as an observation that names both bases', () => {
    const notes = [note('2026-W08', 40, 1), note('2026-W09', 40, 1), note('2026-W10', 40, 1)].map((entry) => ({ ...entry, cadence: 'weekly' as const, energy: 3, scores: { dimensions: {} } }));
    const lines = describePatterns(findPatterns(notes, [], AREAS, null, day('2026-03-09')), (id) => id, null);
    const line = lines.find((entry) => entry.title === 'Where your report and your calendar differ');
    assert.ok(line);
    assert.match(line.text, /In 3 periods in a row \(2026-W08, 2026-W09, 2026-W10\), you reported 40% technical; your calendar showed 10% of its classified time there\. The two shares have different bases/);
  });
});

describe('reported and calendar in the trend report', () => {
  it('shows each period with a calendar side by side, and git totals, in both renderers', async () => {
    const { renderTrendReport } = await import('../../../../src/core/report/report');
    const { EVERYTHING } = await import('../../../../src/core/time/reportRange');
    const allocation = { people: 20, process: 30, technical: 40, direction: 10 };
    const entries = ['2026-03-04', '2026-03-11', '2026-03-18'].map((date, index) => {
      const note = generateNote(day(date), 3, 2, { draft: { allocation } });
      const reflection = index === 1 ? note.reflection : { ...note.reflection, evidence: evidenceRecord(CALENDAR, GIT, 'Europe/Berlin', false)! };
      return { fileName: note.fileName, sequence: 1, reflection };
    });
    const report = renderTrendReport(entries, EVERYTHING, DEFAULT_QUESTIONNAIRE, { chartFile: null, includeFreeText: false, role: null, today: day('2026-03-20') });
    assert.match(report, /## Reported and calendar\n/);
    assert.match(report, /\| 2026-W10 \| 20% \/ 38% \| 30% \/ 29% \| 40% \/ 24% \| 10% \/ 9% \|/);
    assert.ok(!report.includes('| 2026-W11 |  20% /'), 'a period without a calendar has no row');
    assert.match(report, /Git, over the 2 notes that counted it: 8 commits, 2 with a co-author\./);
    for (const { name, render } of RENDERERS) {
      const html = render(report);
      const section = html.slice(html.indexOf('Reported and calendar</h2>'));
      assert.equal(countTags(section.slice(0, section.indexOf('</table>')), 'tr'), 3, `${name}: a header and two periods`);
    }
  });
});
