import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReflection } from '../../../src/core/note/parseReflection';
import type { LeadReviewTestApi } from '../../../src/extension';
import { FIXTURES_DIR } from '../../support/paths';
import { activateLeadReview, answerNextPrompt, completeDraft, deleteIfPresent, readText, writeReflection } from '../helpers';

/** Three readable notes (W44–W46) and one with broken front matter (W47). */
const SEEDED = path.join(FIXTURES_DIR, 'cli', 'reflections');

describe('History', () => {
  let api: LeadReviewTestApi;
  const root = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;
  const folder = (): vscode.Uri => vscode.Uri.joinPath(root(), 'reflections');

  before(async () => {
    api = await activateLeadReview();
    await deleteIfPresent(folder());
    await vscode.workspace.fs.copy(vscode.Uri.file(SEEDED), folder());
  });

  after(async () => {
    await deleteIfPresent(folder());
  });

  it('loads the seeded notes and lists the broken one without hiding the others', async () => {
    const loaded = await api.history.refresh();
    assert.ok(loaded);
    assert.deepEqual(loaded.history.entries.map((entry) => entry.fileName), ['2026-W44.md', '2026-W45.md', '2026-W46.md']);
    assert.deepEqual(loaded.history.skipped.map((file) => file.fileName), ['2026-W47.md']);
    assert.match(loaded.history.skipped[0]!.reason, /not valid YAML/);
  });

  it('sees an edit that keeps the file\'s size, made right after the notes were read', async () => {
    const file = path.join(folder().fsPath, '2026-W44.md');
    const before = readFileSync(file, 'utf8');
    assert.match(before, /^energy: 2$/m);
    writeFileSync(file, before.replace(/^energy: 2$/m, 'energy: 5'));
    try {
      const loaded = await api.history.refresh();
      assert.equal(loaded?.history.entries.find((entry) => entry.fileName === '2026-W44.md')?.reflection.energy, 5);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('names a linked note and a folder named like a note, instead of dropping them', async () => {
    const link = path.join(folder().fsPath, '2026-W40.md');
    const directory = path.join(folder().fsPath, '2026-W41.md');
    symlinkSync(path.join(folder().fsPath, '2026-W44.md'), link);
    mkdirSync(directory);
    try {
      const loaded = await api.history.refresh();
      assert.ok(loaded);
      assert.deepEqual(
        loaded.history.skipped.map((file) => [file.fileName, file.reason]),
        [
          ['2026-W40.md', 'is a symbolic link; Lead Review reads only real files in the notes folder'],
          ['2026-W41.md', 'is not a file'],
          ['2026-W47.md', loaded.history.skipped[2]!.reason],
        ],
      );
      assert.equal(loaded.history.entries.length, 3);
    } finally {
      rmSync(link);
      rmSync(directory, { recursive: true });
    }
  });

  it('shows a reflection as due in the status bar while the latest note is weeks old', async () => {
    await api.history.refresh();
    assert.equal(api.reminderText(), '$(bell-dot) Lead review due');
  });

  it('refreshes when a note appears on disk, from outside VS Code', async () => {
    const changed = new Promise<void>((resolve) => {
      const listener = api.history.onDidChange((loaded) => {
        if (loaded?.history.entries.some((entry) => entry.fileName === '2026-W43.md')) {
          listener.dispose();
          resolve();
        }
      });
    });
    const text = await readText(vscode.Uri.joinPath(folder(), '2026-W44.md'));
    writeFileSync(path.join(folder().fsPath, '2026-W43.md'), text.replace('period: "2026-W44"', 'period: "2026-W43"'));
    await changed;
  });

  it('writes "Since last time" into a new note, and the reminder calms down', async () => {
    await api.drafts.replace(completeDraft({ followThrough: 'partly' }));
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'written');
    const text = await readText(outcome.kind === 'written' ? outcome.uri : folder());
    assert.match(text, /^## Since last time$/m);
    assert.match(text, /Compared with 2026-W46:/);
    const parsed = parseReflection(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reflection.followThrough, { period: '2026-W46', focus: 'Keep the release train moving without me in every meeting.', answer: 'partly' });
    await api.history.refresh();
    assert.equal(api.reminderText(), '$(checklist) Lead review today');
  });

  it('writes a trend report for everything, with its chart beside it and no free text unless the setting asks', async () => {
    const answered = answerNextPrompt(api, 'reportRange', { downs: 6 });
    const report = await vscode.commands.executeCommand<vscode.Uri | undefined>('leadReview.writeTrendReport');
    await answered;
    assert.ok(report);
    assert.equal(report.path, vscode.Uri.joinPath(folder(), 'reports', 'trend-all.md').path);
    const text = await readText(report);
    assert.match(text, /^# Lead review trend report: all time$/m);
    assert.match(text, /5 reflections from 2026-W43 to 20\d\d-W\d\d\./);
    assert.match(text, /^!\[5 reflections from [^\]]+\]\(trend-all\.svg\)$/m);
    assert.match(text, /^## Patterns$/m);
    assert.ok(!text.includes('Keep the release train moving'), 'free text is left out by default');
    const chart = await readText(vscode.Uri.joinPath(folder(), 'reports', 'trend-all.svg'));
    assert.match(chart, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    await vscode.workspace.getConfiguration('leadReview').update('report.includeFreeText', true, vscode.ConfigurationTarget.Workspace);
    try {
      const written = vscode.commands.executeCommand<vscode.Uri | undefined>('leadReview.writeTrendReport');
      await answerNextPrompt(api, 'reportRange', { downs: 6 });
      await answerNextPrompt(api, 'existingReport', { downs: 0 });
      assert.equal((await written)?.path, report.path);
      assert.match(await readText(report), /^- \*\*2026-W46\*\*: Keep the release train moving without me in every meeting\./m, 'the focus list, once chosen');
    } finally {
      await vscode.workspace.getConfiguration('leadReview').update('report.includeFreeText', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
