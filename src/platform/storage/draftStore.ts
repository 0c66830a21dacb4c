import * as vscode from 'vscode';
import { emptyDraft, isPlainObject, type Draft } from '../../core/note/draft';
import { projectDraft, withHiddenEntries } from '../../core/note/storedDraft';
import { mergeUnlockedNotes, type DraftPrivacy } from '../../core/note/draftAtRest';
import { promptsWithText } from '../../core/private/privateText';
import { type EncryptedText } from '../../core/note/model';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import { readText } from './files';

const DRAFT_KEY = 'leadReview.draft';
const SAVED_AT_KEY = 'leadReview.draftSavedAt';
const DRAFT_FILE = 'draft.json';

/** How the draft's free text is kept at rest when `leadReview.privateText` is `encrypted`. */
export interface DraftSealer {
  /** Whether free text must be sealed before it is stored. */
  mustSeal(): Promise<boolean>;
  /** The notes sealed with this machine's current key; `null` while it has none. */
  seal(notes: Readonly<Record<string, string>>): Promise<EncryptedText | null>;
  /** Sealed notes opened with a key this machine holds; `null` without one. */
  open(sealed: EncryptedText): Promise<Record<string, string> | null>;
  /** Fires when this machine gets a key, so text held in memory can be sealed and stored. */
  readonly onDidChangeKey: vscode.Event<void>;
}

/**
 * The draft lives in memory, in `workspaceState` and in a file in the extension's workspace
 * storage, so closing the sidebar, reloading the window or restarting VS Code keeps it. It is
 * only cleared after a note has been written. Answers to questions the current questionnaire lacks
 * stay stored, so switching question sets loses nothing.
 *
 * `workspaceState` is written to disk a little later than its update resolves, so each change
 * also goes to the file, and a change counts as saved only once that file is written.
 *
 * With private text `encrypted`, free text is never stored in the clear: it is sealed with the
 * notes' key first. Without a key it is held in memory only (`heldInMemory`) until one is set,
 * and sealed text that this machine cannot open yet is kept as it is (`locked`), never dropped.
 */
export class DraftStore implements vscode.Disposable {
  private readonly replaced = new vscode.EventEmitter<Draft>();
  /** Fires when the host changed the draft, not when the webview reported a change. */
  readonly onDidReplace = this.replaced.event;
  private readonly privacyChanged = new vscode.EventEmitter<DraftPrivacy>();
  readonly onDidChangePrivacy = this.privacyChanged.event;
  private writes: Promise<unknown> = Promise.resolve();
  /** The whole draft in the clear, hidden entries included: in memory only. */
  private memory: unknown;
  /** Sealed free text from storage that no key on this machine has opened yet. */
  private locked: EncryptedText | undefined;
  private currentPrivacy: DraftPrivacy = 'clear';
  private readonly keyListener: vscode.Disposable;

  constructor(
    private readonly state: vscode.Memento,
    /** The questionnaire the form asks now: the draft is seen through it. */
    private readonly questionnaire: () => Questionnaire,
    private readonly storage: vscode.Uri | undefined,
    private readonly sealer: DraftSealer,
  ) {
    this.takeStored(this.state.get<unknown>(DRAFT_KEY));
    this.keyListener = sealer.onDidChangeKey(() => void this.unlock());
  }

  /** The extension's workspace storage folder, where the draft file is. */
  get storageFolder(): vscode.Uri | undefined {
    return this.storage;
  }

  /** The draft exactly as it rests in `workspaceState`. */
  get stored(): unknown {
    return this.state.get<unknown>(DRAFT_KEY);
  }

  get privacy(): DraftPrivacy {
    return this.currentPrivacy;
  }

  /** Sealed free text no key on this machine has opened yet. */
  get lockedText(): EncryptedText | null {
    return this.locked ?? null;
  }

  get(): Draft {
    return projectDraft(this.memory, this.questionnaire());
  }

  /** The webview's own edit: stored, not echoed back. Resolves once it is on disk. */
  update(draft: Draft): Promise<void> {
    return this.store(withHiddenEntries(this.memory, draft, this.questionnaire()));
  }

  /** Discard Draft: every answer goes, sealed words this machine could not open included. */
  discard(): Promise<void> {
    this.locked = undefined;
    return this.replace(emptyDraft());
  }

