import * as vscode from 'vscode';
import type { Questionnaire } from '../core/questionnaire';
import type { Reflections } from '../reflections';
import { checkWebviewMessage, type HostMessage, type WebviewMessage } from '../shared/protocol';
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
    private readonly questionnaire: Questionnaire,
    private readonly drafts: DraftStore,
    private readonly reflections: Reflections,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      drafts.onDidReplace((draft) => this.post({ type: 'draft/replaced', draft })),
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
    const checked = checkWebviewMessage(raw, this.questionnaire);
    if (!checked.ok) {
      this.log.warn(`Ignored a message from the sidebar: ${checked.error}`);
      return;
    }
    const message = checked.value;
    switch (message.type) {
      case 'webview/ready':
        this.post({
          type: 'state/init',
          questionnaire: this.questionnaire,
          draft: this.drafts.get(),
          period: this.reflections.currentPeriodId(),
          lastWritten: this.reflections.lastWritten,
        });
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
      default:
        assertNever(message);
    }
    this.received.fire(message);
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
