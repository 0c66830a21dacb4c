import * as vscode from 'vscode';
import { quickPlanFor, type QuickPlan } from '../../core/scoring/checkIn';
import { emptyDraft, type Draft } from '../../core/note/draft';
import { previousEntry, type HistoryEntry } from '../../core/report/history';
import { localDateOf } from '../../core/time/localDate';
import { renderReflectionMarkdown } from '../../core/note/markdown';
import { newestReflectionFileName, periodFor, reflectionFileName } from '../../core/time/period';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import { isPrivateSidecarName, newestEncrypted } from '../../core/private/privateText';
import { buildReflection, missingForWrite } from '../../core/note/reflection';
import { NOTE_LIMIT, overLongTexts } from '../../core/note/textLimit';
import type { CommitOutcome } from '../commit/commitReflection';
import type { Committer } from '../commit/committer';
import type { HistoryStore } from '../history/historyStore';
import { currentPeriodId, type LeadReviewSettings } from '../../platform/location/settings';
import type { PrivateText } from '../privateText/privateText';
import { isNoteFile, relativeToWorkspace, type NoteLocation, type NoteLocator } from '../../platform/location/noteLocation';
import { locationNotice, type Notice } from '../../host/outcomeMessages';
import type { Prompts } from '../../host/prompts';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';
import type { WrittenNote } from '../../shared/protocol';
import type { DraftStore } from '../../platform/storage/draftStore';
import { exists, fileNameOf } from '../../platform/storage/files';
import { writeGuarded } from '../../platform/storage/guardedWrite';
import { hostWords } from '../../platform/l10n/words';

export type WriteOutcome =
  /** `commit` is there when `leadReview.git.commitAfterWrite` asked for one. */
  | { readonly kind: 'written'; readonly uri: vscode.Uri; readonly note: WrittenNote; readonly commit?: CommitOutcome }
  | { readonly kind: 'openedExisting'; readonly uri: vscode.Uri }
  | { readonly kind: 'cancelled' }
  /** Nothing was written; `notice` is what the person is told, `missing` what the form still needs. */
  | { readonly kind: 'notWritten'; readonly notice: Notice; readonly missing: readonly string[] };

export type OpenOutcome = { readonly kind: 'opened'; readonly uri: vscode.Uri } | { readonly kind: 'notOpened'; readonly notice: Notice | null };

const LAST_WRITTEN_KEY = 'leadReview.lastWritten';

type WriteTarget = { kind: 'write'; uri: vscode.Uri; replace: boolean } | { kind: 'open'; uri: vscode.Uri } | { kind: 'cancelled' };

interface ExistingNoteChoice extends vscode.QuickPickItem {
  readonly action: 'open' | 'replace' | 'second';
}

