import * as vscode from 'vscode';
import type { Chunks } from '../platform/chunks/chunks';
import { registerCommands } from './commands';
import type { Draft } from '../core/note/draft';
import type { DraftPrivacy } from '../core/note/draftAtRest';
import type { Questionnaire } from '../core/questionnaire/questionnaire';
import { Committer } from '../features/commit/committer';
import { HistoryStore, type LoadedHistory } from '../features/history/historyStore';
import { NoteLocator } from '../platform/location/noteLocation';
import { OutcomeMessages } from './outcomeMessages';
import { PrivateText } from '../features/privateText/privateText';
import { PrivateTextReader } from '../features/privateText/readPrivateText';
import { Prompts, type PromptId } from './prompts';
import { QuestionnaireSource } from '../features/questionnaire/questionnaireSource';
import { Reflections } from '../features/write/reflections';
import { ReminderStatus } from '../features/reminder/reminderStatus';
import type { HostMessage, WebviewMessage } from '../shared/protocol';
import { QUESTIONNAIRE_VIEW_ID, QuestionnaireViewProvider } from './sidebar/questionnaireView';
import { DraftStore } from '../platform/storage/draftStore';

/**
 * What `activate` returns when the extension runs under test, and only then: the in-editor tests
 * seed and read the draft and see prompts and sidebar messages. Users' extensions get nothing.
 */
export interface LeadReviewTestApi {
  readonly drafts: {
    get(): Draft;
    replace(draft: Draft): Promise<void>;
    /** As Discard Draft does once confirmed. */
    discard(): Promise<void>;
    /** As at start-up: read what is stored, and open sealed text with this machine's key. */
    restore(): Promise<void>;
    /** Exactly what rests in workspaceState, and how the free text rests. */
    stored(): unknown;
    privacy(): DraftPrivacy;
    /** The extension's workspace storage folder, where the draft file is. */
    readonly storageFolder: vscode.Uri | undefined;
  };
  readonly history: { refresh(): Promise<LoadedHistory | undefined>; readonly onDidChange: vscode.Event<LoadedHistory | undefined> };
  readonly questionnaire: { current(): Questionnaire; notice(): string | null; reload(): Promise<void> };
  /** The reminder's status-bar text, or `undefined` while it is hidden. */
  reminderText(): string | undefined;
  /** Whether the sidebar's webview is on screen. */
  sidebarVisible(): boolean;
  /** Settles when the work scheduled right after activation (draft, questionnaire, history) is done. */
  startupWork(): Promise<void>;
  /** Chooses a passphrase as the passphrase prompt would, so tests can write encrypted notes. */
  usePassphrase(passphrase: string): Promise<void>;
  /** Forgets this machine's keys (the current one and those of `salts`), as a second machine starts. */
  forgetKeys(salts: readonly string[]): Promise<void>;
  readonly onDidShowPrompt: vscode.Event<PromptId>;
  readonly onDidReceiveWebviewMessage: vscode.Event<WebviewMessage>;
  readonly onDidPostWebviewMessage: vscode.Event<HostMessage>;
}

/**
 * Everything activation does, for either extension host; the entry points (src/extension.ts for
 * Node, src/web/extension.ts for the web worker) only say how their host loads chunks.
 */
export function activateWith(context: vscode.ExtensionContext, chunks: Chunks): LeadReviewTestApi | undefined {
  const { workspaceState } = context;
  const log = vscode.window.createOutputChannel('Lead Review', { log: true });
  const prompts = new Prompts();
  const locator = new NoteLocator(workspaceState, prompts);
  const questionnaires = new QuestionnaireSource(locator, log, context.extensionUri);
  const history = new HistoryStore(locator, log);
  const committer = new Committer(chunks, prompts, log);
  const privateText = new PrivateText(
    chunks,
    context.secrets,
    prompts,
    (file) => committer.ignoreStatus(file),
    async () => (await locator.currentSettings()).privateText,
  );
  const drafts = new DraftStore(workspaceState, questionnaires, context.storageUri, privateText);
  const reflections = new Reflections(workspaceState, locator, drafts, questionnaires, prompts, history, committer, privateText, log);
  const outcomes = new OutcomeMessages(reflections, prompts, log);
  const privateTextReader = new PrivateTextReader(privateText, history, locator, questionnaires, prompts);
  const view = new QuestionnaireViewProvider(context.extensionUri, questionnaires, drafts, reflections, history, locator, outcomes, privateTextReader, privateText, log);
  const reminder = new ReminderStatus(history);
  context.subscriptions.push(
    log,
    prompts,
    questionnaires,
    drafts,
    history,
    privateText,
    outcomes,
    view,
    privateTextReader,
    reminder,
    // Kept alive while hidden: showing it again then costs no new frames (see README, Speed and size).
    vscode.window.registerWebviewViewProvider(QUESTIONNAIRE_VIEW_ID, view, { webviewOptions: { retainContextWhenHidden: true } }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('leadReview.folder')) {
        history.scheduleRefresh();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => history.scheduleRefresh()),
    ...registerCommands({ reflections, outcomes, drafts, history, prompts, questionnaires, locator, privateTextReader, chunks, extensionUri: context.extensionUri }),
  );
  // Reading files can take a while in a big repo; it must never hold up activation.
  const startupWork = new Promise<void>((resolve) => {
    const afterActivation = setTimeout(
      () => resolve(chunks.prepareYaml().then(() => Promise.all([drafts.restore(), questionnaires.reload(), history.refresh()])).then(() => undefined)),
      0,
    );
    context.subscriptions.push({ dispose: () => clearTimeout(afterActivation) });
  });
  if (context.extensionMode !== vscode.ExtensionMode.Test) {
    return undefined;
  }
  const api: LeadReviewTestApi = {
    drafts: {
      get: () => drafts.get(),
      replace: (draft) => drafts.replace(draft),
      discard: () => drafts.discard(),
      restore: () => drafts.restore(),
      stored: () => drafts.stored,
      privacy: () => drafts.privacy,
      storageFolder: context.storageUri,
    },
    history: { refresh: () => history.refresh(), onDidChange: history.onDidChange },
    questionnaire: { current: () => questionnaires.current, notice: () => questionnaires.notice, reload: () => questionnaires.reload() },
    reminderText: () => reminder.shownText,
    sidebarVisible: () => view.visible,
    startupWork: () => startupWork,
    usePassphrase: (passphrase) => privateText.useNewPassphrase(passphrase),
    forgetKeys: (salts) => privateText.forgetKeys(salts),
    onDidShowPrompt: prompts.onDidShow,
    onDidReceiveWebviewMessage: view.onDidReceiveMessage,
    onDidPostWebviewMessage: view.onDidPostMessage,
  };
  return api;
}
