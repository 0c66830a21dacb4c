import * as vscode from 'vscode';
import { renderCommitMessage } from '../../core/util/commitMessage';
import type { ParsedReflection } from '../../core/note/parseReflection';
import { isPrivateSidecarName } from '../../core/private/privateText';
import type { NoteLocation } from '../../platform/location/noteLocation';
import type { Asker } from '../../platform/asker';
import { accessGit, describeGitError, describeOperation, describePushError, unknownIdentity } from '../../platform/git/gitAccess';
import type { Change, Repository } from '../../platform/git/gitTypes';
import { findNoteRepository, operationInProgress } from '../../platform/git/noteRepository';
import { fileNameOf } from '../../platform/storage/files';
import type { GitIdentity } from '../../platform/git/gitIdentity';

export type CommitOutcome =
  /** `pushed` is `null` when no push was asked for; `warnings` are what went wrong after the commit. */
  | { readonly kind: 'committed'; readonly note: vscode.Uri; readonly message: string; readonly pushed: boolean | null; readonly warnings: readonly string[] }
  /** Nothing was committed; `reason` is one plain sentence. The note is still on disk. `initAt`: where a repository could start. */
  | {
      readonly kind: 'notCommitted';
      readonly note: vscode.Uri | null;
      readonly reason: string;
      readonly initAt?: vscode.Uri;
      /** The one thing that helps, such as opening the Source Control view. */
      readonly action?: { readonly title: string; readonly command: string };
    }
  | { readonly kind: 'cancelled' };

/** Asks git, with the binary VS Code's Git runs, who would commit in the repository at `root`. */
export type AskIdentity = (gitPath: string, root: string) => Promise<GitIdentity>;

/**
 * Commits one note, in the repository that holds it, and nothing else. Other staged files are set
 * aside for the commit and staged again afterwards; nothing is ever committed with `all`, staged
 * wholesale or force-pushed. It never throws: every failure is an outcome with its cause.
 */
export class ReflectionCommitter {
  /**
   * `readNote` reads a note as the host does; the git chunk carries no note parser of its own.
   * `askIdentity` is `null` where git cannot be run directly (the web worker host).
   */
  constructor(
    private readonly prompts: Asker,
    private readonly log: vscode.LogOutputChannel,
    private readonly readNote: (note: vscode.Uri) => Promise<ParsedReflection>,
    private readonly askIdentity: AskIdentity | null,
  ) {}

  async commit(note: vscode.Uri, location: NoteLocation): Promise<CommitOutcome> {
    try {
      return await this.tryCommit(note, location);
    } catch (error) {
      this.log.error(`Committing ${note.fsPath} failed: ${String(error)} ${(error as { stderr?: string }).stderr ?? ''}`);
      return this.refuse(note, describeGitError(error));
    }
  }

  /** "Initialize Repository": a new repository in the note's own folder, then the commit. */
  async initAndCommit(root: vscode.Uri, note: vscode.Uri, location: NoteLocation): Promise<CommitOutcome> {
    const git = await accessGit();
    if (!git.ok) {
      return this.refuse(note, git.reason);
    }
    try {
      await git.api.init(root);
    } catch (error) {
      return this.refuse(note, describeGitError(error));
    }
    return this.commit(note, location);
  }

  private async tryCommit(note: vscode.Uri, location: NoteLocation): Promise<CommitOutcome> {
    const git = await accessGit();
    if (!git.ok) {
      return this.refuse(note, git.reason);
    }
    const found = await findNoteRepository(git.api, note);
    if (found.kind === 'none') {
      const reason = vscode.l10n.t('No git repository holds {0}, so it was not committed. It is saved.', vscode.workspace.asRelativePath(note));
      return { kind: 'notCommitted', note, reason, initAt: found.initAt };
    }
    if (found.kind === 'unopened') {
      return this.refuse(note, found.reason);
    }
    const { repository } = found;
    await repository.status();
    const operation = await operationInProgress(repository);
    if (operation) {
      return this.refuse(note, describeOperation(operation));
    }
    // Git would refuse later, after staging, and before reading the message VS Code's Git pipes to it.
    if ((await this.askIdentity?.(git.api.git.path, repository.rootUri.fsPath)) === 'unknown') {
      return this.refuse(note, unknownIdentity());
    }
    const others = stagedPathsOtherThan(repository.state.indexChanges, note);
    const stagedSidecars = others.filter((path) => isPrivateSidecarName(fileNameOf(vscode.Uri.file(path))));
    if (stagedSidecars.length > 0) {
      return this.refuse(
        note,
        vscode.l10n.t(
          '{0} holds private text and is staged, so Lead Review commits nothing until it is unstaged (git restore --staged <file>). Your note is saved.',
          stagedSidecars.map((path) => vscode.workspace.asRelativePath(path)).join(', '),
        ),
      );
    }
    const detachedAt = detachedHeadOf(repository);
    if (detachedAt !== null && !(await this.confirmDetached(detachedAt))) {
      return { kind: 'cancelled' };
    }
    const unstaged = new Set(repository.state.workingTreeChanges.map((change) => change.uri.fsPath));
    const mixed = others.filter((path) => unstaged.has(path));
    if (mixed.length > 0) {
      return this.refuse(
        note,
        vscode.l10n.t(
          '{0}: both staged and unstaged changes, which Lead Review cannot set aside without changing what is staged. Commit or stash them, then commit the note. Your note is saved.',
          mixed.map((path) => vscode.workspace.asRelativePath(path)).join(', '),
        ),
      );
    }
    if (others.length > 0 && !(await this.confirmSetAside(others))) {
      return { kind: 'cancelled' };
    }
    const message = renderCommitMessage(location.settings['git.commitMessage'], await messageValues(note, await this.readNote(note)));
    const warnings: string[] = [];
    try {
      if (others.length > 0) {
        await repository.revert(others);
      }
      await repository.add([note.fsPath]);
      await repository.status();
      if (!repository.state.indexChanges.some((change) => change.uri.fsPath === note.fsPath)) {
        return this.refuse(note, vscode.l10n.t('{0} has no changes to commit: it is already committed.', vscode.workspace.asRelativePath(note)));
      }
      await repository.commit(message);
    } catch (error) {
      this.log.error(`git commit failed: ${String(error)} ${(error as { stderr?: string }).stderr ?? ''}`);
      return this.refuse(note, describeGitError(error));
    } finally {
      const restageProblem = await this.restage(repository, others);
      if (restageProblem) {
        warnings.push(restageProblem);
      }
    }
    this.log.info(`Committed ${note.fsPath} in ${repository.rootUri.fsPath}: ${message}`);
    if (detachedAt !== null) {
      warnings.push(vscode.l10n.t('The commit is on a detached HEAD and belongs to no branch. Create a branch for it (git switch -c <name>) before you check out another one, or it is only in the reflog.'));
    }
    const pushProblem = location.settings['git.pushAfterCommit'] ? await this.push(repository) : undefined;
    if (pushProblem) {
      warnings.push(pushProblem);
    }
    const pushed = location.settings['git.pushAfterCommit'] ? pushProblem === null : null;
    return { kind: 'committed', note, message, pushed, warnings };
  }