/** Writing notes from the draft, finding them again, and choosing which one to commit. Shows nothing itself. */
export class Reflections {
  /** Writes run one at a time, so two quick clicks never race for the same file name. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly state: vscode.Memento,
    private readonly locator: NoteLocator,
    private readonly drafts: DraftStore,
    private readonly questionnaires: QuestionnaireSource,
    private readonly prompts: Prompts,
    private readonly history: HistoryStore,
    private readonly committer: Committer,
    private readonly privateText: PrivateText,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get lastWritten(): WrittenNote | null {
    return this.state.get<WrittenNote>(LAST_WRITTEN_KEY) ?? null;
  }

  write(now = new Date()): Promise<WriteOutcome> {
    const next = this.queue.then(() => this.tryWrite(now));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async tryWrite(now: Date): Promise<WriteOutcome> {
    const questionnaire = this.questionnaires.current;
    const draft = this.drafts.get();
    const today = localDateOf(now);
    // Nobody is asked where to save a form that cannot be saved yet.
    const missing = missingForWrite(draft, questionnaire, quickPlanOf(draft, await this.locator.currentSettings(), (await this.history.get())?.history.entries ?? [], now, questionnaire), hostWords);
    if (missing.length > 0) {
      return notWritten(vscode.l10n.t('The reflection needs a few more answers: {0}.', missing.join('; ')), missing, {
        title: vscode.l10n.t('Open Questionnaire'),
        command: 'leadReview.openQuestionnaire',
      });
    }
    const tooLong = overLongTexts(draft.notes);
    if (tooLong.length > 0) {
      return notWritten(overLongMessage(tooLong, questionnaire), [], { title: vscode.l10n.t('Open Questionnaire'), command: 'leadReview.openQuestionnaire' });
    }
    const located = await this.locator.locate({ ask: true });
    if (located.kind !== 'found') {
      return located.kind === 'cancelled' ? { kind: 'cancelled' } : { kind: 'notWritten', notice: locationNotice(located), missing: [] };
    }
    const { location } = located;
    const period = periodFor(today, location.settings.cadence);
    const loaded = await this.history.get();
    const entries = loaded?.location.folder.toString() === location.folder.toString() ? loaded.history.entries : [];
    const previous = previousEntry(entries, period.id)?.reflection ?? null;
    const quickPlan = quickPlanOf(draft, location.settings, entries, now, questionnaire);
    const built = buildReflection(draft, questionnaire, period, today, previous, location.settings.role, quickPlan);
    if (!built.ok) {
      return notWritten(vscode.l10n.t('The reflection needs a few more answers: {0}.', built.missing.join('; ')), built.missing);
    }
    const prepared = await this.privateText.prepare(built.value, location.settings.privateText, newestEncrypted(entries.map((entry) => entry.reflection)));
    if (prepared.kind === 'noKey') {
      return notWritten(vscode.l10n.t('No passphrase was chosen, so nothing was written. Your answers are still in the draft.'), []);
    }
    const textFor = (uri: vscode.Uri): string =>
      renderReflectionMarkdown(prepared.kind === 'local' ? prepared.reflectionFor(fileNameOf(uri)) : prepared.reflection, questionnaire, previous, hostWords);
    // The guarded write finds out whether the period's note exists; only then is anyone asked.
    let target: WriteTarget = { kind: 'write', uri: vscode.Uri.joinPath(location.folder, reflectionFileName(period.id)), replace: false };
    for (;;) {
      if (target.kind !== 'write') {
        return target.kind === 'open' ? this.openExisting(target.uri) : { kind: 'cancelled' };
      }
      const result = await writeGuarded(location.workspaceFolder.uri, target.uri, textFor(target.uri), { replace: target.replace });
      if (result.kind === 'written') {
        break;
      }
      if (result.kind === 'displaced') {
        // Another window's note landed on this name at the same moment: keep both, this one numbered.
        target = { kind: 'write', uri: await this.nextFreeName(location, period.id), replace: false };
        continue;
      }
      if (result.kind !== 'exists') {
        this.log.error(`Writing ${target.uri.fsPath} failed: ${result.reason}`);
        return notWritten(
          result.kind === 'failed'
            ? vscode.l10n.t('Could not save {0}: {1}. Your answers are still in the draft.', relativeToWorkspace(location, target.uri), result.reason)
            : vscode.l10n.t('{0} Your answers are still in the draft.', result.reason),
          [],
        );
      }
      // Another window wrote this name while a question was open: ask again.
      target = await this.chooseTarget(location, period.id);
    }
    if (prepared.kind === 'local') {
      const problem = await this.privateText.writeSidecar(location.workspaceFolder.uri, target.uri, prepared.notes, period.id, questionnaire);
      if (problem) {
        this.log.error(`Writing the private text of ${target.uri.fsPath} failed: ${problem}`);
        return notWritten(vscode.l10n.t('{0} was saved, but {1}. Your answers are still in the draft.', relativeToWorkspace(location, target.uri), problem), []);
      }
    }
    const note: WrittenNote = { relativePath: relativeToWorkspace(location, target.uri), period: period.id, canCommit: false };
    await this.state.update(LAST_WRITTEN_KEY, { ...note, folder: location.workspaceFolder.uri.toString() });
    // Emptied only now that this window's note is read back from disk, so a lost race cannot lose the answers.
    await this.drafts.replace(emptyDraft());
    this.log.info(`Wrote ${target.uri.fsPath}`);
    void this.history.refresh();
    if (!location.settings['git.commitAfterWrite']) {
      return { kind: 'written', uri: target.uri, note };
    }
    return { kind: 'written', uri: target.uri, note, commit: await this.committer.commit(target.uri, location) };
  }

  private async chooseTarget(location: NoteLocation, periodId: string): Promise<WriteTarget> {
    const first = vscode.Uri.joinPath(location.folder, reflectionFileName(periodId));
    if (!(await exists(first))) {
      return { kind: 'write', uri: first, replace: false };
    }
    const second = await this.nextFreeName(location, periodId);
    const choices: ExistingNoteChoice[] = [
      { action: 'open', label: `$(go-to-file) ${vscode.l10n.t('Open the existing note')}`, description: relativeToWorkspace(location, first) },
      { action: 'second', label: `$(new-file) ${vscode.l10n.t('Save a second note for this period')}`, description: relativeToWorkspace(location, second) },
      { action: 'replace', label: `$(replace) ${vscode.l10n.t('Replace the existing note')}`, description: vscode.l10n.t('Its current text is lost') },
    ];
    const choice = await this.prompts.pick('existingNote', choices, vscode.l10n.t('A reflection for {0} already exists', periodId));
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

  /** The period's first numbered name that is free now; the exclusive create settles any race for it. */
  private async nextFreeName(location: NoteLocation, periodId: string): Promise<vscode.Uri> {
    let sequence = 2;
    while (await exists(vscode.Uri.joinPath(location.folder, reflectionFileName(periodId, sequence)))) {
      sequence++;
    }
    return vscode.Uri.joinPath(location.folder, reflectionFileName(periodId, sequence));
  }

