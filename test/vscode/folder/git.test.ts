import * as assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReflection } from '../../../src/core/note/parseReflection';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { WrittenNote } from '../../../src/shared/protocol';
import { activateLeadReview, answerNextPrompt, readText, waitFor } from '../helpers';
import { commitReflection, configure, filesOfHead, git, initRepository, PERIOD, reasonOf, useNotesFolder, workspaceRoot, writeNote } from './gitRepositories';

/**
 * Committing notes through the built-in Git extension. Every test makes its own repository
 * below `repos/`, with the notes folder inside it, so no test depends on another.
 */
describe('Commit Reflection', () => {
  let api: LeadReviewTestApi;

  /** A fresh folder `repos/<name>` holding the notes folder; a repository there unless `init` is false. */
  async function repository(name: string, init = true): Promise<{ root: string; notes: string }> {
    const root = path.join(workspaceRoot(), 'repos', name);
    if (init) {
      initRepository(root);
    }
    await useNotesFolder(`repos/${name}/reflections`);
    return { root, notes: path.join(root, 'reflections') };
  }

  before(async () => {
    api = await activateLeadReview();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  afterEach(async () => {
    await configure('folder', undefined);
    await configure('git.commitAfterWrite', undefined);
    await configure('git.pushAfterCommit', undefined);
    await configure('git.commitMessage', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(() => {
    rmSync(path.join(workspaceRoot(), 'repos'), { recursive: true, force: true });
  });

  it('offers to initialize a repository in the note\'s own folder, and commits there when asked', async () => {
    const { root, notes } = await repository('none', false);
    const written = await writeNote(api, notes);
    await vscode.commands.executeCommand('notifications.clearAll');
    const offered = waitForPrompt(api, 'initRepository');
    const outcome = await commitReflection();
    assert.equal(outcome.kind, 'notCommitted');
    assert.match(reasonOf(outcome), /No git repository holds repos\/none\/reflections\/.*\.md, so it was not committed\. It is saved\./);
    assert.ok(parseReflection(await readText(written.uri)).ok, 'the note is still on disk');
    await offered;
    assert.equal(existsSync(path.join(root, '.git')), false, 'nothing is initialized without asking');
    // A new repository has no identity of its own; the Git extension runs git with this process's environment.
    const identity = { GIT_AUTHOR_NAME: 'Test Lead', GIT_AUTHOR_EMAIL: 'lead@example.com', GIT_COMMITTER_NAME: 'Test Lead', GIT_COMMITTER_EMAIL: 'lead@example.com' };
    Object.assign(process.env, identity);
    try {
      await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      await waitFor(() => existsSync(path.join(notes, '.git')), 'a repository in the notes folder');
      await waitFor(() => hasCommit(notes), 'the note committed in it');
    } finally {
      Object.keys(identity).forEach((key) => delete process.env[key]);
    }
    assert.equal(filesOfHead(notes), path.basename(written.uri.fsPath));
    assert.equal(existsSync(path.join(workspaceRoot(), '.git')), false, 'the workspace root is left alone');
  });

  /** Opens the sidebar, writes a note into `notes`, and waits until the sidebar hears it can commit it. */
  async function writeWithSidebar(notes: string): Promise<{ written: WrittenNote; posted: WrittenNote[]; listener: vscode.Disposable }> {
    await vscode.commands.executeCommand('leadReview.openQuestionnaire');
    await waitFor(() => api.sidebarVisible(), 'the sidebar to show');
    const posted: WrittenNote[] = [];
    const listener = api.onDidPostWebviewMessage((message) => {
      if (message.type === 'reflection/written') {
        posted.push(message.note);
      }
    });
    const written = await writeNote(api, notes);
    await waitFor(() => posted.some((note) => note.canCommit), 'the sidebar to hear that a repository holds the note');
    return { written: written.note, posted, listener };
  }

  it('tells the sidebar after writing, off the write\'s path, that it can commit the note', async () => {
    const { notes } = await repository('sidebar');
    const { written, posted, listener } = await writeWithSidebar(notes);
    listener.dispose();
    assert.deepEqual(posted, [written, { ...written, canCommit: true }]);
  });

  it('tells the sidebar when its note is committed from the palette, so Commit is not offered again', async () => {
    const { notes } = await repository('palette');
    const { written, posted, listener } = await writeWithSidebar(notes);
    const outcome = await commitReflection();
    assert.equal(outcome.kind, 'committed', reasonOf(outcome));
    await waitFor(() => posted.some((note) => note.committed !== undefined), 'the sidebar to hear that the note is committed');
    listener.dispose();
    assert.deepEqual(posted.at(-1), { ...written, canCommit: true, committed: outcome.kind === 'committed' ? outcome.message : '' });
  });

  it('explains a missing user.email, and keeps the note', async () => {
    const { root, notes } = await repository('no-email');
    git(root, 'config', '--unset', 'user.email');
    git(root, 'config', 'user.useConfigOnly', 'true');
    const written = await writeNote(api, notes);
    const outcome = await commitReflection();
    assert.match(reasonOf(outcome), /Git does not know who you are: set user\.name and user\.email/);
    assert.ok(existsSync(written.uri.fsPath));
    assert.equal(hasCommit(root), false, 'nothing was committed');
    // Git is asked who the person is before anything is staged, so a refusal leaves the index as it was.
    assert.equal(git(root, 'status', '--porcelain', '--untracked-files=all'), `?? reflections/${path.basename(written.uri.fsPath)}`);
  });

  it('commits exactly the note, with the message template of the note\'s folder', async () => {
    const { root, notes } = await repository('plain');
    await configure('git.commitMessage', 'Reflection ${period} (${file}): ${stance}');
    const written = await writeNote(api, notes);
    const outcome = await commitReflection();
    assert.equal(outcome.kind, 'committed', reasonOf(outcome));
    const note = parseReflection(await readText(written.uri));
    assert.ok(note.ok);
    const expected = `Reflection ${PERIOD} (repos/plain/reflections/${PERIOD}.md): ${note.reflection.scores.stance}`;
    assert.equal(outcome.kind === 'committed' && outcome.message, expected);
    assert.equal(git(root, 'log', '--name-only', '-1', '--format=%s'), `${expected}\n\nreflections/${PERIOD}.md`);
  });

  it('explains a locked repository, and commits nothing', async () => {
    const { root, notes } = await repository('locked');
    await writeNote(api, notes);
    writeFileSync(path.join(root, '.git', 'index.lock'), '');
    const outcome = await commitReflection();
    assert.match(reasonOf(outcome), /The repository is locked by another git process/);
    assert.equal(hasCommit(root), false);
  });

  it('explains a merge in progress, and commits nothing', async () => {
    const { root, notes } = await repository('merging');
    writeFileSync(path.join(root, 'README.md'), 'base\n');
    git(root, 'add', 'README.md');
    git(root, 'commit', '-q', '-m', 'base');
    const head = git(root, 'rev-parse', 'HEAD');
    await writeNote(api, notes);
    writeFileSync(path.join(root, '.git', 'MERGE_HEAD'), `${head}\n`);
    const outcome = await commitReflection();
    assert.match(reasonOf(outcome), /The note's repository is in the middle of a merge\. Finish or abort it/);
    assert.equal(git(root, 'rev-parse', 'HEAD'), head);
  });

  it('says plainly that .gitignore ignores the notes folder', async () => {
    const { root, notes } = await repository('ignored');
    writeFileSync(path.join(root, '.gitignore'), 'reflections/\n');
    await writeNote(api, notes);
    const outcome = await commitReflection();
    assert.equal(reasonOf(outcome), 'The notes folder is ignored by .gitignore, so git will not commit the note. Remove the rule that ignores it, or choose a notes folder that git tracks. Your note is saved.');
    assert.doesNotMatch(reasonOf(outcome), /hint:/);
  });

  it('leaves another staged file staged, and out of the commit', async () => {
    const { root, notes } = await repository('staged');
    writeFileSync(path.join(root, 'other.txt'), 'work in progress\n');
    git(root, 'add', 'other.txt');
    const written = await writeNote(api, notes);
    const answered = answerNextPrompt(api, 'stagedChanges', { downs: 0 });
    const outcome = await commitReflection();
    await answered;
    assert.equal(outcome.kind, 'committed', reasonOf(outcome));
    assert.equal(filesOfHead(root), `reflections/${path.basename(written.uri.fsPath)}`);
    assert.equal(git(root, 'diff', '--cached', '--name-only'), 'other.txt');
  });

  it('commits nothing when asked to set staged files aside and the answer is cancel', async () => {
    const { root, notes } = await repository('staged-cancel');
    writeFileSync(path.join(root, 'other.txt'), 'work in progress\n');
    git(root, 'add', 'other.txt');
    await writeNote(api, notes);
    const answered = answerNextPrompt(api, 'stagedChanges', { downs: 1 });
    const outcome = await commitReflection();
    await answered;
    assert.equal(outcome.kind, 'cancelled');
    assert.equal(hasCommit(root), false);
    assert.equal(git(root, 'diff', '--cached', '--name-only'), 'other.txt');
  });

  it('commits right after writing when commitAfterWrite is on', async () => {
    const { root, notes } = await repository('after-write');
    await configure('git.commitAfterWrite', true);
    const written = await writeNote(api, notes);
    assert.equal(written.commit?.kind, 'committed');
    assert.equal(filesOfHead(root), `reflections/${path.basename(written.uri.fsPath)}`);
  });

  it('still resolves Write Reflection, with the note saved, when the commit after it fails', async () => {
    const { root, notes } = await repository('after-write-fails');
    writeFileSync(path.join(root, '.gitignore'), 'reflections/\n');
    await configure('git.commitAfterWrite', true);
    const written = await writeNote(api, notes);
    assert.equal(written.commit?.kind, 'notCommitted');
    assert.match(written.commit ? reasonOf(written.commit) : '', /ignored by \.gitignore/);
    assert.ok(parseReflection(await readText(written.uri)).ok);
  });

  it('says so when a push has no remote, and keeps the local commit', async () => {
    const { root, notes } = await repository('no-remote');
    await configure('git.commitAfterWrite', true);
    await configure('git.pushAfterCommit', true);
    const written = await writeNote(api, notes);
    const commit = written.commit;
    assert.equal(commit?.kind, 'committed');
    assert.equal(commit?.kind === 'committed' && commit.pushed, false);
    assert.match(commit?.kind === 'committed' ? commit.warnings.join(' ') : '', /there is no remote to push it to/);
    assert.equal(filesOfHead(root), `reflections/${path.basename(written.uri.fsPath)}`);
  });

  it('commits the note it is given, not the one open in the editor', async () => {
    const { root, notes } = await repository('named');
    const older = path.join(notes, '2026-W01.md');
    const first = await writeNote(api, notes);
    writeFileSync(older, await readText(first.uri).then((text) => text.replace(`period: "${PERIOD}"`, 'period: "2026-W01"')));
    await vscode.window.showTextDocument(vscode.Uri.file(older));
    const outcome = await commitReflection(first.uri);
    assert.equal(outcome.kind, 'committed', reasonOf(outcome));
    assert.equal(filesOfHead(root), `reflections/${PERIOD}.md`);
    assert.match(git(root, 'status', '--porcelain'), /\?\? reflections\/2026-W01\.md/);
  });

  it('refuses to commit a file that is not a reflection', async () => {
    const { root } = await repository('not-a-note');
    writeFileSync(path.join(root, 'todo.md'), 'not a note\n');
    const outcome = await commitReflection(vscode.Uri.file(path.join(root, 'todo.md')));
    assert.match(reasonOf(outcome), /is not a reflection in your notes folder, so Lead Review does not commit it/);
    assert.equal(hasCommit(root), false);
  });
});

function hasCommit(root: string): boolean {
  try {
    git(root, 'rev-parse', '--verify', '-q', 'HEAD');
    return true;
  } catch {
    return false;
  }
}

function waitForPrompt(api: LeadReviewTestApi, id: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = api.onDidShowPrompt((shown) => {
      if (shown === id) {
        listener.dispose();
        resolve();
      }
    });
  });
}
