import * as vscode from 'vscode';
import { accessGit } from './gitAccess';
import { nearestGitRoot } from './noteRepository';

/** Whether git would leave a file alone: asked of git itself, never read from `.gitignore` text. */
export type IgnoreStatus =
  | { readonly kind: 'ignored' }
  /** No repository holds the folder, so nothing can commit the file. */
  | { readonly kind: 'noRepository' }
  /** Git would pick the file up: not ignored, un-ignored by a later rule, or already tracked. */
  | { readonly kind: 'notIgnored' }
  /** A repository holds the folder, but git cannot be asked here; `reason` says why. */
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * Asks git whether it ignores `file`, with the Git API's `checkIgnore` (`git check-ignore`), which
 * applies every rule in order, negations included, and does not count a tracked file as ignored.
 */
export async function ignoreStatus(file: vscode.Uri): Promise<IgnoreStatus> {
  const root = await nearestGitRoot(vscode.Uri.joinPath(file, '..'));
  if (!root) {
    return { kind: 'noRepository' };
  }
  const git = await accessGit();
  if (!git.ok) {
    return { kind: 'unknown', reason: vscode.l10n.t("VS Code's Git extension is not available here to confirm that git ignores it") };
  }
  await git.api.openRepository(root);
  const repository = git.api.getRepository(file);
  // `checkIgnore` is part of the Git API from VS Code 1.90 on.
  if (!repository || typeof repository.checkIgnore !== 'function') {
    return { kind: 'unknown', reason: vscode.l10n.t("VS Code's Git cannot say here whether git ignores it") };
  }
  const ignored = await repository.checkIgnore([file.fsPath]);
  return ignored.has(file.fsPath) ? { kind: 'ignored' } : { kind: 'notIgnored' };
}
