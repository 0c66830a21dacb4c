import * as vscode from 'vscode';
import { emptyDraft } from './core/draft';
import { previousEntry } from './core/history';
import { renderReflectionMarkdown } from './core/markdown';
import { newestReflectionFileName, parseReflectionFileName, periodFor, reflectionFileName } from './core/period';
import { localDateOf } from './core/localDate';
import { buildReflection } from './core/reflection';
import type { CommitOutcome, ReflectionCommitter } from './git/commitReflection';
import { canCommit } from './git/gitAccess';
import type { HistoryStore } from './history/historyStore';
import type { Prompts } from './prompts';
import type { QuestionnaireSource } from './questionnaire/questionnaireSource';
import { readSetting } from './settings';
import type { WrittenNote } from './shared/protocol';
import type { DraftStore } from './storage/draftStore';
import { describeFileError, exists, firstSymlinkBelow, writeText } from './storage/files';
import { chooseWorkspaceFolder, locateReflections, NO_FOLDER_MESSAGE, reflectionsFolderIn, type ReflectionsLocation } from './storage/reflectionFolder';

export type WriteOutcome =
  /** `commit` is there when `leadReview.git.commitAfterWrite` asked for one. */
  | { readonly kind: 'written'; readonly uri: vscode.Uri; readonly note: WrittenNote; readonly commit?: CommitOutcome }
  | { readonly kind: 'openedExisting'; readonly uri: vscode.Uri }
  | { readonly kind: 'cancelled' }
  /** Nothing was written; `message` is what the person was told, `missing` what the form still needs. */
  | { readonly kind: 'notWritten'; readonly message: string; readonly missing: readonly string[] };

const LAST_WRITTEN_KEY = 'leadReview.lastWritten';

interface ExistingNoteChoice extends vscode.QuickPickItem {
  readonly action: 'open' | 'replace' | 'second';
}

/** Writing notes from the draft and finding them again. */
export class Reflections implements vscode.Disposable {
  private readonly settled = new vscode.EventEmitter<WriteOutcome>();
  /** Every attempt to write, whatever its outcome, so the sidebar can show it. */
  readonly onDidSettle = this.settled.event;
  /** Writes run one at a time, so two quick clicks never race for the same file name. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly state: vscode.Memento,
    private readonly drafts: DraftStore,
    private readonly questionnaires: QuestionnaireSource,
    private readonly prompts: Prompts,
    private readonly history: HistoryStore,
    private readonly committer: ReflectionCommitter,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get lastWritten(): WrittenNote | null {
    return this.state.get<WrittenNote>(LAST_WRITTEN_KEY) ?? null;
  }

  currentPeriodId(now = new Date()): string {
    return periodFor(localDateOf(now), readSetting('cadence')).id;
  }

  write(now = new Date()): Promise<WriteOutcome> {
    const next = this.queue.then(async () => {
      const outcome = await this.tryWrite(now);
      this.settled.fire(outcome);
      return outcome;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async tryWrite(now: Date): Promise<WriteOutcome> {
    const today = localDateOf(now);
    const located = await locateReflections(this.state, this.prompts);
    if (located.kind === 'noFolder') {
      return this.refuse(NO_FOLDER_MESSAGE, [], 'Open Folder', 'workbench.action.files.openFolder');
    }
    if (located.kind === 'cancelled') {
      return { kind: 'cancelled' };
    }
    if (located.kind === 'refused') {
      return this.refuse(located.message, [], 'Open Settings', 'workbench.action.openSettings', 'leadReview.folder');
    }
    const { location } = located;
    const period = periodFor(today, readSetting('cadence', location.workspaceFolder));
    const loaded = await this.history.refresh();
    const previous = loaded?.folder.toString() === location.folder.toString() ? previousEntry(loaded.history.entries, period.id)?.reflection ?? null : null;
    const questionnaire = this.questionnaires.current;
    const role = readSetting('role', location.workspaceFolder);
    const built = buildReflection(this.drafts.get(), questionnaire, period, today, previous, role);
    if (!built.ok) {
      void vscode.commands.executeCommand('leadReview.openQuestionnaire');
      return this.refuse(`The reflection needs a few more answers: ${built.missing.join('; ')}.`, built.missing);
    }
    let target = await this.chooseTarget(location, period.id);
    // Another window may have written this period's note while a question was open: ask again.
    while (target.kind === 'write' && !target.replace && (await exists(target.uri))) {
      target = await this.chooseTarget(location, period.id);
    }
    if (target.kind !== 'write') {
      return target.kind === 'open' ? this.openExisting(target.uri) : { kind: 'cancelled' };
    }
    const relativePath = relativeTo(location, target.uri);
    const link = await firstSymlinkBelow(location.workspaceFolder.uri, target.uri);
    if (link) {
      return this.refuse(
        `${relativeTo(location, link)} is a symbolic link, which could point outside the workspace. Lead Review only writes into real folders inside the workspace folder. Your answers are still in the draft.`,
        [],
      );
    }
    try {
      await writeText(target.uri, renderReflectionMarkdown(built.value, questionnaire, previous));
    } catch (error) {
      this.log.error(`Writing ${target.uri.fsPath} failed: ${String(error)}`);
      return this.refuse(`Could not save ${relativePath}: ${describeFileError(error)}. Your answers are still in the draft.`, []);
    }
    const note: WrittenNote = { relativePath, period: period.id, canCommit: await canCommit(target.uri) };
    await this.state.update(LAST_WRITTEN_KEY, { ...note, folder: location.workspaceFolder.uri.toString() });
    await this.drafts.replace(emptyDraft());
    this.log.info(`Wrote ${target.uri.fsPath}`);
    void this.history.refresh();
    void vscode.window.showInformationMessage(`Saved your reflection for ${period.id} to ${relativePath}.`, 'Open').then((choice) => {
      if (choice === 'Open') {
        void vscode.window.showTextDocument(target.uri);
      }
    });
    return readSetting('git.commitAfterWrite', location.workspaceFolder)
      ? { kind: 'written', uri: target.uri, note, commit: await this.committer.commit(target.uri) }
      : { kind: 'written', uri: target.uri, note };
  }

  private async chooseTarget(
    location: ReflectionsLocation,
    periodId: string,
  ): Promise<{ kind: 'write'; uri: vscode.Uri; replace: boolean } | { kind: 'open'; uri: vscode.Uri } | { kind: 'cancelled' }> {
    const first = vscode.Uri.joinPath(location.folder, reflectionFileName(periodId));
    if (!(await exists(first))) {
      return { kind: 'write', uri: first, replace: false };
    }
    let sequence = 2;
    while (await exists(vscode.Uri.joinPath(location.folder, reflectionFileName(periodId, sequence)))) {
      sequence++;
    }
    const second = vscode.Uri.joinPath(location.folder, reflectionFileName(periodId, sequence));
    const choices: ExistingNoteChoice[] = [
      { action: 'open', label: '$(go-to-file) Open the existing note', description: relativeTo(location, first) },
      { action: 'second', label: '$(new-file) Save a second note for this period', description: relativeTo(location, second) },
      { action: 'replace', label: '$(replace) Replace the existing note', description: 'Its current text is lost' },
    ];
    const choice = await this.prompts.pick('existingNote', choices, `A reflection for ${periodId} already exists`);
    switch (choice?.action) {
      case 'open':
        return { kind: 'open', uri: first };
      case 'second':
        return { kind: 'write', uri: second, replace: false };
      case 'replace':
        return { kind: 'write', uri: first, replace: true };
      case undefined:
        return { kind: 'cancelled' };
    }
  }

  private async openExisting(uri: vscode.Uri): Promise<WriteOutcome> {
    await vscode.window.showTextDocument(uri);
    return { kind: 'openedExisting', uri };
  }

  /** `Open Latest Reflection`: the note of the newest period in the reflections folder. */
  async openLatest(): Promise<vscode.Uri | undefined> {
    const workspaceFolder = await chooseWorkspaceFolder(this.state, this.prompts);
    if (workspaceFolder === 'none') {
      this.refuse(NO_FOLDER_MESSAGE, [], 'Open Folder', 'workbench.action.files.openFolder');
      return undefined;
    }
    if (workspaceFolder === undefined) {
      return undefined;
    }
    const folder = reflectionsFolderIn(workspaceFolder);
    if (!folder.ok) {
      this.refuse(folder.error, []);
      return undefined;
    }
    const newest = newestReflectionFileName(await listNames(folder.value));
    if (!newest) {
      this.refuse('No reflections yet. Write one from the Lead Review sidebar.', [], 'Open Questionnaire', 'leadReview.openQuestionnaire');
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder.value, newest);
    await vscode.window.showTextDocument(uri);
    return uri;
  }