  private confirmSetAside(others: readonly string[]): Promise<boolean> {
    return this.prompts
      .pick(
        'stagedChanges',
        [
          { label: `$(git-commit) ${vscode.l10n.t('Commit only the note')}`, detail: vscode.l10n.t('They are unstaged for the commit and staged again right after.'), commit: true },
          { label: `$(close) ${vscode.l10n.t('Cancel')}`, detail: vscode.l10n.t('Nothing is committed; the note stays saved.'), commit: false },
        ],
        others.length === 1
          ? vscode.l10n.t('Another file is already staged: {0}', others.map((path) => vscode.workspace.asRelativePath(path)).join(', '))
          : vscode.l10n.t('{0} other files are already staged: {1}', others.length, others.map((path) => vscode.workspace.asRelativePath(path)).join(', ')),
      )
      .then((choice) => choice?.commit === true);
  }

  private confirmDetached(commit: string): Promise<boolean> {
    return this.prompts
      .pick(
        'detachedHead',
        [
          { label: `$(git-commit) ${vscode.l10n.t('Commit here')}`, detail: vscode.l10n.t('The commit follows {0} and belongs to no branch until you create one.', commit), commit: true },
          { label: `$(close) ${vscode.l10n.t('Cancel')}`, detail: vscode.l10n.t('Nothing is committed; the note stays saved. Check out a branch, then commit again.'), commit: false },
        ],
        vscode.l10n.t("The note's repository is on a detached HEAD at {0}, not on a branch", commit),
      )
      .then((choice) => choice?.commit === true);
  }

  /** Puts back what was staged before; if that fails, says which files were left unstaged. */
  private async restage(repository: Repository, others: readonly string[]): Promise<string | undefined> {
    if (others.length === 0) {
      return undefined;
    }
    try {
      await repository.add([...others]);
      return undefined;
    } catch (error) {
      this.log.error(`Restoring the staged files failed: ${String(error)}`);
      return vscode.l10n.t(
        'Lead Review could not stage these files again after the commit: {0}. Their changes are still in your working tree, unstaged.',
        others.map((path) => vscode.workspace.asRelativePath(path)).join(', '),
      );
    }
  }

  /** `null` when the push went through, otherwise why it did not. */
  private async push(repository: Repository): Promise<string | null> {
    try {
      await repository.push();
      return null;
    } catch (error) {
      this.log.warn(`git push failed: ${String(error)} ${(error as { stderr?: string }).stderr ?? ''}`);
      return describePushError(error);
    }
  }

  /** The outcome layer shows and logs the reason; the log here keeps only git's own detail. */
  private refuse(note: vscode.Uri | null, reason: string): CommitOutcome {
    return { kind: 'notCommitted', note, reason };
  }
}

/** The short commit HEAD is detached at, or `null` on a branch (or in a repository with no commit yet). */
function detachedHeadOf(repository: Repository): string | null {
  const head = repository.state.HEAD;
  return head && head.name === undefined && head.commit ? head.commit.slice(0, 7) : null;
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

function messageValues(note: vscode.Uri, parsed: ParsedReflection) {
  const file = vscode.workspace.asRelativePath(note, false);
  if (!parsed.ok) {
    return { period: fileNameOf(note).replace(/\.md$/, ''), stance: 'reflection', leading: '?', managing: '?', file };
  }
  const { period, scores } = parsed.reflection;
  return { period, stance: scores.stance, leading: scores.leading, managing: scores.managing, file };
}
