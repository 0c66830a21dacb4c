import * as vscode from 'vscode';
import { registerCommands } from './commands';
import type { Draft } from './core/draft';
import type { Questionnaire } from './core/questionnaire';
import { ReflectionCommitter } from './git/commitReflection';
import { HistoryStore, type LoadedHistory } from './history/historyStore';
import { Prompts, type PromptId } from './prompts';
import { QuestionnaireSource } from './questionnaire/questionnaireSource';
import { Reflections } from './reflections';
import { ReminderStatus } from './reminderStatus';
import type { WebviewMessage } from './shared/protocol';
import { QUESTIONNAIRE_VIEW_ID, QuestionnaireViewProvider } from './sidebar/questionnaireView';
import { DraftStore } from './storage/draftStore';

/** What `activate` returns. Tests use it to seed and read the draft and to see prompts appear. */
export interface LeadReviewApi {
  readonly drafts: { get(): Draft; replace(draft: Draft): Promise<void> };
  readonly history: { refresh(): Promise<LoadedHistory | undefined>; readonly onDidChange: vscode.Event<LoadedHistory | undefined> };
  readonly questionnaire: { current(): Questionnaire; notice(): string | null; reload(): Promise<void> };
  /** The reminder's status-bar text, or `undefined` while it is hidden. */
  reminderText(): string | undefined;
  readonly onDidShowPrompt: vscode.Event<PromptId>;
  readonly onDidReceiveWebviewMessage: vscode.Event<WebviewMessage>;
}

export function activate(context: vscode.ExtensionContext): LeadReviewApi {
  const { workspaceState } = context;
  const log = vscode.window.createOutputChannel('Lead Review', { log: true });
  const prompts = new Prompts();
  const questionnaires = new QuestionnaireSource(workspaceState, prompts, log);
  const drafts = new DraftStore(workspaceState, questionnaires);
  const history = new HistoryStore(workspaceState, prompts, log);
  const committer = new ReflectionCommitter(prompts, log);
  const reflections = new Reflections(workspaceState, drafts, questionnaires, prompts, history, committer, log);
  const view = new QuestionnaireViewProvider(context.extensionUri, questionnaires, drafts, reflections, history, log);
  const reminder = new ReminderStatus(history);
  context.subscriptions.push(
    log,
    prompts,
    questionnaires,
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
    ...registerCommands({ reflections, drafts, history, prompts, questionnaires, workspaceState }),
  );
  // Reading files can take a while in a big repo; it must never hold up activation.
  const afterActivation = setTimeout(() => {
    void questionnaires.reload();
    void history.refresh();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(afterActivation) });
  return {
    drafts: { get: () => drafts.get(), replace: (draft) => drafts.replace(draft) },
    history: { refresh: () => history.refresh(), onDidChange: history.onDidChange },
    questionnaire: { current: () => questionnaires.current, notice: () => questionnaires.notice, reload: () => questionnaires.reload() },
    reminderText: () => reminder.shownText,
    onDidShowPrompt: prompts.onDidShow,
    onDidReceiveWebviewMessage: view.onDidReceiveMessage,
  };
}

export function deactivate(): void {}
