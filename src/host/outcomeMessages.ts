import * as vscode from 'vscode';
import type { CommitOutcome } from '../features/commit/commitReflection';
import type { NoteCommits } from '../features/commit/commitNote';
import type { OpenOutcome } from '../features/write/openNotes';
import type { WriteOutcome } from '../features/write/writeReflection';
import type { Asker } from '../platform/asker';
import { COMMANDS } from '../platform/commandIds';
import type { Notice } from '../platform/notice';

/**
 * The only place outcomes become notifications. Actions return outcomes to whoever asked (a
 * command, the sidebar); that caller hands them here to be shown.
 */
export class OutcomeMessages {
  constructor(
    private readonly commits: NoteCommits,
    private readonly prompts: Asker,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  showWrite(outcome: WriteOutcome): void {
    switch (outcome.kind) {
      case 'written': {
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(vscode.l10n.t('Saved your reflection for {0} to {1}.', outcome.note.period, outcome.note.relativePath), open).then((choice) => {
          if (choice === open) {
            void vscode.window.showTextDocument(outcome.uri);
          }
        });
        if (outcome.commit) {
          this.showCommit(outcome.commit);
        }
        break;
      }
      case 'notWritten':
        this.show(outcome.notice);
        if (outcome.missing.length > 0) {
          void vscode.commands.executeCommand(COMMANDS.openQuestionnaire);
        }
        break;
      case 'openedExisting':
      case 'cancelled':
        break;
    }
  }

  showCommit(outcome: CommitOutcome): void {
    switch (outcome.kind) {
      case 'committed':
        if (outcome.pushed !== false) {
          void vscode.window.showInformationMessage(
            outcome.pushed
              ? vscode.l10n.t('Committed {0} and pushed it: {1}', vscode.workspace.asRelativePath(outcome.note), outcome.message)
              : vscode.l10n.t('Committed {0}: {1}', vscode.workspace.asRelativePath(outcome.note), outcome.message),
          );
        }
        outcome.warnings.forEach((warning) => void vscode.window.showWarningMessage(warning));
        break;
      case 'notCommitted':
        if (outcome.initAt && outcome.note) {
          this.offerInit(outcome.reason, outcome.initAt, outcome.note);
        } else {
          this.show({ message: outcome.reason, action: outcome.action });
        }
        break;
      case 'cancelled':
        break;
    }
  }

  showOpen(outcome: OpenOutcome): void {
    if (outcome.kind === 'notOpened' && outcome.notice) {
      this.show(outcome.notice);
    }
  }

  show(notice: Notice): void {
    this.log.warn(notice.message);
    const { action } = notice;
    const shown = action ? vscode.window.showWarningMessage(notice.message, action.title) : vscode.window.showWarningMessage(notice.message);
    void shown.then((choice) => {
      if (choice !== undefined && action) {
        void vscode.commands.executeCommand(action.command, ...(action.args ?? []));
      }
    });
  }

  private offerInit(reason: string, root: vscode.Uri, note: vscode.Uri): void {
    const where = vscode.workspace.asRelativePath(root, false);
    this.log.warn(reason);
    void this.prompts.warn('initRepository', vscode.l10n.t('{0} Initialize a repository in {1}?', reason, where), vscode.l10n.t('Initialize Repository')).then(async (choice) => {
      if (choice) {
        this.showCommit(await this.commits.initAndCommit(root, note));
      }
    });
  }
}
