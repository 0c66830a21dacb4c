import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReflection } from '../../../src/core/note/parseReflection';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { FeedOutcome } from '../../../src/features/evidence/connectFeed';
import type { CalendarView, EvidenceView } from '../../../src/shared/protocol';
import { activateLeadReview, answerNextPrompt, readText, waitFor } from '../helpers';
import { configure, git, initRepository, useNotesFolder, workspaceRoot, writeNote } from './gitRepositories';
import { FIXTURES_DIR } from '../../support/paths';

const GOOGLE = readFileSync(path.join(FIXTURES_DIR, 'calendars', 'google.ics'), 'utf8');

function ready(view: EvidenceView): Extract<CalendarView, { kind: 'ready' }> {
  assert.equal(view.calendar.kind, 'ready', JSON.stringify(view.calendar));
  return view.calendar as Extract<CalendarView, { kind: 'ready' }>;
}

function problemOf(view: EvidenceView): string {
  assert.equal(view.calendar.kind, 'problem', JSON.stringify(view.calendar));
  return (view.calendar as Extract<CalendarView, { kind: 'problem' }>).message;
}

function connect(address: string): Thenable<FeedOutcome> {
  return vscode.commands.executeCommand<FeedOutcome>('leadReview.connectCalendarFeed', address);
}

/** A calendar server on this machine: it answers with whatever `body` holds at the time. */
async function calendarServer(): Promise<{ server: Server; address: string; body: { text: string; type: string } }> {
  const body = { text: GOOGLE, type: 'text/calendar' };
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': body.type });
    response.end(body.text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, address: `http://127.0.0.1:${(server.address() as AddressInfo).port}/basic.ics`, body };
}

