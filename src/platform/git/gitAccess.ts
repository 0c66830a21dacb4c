import * as vscode from 'vscode';
import type { GitOperation } from '../../core/util/gitFile';
import type { GitApi, GitError, GitExtension } from './gitTypes';
import { findNoteRepository } from './noteRepository';

const STATE_TIMEOUT_MS = 10_000;
const gitNotFound = (): string => vscode.l10n.t('Git was not found. Install git (or set "git.path"), then commit again. Your note is saved.');

export type GitAccess = { readonly ok: true; readonly api: GitApi } | { readonly ok: false; readonly reason: string };

/**
 * The built-in Git extension, if this editor has it and it is usable. Lead Review never depends
 * on it at install time: VS Code for the Web and editors without git still write notes.
 */
export async function accessGit(): Promise<GitAccess> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) {
    return {
      ok: false,
      reason: vscode.l10n.t("VS Code's built-in Git extension is not available here (it is disabled, or this is VS Code for the Web), so Lead Review cannot commit. Your note is saved."),
    };
  }
  const git = extension.isActive ? extension.exports : await extension.activate();
  // The extension reports itself disabled both when the setting is off and when no git binary was found.
  if (!git.enabled) {
    const turnedOff = vscode.workspace.getConfiguration('git').get<boolean>('enabled', true) === false;
    return {
      ok: false,
      reason: turnedOff ? vscode.l10n.t('Git is turned off in VS Code (the "git.enabled" setting), so Lead Review cannot commit. Your note is saved.') : gitNotFound(),
    };
  }
  let api: GitApi;
  try {
    api = git.getAPI(1);
  } catch {
    return { ok: false, reason: gitNotFound() };
  }
  if (api.state !== 'initialized' && !(await initialised(api))) {
    return { ok: false, reason: vscode.l10n.t('The Git extension did not finish starting. Try again in a moment. Your note is saved.') };
  }
  return { ok: true, api };
}

function initialised(api: GitApi): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(false);
    }, STATE_TIMEOUT_MS);
    const listener = api.onDidChangeState((state) => {
      if (state === 'initialized') {
        clearTimeout(timer);
        listener.dispose();
        resolve(true);
      }
    });
  });
}

export const unknownIdentity = (): string =>
  vscode.l10n.t('Git does not know who you are: set user.name and user.email (for example `git config --global user.email you@example.com`), then commit again. Your note is saved.');

/** A git failure in words a person can act on; the note is always already saved. */
export function describeGitError(error: unknown): string {
  const { gitErrorCode: code, stderr = '', message = String(error) } = (error ?? {}) as GitError;
  if (code === 'NoUserNameConfigured' || code === 'NoUserEmailConfigured' || /Please tell me who you are|user\.useConfigOnly/.test(stderr)) {
    return unknownIdentity();
  }
  if (code === 'RepositoryIsLocked' || /index\.lock/.test(stderr)) {
    return vscode.l10n.t('The repository is locked by another git process (.git/index.lock). Wait for it to finish, or remove the lock if no git is running, then commit again. Your note is saved.');
  }
  if (/are ignored by one of your \.gitignore files/.test(stderr)) {
    return vscode.l10n.t('The notes folder is ignored by .gitignore, so git will not commit the note. Remove the rule that ignores it, or choose a notes folder that git tracks. Your note is saved.');
  }
  if (code === 'UnmergedChanges' || code === 'Conflict' || /merge|conflict/i.test(stderr)) {
    return vscode.l10n.t('The repository is in the middle of a merge. Finish or abort it, then commit the note. Your note is saved.');
  }
  if (code === 'GitNotFound') {
    return gitNotFound();
  }
  return vscode.l10n.t('Git could not commit the note: {0} Your note is saved.', lastLine(stderr) || message);
}

/** What is in progress, named as git names it, with the commands that finish or abort it. */
export function describeOperation(operation: GitOperation): string {
  switch (operation) {
    case 'rebase':
      return vscode.l10n.t("The note's repository is in the middle of a rebase. Finish it (git rebase --continue) or abort it (git rebase --abort), then commit the note. Your note is saved.");
    case 'cherryPick':
      return vscode.l10n.t("The note's repository is in the middle of a cherry-pick. Finish it (git cherry-pick --continue) or abort it (git cherry-pick --abort), then commit the note. Your note is saved.");
    case 'revert':
      return vscode.l10n.t("The note's repository is in the middle of a revert. Finish it (git revert --continue) or abort it (git revert --abort), then commit the note. Your note is saved.");
    case 'bisect':
      return vscode.l10n.t("The note's repository is in the middle of a bisect. End it (git bisect reset), then commit the note. Your note is saved.");
    case 'merge':
      return vscode.l10n.t("The note's repository is in the middle of a merge. Finish or abort it (git merge --abort), then commit the note. Your note is saved.");
    case 'conflicts':
      return vscode.l10n.t("The note's repository has unresolved conflicts. Resolve them, then commit the note. Your note is saved.");
  }
}

export function describePushError(error: unknown): string {
  const { gitErrorCode: code, stderr = '', message = String(error) } = (error ?? {}) as GitError;
  if (code === 'NoRemoteRepositorySpecified' || /No configured push destination|no upstream|does not appear to be a git repository/i.test(stderr)) {
    return vscode.l10n.t('The note is committed locally, but there is no remote to push it to. Add one (git remote add origin …), then push.');
  }
  if (code === 'PushRejected' || /rejected|non-fast-forward|fetch first/i.test(stderr)) {
    return vscode.l10n.t('The push was rejected: the remote has commits you do not have. Your commit is kept locally; pull, then push. Lead Review never force-pushes.');
  }
  if (code === 'NoUpstreamBranch') {
    return vscode.l10n.t('The note is committed locally, but this branch has no upstream to push to. Publish the branch, then push.');
  }
  return vscode.l10n.t('The note is committed locally, but the push failed: {0}', lastLine(stderr) || message);
}

/** Git puts the reason last in its error output, before any `hint:` lines. */
function lastLine(stderr: string): string {
  return (
    stderr
      .trim()
      .split('\n')
      .filter((line) => !/^hint:/.test(line))
      .pop() ?? ''
  );
}

/** Whether committing `note` could work: git is usable and an open repository holds it. */
export async function canCommit(note: vscode.Uri): Promise<boolean> {
  const git = await accessGit();
  return git.ok && (await findNoteRepository(git.api, note)).kind === 'found';
}
