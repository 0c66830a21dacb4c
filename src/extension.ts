import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { DEFAULT_QUESTIONNAIRE } from './core/defaultQuestionnaire';
import type { Draft } from './core/draft';
import { Picker, type PromptId } from './picker';
import { Reflections } from './reflections';
import type { WebviewMessage } from './shared/protocol';
import { QUESTIONNAIRE_VIEW_ID, QuestionnaireViewProvider } from './sidebar/questionnaireView';
import { DraftStore } from './storage/draftStore';

/** What `activate` returns. Tests use it to seed and read the draft and to see prompts appear. */
export interface LeadReviewApi {
  readonly drafts: { get(): Draft; replace(draft: Draft): Promise<void> };
  readonly onDidShowPrompt: vscode.Event<PromptId>;
  readonly onDidReceiveWebviewMessage: vscode.Event<WebviewMessage>;
}

export function activate(context: vscode.ExtensionContext): LeadReviewApi {
  const questionnaire = DEFAULT_QUESTIONNAIRE;
  const log = vscode.window.createOutputChannel('Lead Review', { log: true });
  const picker = new Picker();
  const drafts = new DraftStore(context.workspaceState, questionnaire, log);
  const reflections = new Reflections(context.workspaceState, drafts, questionnaire, picker, log);
  const view = new QuestionnaireViewProvider(context.extensionUri, questionnaire, drafts, reflections, log);
  context.subscriptions.push(
    log,
    picker,
    drafts,
    reflections,
    view,
    vscode.window.registerWebviewViewProvider(QUESTIONNAIRE_VIEW_ID, view),
    ...registerCommands(reflections, drafts),
  );
  return {
    drafts: { get: () => drafts.get(), replace: (draft) => drafts.replace(draft) },
    onDidShowPrompt: picker.onDidShow,
    onDidReceiveWebviewMessage: view.onDidReceiveMessage,
  };
}

export function deactivate(): void {}
