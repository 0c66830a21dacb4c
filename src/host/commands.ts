import * as vscode from 'vscode';
import type { HistoryStore } from '../features/history/historyStore';
import type { NoteLocator } from '../platform/location/noteLocation';
import type { OutcomeMessages } from './outcomeMessages';
import type { Chunks } from '../platform/chunks/chunks';
import type { PrivateTextReader } from '../features/privateText/readPrivateText';
import type { Prompts } from './prompts';
import { customizeQuestionnaire } from '../features/questionnaire/customizeQuestionnaire';
import type { QuestionnaireSource } from '../features/questionnaire/questionnaireSource';
import type { Reflections } from '../features/write/reflections';
import { QUESTIONNAIRE_VIEW_ID } from './sidebar/questionnaireView';
import type { DraftStore } from '../platform/storage/draftStore';
import { writeTrendReport } from '../features/report/trendReport';

/** Keep in sync with `contributes.commands` in package.json. */
export const COMMANDS = {
  openQuestionnaire: 'leadReview.openQuestionnaire',
  writeReflection: 'leadReview.writeReflection',
  openLatestReflection: 'leadReview.openLatestReflection',
  discardDraft: 'leadReview.discardDraft',
  writeTrendReport: 'leadReview.writeTrendReport',
  commitReflection: 'leadReview.commitReflection',
  customizeQuestionnaire: 'leadReview.customizeQuestionnaire',
  readPrivateText: 'leadReview.readPrivateText',
} as const;

export interface CommandDeps {
  readonly reflections: Reflections;
  readonly outcomes: OutcomeMessages;
  readonly drafts: DraftStore;
  readonly history: HistoryStore;
  readonly prompts: Prompts;
  readonly questionnaires: QuestionnaireSource;
  readonly locator: NoteLocator;
  readonly privateTextReader: PrivateTextReader;
  readonly chunks: Chunks;
  readonly extensionUri: vscode.Uri;
}

/** Every command returns its outcome, so a caller (the sidebar, a test, another extension) can act on it. */
export function registerCommands({ reflections, outcomes, drafts, history, prompts, questionnaires, locator, privateTextReader, chunks, extensionUri }: CommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.openQuestionnaire, () =>
      vscode.commands.executeCommand(`${QUESTIONNAIRE_VIEW_ID}.focus`),
    ),
    vscode.commands.registerCommand(COMMANDS.writeReflection, async () => {
      const outcome = await reflections.write();
      outcomes.reportWrite(outcome);
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.openLatestReflection, async () => {
      const outcome = await reflections.openLatest();
      outcomes.reportOpen(outcome);
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.discardDraft, () => discardDraft(drafts)),
    // From the Explorer or an editor title the note comes as an argument; from the palette, none does.
    vscode.commands.registerCommand(COMMANDS.commitReflection, async (named?: unknown) => {
      const outcome = await reflections.commit(named instanceof vscode.Uri ? named : undefined);
      outcomes.reportCommit(outcome);
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.customizeQuestionnaire, () => customizeQuestionnaire(locator, outcomes, extensionUri)),
    vscode.commands.registerCommand(COMMANDS.readPrivateText, async (named?: unknown) => {
      const outcome = await privateTextReader.readCommand(named instanceof vscode.Uri ? named : undefined);
      if (outcome.kind === 'notRead') {
        outcomes.show({ message: outcome.reason });
      }
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.writeTrendReport, () => writeTrendReport(history, prompts, questionnaires, outcomes, chunks)),
  ];
}

async function discardDraft(drafts: DraftStore): Promise<boolean> {
  const discard = vscode.l10n.t('Discard Draft');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Discard every answer in the current Lead Review draft?'),
    { modal: true, detail: vscode.l10n.t('Notes you already wrote are not touched.') },
    discard,
  );
  if (choice !== discard) {
    return false;
  }
  await drafts.discard();
  return true;
}
