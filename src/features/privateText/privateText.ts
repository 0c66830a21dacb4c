import * as vscode from 'vscode';
import type { Chunks } from '../../platform/chunks/chunks';
import { promptsWithText, type PrivateTextMode } from '../../core/private/privateText';
import type { EncryptedText, Reflection } from '../../core/note/model';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import type { IgnoreStatus } from '../../platform/git/ignoreStatus';
import type { Asker } from '../../platform/asker';
import type { DraftSealer } from '../../platform/storage/draftStore';
import type { PrivateKeys } from './privateKeys';
import type { PrivateNotes, PrivateRead, PrivateWrite } from './privateNotes';

/** What the private-text chunk (dist/private.js) gives. */
export interface PrivateChunk {
  readonly PrivateKeys: typeof PrivateKeys;
  readonly PrivateNotes: typeof PrivateNotes;
}

/** Private text as the rest of the extension sees it; the private-text chunk loads on first real use. */
export class PrivateText implements DraftSealer, vscode.Disposable {
  private loaded: Promise<{ keys: PrivateKeys; notes: PrivateNotes }> | undefined;
  private readonly keyChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeKey = this.keyChanged.event;

  constructor(
    private readonly chunks: Chunks,
    private readonly secrets: vscode.SecretStorage,
    private readonly prompts: Asker,
    /** Git's own answer whether it ignores a file, for sidecars. */
    private readonly gitIgnores: (file: vscode.Uri) => Promise<IgnoreStatus>,
    /** The `leadReview.privateText` setting of the folder the draft will be written to. */
    private readonly mode: () => Promise<PrivateTextMode>,
  ) {}

  async mustSeal(): Promise<boolean> {
    return (await this.mode()) === 'encrypted';
  }

  async seal(notes: Readonly<Record<string, string>>): Promise<EncryptedText | null> {
    return (await this.load()).notes.sealDraft(notes);
  }

  async open(sealed: EncryptedText): Promise<Record<string, string> | null> {
    return (await this.load()).notes.openDraft(sealed);
  }

  /**
   * The sidebar's request to store a draft's words: asks for the passphrase that opens `locked`
   * text, or else the one of this history (`earlier`), or a new one, and makes it current.
   */
  async unlockDraft(locked: EncryptedText | null, earlier: EncryptedText | null): Promise<void> {
    await (await this.load()).keys.forHistory(locked ?? earlier);
  }

  /**
   * What is written under `mode`. With private text off, or nothing typed, nothing is loaded.
   * `earlier`: the newest encrypted note of this history, whose passphrase a new machine asks for.
   */
  async prepare(reflection: Reflection, mode: PrivateTextMode, earlier: EncryptedText | null): Promise<PrivateWrite> {
    if (mode === 'off' || promptsWithText(reflection.notes).length === 0) {
      return { kind: 'inNote', reflection };
    }
    return (await this.load()).notes.prepare(reflection, mode, earlier);
  }

  async writeSidecar(root: vscode.Uri, note: vscode.Uri, notes: Readonly<Record<string, string>>, period: string, questionnaire: Questionnaire): Promise<string | undefined> {
    return (await this.load()).notes.writeSidecar(root, note, notes, period, questionnaire);
  }

  async read(note: vscode.Uri, reflection: Reflection): Promise<PrivateRead> {
    return (await this.load()).notes.read(note, reflection);
  }

  async useNewPassphrase(passphrase: string): Promise<void> {
    await (await this.load()).keys.useNewPassphrase(passphrase);
  }

  /** Test mode: this machine forgets its keys, as a second machine would have none. */
  async forgetKeys(salts: readonly string[]): Promise<void> {
    await (await this.load()).keys.forgetAll(salts);
  }

  private load(): NonNullable<PrivateText['loaded']> {
    return (this.loaded ??= (this.chunks.load('private') as Promise<PrivateChunk>).then((chunk) => {
      const keys = new chunk.PrivateKeys(this.secrets, this.prompts, () => this.keyChanged.fire());
      return { keys, notes: new chunk.PrivateNotes(keys, this.gitIgnores) };
    }));
  }

  dispose(): void {
    this.keyChanged.dispose();
  }
}
