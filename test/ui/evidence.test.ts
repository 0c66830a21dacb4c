import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseReflection } from '../../src/core/note/parseReflection';
import { addDays, formatLocalDate, localDateOf, type LocalDate } from '../../src/core/time/localDate';
import { periodFor } from '../../src/core/time/period';
import { RESULTS_DIR } from '../support/paths';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

/** This week's calendar, as a Google export would hold it: 7 classified hours and one the rules do not place. */
function thisWeeksCalendar(): string {
  const monday = periodFor(localDateOf(new Date()), 'weekly').start;
  const at = (date: LocalDate, hour: number): string => `${formatLocalDate(date).replace(/-/g, '')}T${String(hour).padStart(2, '0')}0000`;
  const event = (uid: string, day: number, from: number, to: number, summary: string): string =>
    [`BEGIN:VEVENT`, `UID:${uid}@google.com`, `DTSTART;TZID=Europe/Berlin:${at(addDays(monday, day), from)}`, `DTEND;TZID=Europe/Berlin:${at(addDays(monday, day), to)}`, `SUMMARY:${summary}`, 'END:VEVENT'].join('\r\n');
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    event('one', 0, 10, 11, '1:1 Alex'),
    event('two', 1, 9, 11, 'Sprint planning'),
    event('three', 2, 13, 16, 'Focus time'),
    event('four', 3, 14, 15, 'Roadmap review'),
    event('five', 4, 11, 12, 'Vendor call with Acme'),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe('Evidence in the form, in a real VS Code', function () {
  this.timeout(240_000);
  let workbench: Workbench;
  let calendarFolder: string;

  before(() => {
    calendarFolder = mkdtempSync(path.join(tmpdir(), 'lead-review-calendar-'));
    writeFileSync(path.join(calendarFolder, 'work.ics'), thisWeeksCalendar());
  });

  afterEach(async () => {
    await workbench?.close();
  });

  after(() => rmSync(calendarFolder, { recursive: true, force: true }));

  it('offers the calendar\'s shares, fills them only on Use these shares, and writes numbers without titles', async () => {
    workbench = await Workbench.open({ settings: { 'leadReview.evidence.calendar': path.join(calendarFolder, 'work.ics'), 'leadReview.timeZone': 'Europe/Berlin' } });
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    const summary = form.locator('#calendar-summary');
    await summary.waitFor({ timeout: 60_000 });
    assert.equal(
      await summary.textContent(),
      'Your calendar this period: 8 h scheduled, 1 h not classified; of the classified time, 14% People, 29% Process, 43% Hands-on technical work, 14% Direction and strategy.',
    );
    await form.getByText('Vendor call with Acme').waitFor({ state: 'attached' });
    assert.equal(await form.locator('#allocation-people').inputValue(), '', 'nothing is filled without the click');

    await fillCompleteForm(form, { allocation: {} });
    await form.getByRole('button', { name: 'Use these shares' }).click();
    const filled = await Promise.all(['people', 'process', 'technical', 'direction'].map((area) => form.locator(`#allocation-${area}`).inputValue()));
    assert.deepEqual(filled, ['14', '29', '43', '14']);
    await form.locator('#allocation-remaining').getByText('All 100% allocated.').waitFor();
    await form.locator('#allocation-people').fill('24');
    await form.locator('#allocation-technical').fill('33');
    mkdirSync(RESULTS_DIR, { recursive: true });
    await workbench.screenshotSidebar(path.join(RESULTS_DIR, 'sidebar-evidence.png'));

    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });
    const folder = path.join(workbench.workspace, 'reflections');
    const [name] = readdirSync(folder).filter((file) => file.endsWith('.md'));
    const text = readFileSync(path.join(folder, name!), 'utf8');
    const parsed = parseReflection(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.deepEqual(parsed.reflection.allocation, { people: 24, process: 29, technical: 33, direction: 14 }, 'the person\'s own edits win');
    assert.deepEqual(parsed.reflection.evidence?.calendar?.hours, { people: 1, process: 2, technical: 3, direction: 1, other: 1 });
    assert.equal(parsed.reflection.evidence?.timeZone, 'Europe/Berlin');
    for (const title of ['Alex', 'Sprint planning', 'Focus time', 'Roadmap review', 'Vendor call', 'Acme']) {
      assert.ok(!text.includes(title), `the note holds no "${title}"`);
    }
  });
});
