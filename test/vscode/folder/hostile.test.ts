import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { periodFor } from '../../../src/core/time/period';
import { localDateOf } from '../../../src/core/time/localDate';
import type { CustomizeOutcome } from '../../../src/features/questionnaire/customizeQuestionnaire';
import type { LeadReviewTestApi } from '../../../src/extension';
import { weeklyNotes } from '../../support/notes';
import { activateLeadReview, answerNextPrompt, completeDraft, deleteIfPresent, waitFor, writeReflection, type WriteOutcome } from '../helpers';

/** Whether this machine lets the tests mount a tmpfs: as root, or with passwordless sudo. */
function canMount(): boolean {
  if (process.getuid?.() === 0) {
    return true;
  }
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Hostile conditions on disk. The tmpfs mounts need root, or passwordless sudo. */
describe('Hostile conditions on disk', () => {
  let api: LeadReviewTestApi;
  const root = (): string => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const period = periodFor(localDateOf(new Date()), 'weekly').id;
  const setFolder = (value: string | undefined): Thenable<void> =>
    vscode.workspace.getConfiguration('leadReview').update('folder', value, vscode.ConfigurationTarget.Workspace);
  const mounts: string[] = [];

  const asRoot = (command: string, args: string[]): void => {
    if (process.getuid?.() === 0) {
      execFileSync(command, args);
    } else {
      execFileSync('sudo', ['-n', command, ...args]);
    }
  };

  function mountTmpfs(this: Mocha.Context, name: string, options: string): string {
    if (!canMount()) {
      // Counted as skipped, which npm test reports as a failure; CI runs as root.
      this.skip();
    }
    const dir = path.join(root(), name);
    mkdirSync(dir, { recursive: true });
    asRoot('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
    mounts.push(dir);
    return dir;
  }

  async function refusedWithDraftKept(pattern: RegExp): Promise<void> {
    const draft = completeDraft();
    await api.drafts.replace(draft);
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'notWritten');
    assert.match(outcome.kind === 'notWritten' ? outcome.notice.message : '', pattern);
    assert.match(outcome.kind === 'notWritten' ? outcome.notice.message : '', /Your answers are still in the draft\./);
    assert.deepEqual(api.drafts.get(), draft);
  }

  before(async () => {
    api = await activateLeadReview();
  });

  afterEach(async () => {
    await setFolder(undefined);
  });

  after(() => {
    for (const dir of mounts.reverse()) {
      asRoot('umount', [dir]);
    }
  });

  it('refuses a reflections folder that is a symbolic link out of the workspace', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'lead-review-outside-'));
    symlinkSync(outside, path.join(root(), 'linked-notes'));
    await setFolder('linked-notes');
    await refusedWithDraftKept(/linked-notes is a symbolic link, which could point outside the workspace/);
    assert.deepEqual(readdirSync(outside), []);
    rmSync(path.join(root(), 'linked-notes'));
    rmSync(outside, { recursive: true });
  });

  it('writes no trend report through a linked reports folder', async () => {
    await setFolder('linked-reports-notes');
    const notes = path.join(root(), 'linked-reports-notes');
    mkdirSync(notes, { recursive: true });
    for (const note of weeklyNotes(2, { year: 2026, month: 11, day: 20 })) {
      writeFileSync(path.join(notes, note.fileName), note.text);
    }
    const outside = mkdtempSync(path.join(tmpdir(), 'lead-review-outside-'));
    symlinkSync(outside, path.join(notes, 'reports'));
    await api.history.refresh();
    const answered = answerNextPrompt(api, 'reportRange', { downs: 6 });
    const report = await vscode.commands.executeCommand<vscode.Uri | undefined>('leadReview.writeTrendReport');
    await answered;
    assert.equal(report, undefined);
    assert.deepEqual(readdirSync(outside), [], 'nothing was written outside the workspace');
    rmSync(notes, { recursive: true });
    rmSync(outside, { recursive: true });
  });

  it('writes no questionnaire copy through a linked .lead-review folder', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'lead-review-outside-'));
    symlinkSync(outside, path.join(root(), '.lead-review'));
    const outcome = await vscode.commands.executeCommand<CustomizeOutcome>('leadReview.customizeQuestionnaire');
    assert.equal(outcome.kind, 'notCreated');
    assert.match(outcome.kind === 'notCreated' ? outcome.reason : '', /\.lead-review is a symbolic link, which could point outside the workspace/);
    assert.deepEqual(readdirSync(outside), []);
    rmSync(path.join(root(), '.lead-review'));
    rmSync(outside, { recursive: true });
  });

  it('writes no note over a linked note file', async () => {
    await setFolder('linked-note');
    const folder = path.join(root(), 'linked-note');
    mkdirSync(folder, { recursive: true });
    const outside = mkdtempSync(path.join(tmpdir(), 'lead-review-outside-'));
    writeFileSync(path.join(outside, 'target.md'), 'not yours\n');
    symlinkSync(path.join(outside, 'target.md'), path.join(folder, `${period}.md`));
    await api.drafts.replace(completeDraft());
    const prompts: string[] = [];
    const listener = api.onDidShowPrompt((id) => prompts.push(id));
    const outcome = await writeReflection();
    listener.dispose();
    assert.equal(outcome.kind, 'notWritten');
    assert.match(outcome.kind === 'notWritten' ? outcome.notice.message : '', /is a symbolic link/);
    assert.deepEqual(prompts, [], 'a link is refused before anyone is asked whether to replace it');
    assert.equal(readFileSync(path.join(outside, 'target.md'), 'utf8'), 'not yours\n');
    rmSync(folder, { recursive: true });
    rmSync(outside, { recursive: true });
  });

  it('explains a read-only folder (needs root or sudo to mount)', async function () {
    const dir = mountTmpfs.call(this, 'read-only-notes', 'size=64k');
    asRoot('mount', ['-o', 'remount,ro', dir]);
    await setFolder('read-only-notes');
    await refusedWithDraftKept(/Could not save read-only-notes\/.*: permission denied \(is the folder read-only\?\)/);
  });

  it('explains a full disk (needs root or sudo to mount)', async function () {
    const dir = mountTmpfs.call(this, 'full-notes', 'size=8k');
    try {
      asRoot('dd', ['if=/dev/zero', `of=${path.join(dir, 'filler')}`, 'bs=1k', 'count=64', 'status=none']);
    } catch {
      // dd stops with an error once the disk is full, which is the point.
    }
    await setFolder('full-notes');
    await refusedWithDraftKept(/Could not save full-notes\/.*: the disk is full/);
  });

  it('loads history while notes are being deleted, without failing', async () => {
    await setFolder('churn');
    const folder = path.join(root(), 'churn');
    mkdirSync(folder, { recursive: true });
    const notes = weeklyNotes(600, { year: 2026, month: 11, day: 20 });
    for (const note of notes) {
      writeFileSync(path.join(folder, note.fileName), note.text);
    }
    // A load the folder switch started may have listed the folder before these notes were written: let it settle first.
    await waitFor(async () => (await api.history.refresh())?.history.entries.length === 600, 'all 600 notes read');
    const loading = api.history.refresh();
    for (const note of notes.filter((_, index) => index % 2 === 0)) {
      rmSync(path.join(folder, note.fileName), { force: true });
    }
    const loaded = await loading;
    assert.ok(loaded);
    assert.ok(loaded.history.entries.length >= 300 && loaded.history.entries.length <= 600);
    assert.deepEqual(loaded.history.skipped, [], 'a deleted note is simply gone, not broken');
    const settled = await api.history.refresh();
    assert.equal(settled?.history.entries.length, 300);
    await deleteIfPresent(vscode.Uri.file(folder));
  });

  it('never writes over a note another window saved while the question was open', async () => {
    await setFolder('race');
    const folder = path.join(root(), 'race');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${period}.md`), 'first window\n');
    await api.drafts.replace(completeDraft());
    const otherWindow = new Promise<void>((resolve, reject) => {
      const listener = api.onDidShowPrompt((id) => {
        listener.dispose();
        try {
          assert.equal(id, 'existingNote');
          // The other window saves the second note while this one is still deciding.
          writeFileSync(path.join(folder, `${period}-2.md`), 'second window\n');
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
    const answers = answerNextPrompt(api, 'existingNote', { downs: 1 })
      .then(() => answerNextPrompt(api, 'existingNote', { downs: 1 }));
    const outcome = await writeReflection();
    await otherWindow;
    await answers;
    assert.equal(outcome.kind, 'written');
    assert.equal(outcome.kind === 'written' && path.basename(outcome.uri.fsPath), `${period}-3.md`);
    assert.equal(readFileSync(path.join(folder, `${period}.md`), 'utf8'), 'first window\n');
    assert.equal(readFileSync(path.join(folder, `${period}-2.md`), 'utf8'), 'second window\n');
    await deleteIfPresent(vscode.Uri.file(folder));
  });

  it('runs two quick writes one after the other, so the second cannot clobber the first', async () => {
    await setFolder('double-click');
    await api.drafts.replace(completeDraft());
    const [first, second] = (await Promise.all([writeReflection(), writeReflection()])) as [WriteOutcome, WriteOutcome];
    assert.equal(first.kind, 'written');
    assert.equal(second.kind, 'notWritten', 'the first write emptied the draft, so the second has nothing to save');
    assert.deepEqual(readdirSync(path.join(root(), 'double-click')), [`${period}.md`]);
    await deleteIfPresent(vscode.Uri.file(path.join(root(), 'double-click')));
  });
});
