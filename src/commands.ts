import * as vscode from 'vscode';
import { emptyDraft } from './core/draft';
import type { Reflections } from './reflections';
import { QUESTIONNAIRE_VIEW_ID } from './sidebar/questionnaireView';
import type { DraftStore } from './storage/draftStore';

/** Keep in sync with `contributes.commands` in package.json. */
export const COMMANDS = {
  openQuestionnaire: 'leadReview.openQuestionnaire',
  writeReflection: 'leadReview.writeReflection',
  openLatestReflection: 'leadReview.openLatestReflection',
  discardDraft: 'leadReview.discardDraft',
} as const;

export function registerCommands(reflections: Reflections, drafts: DraftStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.openQuestionnaire, () =>
      vscode.commands.executeCommand(`${QUESTIONNAIRE_VIEW_ID}.focus`),
    ),
    vscode.commands.registerCommand(COMMANDS.writeReflection, () => reflections.write()),
    vscode.commands.registerCommand(COMMANDS.openLatestReflection, () => reflections.openLatest()),
    vscode.commands.registerCommand(COMMANDS.discardDraft, () => discardDraft(drafts)),
  ];
}

async function discardDraft(drafts: DraftStore): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(
    'Discard every answer in the current Lead Review draft?',
    { modal: true, detail: 'Notes you already wrote are not touched.' },
    'Discard Draft',
  );
  if (choice !== 'Discard Draft') {
    return false;
  }
  await drafts.replace(emptyDraft());
  return true;
}
