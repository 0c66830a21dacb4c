import * as vscode from 'vscode';
import { emptyDraft } from './core/draft';
import type { HistoryStore } from './history/historyStore';
import type { Prompts } from './prompts';
import { customizeQuestionnaire } from './questionnaire/customizeQuestionnaire';
import type { QuestionnaireSource } from './questionnaire/questionnaireSource';
import type { Reflections } from './reflections';
import { QUESTIONNAIRE_VIEW_ID } from './sidebar/questionnaireView';
import type { DraftStore } from './storage/draftStore';
import { writeTrendReport } from './trendReport';

/** Keep in sync with `contributes.commands` in package.json. */
export const COMMANDS = {
  openQuestionnaire: 'leadReview.openQuestionnaire',
  writeReflection: 'leadReview.writeReflection',
  openLatestReflection: 'leadReview.openLatestReflection',
  discardDraft: 'leadReview.discardDraft',
  writeTrendReport: 'leadReview.writeTrendReport',
  commitReflection: 'leadReview.commitReflection',
  customizeQuestionnaire: 'leadReview.customizeQuestionnaire',
} as const;

export interface CommandDeps {
  readonly reflections: Reflections;
  readonly drafts: DraftStore;
  readonly history: HistoryStore;
  readonly prompts: Prompts;
  readonly questionnaires: QuestionnaireSource;
  readonly workspaceState: vscode.Memento;
}

export function registerCommands({ reflections, drafts, history, prompts, questionnaires, workspaceState }: CommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.openQuestionnaire, () =>
      vscode.commands.executeCommand(`${QUESTIONNAIRE_VIEW_ID}.focus`),
    ),
    vscode.commands.registerCommand(COMMANDS.writeReflection, () => reflections.write()),
    vscode.commands.registerCommand(COMMANDS.openLatestReflection, () => reflections.openLatest()),
    vscode.commands.registerCommand(COMMANDS.discardDraft, () => discardDraft(drafts)),
    vscode.commands.registerCommand(COMMANDS.commitReflection, () => reflections.commit()),
    vscode.commands.registerCommand(COMMANDS.customizeQuestionnaire, () => customizeQuestionnaire(workspaceState, prompts)),
    vscode.commands.registerCommand(COMMANDS.writeTrendReport, () => writeTrendReport(history, prompts, questionnaires)),
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
