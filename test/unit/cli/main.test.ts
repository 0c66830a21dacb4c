import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { FIXTURES_DIR } from '../../support/paths';
import { DEFAULT_QUESTIONNAIRE } from '../../support/questionnaire';

const FOLDER = path.join(FIXTURES_DIR, 'cli', 'reflections');

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) }, DEFAULT_QUESTIONNAIRE);
  return { code, out, err };
}

describe('the lead-review CLI', () => {
  it('prints help with --help and exits 0', () => {
    const result = run('--help');
    assert.equal(result.code, 0);
    assert.match(result.out, /Usage: lead-review <command>/);
    assert.equal(run('report', '--help').code, 0);
  });

  it('exits 2 with usage on no command, an unknown command or a bad option', () => {
    assert.equal(run().code, 2);
    assert.match(run('publish', FOLDER).err, /unknown command "publish"/);
    assert.match(run('report', FOLDER, '--since', '2026-01-01').err, /unknown option --since/);
    assert.match(run('report', FOLDER, '--from', 'last week').err, /neither a date/);
    assert.match(run('check').err, /exactly one folder/);
    assert.equal(run('check', path.join(FOLDER, 'missing')).code, 2);
  });

  it('check lists each broken note as file:line and exits 1', () => {
    const result = run('check', FOLDER);
    assert.equal(result.code, 1);
    assert.equal(result.err, `${path.join(FOLDER, '2026-W47.md')}:9: the front matter is not valid YAML: ${result.err.split('not valid YAML: ')[1]}`);
    assert.match(result.err, /:9: the front matter is not valid YAML/);
    assert.equal(result.out, `3 of 4 notes in ${FOLDER} are valid.\n`);
  });

  it('refuses dates and periods that do not exist, instead of rolling them over', () => {
    for (const when of ['2026-13-45', '2026-02-30', '2026-W60', '2026-W10-W40', '2026-13']) {
      const result = run('report', FOLDER, '--from', when);
      assert.equal(result.code, 2, when);
      assert.match(result.err, /is neither a date \(2026-10-01\) nor a period/, when);
    }
  });

  it('names a linked or unreadable note in check and report, with its reason', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'lead-review-cli-'));
    try {
      cpSync(FOLDER, scratch, { recursive: true });
      rmSync(path.join(scratch, '2026-W47.md'));
      symlinkSync(path.join(scratch, '2026-W46.md'), path.join(scratch, '2026-W48.md'));
      mkdirSync(path.join(scratch, '2026-W49.md'));
      const checked = run('check', scratch);
      assert.equal(checked.code, 1);
      assert.equal(checked.out, `3 of 5 notes in ${scratch} are valid.\n`);
      assert.match(checked.err, /2026-W48\.md:1: is a symbolic link; Lead Review reads only real files/);
      assert.match(checked.err, /2026-W49\.md:1: is not a file/);
      const reported = run('report', scratch);
      assert.equal(reported.code, 0);
      assert.match(reported.err, /2026-W48\.md:1: skipped: is a symbolic link/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('check exits 0 when every note is valid', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'lead-review-cli-'));
    try {
      cpSync(FOLDER, scratch, { recursive: true });
      rmSync(path.join(scratch, '2026-W47.md'));
      writeFileSync(path.join(scratch, 'notes.md'), 'not ours, and not named like a note');
      const result = run('check', scratch);
      assert.deepEqual(result, { code: 0, out: `3 of 3 notes in ${scratch} are valid.\n`, err: '' });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('report prints the trend report for a range, and names skipped notes on stderr', () => {
    const result = run('report', FOLDER, '--from', '2026-W45', '--to=2026-11-15');
    assert.equal(result.code, 0);
    assert.match(result.out, /^# Lead review trend report: 2026-11-02 to 2026-11-15$/m);
    assert.match(result.out, /2 reflections from 2026-W45 to 2026-W46 \(2026-11-02 to 2026-11-15\)\./);
    assert.match(result.out, /^\| 2026-W46 \| /m);
    assert.match(result.out, /^- \*\*Rhythm\.\*\* 2 of the 2 periods since 2026-W45 have a note\. Current run: 2 periods in a row\.$/m, 'a range that ended is read as of its last day');
    assert.match(result.err, /2026-W47\.md:9: skipped: the front matter is not valid YAML/);
  });

  it('report leaves free text out unless --include-text asks for the focus of each period', () => {
    const without = run('report', FOLDER);
    assert.ok(!without.out.includes('Keep the release train moving'), 'no free text by default');
    assert.match(without.out, /Left out: all free text/);
    const withText = run('report', FOLDER, '--include-text');
    assert.match(withText.out, /^- \*\*2026-W46\*\*: Keep the release train moving without me in every meeting\./m);
    assert.equal(run('report', FOLDER, '--include-text=yes').code, 2, 'a flag takes no value');
  });

  it('report covers every readable note without a range', () => {
    const result = run('report', FOLDER);
    assert.match(result.out, /3 reflections from 2026-W44 to 2026-W46\./);
  });
});

describe('lead-review evidence', () => {
  const CALENDARS = path.join(FIXTURES_DIR, 'calendars');
  const withTz = <T>(tz: string | undefined, action: () => T): T => {
    const before = process.env.TZ;
    if (tz === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = tz;
    }
    try {
      return action();
    } finally {
      if (before === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = before;
      }
    }
  };

  it('prints one period of a calendar as JSON, in the zone TZ names, leaving out what the address declined', () => {
    const result = withTz('Europe/Berlin', () => run('evidence', path.join(CALENDARS, 'google.ics'), '--period', '2026-W10', '--email', 'lead@example.com'));
    assert.equal(result.code, 0, result.err);
    const printed = JSON.parse(result.out) as Record<string, unknown>;
    assert.deepEqual(printed, {
      period: '2026-W10',
      timeZone: 'Europe/Berlin',
      scheduledHours: 8.5,
      events: 8,
      hours: { process: 1, people: 0.5, direction: 1, technical: 3, other: 3 },
      leftOut: { allDay: 1, cancelled: 1, free: 1, declined: 1, unknownTimeZone: 0, malformed: 0 },
      unknownTimeZones: [],
    });
    const elsewhere = JSON.parse(withTz('America/New_York', () => run('evidence', path.join(CALENDARS, 'google.ics'), '--period', '2026-W10')).out) as { timeZone: string; hours: Record<string, number>; leftOut: Record<string, number> };
    assert.equal(elsewhere.timeZone, 'America/New_York');
    assert.equal(elsewhere.hours.other, 5 + 1, 'and the declined Sales kickoff counts, unknown as declined');
    assert.equal(elsewhere.leftOut.declined, 0, 'without --email nothing counts as declined');
  });

  it('uses a team\'s rules file, and refuses a missing period, an unknown TZ, a bad rules file and a web page', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'lead-review-evidence-'));
    try {
      writeFileSync(path.join(folder, 'rules.yaml'), 'rules:\n  - area: people\n    match: [vendor]\n');
      writeFileSync(path.join(folder, 'bad.yaml'), 'rules:\n  - area: meetings\n    match: [x]\n');
      writeFileSync(path.join(folder, 'page.ics'), '<!doctype html><html></html>');
      const ruled = JSON.parse(withTz('Europe/Berlin', () => run('evidence', path.join(CALENDARS, 'google.ics'), '--period', '2026-W10', '--rules', path.join(folder, 'rules.yaml'))).out) as { hours: Record<string, number> };
      assert.equal(ruled.hours.people, 1.5);
      assert.match(run('evidence', path.join(CALENDARS, 'google.ics')).err, /give the period with --period/);
      assert.match(withTz('Mars/Olympus', () => run('evidence', path.join(CALENDARS, 'google.ics'), '--period', '2026-W10')).err, /TZ="Mars\/Olympus" is not a time zone/);
      assert.match(run('evidence', path.join(CALENDARS, 'google.ics'), '--period', '2026-W10', '--rules', path.join(folder, 'bad.yaml')).err, /bad\.yaml: line 2: The area "meetings" may only hold one of: people, process, technical, direction, other/);
      assert.match(run('evidence', path.join(folder, 'page.ics'), '--period', '2026-W10').err, /is a web page, not a calendar/);
      // A sparse file: 50 MB long without writing 50 MB.
      writeFileSync(path.join(folder, 'huge.ics'), 'BEGIN:VCALENDAR\r\n');
      truncateSync(path.join(folder, 'huge.ics'), 50 * 1024 * 1024);
      assert.match(run('evidence', path.join(folder, 'huge.ics'), '--period', '2026-W10').err, /huge\.ics is 50\.0 MB; calendars up to 25\.0 MB are read/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
