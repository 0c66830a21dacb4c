import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { noFolderMessage, type Located } from './location/noteLocation';

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

/** The action that takes the person back to the form. */
export function openQuestionnaireAction(): NonNullable<Notice['action']> {
  return { title: vscode.l10n.t('Open Questionnaire'), command: COMMANDS.openQuestionnaire };
}