  /** The sidebar's Open link: the note written last from this workspace, or else the newest one. */
  async openWritten(): Promise<void> {
    const last = this.lastWrittenUri();
    if (last) {
      await vscode.window.showTextDocument(last);
    } else {
      await this.openLatest();
    }
  }

  lastWrittenUri(): vscode.Uri | undefined {
    const last = this.state.get<WrittenNote & { folder: string }>(LAST_WRITTEN_KEY);
    return last && vscode.Uri.joinPath(vscode.Uri.parse(last.folder), ...last.relativePath.split('/'));
  }

  /** `Lead Review: Commit Reflection`: the reflection open in the editor, or else the one written last. */
  async commit(): Promise<CommitOutcome> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const note = active && (await this.isReflection(active)) ? active : this.lastWrittenUri();
    if (!note || !(await exists(note))) {
      const reason = 'There is no reflection to commit yet. Write one, or open a note from your reflections folder.';
      void vscode.window.showWarningMessage(reason);
      return { kind: 'notCommitted', reason };
    }
    return this.committer.commit(note);
  }

  private async isReflection(uri: vscode.Uri): Promise<boolean> {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
    const folder = workspaceFolder && reflectionsFolderIn(workspaceFolder);
    const name = uri.path.split('/').pop() ?? '';
    return !!folder?.ok && vscode.Uri.joinPath(folder.value, name).toString() === uri.toString() && parseReflectionFileName(name) !== null;
  }

  private refuse(message: string, missing: readonly string[], action?: string, command?: string, ...args: unknown[]): WriteOutcome {
    this.log.warn(message);
    const shown = action ? vscode.window.showWarningMessage(message, action) : vscode.window.showWarningMessage(message);
    void shown.then((choice) => {
      if (choice !== undefined && command) {
        void vscode.commands.executeCommand(command, ...args);
      }
    });
    return { kind: 'notWritten', message, missing };
  }

  dispose(): void {
    this.settled.dispose();
  }
}

async function listNames(folder: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
  } catch {
    return [];
  }
}

function relativeTo(location: ReflectionsLocation, uri: vscode.Uri): string {
  return uri.path.slice(location.workspaceFolder.uri.path.replace(/\/$/, '').length + 1);
}
