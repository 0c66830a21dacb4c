import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview } from '../helpers';
import { commitReflection, configure, filesOfHead, git, initRepository, PERIOD, reasonOf, repositoryOutside, useNotesFolder, workspaceRoot, writeNote } from './gitRepositories';

/**
 * Every repository layout git allows, with real git: the note is committed in the repository
 * that holds it, never in an outer one, and `.git` may be a folder or a file.
 */
describe('Commit Reflection across repository layouts', () => {
  let api: LeadReviewTestApi;
  const layouts = (): string => path.join(workspaceRoot(), 'layouts');

  before(async () => {
    api = await activateLeadReview();
  });

  afterEach(async () => {
    await configure('folder', undefined);
    await configure('git.commitAfterWrite', undefined);
  });

  after(() => {
    rmSync(layouts(), { recursive: true, force: true });
  });

  it('commits into a repository nested three folders deep, not into the one around it', async () => {
    const outer = path.join(layouts(), 'outer');
    const inner = path.join(outer, 'a', 'b', 'inner');
    initRepository(outer);
    initRepository(inner);
    await useNotesFolder('layouts/outer/a/b/inner/reflections');
    await writeNote(api, path.join(inner, 'reflections'));
    const outcome = await commitReflection();
    assert.equal(outcome.kind, 'committed', reasonOf(outcome));
    assert.equal(filesOfHead(inner), `reflections/${PERIOD}.md`);
    assert.equal(git(inner, 'status', '--porcelain'), '', 'the note is committed, not left untracked');
    assert.throws(() => git(outer, 'rev-parse', '--verify', '-q', 'HEAD'), 'the outer repository has no commit');
  });

  it('commits into a submodule, whose .git is a file', async () => {
    const source = repositoryOutside('submodule-source');
    const superproject = path.join(layouts(), 'super');
    initRepository(superproject);
    git(superproject, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', source, 'notes');
    git(superproject, 'commit', '-q', '-m', 'add the notes submodule');
    const superHead = git(superproject, 'rev-parse', 'HEAD');
    const submodule = path.join(superproject, 'notes');
    initIdentity(submodule);
    await useNotesFolder('layouts/super/notes/reflections');
    await configure('git.commitAfterWrite', true);
    const written = await writeNote(api, path.join(submodule, 'reflections'));
    assert.equal(written.commit?.kind, 'committed', written.commit && reasonOf(written.commit));
    assert.equal(filesOfHead(submodule), `reflections/${PERIOD}.md`);
    assert.equal(git(superproject, 'rev-parse', 'HEAD'), superHead, 'the superproject is not committed to');
    rmSync(source, { recursive: true, force: true });
  });

  it('commits into a linked worktree, on its own branch', async () => {
    const main = repositoryOutside('worktree-main');
    const worktree = path.join(layouts(), 'worktree');
    git(main, 'worktree', 'add', '-q', '-b', 'notes', worktree);
    await useNotesFolder('layouts/worktree/reflections');
    const written = await writeNote(api, path.join(worktree, 'reflections'));
    const outcome = await commitReflection(written.uri);
    assert.equal(outcome.kind, 'committed', reasonOf(outcome));
    assert.equal(git(main, 'show', '--name-only', '--format=', 'notes'), `reflections/${PERIOD}.md`);
    assert.equal(git(main, 'log', '--format=%s', '-1', 'HEAD'), 'worktree-main: first commit', 'the main checkout is untouched');
  });

  it('sees a merge in progress in a linked worktree, whose git data lives elsewhere', async () => {
    const main = repositoryOutside('worktree-merge');
    const worktree = path.join(layouts(), 'worktree-merge');
    git(main, 'worktree', 'add', '-q', '-b', 'merging', worktree);
    await useNotesFolder('layouts/worktree-merge/reflections');
    await writeNote(api, path.join(worktree, 'reflections'));
    const gitDir = path.resolve(worktree, git(worktree, 'rev-parse', '--git-dir'));
    writeFileSync(path.join(gitDir, 'MERGE_HEAD'), `${git(worktree, 'rev-parse', 'HEAD')}\n`);
    const outcome = await commitReflection();
    assert.match(reasonOf(outcome), /in the middle of a merge/);
    assert.doesNotMatch(reasonOf(outcome), /ENOTDIR/);
    rmSync(path.join(gitDir, 'MERGE_HEAD'));
  });

  it('commits into a repository whose git folder is elsewhere (.git as a file)', async () => {
    const gitDir = mkdtempSync(path.join(tmpdir(), 'lead-review-separate-'));
    const root = path.join(layouts(), 'separate');
    initRepository(root, '--separate-git-dir', path.join(gitDir, 'repo.git'));
    await useNotesFolder('layouts/separate/reflections');
    await writeNote(api, path.join(root, 'reflections'));
    const outcome = await commitReflection();
    assert.equal(outcome.kind, 'committed', reasonOf(outcome));
    assert.equal(filesOfHead(root), `reflections/${PERIOD}.md`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

function initIdentity(root: string): void {
  git(root, 'config', 'user.name', 'Test Lead');
  git(root, 'config', 'user.email', 'lead@example.com');
}
