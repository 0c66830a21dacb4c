import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { DEFAULT_QUESTIONNAIRE } from './core/defaultQuestionnaire';
import type { Draft } from './core/draft';
import { ReflectionCommitter } from './git/commitReflection';
import { HistoryStore, type LoadedHistory } from './history/historyStore';
import { Prompts, type PromptId } from './prompts';
import { Reflections } from './reflections';
import { ReminderStatus } from './reminderStatus';
import type { WebviewMessage } from './shared/protocol';
import { QUESTIONNAIRE_VIEW_ID, QuestionnaireViewProvider } from './sidebar/questionnaireView';
import { DraftStore } from './storage/draftStore';

/** What `activate` returns. Tests use it to seed and read the draft and to see prompts appear. */
export interface LeadReviewApi {
  readonly drafts: { get(): Draft; replace(draft: Draft): Promise<void> };
  readonly history: { refresh(): Promise<LoadedHistory | undefined>; readonly onDidChange: vscode.Event<LoadedHistory | undefined> };
  /** The reminder's status-bar text, or `undefined` while it is hidden. */
  reminderText(): string | undefined;
  readonly onDidShowPrompt: vscode.Event<PromptId>;
  readonly onDidReceiveWebviewMessage: vscode.Event<WebviewMessage>;
}

export function activate(context: vscode.ExtensionContext): LeadReviewApi {
  const questionnaire = DEFAULT_QUESTIONNAIRE;
  const log = vscode.window.createOutputChannel('Lead Review', { log: true });
  const prompts = new Prompts();
  const drafts = new DraftStore(context.workspaceState, questionnaire, log);
  const history = new HistoryStore(context.workspaceState, prompts, log);
  const committer = new ReflectionCommitter(prompts, log);
  const reflections = new Reflections(context.workspaceState, drafts, questionnaire, prompts, history, committer, log);
  const view = new QuestionnaireViewProvider(context.extensionUri, questionnaire, drafts, reflections, history, log);
  const reminder = new ReminderStatus(history);
  context.subscriptions.push(
    log,
    prompts,
    drafts,
    history,
    reflections,
    view,
    reminder,
    vscode.window.registerWebviewViewProvider(QUESTIONNAIRE_VIEW_ID, view),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('leadReview.folder')) {
        history.scheduleRefresh();
      }
    }),
    ...registerCommands({ reflections, drafts, history, prompts, questionnaire }),
  );
  // Reading the notes can take a while in a big repo; it must never hold up activation.
  setTimeout(() => void history.refresh(), 0);
  return {
    drafts: { get: () => drafts.get(), replace: (draft) => drafts.replace(draft) },
    history: { refresh: () => history.refresh(), onDidChange: history.onDidChange },
    reminderText: () => reminder.shownText,
    onDidShowPrompt: prompts.onDidShow,
    onDidReceiveWebviewMessage: view.onDidReceiveMessage,
  };
}

export function deactivate(): void {}
