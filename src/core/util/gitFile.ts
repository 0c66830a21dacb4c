/**
 * A `.git` that is a file, as in a submodule or a linked worktree, holds one line
 * `gitdir: <path>`, absolute or relative to the folder the file is in. `null` for anything else.
 */
export function parseGitFile(text: string): string | null {
  const match = /^gitdir: (.+?)\r?\n?$/.exec(text.split('\n')[0] ?? '');
  return match ? match[1]! : null;
}

/** What git can be in the middle of, waiting on the person, in a repository that holds a note. */
export type GitOperation = 'rebase' | 'cherryPick' | 'revert' | 'bisect' | 'merge' | 'conflicts';

/**
 * The files git leaves in its own folder while an operation waits on the person. A rebase and a
 * bisect also detach HEAD, and a rebase or cherry-pick that stopped on a conflict also leaves
 * unmerged files, so these are checked first, most specific first; `MERGE_HEAD` comes last
 * because a rebase can stop inside a merge of its own.
 */
export const OPERATION_MARKERS: readonly { readonly marker: string; readonly operation: Exclude<GitOperation, 'conflicts'> }[] = [
  { marker: 'rebase-merge', operation: 'rebase' },
  { marker: 'rebase-apply', operation: 'rebase' },
  { marker: 'CHERRY_PICK_HEAD', operation: 'cherryPick' },
  { marker: 'REVERT_HEAD', operation: 'revert' },
  { marker: 'BISECT_LOG', operation: 'bisect' },
  { marker: 'MERGE_HEAD', operation: 'merge' },
];