describe('Evidence beside belief', () => {
  let api: LeadReviewTestApi;
  const calendars = path.join(workspaceRoot(), 'calendars');

  before(async () => {
    api = await activateLeadReview();
    mkdirSync(calendars, { recursive: true });
    await configure('timeZone', 'Europe/Berlin');
  });

  afterEach(async () => {
    await configure('evidence.calendar', undefined);
    await configure('evidence.email', undefined);
    await configure('folder', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    // Disconnecting, as a person would, also deletes the cached copy.
    const answered = answerNextPrompt(api, 'feedAction', { downs: 1 });
    assert.deepEqual(await vscode.commands.executeCommand('leadReview.connectCalendarFeed'), { kind: 'disconnected' });
    await answered;
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(api.evidence.feedCache, 'calendar-feed.ics'))));
    await configure('timeZone', undefined);
    rmSync(calendars, { recursive: true, force: true });
    rmSync(path.join(workspaceRoot(), 'repos'), { recursive: true, force: true });
  });

  it('reads a feed on this machine, then uses its cached copy, with its age, once the server is gone', async () => {
    const { server, address } = await calendarServer();
    try {
      assert.deepEqual(await connect(address), { kind: 'connected' });
      const fetched = ready(await api.evidence.refresh());
      assert.equal(fetched.origin, 'feed');
      assert.ok((fetched.evidence.hours.process ?? 0) > 0, 'the weekly stand-ups of this week are counted');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    // The copy was fetched an hour ago, so the next gathering asks the server, which is gone.
    const meta = vscode.Uri.joinPath(api.evidence.feedCache, 'calendar-feed.json');
    const kept = JSON.parse(await readText(meta)) as { fetchedAt: number };
    const anHourAgo = Date.now() - 3_600_000;
    await vscode.workspace.fs.writeFile(meta, new TextEncoder().encode(JSON.stringify({ ...kept, fetchedAt: anHourAgo })));
    const offline = ready(await api.evidence.refresh());
    assert.equal(offline.origin, 'cache');
    assert.equal(offline.fetchedAt, anHourAgo, 'the age shown is the copy\'s');
    assert.match(offline.feedProblem ?? '', /the server cannot be reached/);
    assert.ok(!(await readText(vscode.Uri.joinPath(api.evidence.feedCache, 'calendar-feed.json'))).includes('127.0.0.1'), 'the cache names the address only by its digest');
  });

  it('keeps the good copy when the feed answers with a sign-in page, and says so', async () => {
    const { server, address, body } = await calendarServer();
    try {
      assert.deepEqual(await connect(address), { kind: 'connected' });
      ready(await api.evidence.refresh());
      const meta = vscode.Uri.joinPath(api.evidence.feedCache, 'calendar-feed.json');
      const kept = JSON.parse(await readText(meta)) as { fetchedAt: number };
      await vscode.workspace.fs.writeFile(meta, new TextEncoder().encode(JSON.stringify({ ...kept, fetchedAt: Date.now() - 3_600_000 })));
      body.text = '<!DOCTYPE html><html><body>Sign in to continue</body></html>';
      body.type = 'text/html';
      const view = ready(await api.evidence.refresh());
      assert.equal(view.origin, 'cache');
      assert.match(view.feedProblem ?? '', /a web page, not a calendar/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('says plainly when a feed cannot be reached and nothing was cached, and refuses an address that is not https', async () => {
    const { server, address } = await calendarServer();
    await new Promise((resolve) => server.close(resolve));
    assert.deepEqual(await connect(address.replace('basic.ics', 'other.ics')), { kind: 'connected' });
    assert.match(problemOf(await api.evidence.refresh()), /The calendar feed could not be read: the server cannot be reached/);
    const refused = await connect('http://calendar.example.com/basic.ics');
    assert.equal(refused.kind, 'notConnected');
    assert.match((refused as { reason: string }).reason, /over https only/);
  });

  it('reads a calendar file the setting names, and a file wins over a feed', async () => {
    writeFileSync(path.join(calendars, 'work.ics'), GOOGLE);
    await configure('evidence.calendar', 'calendars/work.ics');
    const view = ready(await api.evidence.refresh());
    assert.equal(view.origin, 'file');
    assert.equal(view.fetchedAt, null);
  });

  it('refuses a 50 MB calendar with its size, and names a missing file and a file that is not a calendar', async () => {
    const huge = path.join(calendars, 'huge.ics');
    writeFileSync(huge, 'BEGIN:VCALENDAR\r\n');
    truncateSync(huge, 50 * 1024 * 1024);
    await configure('evidence.calendar', 'calendars/huge.ics');
    assert.match(problemOf(await api.evidence.refresh()), /The calendar calendars\/huge\.ics was not read: it is 50\.0 MB, and Lead Review reads calendars up to 25\.0 MB\./);
    await configure('evidence.calendar', 'calendars/missing.ics');
    assert.match(problemOf(await api.evidence.refresh()), /The calendar file calendars\/missing\.ics was not found/);
    writeFileSync(path.join(calendars, 'page.ics'), '<html><body>Not here</body></html>');
    await configure('evidence.calendar', path.join(calendars, 'page.ics'));
    assert.match(problemOf(await api.evidence.refresh()), /gave a web page, not a calendar/);
  });

  it('reads a calendar again when it is exported anew, inside the workspace or outside it, and says that ~ is not expanded', async () => {
    const stamp = (offsetMinutes: number): string => new Date(Date.now() + offsetMinutes * 60_000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const event = (uid: string, from: number, to: number): string => `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART:${stamp(from)}\r\nDTEND:${stamp(to)}\r\nSUMMARY:Sprint planning ${uid}\r\nEND:VEVENT\r\n`;
    const calendar = (...events: string[]): string => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${events.join('')}END:VCALENDAR\r\n`;
    const outside = mkdtempSync(path.join(tmpdir(), 'lead-review-calendar-'));
    try {
      for (const [file, setting] of [[path.join(outside, 'export.ics'), path.join(outside, 'export.ics')], [path.join(calendars, 'live.ics'), 'calendars/live.ics']] as const) {
        // Both events hold this instant, so both fall in this period whatever the day.
        writeFileSync(file, calendar(event('one', -30, 30)));
        await configure('evidence.calendar', setting);
        assert.equal(ready(await api.evidence.current()).evidence.events, 1, setting);
        writeFileSync(file, calendar(event('one', -30, 30), event('two', -20, 20)));
        await waitFor(async () => (await api.evidence.current()).calendar.kind === 'ready' && ready(await api.evidence.current()).evidence.events === 2, `the form to count the new export of ${setting}`);
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    await configure('evidence.calendar', '~/calendar.ics');
    assert.match(problemOf(await api.evidence.refresh()), /starts with ~, which is not expanded: write the full path/);
  });

  it('classifies by the team\'s rules file, and shows its problems in the Problems panel while the built-in rules stand in', async () => {
    writeFileSync(path.join(calendars, 'work.ics'), GOOGLE);
    await configure('evidence.calendar', 'calendars/work.ics');
    const rules = path.join(workspaceRoot(), '.lead-review', 'evidence.yaml');
    mkdirSync(path.dirname(rules), { recursive: true });
    try {
      writeFileSync(rules, 'rules:\n  - area: process\n    match: [stand-up]\n  - area: people\n    match: [lunch, vendor]\n');
      const team = ready(await api.evidence.refresh());
      assert.equal(team.notice, null);
      assert.ok(!team.evidence.unclassified.some((title) => /vendor/i.test(title)), 'the team rule placed the vendor call');
      writeFileSync(rules, 'rules:\n  - area: meetings\n    match: [sync]\n');
      const fallback = ready(await api.evidence.refresh());
      assert.match(fallback.notice ?? '', /\.lead-review\/evidence\.yaml has problems \(see the Problems panel\), so the built-in calendar rules are used\./);
      const problems = vscode.languages.getDiagnostics(vscode.Uri.file(rules));
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.range.start.line, 1);
      assert.match(problems[0]!.message, /The area "meetings" may only hold one of/);
    } finally {
      // The folder too: other set-ups in this workspace expect no .lead-review folder.
      rmSync(path.dirname(rules), { recursive: true, force: true });
    }
    ready(await api.evidence.refresh());
    assert.deepEqual(vscode.languages.getDiagnostics(vscode.Uri.file(rules)), [], 'a removed file leaves no problems behind');
  });

  it('counts commits by the person and pairing by Co-authored-by in a real repository, and writes numbers only into the note', async () => {
    const root = path.join(workspaceRoot(), 'repos', 'evidence');
    initRepository(root);
    const commit = (author: string, file: string | null, message: string, date?: string): void => {
      if (file) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), `${message}\n`);
        git(root, 'add', file);
      }
      const [name, email] = author.split('|') as [string, string];
      const env = { ...process.env, GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: root, env });
    };
    commit('Pair Lead|pair-lead@example.com', 'README.md', 'Start', '2020-01-06T10:00:00Z');
    commit('Pair Lead|pair-lead@example.com', 'docs/adr/0001-queues.md', 'Write the queue ADR\n\nCo-authored-by: Ana <ana@example.com>');
    commit('Pair Lead|pair-lead@example.com', 'src/queue.ts', 'Queue');
    commit('Pair Lead|pair-lead@example.com', 'src/queue.test.ts', 'Test the queue');
    commit('Ana|ana@example.com', 'src/worker.ts', 'Worker, paired\n\nCo-authored-by: Pair Lead <pair-lead@example.com>');
    commit('Ana|ana@example.com', 'src/other.ts', 'Alone');
    await vscode.commands.executeCommand('git.openRepository', root);
    await configure('evidence.email', 'pair-lead@example.com');
    const view = await api.evidence.refresh();
    assert.equal(view.git.kind, 'ready', JSON.stringify(view.git));
    const figures = (view.git as Extract<EvidenceView['git'], { kind: 'ready' }>).figures;
    assert.deepEqual(figures, { commits: 3, coAuthored: 2, files: { docs: 1, code: 1, tests: 1 }, docsShare: 33 });

    writeFileSync(path.join(calendars, 'work.ics'), GOOGLE);
    await configure('evidence.calendar', 'calendars/work.ics');
    await useNotesFolder('repos/evidence/reflections');
    const written = await writeNote(api, path.join(root, 'reflections'));
    const text = await readText(written.uri);
    const parsed = parseReflection(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reflection.evidence?.git, figures);
    assert.ok(parsed.reflection.evidence?.calendar, 'the calendar figures are in the note');
    for (const title of ['Team stand-up', 'Priya', 'Vendor call', 'Offsite prep', 'Write the queue ADR', 'ana@example.com']) {
      assert.ok(!text.includes(title), `the note holds no "${title}"`);
    }
  });

  it('counts a commit made while the form is open, without being asked to gather again', async () => {
    const root = path.join(workspaceRoot(), 'repos', 'evidence-live');
    initRepository(root);
    const author = { ...process.env, GIT_AUTHOR_NAME: 'Live Lead', GIT_AUTHOR_EMAIL: 'live-lead@example.com' };
    const commitFile = (file: string): void => {
      writeFileSync(path.join(root, file), `${file}\n`);
      git(root, 'add', file);
      execFileSync('git', ['commit', '-q', '-m', file], { cwd: root, env: author });
    };
    commitFile('first.ts');
    await vscode.commands.executeCommand('git.openRepository', root);
    await configure('evidence.email', 'live-lead@example.com');
    const commitsNow = async (): Promise<number> => {
      const view = await api.evidence.current();
      assert.notEqual(view.git.kind, 'unavailable', JSON.stringify(view.git));
      return view.git.kind === 'ready' ? view.git.figures.commits : -1;
    };
    const before = await commitsNow();
    assert.equal(before, 1);
    commitFile('second.ts');
    await waitFor(async () => (await commitsNow()) === 2, 'the form to count the new commit');
  });

  it('asks git itself who the person is: a user.email only in the global config finds their commits', async () => {
    const root = path.join(workspaceRoot(), 'repos', 'evidence-global');
    initRepository(root);
    git(root, 'config', '--unset', 'user.email');
    for (const file of ['one.ts', 'two.ts']) {
      writeFileSync(path.join(root, file), `${file}\n`);
      git(root, 'add', file);
      execFileSync('git', ['commit', '-q', '-m', file], { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 'Global Lead', GIT_AUTHOR_EMAIL: 'global-lead@example.com', GIT_COMMITTER_NAME: 'Global Lead', GIT_COMMITTER_EMAIL: 'global-lead@example.com' } });
    }
    await vscode.commands.executeCommand('git.openRepository', root);
    await configure('evidence.email', undefined);
    const globalConfig = path.join(root, '..', 'global.gitconfig');
    const commitsWith = async (config: string): Promise<number> => {
      writeFileSync(globalConfig, config);
      const view = await api.evidence.refresh();
      return view.git.kind === 'ready' ? view.git.figures.commits : 0;
    };
    // The Git extension and Lead Review run git with this process's environment.
    process.env.GIT_CONFIG_GLOBAL = globalConfig;
    try {
      const before = await commitsWith('');
      const after = await commitsWith('[user]\n\tname = Global Lead\n\temail = global-lead@example.com\n');
      assert.equal(after - before, 2, 'both commits are the person\'s once git knows their address');
    } finally {
      delete process.env.GIT_CONFIG_GLOBAL;
      rmSync(globalConfig, { force: true });
    }
  });
});
