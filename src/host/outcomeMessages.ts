import * as vscode from 'vscode';
import type { CommitOutcome } from '../features/commit/commitReflection';
import { noFolderMessage, type Located } from '../platform/location/noteLocation';
import type { Prompts } from './prompts';
import type { OpenOutcome, Reflections, WriteOutcome } from '../features/write/reflections';

/** A message for the person, with the one action that helps, if there is one. */
export interface Notice {
  readonly message: string;
  readonly action?: { readonly title: string; readonly command: string; readonly args?: readonly unknown[] };
}

/** Why an action found no place for notes, and the one thing that helps. */
export function locationNotice(located: Exclude<Located, { kind: 'found' } | { kind: 'cancelled' }>): Notice {
  return located.kind === 'noFolder'
    ? { message: noFolderMessage(), action: { title: vscode.l10n.t('Open Folder'), command: 'workbench.action.files.openFolder' } }
    : { message: located.message, action: { title: vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', args: ['leadReview.folder'] } };
}

export type ReportedOutcome = { readonly action: 'write'; readonly outcome: WriteOutcome } | { readonly action: 'commit'; readonly outcome: CommitOutcome };

/**
 * The only UI of writing and committing: outcomes become notifications here, and the sidebar
 * follows `onDidReport`. The actions themselves only return outcomes.
 */
export class OutcomeMessages implements vscode.Disposable {
  private readonly reported = new vscode.EventEmitter<ReportedOutcome>();
  readonly onDidReport = this.reported.event;

  constructor(
    private readonly reflections: Reflections,
    private readonly prompts: Prompts,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  reportWrite(outcome: WriteOutcome): void {
    switch (outcome.kind) {
      case 'written': {
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(vscode.l10n.t('Saved your reflection for {0} to {1}.', outcome.note.period, outcome.note.relativePath), open).then((choice) => {
          if (choice === open) {
            void vscode.window.showTextDocument(outcome.uri);
          }
        });
        break;
      }
      case 'notWritten':
        this.show(outcome.notice);
        if (outcome.missing.length > 0) {
          void vscode.commands.executeCommand('leadReview.openQuestionnaire');
        }
        break;
      case 'openedExisting':
      case 'cancelled':
        break;
    }
    this.reported.fire({ action: 'write', outcome });
    if (outcome.kind === 'written' && outcome.commit) {
      this.reportCommit(outcome.commit);
    }
  }

  reportCommit(outcome: CommitOutcome): void {
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
    this.reported.fire({ action: 'commit', outcome });
  }

  reportOpen(outcome: OpenOutcome): void {
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
        this.reportCommit(await this.reflections.initAndCommit(root, note));
      }
    });
  }

  dispose(): void {
    this.reported.dispose();
  }
}
