import * as assert from 'node:assert/strict';
import { parseGitFile } from '../../../../src/core/util/gitFile';

describe('a .git file', () => {
  it('points at the git folder of a submodule or a linked worktree', () => {
    assert.equal(parseGitFile('gitdir: ../.git/modules/notes\n'), '../.git/modules/notes');
    assert.equal(parseGitFile('gitdir: /home/lead/app/.git/worktrees/notes\r\n'), '/home/lead/app/.git/worktrees/notes');
    assert.equal(parseGitFile('gitdir: /path with spaces/repo.git'), '/path with spaces/repo.git');
  });

  it('is not read when it says anything else', () => {
    for (const text of ['', 'ref: refs/heads/main\n', 'gitdir:\n', ' gitdir: x\n']) {
      assert.equal(parseGitFile(text), null, JSON.stringify(text));
    }
  });
});