  async replace(draft: Draft): Promise<void> {
    await this.store(draft);
    this.replaced.fire(draft);
  }

  /**
   * At start-up: the draft as stored, answers that reached the draft file but not `workspaceState`,
   * and sealed text opened with this machine's key.
   */
  async restore(): Promise<void> {
    this.takeStored(this.state.get<unknown>(DRAFT_KEY));
    const saved = await this.readFile();
    if (saved && typeof saved.savedAt === 'number' && saved.savedAt > this.state.get<number>(SAVED_AT_KEY, 0)) {
      await Promise.all([this.state.update(DRAFT_KEY, saved.draft), this.state.update(SAVED_AT_KEY, saved.savedAt)]);
      this.takeStored(saved.draft);
      this.replaced.fire(this.get());
    }
    await this.unlock();
  }

  /** Opens sealed text with a key that has become available, and seals what was held in memory. */
  private async unlock(): Promise<void> {
    if (this.locked) {
      const opened = await this.sealer.open(this.locked);
      if (!opened) {
        this.setPrivacy('locked');
        return;
      }
      this.locked = undefined;
      const record = isPlainObject(this.memory) ? this.memory : {};
      this.memory = { ...record, notes: mergeUnlockedNotes(isPlainObject(record.notes) ? record.notes : {}, opened) };
      await this.store(this.memory);
      this.replaced.fire(this.get());
    } else if (this.currentPrivacy === 'heldInMemory') {
      await this.store(this.memory);
    }
  }

  private takeStored(stored: unknown): void {
    const record = isPlainObject(stored) ? stored : {};
    const { sealedNotes, ...draft } = record;
    this.memory = draft;
    this.locked = isPlainObject(sealedNotes) ? (sealedNotes as unknown as EncryptedText) : undefined;
  }

  /** Stores run one at a time, so an older draft never lands after a newer one. */
  private store(draft: unknown): Promise<void> {
    this.memory = draft;
    const stored = this.writes.then(() => this.persist(draft));
    this.writes = stored.catch(() => undefined);
    return stored;
  }

  private async persist(draft: unknown): Promise<void> {
    const atRest = await this.atRest(draft);
    const savedAt = Date.now();
    const file = this.file();
    // A storage folder that cannot be written leaves workspaceState as the only copy.
    const written = file
      ? Promise.resolve(vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..')))
          .then(() => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ savedAt, draft: atRest }))))
          .then(undefined, () => undefined)
      : undefined;
    await Promise.all([this.state.update(DRAFT_KEY, atRest), this.state.update(SAVED_AT_KEY, savedAt), written]);
  }

  /** The draft as it may rest on disk. */
  private async atRest(draft: unknown): Promise<unknown> {
    const record = isPlainObject(draft) ? draft : {};
    if (!(await this.sealer.mustSeal())) {
      this.setPrivacy(this.locked ? 'locked' : 'clear');
      return this.locked ? { ...record, sealedNotes: this.locked } : record;
    }
    const notes = Object.fromEntries(Object.entries(isPlainObject(record.notes) ? record.notes : {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const withText = promptsWithText(notes).length > 0;
    const sealed = withText && !this.locked ? await this.sealer.seal(notes) : null;
    this.setPrivacy(this.locked ? 'locked' : withText && !sealed ? 'heldInMemory' : 'sealed');
    const kept = sealed ?? this.locked;
    return { ...record, notes: {}, ...(kept ? { sealedNotes: kept } : {}) };
  }

  private setPrivacy(privacy: DraftPrivacy): void {
    if (privacy !== this.currentPrivacy) {
      this.currentPrivacy = privacy;
      this.privacyChanged.fire(privacy);
    }
  }

  private async readFile(): Promise<{ savedAt?: unknown; draft?: unknown } | undefined> {
    const file = this.file();
    try {
      return file && (JSON.parse(await readText(file)) as { savedAt?: unknown; draft?: unknown });
    } catch {
      return undefined;
    }
  }

  private file(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, DRAFT_FILE);
  }

  dispose(): void {
    this.keyListener.dispose();
    this.replaced.dispose();
    this.privacyChanged.dispose();
  }
}
