import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, answerNextPrompt } from '../helpers';
import { commitReflection, configure, filesOfHead, git, initRepository, reasonOf, useNotesFolder, workspaceRoot, writeNote } from './gitRepositories';

/**
 * The states a real repository can be in when Commit is pressed, each made with git itself:
 * every one is named as git names it, and none is mistaken for another.
 */
describe('Commit Reflection in each git state', () => {
  let api: LeadReviewTestApi;

  /** A repository whose `story.txt` says "base" on `main`, "ours" on `ours` and "theirs" on `theirs`. */
  async function diverged(name: string): Promise<{ root: string; notes: string }> {
    const root = path.join(workspaceRoot(), 'states', name);
    initRepository(root, '-b', 'main');
    const change = (branch: string, text: string): void => {
      git(root, 'switch', '-q', '-c', branch, 'main');
      writeFileSync(path.join(root, 'story.txt'), `${text}\n`);
      git(root, 'commit', '-q', '-am', text);
    };
    writeFileSync(path.join(root, 'story.txt'), 'base\n');
    git(root, 'add', 'story.txt');
    git(root, 'commit', '-q', '-m', 'base');
    change('ours', 'ours');
    change('theirs', 'theirs');
    git(root, 'switch', '-q', 'ours');
    await useNotesFolder(`states/${name}/reflections`);
    return { root, notes: path.join(root, 'reflections') };
  }

  /** Runs a git command that is expected to stop on a conflict. */
  function stopsOnConflict(root: string, ...args: string[]): void {
    assert.throws(() => git(root, ...args), Error, `git ${args.join(' ')} was meant to stop on a conflict`);
  }

  before(async () => {
    api = await activateLeadReview();
  });

  afterEach(async () => {
    await configure('folder', undefined);
  });

  it('names a rebase that stopped on a conflict as a rebase, not a merge', async () => {
    const { root, notes } = await diverged('rebase');
    await writeNote(api, notes);
    stopsOnConflict(root, 'rebase', 'theirs');
    const head = git(root, 'rev-parse', 'HEAD');
    const outcome = await commitReflection();
    assert.equal(outcome.kind, 'notCommitted');
    assert.match(reasonOf(outcome), /in the middle of a rebase\. Finish it \(git rebase --continue\) or abort it \(git rebase --abort\)/);
    assert.doesNotMatch(reasonOf(outcome), /merge/);
    assert.equal(git(root, 'rev-parse', 'HEAD'), head, 'nothing was committed');
  });

  it('names a cherry-pick that stopped on a conflict', async () => {
    const { root, notes } = await diverged('cherry-pick');
    await writeNote(api, notes);
    stopsOnConflict(root, 'cherry-pick', 'theirs');
    const outcome = await commitReflection();
    assert.match(reasonOf(outcome), /in the middle of a cherry-pick\. .*git cherry-pick --abort/);
  });

  it('names a revert that stopped on a conflict', async () => {
    const { root, notes } = await diverged('revert');
    writeFileSync(path.join(root, 'story.txt'), 'ours, again\n');
    git(root, 'commit', '-q', '-am', 'ours, again');
    await writeNote(api, notes);
    stopsOnConflict(root, 'revert', '--no-edit', 'HEAD~1');
    const outcome = await commitReflection();
    assert.match(reasonOf(outcome), /in the middle of a revert\. .*git revert --abort/);
  });

  it('names a bisect, which also detaches HEAD, as a bisect', async () => {
    const { root, notes } = await diverged('bisect');
    await writeNote(api, notes);
    git(root, 'bisect', 'start', 'theirs', 'main');
    const outcome = await commitReflection();
    assert.match(reasonOf(outcome), /in the middle of a bisect\. End it \(git bisect reset\)/);
  });

  it('names unresolved conflicts that no operation left behind', async () => {
    const { root, notes } = await diverged('stash');
    writeFileSync(path.join(root, 'story.txt'), 'stashed\n');
    git(root, 'stash', '-q');
    git(root, 'switch', '-q', 'theirs');
    await writeNote(api, notes);
    stopsOnConflict(root, 'stash', 'pop', '-q');
    const outcome = await commitReflection();
    assert.match(reasonOf(outcome), /has unresolved conflicts\. Resolve them/);
  });

  describe('on a detached HEAD', () => {
    it('asks first, and commits nothing when the answer is cancel', async () => {
      const { root, notes } = await diverged('detached-cancel');
      git(root, 'switch', '-q', '--detach', 'main');
      const head = git(root, 'rev-parse', 'HEAD');
      await writeNote(api, notes);
      const answered = answerNextPrompt(api, 'detachedHead', { downs: 1 });
      const outcome = await commitReflection();
      await answered;
      assert.equal(outcome.kind, 'cancelled');
      assert.equal(git(root, 'rev-parse', 'HEAD'), head);
    });

    it('commits there when asked, and says the commit belongs to no branch', async () => {
      const { root, notes } = await diverged('detached-here');
      git(root, 'switch', '-q', '--detach', 'main');
      const written = await writeNote(api, notes);
      const answered = answerNextPrompt(api, 'detachedHead', { downs: 0 });
      const outcome = await commitReflection();
      await answered;
      assert.equal(outcome.kind, 'committed', reasonOf(outcome));
      assert.equal(filesOfHead(root), `reflections/${path.basename(written.uri.fsPath)}`);
      assert.match(outcome.kind === 'committed' ? outcome.warnings.join(' ') : '', /detached HEAD and belongs to no branch/);
      assert.equal(git(root, 'branch', '--show-current'), '');
    });
  });

});
