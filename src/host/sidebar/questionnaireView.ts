import * as vscode from 'vscode';
import { quickPlanFor } from '../../core/scoring/checkIn';
import { previousEntry, toHistoryPoint } from '../../core/report/history';
import { FOCUS_PROMPT_ID, focusOf } from '../../core/note/model';
import type { HistoryStore, LoadedHistory } from '../../features/history/historyStore';
import type { QuestionnaireSource } from '../../features/questionnaire/questionnaireSource';
import type { NoteLocator } from '../../platform/location/noteLocation';
import { currentPeriodId, type LeadReviewSettings } from '../../platform/location/settings';
import type { OutcomeMessages, ReportedOutcome } from '../outcomeMessages';
import { newestEncrypted } from '../../core/private/privateText';
import type { PrivateText } from '../../features/privateText/privateText';
import type { PrivateTextReader } from '../../features/privateText/readPrivateText';
import type { Reflections } from '../../features/write/reflections';
import { checkWebviewMessage, type FormModel, type HistoryView, type HostMessage, type WebviewMessage } from '../../shared/protocol';
import type { DraftStore } from '../../platform/storage/draftStore';
import { renderWebviewHtml } from './webviewHtml';

export const QUESTIONNAIRE_VIEW_ID = 'leadReview.questionnaire';

