import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReflection } from '../../../src/core/parseReflection';
import { periodFor } from '../../../src/core/period';
import { localDateOf } from '../../../src/core/localDate';
import type { LeadReviewApi } from '../../../src/extension';
import type { CommitOutcome } from '../../../src/git/commitReflection';
import { activateLeadReview, answerNextPrompt, completeDraft, deleteIfPresent, readText, writeReflection, type WriteOutcome } from '../helpers';

/** Committing notes through the built-in Git extension, in a real repository the test makes. */
describe('Commit Reflection', () => {
  let api: LeadReviewApi;
  const root = (): string => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const period = periodFor(localDateOf(new Date()), 'weekly').id;
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: root(), encoding: 'utf8' }).trim();
  const configure = (key: string, value: boolean | undefined): Thenable<void> =>
    vscode.workspace.getConfiguration('leadReview').update(key, value, vscode.ConfigurationTarget.Workspace);
  const commit = (): Thenable<CommitOutcome> => vscode.commands.executeCommand<CommitOutcome>('leadReview.commitReflection');

  /** Writes another note for this period: the first one plainly, later ones as "a second note". */
  async function writeNote(): Promise<Extract<WriteOutcome, { kind: 'written' }>> {
    await api.drafts.replace(completeDraft());
    const existing = existsSync(path.join(root(), 'reflections', `${period}.md`));
    const answered = existing ? answerNextPrompt(api, 'existingNote', { downs: 1 }) : Promise.resolve();
    const outcome = await writeReflection();
    await answered;
    assert.equal(outcome.kind, 'written');
    return outcome as Extract<WriteOutcome, { kind: 'written' }>;
  }

  before(async () => {
    api = await activateLeadReview();
    await deleteIfPresent(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'reflections'));
    rmSync(path.join(root(), '.git'), { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // The repository stays: the Git extension holds it open, and later suites do not mind it.
  after(async () => {
    await configure('git.commitAfterWrite', undefined);
    await configure('git.pushAfterCommit', undefined);
    rmSync(path.join(root(), 'other.txt'), { force: true });
    await deleteIfPresent(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'reflections'));
  });

  it('offers to initialize a repository when there is none, and commits nothing', async () => {
    const written = await writeNote();
    assert.equal(written.note.canCommit, false);
    const prompts: string[] = [];
    const listener = api.onDidShowPrompt((id) => prompts.push(id));
    const outcome = await commit();
    listener.dispose();
    assert.equal(outcome.kind, 'notCommitted');
    assert.match(outcome.kind === 'notCommitted' ? outcome.reason : '', /is not a git repository/);
    assert.deepEqual(prompts, ['initRepository']);
    assert.equal(existsSync(path.join(root(), '.git')), false);
    assert.ok(parseReflection(await readText(written.uri)).ok, 'the note is still on disk');
  });

  it('explains a missing user.email, and keeps the note', async () => {
    git('init', '-q');
    git('config', 'user.useConfigOnly', 'true');
    git('config', 'user.name', 'Test Lead');
    const outcome = await commit();
    assert.equal(outcome.kind, 'notCommitted');
    assert.match(outcome.kind === 'notCommitted' ? outcome.reason : '', /Git does not know who you are: set user\.name and user\.email/);
    assert.ok(existsSync(path.join(root(), 'reflections', `${period}.md`)));
    assert.throws(() => git('rev-parse', 'HEAD'), 'nothing was committed');
  });

  it('commits exactly the note, with the templated message', async () => {
    git('config', 'user.email', 'lead@example.com');
    const outcome = await commit();
    assert.equal(outcome.kind, 'committed');
    const note = parseReflection(await readText(vscode.Uri.file(path.join(root(), 'reflections', `${period}.md`))));
    assert.ok(note.ok);
    const { scores } = note.reflection;
    const expected = `Lead review ${period}: ${scores.stance} (leading ${scores.leading}, managing ${scores.managing})`;
    assert.equal(outcome.kind === 'committed' && outcome.message, expected);
    assert.equal(git('log', '--name-only', '-1', '--format=%s'), `${expected}\n\nreflections/${period}.md`);
  });

  it('explains a locked repository and a merge in progress, and commits nothing', async () => {
    const written = await writeNote();
    const head = git('rev-parse', 'HEAD');
    const lock = path.join(root(), '.git', 'index.lock');
    writeFileSync(lock, '');
    const locked = await commit();
    rmSync(lock);
    assert.equal(locked.kind, 'notCommitted');
    assert.match(locked.kind === 'notCommitted' ? locked.reason : '', /The repository is locked by another git process/);

    const mergeHead = path.join(root(), '.git', 'MERGE_HEAD');
    writeFileSync(mergeHead, `${head}\n`);
    const merging = await commit();
    rmSync(mergeHead);
    assert.equal(merging.kind, 'notCommitted');
    assert.match(merging.kind === 'notCommitted' ? merging.reason : '', /in the middle of a merge/);
    assert.equal(git('rev-parse', 'HEAD'), head);
    assert.ok(existsSync(written.uri.fsPath), 'the note is still on disk');
    git('reset', '-q');
    git('add', 'reflections');
    git('commit', '-q', '-m', 'the note from the lock test, by hand');
  });

  it('leaves another staged file staged, and out of the commit', async () => {
    writeFileSync(path.join(root(), 'other.txt'), 'work in progress\n');
    git('add', 'other.txt');
    const written = await writeNote();
    assert.equal(written.note.canCommit, true);
    const answered = answerNextPrompt(api, 'stagedChanges', { downs: 0 });
    const outcome = await commit();
    await answered;
    assert.equal(outcome.kind, 'committed');
    assert.equal(git('show', '--name-only', '--format=', 'HEAD'), `reflections/${path.basename(written.uri.fsPath)}`);
    assert.equal(git('diff', '--cached', '--name-only'), 'other.txt');
  });

  it('commits nothing when asked to set staged files aside and the answer is cancel', async () => {
    const before = git('rev-parse', 'HEAD');
    await writeNote();
    const answered = answerNextPrompt(api, 'stagedChanges', { downs: 1 });
    const outcome = await commit();
    await answered;
    assert.equal(outcome.kind, 'cancelled');
    assert.equal(git('rev-parse', 'HEAD'), before);
    assert.equal(git('diff', '--cached', '--name-only'), 'other.txt');
    git('reset', '-q', 'other.txt');
    git('add', 'reflections');
    git('commit', '-q', '-m', 'the cancelled note, by hand');
  });

  it('commits right after writing when commitAfterWrite is on', async () => {
    await configure('git.commitAfterWrite', true);
    const written = await writeNote();
    assert.equal(written.commit?.kind, 'committed');
    assert.equal(git('show', '--name-only', '--format=', 'HEAD'), `reflections/${path.basename(written.uri.fsPath)}`);
  });

  it('says so when a push has no remote, and keeps the local commit', async () => {
    await configure('git.pushAfterCommit', true);
    const written = await writeNote();
    assert.deepEqual(written.commit && { kind: written.commit.kind, pushed: written.commit.kind === 'committed' && written.commit.pushed }, {
      kind: 'committed',
      pushed: false,
    });
    assert.equal(git('show', '--name-only', '--format=', 'HEAD'), `reflections/${path.basename(written.uri.fsPath)}`);
  });
});
