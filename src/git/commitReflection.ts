import * as vscode from 'vscode';
import { renderCommitMessage } from '../core/commitMessage';
import { parseReflection } from '../core/parseReflection';
import type { Prompts } from '../prompts';
import { readSetting } from '../settings';
import { exists } from '../storage/files';
import { accessGit, describeGitError, describePushError, repositoryFor } from './gitAccess';
import type { Change, Repository } from './gitTypes';

export type CommitOutcome =
  | { readonly kind: 'committed'; readonly message: string; readonly pushed: boolean | null }
  /** Nothing was committed; `reason` is what the person was told. The note is still on disk. */
  | { readonly kind: 'notCommitted'; readonly reason: string }
  | { readonly kind: 'cancelled' };

/**
 * Commits one note and nothing else. Other staged files are set aside for the commit and staged
 * again afterwards; nothing is ever committed with `all`, staged wholesale or force-pushed.
 */
export class ReflectionCommitter {
  constructor(
    private readonly prompts: Prompts,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async commit(note: vscode.Uri): Promise<CommitOutcome> {
    const git = await accessGit();
    if (!git.ok) {
      return this.refuse(git.reason);
    }
    const repository = await repositoryFor(git.api, note);
    if (!repository) {
      return this.offerInit(note, git.api.init.bind(git.api));
    }
    await repository.status();
    if (await mergeInProgress(repository)) {
      return this.refuse('The repository is in the middle of a merge. Finish or abort it, then commit the note. Your note is saved.');
    }
    const others = stagedPathsOtherThan(repository.state.indexChanges, note);
    const unstaged = new Set(repository.state.workingTreeChanges.map((change) => change.uri.fsPath));
    const mixed = others.filter((path) => unstaged.has(path));
    if (mixed.length > 0) {
      return this.refuse(
        `${mixed.map((path) => vscode.workspace.asRelativePath(path)).join(', ')} ${mixed.length === 1 ? 'has' : 'have'} both staged and unstaged changes, ` +
          'which Lead Review cannot set aside without changing what is staged. Commit or stash them, then commit the note. Your note is saved.',
      );
    }
    if (others.length > 0 && !(await this.confirmSetAside(others))) {
      return { kind: 'cancelled' };
    }
    const message = renderCommitMessage(readSetting('git.commitMessage'), await messageValues(note));
    try {
      if (others.length > 0) {
        await repository.revert(others);
      }
      await repository.add([note.fsPath]);
      await repository.status();
      if (!repository.state.indexChanges.some((change) => change.uri.fsPath === note.fsPath)) {
        return this.refuse(`${vscode.workspace.asRelativePath(note)} has no changes to commit: it is already committed.`);
      }
      await repository.commit(message);
    } catch (error) {
      this.log.error(`git commit failed: ${String(error)} ${(error as { stderr?: string }).stderr ?? ''}`);
      return this.refuse(describeGitError(error));
    } finally {
      await this.restage(repository, others);
    }
    this.log.info(`Committed ${note.fsPath}: ${message}`);
    const pushed = readSetting('git.pushAfterCommit') ? await this.push(repository) : null;
    if (pushed !== false) {
      void vscode.window.showInformationMessage(`Committed ${vscode.workspace.asRelativePath(note)}${pushed ? ' and pushed it' : ''}: ${message}`);
    }
    return { kind: 'committed', message, pushed };
  }

  private confirmSetAside(others: readonly string[]): Promise<boolean> {
    const count = others.length === 1 ? 'Another file is' : `${others.length} other files are`;
    return this.prompts
      .pick(
        'stagedChanges',
        [
          { label: '$(git-commit) Commit only the note', detail: 'They are unstaged for the commit and staged again right after.', commit: true },
          { label: '$(close) Cancel', detail: 'Nothing is committed; the note stays saved.', commit: false },
        ],
        `${count} already staged: ${others.map((path) => vscode.workspace.asRelativePath(path)).join(', ')}`,
      )
      .then((choice) => choice?.commit === true);
  }

  /** Puts back what was staged before; if that fails, says exactly what to stage again. */
  private async restage(repository: Repository, others: readonly string[]): Promise<void> {
    if (others.length === 0) {
      return;
    }
    try {
      await repository.add([...others]);
    } catch (error) {
      this.log.error(`Restoring the staged files failed: ${String(error)}`);
      void vscode.window.showErrorMessage(
        `Lead Review could not stage these files again after the commit: ${others.map((path) => vscode.workspace.asRelativePath(path)).join(', ')}. Their changes are in your working tree; stage them with git add.`,
      );
    }
  }

  private async push(repository: Repository): Promise<boolean> {
    try {
      await repository.push();
      return true;
    } catch (error) {
      this.log.warn(`git push failed: ${String(error)} ${(error as { stderr?: string }).stderr ?? ''}`);
      void vscode.window.showWarningMessage(describePushError(error));
      return false;
    }
  }

  private offerInit(note: vscode.Uri, init: (root: vscode.Uri) => Promise<Repository | null>): CommitOutcome {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(note);
    const reason = `${workspaceFolder?.name ?? 'This folder'} is not a git repository, so the note was not committed. It is saved.`;
    this.log.warn(reason);
    void this.prompts.warn('initRepository', reason, 'Initialize Repository').then(async (choice) => {
      if (choice && workspaceFolder) {
        await init(workspaceFolder.uri);
        await this.commit(note);
      }
    });
    return { kind: 'notCommitted', reason };
  }

  private refuse(reason: string): CommitOutcome {
    this.log.warn(reason);
    void vscode.window.showWarningMessage(reason);
    return { kind: 'notCommitted', reason };
  }
}

/** Every staged path but the note's, renames counted by both their names. */
function stagedPathsOtherThan(changes: readonly Change[], note: vscode.Uri): string[] {
  const paths = new Set<string>();
  for (const change of changes) {
    for (const uri of [change.uri, change.originalUri, change.renameUri]) {
      if (uri && uri.fsPath !== note.fsPath) {
        paths.add(uri.fsPath);
      }
    }
  }
  return [...paths];
}

async function mergeInProgress(repository: Repository): Promise<boolean> {
  return repository.state.mergeChanges.length > 0 || (await exists(vscode.Uri.joinPath(repository.rootUri, '.git', 'MERGE_HEAD')));
}

async function messageValues(note: vscode.Uri) {
  const file = vscode.workspace.asRelativePath(note);
  const parsed = parseReflection(new TextDecoder().decode(await vscode.workspace.fs.readFile(note)));
  if (!parsed.ok) {
    return { period: note.path.split('/').pop()!.replace(/\.md$/, ''), stance: 'reflection', leading: '?', managing: '?', file };
  }
  const { period, scores } = parsed.reflection;
  return { period, stance: scores.stance, leading: scores.leading, managing: scores.managing, file };
}