/** The sidebar form. It holds no state of its own: the draft lives in `DraftStore`. */
export class QuestionnaireViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly received = new vscode.EventEmitter<WebviewMessage>();
  /** Every message that passed validation; tests use it to see the real webview talk. */
  readonly onDidReceiveMessage = this.received.event;
  private readonly posted = new vscode.EventEmitter<HostMessage>();
  /** Every message sent to the webview; tests use it to see what the form was told. */
  readonly onDidPostMessage = this.posted.event;
  private readonly subscriptions: vscode.Disposable[] = [this.received, this.posted];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly questionnaires: QuestionnaireSource,
    private readonly drafts: DraftStore,
    private readonly reflections: Reflections,
    private readonly history: HistoryStore,
    private readonly locator: NoteLocator,
    private readonly outcomes: OutcomeMessages,
    private readonly privateTextReader: PrivateTextReader,
    private readonly privateText: PrivateText,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      drafts.onDidReplace((draft) => this.post({ type: 'draft/replaced', draft })),
      drafts.onDidChangePrivacy((privacy) => this.post({ type: 'draft/privacy', privacy })),
      history.onDidChange((loaded) => void this.postHistory(loaded)),
      questionnaires.onDidChange(() => void this.postInit()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (['role', 'cadence', 'checkIn', 'privateText'].some((key) => event.affectsConfiguration(`leadReview.${key}`))) {
          void this.postInit();
          void this.history.get().then((loaded) => this.postHistory(loaded));
        }
      }),
      outcomes.onDidReport((reported) => this.follow(reported)),
    );
  }

  get visible(): boolean {
    return this.view?.visible ?? false;
  }

  async resolveWebviewView(view: vscode.WebviewView): Promise<void> {
    this.view = view;
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = renderWebviewHtml(view.webview, this.extensionUri, await this.formModel());
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
        await this.postInit();
        void this.history.get().then((loaded) => this.postHistory(loaded));
        break;
      case 'draft/changed':
        await this.drafts.update(message.draft);
        this.post({ type: 'draft/saved' });
        break;
      case 'reflection/write':
        await vscode.commands.executeCommand('leadReview.writeReflection');
        break;
      case 'reflection/openWritten':
        this.outcomes.reportOpen(await this.reflections.openWritten());
        break;
      case 'reflection/commitWritten': {
        // Exactly the note the sidebar names, whatever is open in the editor, or nothing.
        const named = this.reflections.lastWrittenUri();
        if (named) {
          await vscode.commands.executeCommand('leadReview.commitReflection', named);
        } else {
          this.post({ type: 'reflection/commitSettled', committed: false, message: vscode.l10n.t('The note shown here is no longer in an open workspace folder, so nothing was committed.') });
        }
        break;
      }
      case 'history/open':
        await this.openPastNote(message.fileName);
        break;
      case 'followThrough/revealFocus':
        await this.revealFocus();
        break;
      case 'draft/protect': {
        // The passphrase that opens the locked draft, or else this history's, or a new one.
        const loaded = await this.history.get();
        await this.privateText.unlockDraft(this.drafts.lockedText, newestEncrypted((loaded?.history.entries ?? []).map((entry) => entry.reflection)));
        break;
      }
      default:
        assertNever(message);
    }
    this.received.fire(message);
  }

  /** Write and commit outcomes, as the sidebar shows them next to the note it names. */
  private follow({ action, outcome }: ReportedOutcome): void {
    if (action === 'write' && outcome.kind === 'written') {
      this.post({ type: 'reflection/written', note: outcome.note });
      void this.reflections.learnWhetherCommittable(outcome.uri).then((committable) => {
        if (committable) {
          this.post({ type: 'reflection/written', note: { ...outcome.note, canCommit: true } });
        }
      });
    } else if (action === 'write' && outcome.kind === 'notWritten') {
      this.post({ type: 'reflection/notWritten', message: outcome.notice.message, missing: outcome.missing });
    } else if (action === 'commit' && outcome.kind !== 'cancelled' && outcome.note?.toString() === this.reflections.lastWrittenUri()?.toString()) {
      this.post({
        type: 'reflection/commitSettled',
        committed: outcome.kind === 'committed',
        message: outcome.kind === 'committed' ? vscode.l10n.t('Committed: {0}', outcome.message) : outcome.reason,
      });
    }
  }

  private async postInit(): Promise<void> {
    this.post({ type: 'state/init', ...(await this.formModel()) });
  }

  /** The period and bands come from the settings of the folder the note will be written to. */
  private async formModel(): Promise<FormModel> {
    const settings = await this.locator.currentSettings();
    return {
      questionnaire: this.questionnaires.current,
      notice: this.questionnaires.notice,
      role: settings.role,
      draft: this.drafts.get(),
      draftPrivacy: this.drafts.privacy,
      period: currentPeriodId(settings),
      lastWritten: this.reflections.lastWritten,
      checkIn: settings.checkIn,
      privateText: settings.privateText,
      strings: vscode.l10n.bundle ?? {},
    };
  }

  private async postHistory(loaded: LoadedHistory | undefined): Promise<void> {
    const settings = loaded?.location.settings ?? (await this.locator.currentSettings());
    this.post({ type: 'history/updated', history: this.historyView(loaded, settings) });
  }

  /** Decrypts, or reads from its sidecar, last period's focus, because the person asked to see it. */
  private async revealFocus(): Promise<void> {
    const loaded = await this.history.get();
    const settings = loaded?.location.settings ?? (await this.locator.currentSettings());
    const previous = loaded && previousEntry(loaded.history.entries, currentPeriodId(settings));
    if (!loaded || !previous) {
      return;
    }
    const read = await this.privateTextReader.readNote(vscode.Uri.joinPath(loaded.location.folder, previous.fileName));
    if (read.kind === 'read') {
      this.post({ type: 'followThrough/focusRevealed', period: previous.reflection.period, focus: read.notes[FOCUS_PROMPT_ID] ?? '' });
    } else if (read.kind === 'notRead') {
      this.outcomes.show({ message: read.reason });
    }
  }

  /** Only notes the History tab was actually shown can be opened from it. */
  private async openPastNote(fileName: string): Promise<void> {
    const loaded = await this.history.get();
    if (!loaded || !loaded.history.entries.some((entry) => entry.fileName === fileName)) {
      this.log.warn(`Ignored a request to open ${fileName}: it is not a note in the history.`);
      return;
    }
    await vscode.window.showTextDocument(vscode.Uri.joinPath(loaded.location.folder, fileName));
  }

  private historyView(loaded: LoadedHistory | undefined, settings: LeadReviewSettings): HistoryView {
    const entries = loaded?.history.entries ?? [];
    const periodId = currentPeriodId(settings);
    const previous = previousEntry(entries, periodId);
    const role = settings.role;
    const leanBands = this.questionnaires.current.bands[role]?.lean;
    return {
      folderLabel: loaded?.folderLabel ?? null,
      points: entries.map(toHistoryPoint),
      skipped: loaded?.history.skipped ?? [],
      dimensions: this.questionnaires.current.dimensions.map(({ id, title }) => ({ id, title })),
      areas: this.questionnaires.current.allocation.map(({ id, label }) => ({ id, label })),
      previousFocus: focusOf(previous?.reflection ?? null),
      quickPlan: quickPlanFor(this.questionnaires.current, entries, periodId, role),
      bands: leanBands ? { role, lean: leanBands } : null,
    };
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
