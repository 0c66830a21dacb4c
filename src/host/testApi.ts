import type * as vscode from 'vscode';
import type { Draft } from '../core/note/draft';
import type { DraftPrivacy } from '../core/note/draftAtRest';
import type { Questionnaire } from '../core/questionnaire/questionnaire';
import type { LoadedHistory } from '../features/history/historyStore';
import type { ReminderStatus } from '../features/reminder/reminderStatus';
import type { PromptId } from '../platform/asker';
import type { EvidenceView, HostMessage, WebviewMessage } from '../shared/protocol';
import type { Features } from './features';
import type { QuestionnaireViewProvider } from './sidebar/questionnaireView';

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
  readonly evidence: {
    /** Gathers this period's evidence again, as a changed setting or calendar does, and gives what the form is sent. */
    refresh(): Promise<EvidenceView>;
    /** What the form is shown now, gathered only if nothing is yet or the period has turned. */
    current(): Promise<EvidenceView>;
    /** The extension's global storage folder, where a feed's cached copy rests. */
    readonly feedCache: vscode.Uri;
  };
  /** Chooses a passphrase as the passphrase prompt would, so tests can write encrypted notes. */
  usePassphrase(passphrase: string): Promise<void>;
  /** Forgets this machine's keys (the current one and those of `salts`), as a second machine starts. */
  forgetKeys(salts: readonly string[]): Promise<void>;
  readonly onDidShowPrompt: vscode.Event<PromptId>;
  readonly onDidReceiveWebviewMessage: vscode.Event<WebviewMessage>;
  readonly onDidPostWebviewMessage: vscode.Event<HostMessage>;
}

/** The test API over the window's features; `activate` returns it in test mode only. */
export function testApi(features: Features, view: QuestionnaireViewProvider, reminder: ReminderStatus, startupWork: Promise<void>): LeadReviewTestApi {
  const { drafts, history, questionnaires, privateText, prompts, evidence, calendars } = features;
  return {
    drafts: {
      get: () => drafts.get(),
      replace: (draft) => drafts.replace(draft),
      discard: () => drafts.discard(),
      restore: () => drafts.restore(),
      stored: () => drafts.stored,
      privacy: () => drafts.privacy,
      storageFolder: drafts.storageFolder,
    },
    history: { refresh: () => history.refresh(), onDidChange: history.onDidChange },
    questionnaire: { current: () => questionnaires.current, notice: () => questionnaires.notice, reload: () => questionnaires.reload() },
    reminderText: () => reminder.shownText,
    sidebarVisible: () => view.visible,
    startupWork: () => startupWork,
    evidence: { refresh: async () => (await evidence.refresh()).view, current: () => evidence.current(), feedCache: calendars.cacheFolder },
    usePassphrase: (passphrase) => privateText.useNewPassphrase(passphrase),
    forgetKeys: (salts) => privateText.forgetKeys(salts),
    onDidShowPrompt: prompts.onDidShow,
    onDidReceiveWebviewMessage: view.onDidReceiveMessage,
    onDidPostWebviewMessage: view.onDidPostMessage,
  };
}
