import * as vscode from 'vscode';
import { connectCalendarFeed, type FeedOutcome } from '../features/evidence/connectFeed';
import { customizeQuestionnaire, type CustomizeOutcome } from '../features/questionnaire/customizeQuestionnaire';
import { writeTrendReport } from '../features/report/trendReport';
import { insertChartBlock } from '../features/previewBlocks/insertBlock';
import { givenRange } from '../features/review/reviewChoices';
import { writeReviewPacket, type PacketOutcome } from '../features/review/reviewPacket';
import { COMMANDS } from '../platform/commandIds';
import type { DraftStore } from '../platform/storage/draftStore';
import type { Features } from './features';
import type { OutcomeMessages } from './outcomeMessages';
import { QUESTIONNAIRE_VIEW_ID } from './sidebar/questionnaireView';

/**
 * The palette's commands. Each calls one feature, shows what it returns, and returns it too, so
 * a caller (a test, another extension) can act on it.
 */
export function registerCommands(features: Features, outcomes: OutcomeMessages): vscode.Disposable[] {
  const { writer, opener, commits, drafts, privateTextReader, locator, extensionUri } = features;
  return [
    vscode.commands.registerCommand(COMMANDS.openQuestionnaire, () => vscode.commands.executeCommand(`${QUESTIONNAIRE_VIEW_ID}.focus`)),
    vscode.commands.registerCommand(COMMANDS.writeReflection, async () => {
      const outcome = await writer.write();
      outcomes.showWrite(outcome);
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.openLatestReflection, async () => {
      const outcome = await opener.openLatest();
      outcomes.showOpen(outcome);
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.discardDraft, () => discardDraft(drafts)),
    // From the Explorer or an editor title the note comes as an argument; from the palette, none does.
    vscode.commands.registerCommand(COMMANDS.commitReflection, async (named?: unknown) => {
      const outcome = await commits.commit(named instanceof vscode.Uri ? named : undefined);
      outcomes.showCommit(outcome);
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.customizeQuestionnaire, async () => showCustomized(await customizeQuestionnaire(locator, extensionUri), outcomes)),
    vscode.commands.registerCommand(COMMANDS.readPrivateText, async (named?: unknown) => {
      const outcome = await privateTextReader.readCommand(named instanceof vscode.Uri ? named : undefined);
      if (outcome.kind === 'notRead') {
        outcomes.show({ message: outcome.reason });
      }
      return outcome;
    }),
    // An address passed in is checked as one typed would be; it never appears in a message.
    vscode.commands.registerCommand(COMMANDS.connectCalendarFeed, async (given?: unknown) => showFeed(await connectCalendarFeed(features.calendars, features.prompts, typeof given === 'string' ? given : undefined), outcomes)),
    // A range passed in (`{ from, to }`, by a task or a test) is used instead of asking.
    vscode.commands.registerCommand(COMMANDS.writeReviewPacket, async (range?: unknown) => showPacket(await writeReviewPacket(features, givenRange(range)), outcomes)),
    vscode.commands.registerCommand(COMMANDS.insertChartBlock, async () => {
      const outcome = await insertChartBlock();
      if (outcome.kind === 'notInserted') {
        outcomes.show({ message: outcome.reason });
      }
      return outcome;
    }),
    // Returns the report's URI, or `undefined` when none was written.
    vscode.commands.registerCommand(COMMANDS.writeTrendReport, async () => {
      const outcome = await writeTrendReport(features);
      if (outcome.kind === 'notWritten') {
        outcomes.show(outcome.notice);
        return undefined;
      }
      if (outcome.kind === 'written') {
        await vscode.window.showTextDocument(outcome.uri);
        return outcome.uri;
      }
      return undefined;
    }),
  ];
}

async function showCustomized(outcome: CustomizeOutcome, outcomes: OutcomeMessages): Promise<CustomizeOutcome> {
  switch (outcome.kind) {
    case 'created':
      await vscode.window.showTextDocument(outcome.uri);
      break;
    case 'exists':
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists. Lead Review never overwrites it; it is open for editing.', vscode.workspace.asRelativePath(outcome.uri)));
      await vscode.window.showTextDocument(outcome.uri);
      break;
    case 'notCreated':
      if (outcome.notice) {
        outcomes.show(outcome.notice);
      }
      break;
  }
  return outcome;
}

async function showPacket(outcome: PacketOutcome, outcomes: OutcomeMessages): Promise<PacketOutcome> {
  if (outcome.kind === 'notWritten') {
    outcomes.show(outcome.notice);
  } else if (outcome.kind === 'written') {
    await vscode.window.showTextDocument(outcome.uri);
    const html = outcome.html;
    if (!html) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Review packet written. Its print version, which would hold the same private text, was not: git would commit it. Add "*.private.*" to .gitignore to get one.'));
      return outcome;
    }
    // A browser or a remote window cannot open this machine's file: the explorer downloads it instead.
    const away = vscode.env.remoteName !== undefined || vscode.env.uiKind === vscode.UIKind.Web;
    const action = away ? vscode.l10n.t('Download the print version') : vscode.l10n.t('Open the print version');
    void vscode.window.showInformationMessage(vscode.l10n.t('Review packet written. Its print version is {0}.', vscode.workspace.asRelativePath(html)), action).then(async (choice) => {
      if (choice !== action) {
        return;
      }
      if (away) {
        await vscode.commands.executeCommand('revealInExplorer', html);
        await vscode.commands.executeCommand('explorer.download');
      } else {
        await vscode.env.openExternal(html);
      }
    });
  }
  return outcome;
}

function showFeed(outcome: FeedOutcome, outcomes: OutcomeMessages): FeedOutcome {
  switch (outcome.kind) {
    case 'connected':
      void vscode.window.showInformationMessage(vscode.l10n.t("Calendar feed connected. Its address is in VS Code's secret storage; a copy of the calendar, with event titles, is cached on this machine."));
      break;
    case 'disconnected':
      void vscode.window.showInformationMessage(vscode.l10n.t('Calendar feed disconnected; its cached copy is deleted.'));
      break;
    case 'notConnected':
      outcomes.show({ message: outcome.reason });
      break;
  }
  return outcome;
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