  private async openExisting(uri: vscode.Uri): Promise<WriteOutcome> {
    await vscode.window.showTextDocument(uri);
    return { kind: 'openedExisting', uri };
  }

  /** `Open Latest Reflection`: the note of the newest period in the reflections folder. */
  async openLatest(): Promise<OpenOutcome> {
    const located = await this.locator.locate({ ask: true });
    if (located.kind !== 'found') {
      return { kind: 'notOpened', notice: located.kind === 'cancelled' ? null : locationNotice(located) };
    }
    const newest = await this.newestNoteIn(located.location);
    if (!newest) {
      return {
        kind: 'notOpened',
        notice: { message: vscode.l10n.t('No reflections yet. Write one from the Lead Review sidebar.'), action: { title: vscode.l10n.t('Open Questionnaire'), command: 'leadReview.openQuestionnaire' } },
      };
    }
    await vscode.window.showTextDocument(newest);
    return { kind: 'opened', uri: newest };
  }

  /** The sidebar's Open link: the note written last from this workspace, or else the newest one. */
  async openWritten(): Promise<OpenOutcome> {
    const last = this.lastWrittenUri();
    if (last && (await exists(last))) {
      await vscode.window.showTextDocument(last);
      return { kind: 'opened', uri: last };
    }
    return this.openLatest();
  }

  /**
   * Asks git, after the note is on disk and off the write's critical path, whether a repository
   * holds the note written last; remembers the answer and returns it.
   */
  async learnWhetherCommittable(note: vscode.Uri): Promise<boolean> {
    const committable = await this.committer.canCommit(note);
    const last = this.state.get<WrittenNote & { folder: string }>(LAST_WRITTEN_KEY);
    if (committable && last && this.lastWrittenUri()?.toString() === note.toString()) {
      await this.state.update(LAST_WRITTEN_KEY, { ...last, canCommit: true });
    }
    return committable;
  }

  /** The note written last, while its workspace folder is still open. */
  lastWrittenUri(): vscode.Uri | undefined {
    const last = this.state.get<WrittenNote & { folder: string }>(LAST_WRITTEN_KEY);
    const folder = last && vscode.workspace.workspaceFolders?.find((candidate) => candidate.uri.toString() === last.folder);
    return folder && vscode.Uri.joinPath(folder.uri, ...last.relativePath.split('/'));
  }

