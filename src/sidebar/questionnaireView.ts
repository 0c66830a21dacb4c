import * as vscode from 'vscode';
import { previousEntry, toHistoryPoint } from '../core/history';
import { focusOf } from '../core/reflection';
import type { HistoryStore, LoadedHistory } from '../history/historyStore';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';
import { readSetting } from '../settings';
import type { Reflections } from '../reflections';
import { checkWebviewMessage, type HistoryView, type HostMessage, type WebviewMessage } from '../shared/protocol';
import type { DraftStore } from '../storage/draftStore';
import { renderWebviewHtml } from './webviewHtml';

export const QUESTIONNAIRE_VIEW_ID = 'leadReview.questionnaire';

/** The sidebar form. It holds no state of its own: the draft lives in `DraftStore`. */
export class QuestionnaireViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly received = new vscode.EventEmitter<WebviewMessage>();
  /** Every message that passed validation; tests use it to see the real webview talk. */
  readonly onDidReceiveMessage = this.received.event;
  private readonly subscriptions: vscode.Disposable[] = [this.received];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly questionnaires: QuestionnaireSource,
    private readonly drafts: DraftStore,
    private readonly reflections: Reflections,
    private readonly history: HistoryStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      drafts.onDidReplace((draft) => this.post({ type: 'draft/replaced', draft })),
      history.onDidChange((loaded) => this.post({ type: 'history/updated', history: this.historyView(loaded) })),
      questionnaires.onDidChange(() => this.postInit()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('leadReview.role') || event.affectsConfiguration('leadReview.cadence')) {
          this.postInit();
        }
      }),
      reflections.onDidSettle((outcome) => {
        if (outcome.kind === 'written') {
          this.post({ type: 'reflection/written', note: outcome.note });
        } else if (outcome.kind === 'notWritten') {
          this.post({ type: 'reflection/notWritten', message: outcome.message, missing: outcome.missing });
        }
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = renderWebviewHtml(view.webview, this.extensionUri);
    const listener = view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw));
    view.onDidDispose(() => {
      listener.dispose();
      if (this.view === view) {
        this.view = undefined;
      }
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const checked = checkWebviewMessage(raw, this.questionnaires.current);
    if (!checked.ok) {
      this.log.warn(`Ignored a message from the sidebar: ${checked.error}`);
      return;
    }
    const message = checked.value;
    switch (message.type) {
      case 'webview/ready':
        this.postInit();
        void this.history.get().then((loaded) => this.post({ type: 'history/updated', history: this.historyView(loaded) }));
        break;
      case 'draft/changed':
        await this.drafts.update(message.draft);
        break;
      case 'reflection/write':
        await vscode.commands.executeCommand('leadReview.writeReflection');
        break;
      case 'reflection/openWritten':
        await this.reflections.openWritten();
        break;
      case 'reflection/commitWritten': {
        const outcome = await this.reflections.commit();
        if (outcome.kind !== 'cancelled') {
          this.post({
            type: 'reflection/commitSettled',
            committed: outcome.kind === 'committed',
            message: outcome.kind === 'committed' ? `Committed: ${outcome.message}` : outcome.reason,
          });
        }
        break;
      }
      case 'history/open':
        await this.openPastNote(message.fileName);
        break;
      default:
        assertNever(message);
    }
    this.received.fire(message);
  }

  private postInit(): void {
    this.post({
      type: 'state/init',
      questionnaire: this.questionnaires.current,
      notice: this.questionnaires.notice,
      role: readSetting('role'),
      draft: this.drafts.get(),
      period: this.reflections.currentPeriodId(),
      lastWritten: this.reflections.lastWritten,
    });
  }

  /** Only notes the History tab was actually shown can be opened from it. */
  private async openPastNote(fileName: string): Promise<void> {
    const loaded = await this.history.get();
    if (!loaded || !loaded.history.entries.some((entry) => entry.fileName === fileName)) {
      this.log.warn(`Ignored a request to open ${fileName}: it is not a note in the history.`);
      return;
    }
    await vscode.window.showTextDocument(vscode.Uri.joinPath(loaded.folder, fileName));
  }

  private historyView(loaded: LoadedHistory | undefined): HistoryView {
    const entries = loaded?.history.entries ?? [];
    const previous = previousEntry(entries, this.reflections.currentPeriodId());
    const role = readSetting('role');
    const leanBands = this.questionnaires.current.bands[role]?.lean;
    return {
      folderLabel: loaded?.folderLabel ?? null,
      points: entries.map(toHistoryPoint),
      skipped: loaded?.history.skipped ?? [],
      dimensions: this.questionnaires.current.dimensions.map(({ id, title }) => ({ id, title })),
      previousFocus: focusOf(previous?.reflection ?? null),
      bands: leanBands ? { role, lean: leanBands } : null,
    };
  }

  private post(message: HostMessage): void {
    void this.view?.webview.postMessage(message);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}
