import * as vscode from 'vscode';
import { previousEntry } from '../../core/report/history';
import { FOCUS_PROMPT_ID, planIn } from '../../core/note/focusPlan';
import type { LoadedHistory } from '../../features/history/historyStore';
import { currentPeriodId } from '../../platform/location/settings';
import type { Features } from '../features';
import type { OutcomeMessages } from '../outcomeMessages';
import { newestEncrypted } from '../../core/private/privateText';
import { checkWebviewMessage, type HostMessage, type WebviewMessage } from '../../shared/protocol';
import { formModel, historyView } from './viewModel';
import { renderWebviewHtml } from './webviewHtml';

export const QUESTIONNAIRE_VIEW_ID = 'leadReview.questionnaire';

/**
 * The sidebar form. It holds no state of its own: the draft lives in `DraftStore`. Each action it
 * starts calls a feature and shows the outcome that call returns.
 */
export class QuestionnaireViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly received = new vscode.EventEmitter<WebviewMessage>();
  /** Every message that passed validation; tests use it to see the real webview talk. */
  readonly onDidReceiveMessage = this.received.event;
  private readonly posted = new vscode.EventEmitter<HostMessage>();
  /** Every message sent to the webview; tests use it to see what the form was told. */
  readonly onDidPostMessage = this.posted.event;
  private readonly subscriptions: vscode.Disposable[] = [this.received, this.posted];
  private readonly extensionUri: vscode.Uri;

  constructor(
    private readonly features: Features,
    private readonly outcomes: OutcomeMessages,
  ) {
    const { drafts, history, questionnaires, lastWritten, settings, extensionUri, evidence } = features;
    this.extensionUri = extensionUri;
    this.subscriptions.push(
      drafts.onDidReplace((draft) => this.post({ type: 'draft/replaced', draft })),
      drafts.onDidChangePrivacy((privacy) => this.post({ type: 'draft/privacy', privacy })),
      // The note the sidebar names is state, like the draft: a write from the palette shows here too.
      lastWritten.onDidChange((note) => this.post({ type: 'reflection/written', note })),
      history.onDidChange((loaded) => void this.postHistory(loaded)),
      evidence.onDidChange((view) => this.post({ type: 'evidence/updated', evidence: view })),
      questionnaires.onDidChange(() => void this.postInit()),
      settings.on(['role', 'cadence', 'checkIn', 'privateText'], () => {
        void this.postInit();
        void history.get().then((loaded) => this.postHistory(loaded));
      }),
    );
  }

  get visible(): boolean {
    return this.view?.visible ?? false;
  }

  async resolveWebviewView(view: vscode.WebviewView): Promise<void> {
    this.view = view;
    const model = await formModel(this.features);
    // The page first, then the options: changing the options re-renders whatever document the view
    // holds, and the empty one it starts with has no Content-Security-Policy, which VS Code logs.
    view.webview.html = renderWebviewHtml(view.webview, this.extensionUri, model);
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    const listener = view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw));
    view.onDidDispose(() => {
      listener.dispose();
      if (this.view === view) {
        this.view = undefined;
      }
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const { drafts, history, questionnaires } = this.features;
    const checked = checkWebviewMessage(raw, questionnaires.current);
    if (!checked.ok) {
      this.features.log.warn(`Ignored a message from the sidebar: ${checked.error}`);
      return;
    }
    const message = checked.value;
    switch (message.type) {
      case 'webview/ready':
        await this.postInit();
        void history.get().then((loaded) => this.postHistory(loaded));
        // The form paints first; the calendar and git follow when read.
        void this.features.evidence.current().then((view) => this.post({ type: 'evidence/updated', evidence: view }));
        break;
      case 'draft/changed':
        await drafts.update(message.draft);
        this.post({ type: 'draft/saved' });
        break;
      case 'reflection/write':
        await this.write();
        break;
      case 'reflection/openWritten':
        this.outcomes.showOpen(await this.features.opener.openWritten());
        break;
      case 'reflection/commitWritten':
        await this.commitWritten();
        break;
      case 'history/open':
        await this.openPastNote(message.fileName);
        break;
      case 'followThrough/revealFocus':
        await this.revealFocus();
        break;
      case 'draft/protect': {
        // The passphrase that opens the locked draft, or else this history's, or a new one.
        const loaded = await history.get();
        await this.features.privateText.unlockDraft(drafts.lockedText, newestEncrypted((loaded?.history.entries ?? []).map((entry) => entry.reflection)));
        break;
      }
      default:
        assertNever(message);
    }
    this.received.fire(message);
  }

  /** Write, with its outcome returned here; a written note reaches the form through `LastWritten`. */
  private async write(): Promise<void> {
    const outcome = await this.features.writer.write();
    this.outcomes.showWrite(outcome);
    if (outcome.kind === 'notWritten') {
      this.post({ type: 'reflection/notWritten', message: outcome.notice.message, missing: outcome.missing });
    }
  }

  /** Exactly the note the sidebar names, whatever is open in the editor, or nothing. */
  private async commitWritten(): Promise<void> {
    const named = this.features.lastWritten.uri();
    if (!named) {
      this.post({ type: 'reflection/notCommitted', reason: vscode.l10n.t('The note shown here is no longer in an open workspace folder, so nothing was committed.') });
      return;
    }
    const outcome = await this.features.commits.commit(named);
    this.outcomes.showCommit(outcome);
    // A commit reaches the form as the written note's state, whichever entry made it.
    if (outcome.kind !== 'committed') {
      this.post({ type: 'reflection/notCommitted', reason: outcome.kind === 'notCommitted' ? outcome.reason : null });
    }
  }

  private async postInit(): Promise<void> {
    this.post({ type: 'state/init', ...(await formModel(this.features)) });
  }

  private async postHistory(loaded: LoadedHistory | undefined): Promise<void> {
    const settings = loaded?.location.settings ?? (await this.features.locator.currentSettings());
    this.post({ type: 'history/updated', history: historyView(this.features, loaded, settings) });
  }

  /** Decrypts, or reads from its sidecar, last period's focus, because the person asked to see it. */
  private async revealFocus(): Promise<void> {
    const loaded = await this.features.history.get();
    const settings = loaded?.location.settings ?? (await this.features.locator.currentSettings());
    const previous = loaded && previousEntry(loaded.history.entries, currentPeriodId(settings));
    if (!loaded || !previous) {
      return;
    }
    const read = await this.features.privateTextReader.readNote(vscode.Uri.joinPath(loaded.location.folder, previous.fileName));
    if (read.kind === 'read') {
      this.post({ type: 'followThrough/focusRevealed', period: previous.reflection.period, focus: read.notes[FOCUS_PROMPT_ID] ?? '', plan: planIn(read.notes) });
    } else if (read.kind === 'notRead') {
      this.outcomes.show({ message: read.reason });
    }
  }

  /** Only notes the History tab was actually shown can be opened from it. */
  private async openPastNote(fileName: string): Promise<void> {
    const loaded = await this.features.history.get();
    if (!loaded || !loaded.history.entries.some((entry) => entry.fileName === fileName)) {
      this.features.log.warn(`Ignored a request to open ${fileName}: it is not a note in the history.`);
      return;
    }
    await vscode.window.showTextDocument(vscode.Uri.joinPath(loaded.location.folder, fileName));
  }

  private post(message: HostMessage): void {
    if (this.view) {
      void this.view.webview.postMessage(message);
      this.posted.fire(message);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}
