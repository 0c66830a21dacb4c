/**
 * A `.git` that is a file, as in a submodule or a linked worktree, holds one line
 * `gitdir: <path>`, absolute or relative to the folder the file is in. `null` for anything else.
 */
export function parseGitFile(text: string): string | null {
  const match = /^gitdir: (.+?)\r?\n?$/.exec(text.split('\n')[0] ?? '');
  return match ? match[1]! : null;
}

/** The states git leaves in its own folder while an operation waits on the person, and their names. */
export const OPERATIONS_IN_PROGRESS: readonly { readonly marker: string; readonly name: string }[] = [
  { marker: 'MERGE_HEAD', name: 'a merge' },
  { marker: 'CHERRY_PICK_HEAD', name: 'a cherry-pick' },
  { marker: 'REVERT_HEAD', name: 'a revert' },
  { marker: 'rebase-merge', name: 'a rebase' },
  { marker: 'rebase-apply', name: 'a rebase' },
];
