import * as vscode from 'vscode';
import { OPERATION_MARKERS, parseGitFile, type GitOperation } from '../../core/util/gitFile';
import { isInsideFolder } from '../../core/util/folder';
import { fileTypeOf, readText } from '../storage/files';
import type { GitApi, Repository } from './gitTypes';

export type NoteRepository =
  | { readonly kind: 'found'; readonly repository: Repository }
  /** No repository holds the note: `initAt` is the note's own folder, where one could start. */
  | { readonly kind: 'none'; readonly initAt: vscode.Uri }
  /** A repository holds the note, but VS Code's Git has not opened it; `reason` says why. */
  | { readonly kind: 'unopened'; readonly root: vscode.Uri; readonly reason: string };

/**
 * The repository that holds the note, whatever layout git allows: the workspace's own, one
 * nested at any depth, a submodule, a linked worktree, `.git` as a folder or as a file. Git
 * itself is asked which repository holds the note's folder (`openRepository` runs
 * `git rev-parse --show-toplevel` there), and the answer is checked against the nearest `.git`
 * above the note, so an outer repository is never taken for the one that holds it.
 */
export async function findNoteRepository(api: GitApi, note: vscode.Uri): Promise<NoteRepository> {
  const noteFolder = vscode.Uri.joinPath(note, '..');
  const nearest = await nearestGitRoot(noteFolder);
  if (!nearest) {
    return { kind: 'none', initAt: noteFolder };
  }
  await api.openRepository(nearest);
  const repository = api.getRepository(note);
  if (repository && samePath(repository.rootUri, nearest)) {
    return { kind: 'found', repository };
  }
  const outside = !vscode.workspace.getWorkspaceFolder(nearest);
  return {
    kind: 'unopened',
    root: nearest,
    reason: outside
      ? vscode.l10n.t(
          'The note\'s repository ({0}) is in a folder above the workspace, and VS Code\'s Git only opens such a repository when you allow it (the "git.openRepositoryInParentFolders" setting, or the prompt in the Source Control view). Your note is saved.',
          nearest.fsPath,
        )
      : vscode.l10n.t(
          'VS Code\'s Git has not opened the note\'s repository ({0}); it may be listed in "git.ignoredRepositories". Open it in the Source Control view, then commit again. Your note is saved.',
          vscode.workspace.asRelativePath(nearest),
        ),
  };
}

/**
 * What git is in the middle of in this repository, or `null`. The marker files in the real git
 * directory name the operation; unmerged files with none of them are conflicts left by something
 * else, such as `git stash pop`.
 */
export async function operationInProgress(repository: Repository): Promise<GitOperation | null> {
  const gitDir = await gitDirOf(repository.rootUri);
  for (const { marker, operation } of gitDir ? OPERATION_MARKERS : []) {
    if ((await fileTypeOf(vscode.Uri.joinPath(gitDir!, marker))) !== undefined) {
      return operation;
    }
  }
  return repository.state.mergeChanges.length > 0 ? 'conflicts' : null;
}

/** The folder nearest to `folder`, itself included, that holds a `.git` folder or file. */
export async function nearestGitRoot(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  let current = folder;
  for (;;) {
    if ((await fileTypeOf(vscode.Uri.joinPath(current, '.git')).catch(() => undefined)) !== undefined) {
      return current;
    }
    const parent = vscode.Uri.joinPath(current, '..');
    if (parent.path === current.path) {
      return undefined;
    }
    current = parent;
  }
}

/** Where this working tree's git data lives: `.git` itself, or where a `.git` file points. */
async function gitDirOf(root: vscode.Uri): Promise<vscode.Uri | undefined> {
  const dotGit = vscode.Uri.joinPath(root, '.git');
  const type = await fileTypeOf(dotGit);
  if (type === undefined || type & vscode.FileType.Directory) {
    return type === undefined ? undefined : dotGit;
  }
  const target = parseGitFile(await readText(dotGit));
  if (!target) {
    return undefined;
  }
  return target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) ? vscode.Uri.file(target) : vscode.Uri.joinPath(root, target);
}

function samePath(a: vscode.Uri, b: vscode.Uri): boolean {
  return isInsideFolder(a.path, b.path) && isInsideFolder(b.path, a.path);
}