  /**
   * `Lead Review: Commit Reflection`. With `named` (the sidebar's Commit, or a note picked in the
   * Explorer) exactly that note; otherwise the reflection open in the editor, the one written
   * last, or the newest in the reflections folder, in that order.
   */
  async commit(named?: vscode.Uri): Promise<CommitOutcome> {
    const note = named ?? (await this.noteToCommit());
    if (note === 'cancelled') {
      return { kind: 'cancelled' };
    }
    if (!note) {
      return { kind: 'notCommitted', note: null, reason: vscode.l10n.t('There is no reflection to commit yet. Write one, or open a note from your reflections folder.') };
    }
    // Named, open in the editor or picked in the Explorer: a sidecar is refused before anything else is asked.
    if (isPrivateSidecarName(fileNameOf(note))) {
      return { kind: 'notCommitted', note, reason: vscode.l10n.t('{0} holds private text, which Lead Review never commits.', vscode.workspace.asRelativePath(note)) };
    }
    const location = this.locator.locationOf(note);
    if (!location || !isNoteFile(note) || !(await exists(note))) {
      return { kind: 'notCommitted', note, reason: vscode.l10n.t('{0} is not a reflection in your notes folder, so Lead Review does not commit it.', vscode.workspace.asRelativePath(note)) };
    }
    return this.committer.commit(note, location);
  }

  /** "Initialize Repository", answered yes: a repository in the note's folder, then the commit. */
  initAndCommit(root: vscode.Uri, note: vscode.Uri): Promise<CommitOutcome> {
    const location = this.locator.locationOf(note);
    return location ? this.committer.initAndCommit(root, note, location) : Promise.resolve({ kind: 'notCommitted', note, reason: vscode.l10n.t('The note is no longer in an open workspace folder.') });
  }

  private async noteToCommit(): Promise<vscode.Uri | 'cancelled' | undefined> {
    const active = this.locator.noteInEditor() ?? this.sidecarInEditor();
    if (active) {
      return active;
    }
    const last = this.lastWrittenUri();
    if (last && (await exists(last))) {
      return last;
    }
    const located = await this.locator.locate({ ask: true });
    return located.kind === 'found' ? this.newestNoteIn(located.location) : located.kind === 'cancelled' ? 'cancelled' : undefined;
  }

  /** A private-text sidecar open in the editor: Commit refuses it rather than committing some other note. */
  private sidecarInEditor(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return active && isPrivateSidecarName(fileNameOf(active)) ? active : undefined;
  }

  private async newestNoteIn(location: NoteLocation): Promise<vscode.Uri | undefined> {
    const newest = newestReflectionFileName(await listNames(location.folder));
    return newest ? vscode.Uri.joinPath(location.folder, newest) : undefined;
  }
}

/** A quick week's plan when this period is a quick one: the draft's own choice, or else the setting. */
function quickPlanOf(draft: Draft, settings: LeadReviewSettings, entries: readonly HistoryEntry[], now: Date, questionnaire: Questionnaire): QuickPlan | null {
  if ((draft.checkIn ?? settings.checkIn) !== 'quick') {
    return null;
  }
  return quickPlanFor(questionnaire, entries, currentPeriodId(settings, now), settings.role);
}

/** Which answers are too long, by how much, in the display language's numbers. */
function overLongMessage(tooLong: readonly { readonly id: string; readonly over: number }[], questionnaire: Questionnaire): string {
  const number = new Intl.NumberFormat(vscode.env.language);
  const each = tooLong.map(({ id, over }) =>
    vscode.l10n.t('"{0}" is {1} characters over the limit of {2}.', questionnaire.prompts.find((prompt) => prompt.id === id)?.label ?? id, number.format(over), number.format(NOTE_LIMIT)),
  );
  return [...each, vscode.l10n.t('Shorten it, then write again: the whole text is kept in the draft.')].join(' ');
}

function notWritten(message: string, missing: readonly string[], action?: Notice['action']): WriteOutcome {
  return { kind: 'notWritten', notice: { message, action }, missing };
}

async function listNames(folder: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
  } catch {
    return [];
  }
}
