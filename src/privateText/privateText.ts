import type * as vscode from 'vscode';
import type { Chunks } from '../chunks/chunks';
import { promptsWithText, type PrivateTextMode } from '../core/privateText';
import type { Questionnaire } from '../core/questionnaire';
import type { Reflection } from '../core/reflection';
import type { Prompts } from '../prompts';
import type { PrivateKeys } from './privateKeys';
import type { PrivateNotes, PrivateRead, PrivateWrite } from './privateNotes';

/** Private text as the rest of the extension sees it; the private-text chunk loads on first real use. */
export class PrivateText {
  private loaded: Promise<{ keys: PrivateKeys; notes: PrivateNotes }> | undefined;

  constructor(
    private readonly chunks: Chunks,
    private readonly secrets: vscode.SecretStorage,
    private readonly prompts: Prompts,
  ) {}

  /** What is written under `mode`. With private text off, or nothing typed, nothing is loaded. */
  async prepare(reflection: Reflection, mode: PrivateTextMode): Promise<PrivateWrite> {
    if (mode === 'off' || promptsWithText(reflection.notes).length === 0) {
      return { kind: 'inNote', reflection };
    }
    return (await this.load()).notes.prepare(reflection, mode);
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

  private load(): NonNullable<PrivateText['loaded']> {
    return (this.loaded ??= this.chunks.privateText().then((chunk) => {
      const keys = new chunk.PrivateKeys(this.secrets, this.prompts);
      return { keys, notes: new chunk.PrivateNotes(keys) };
    }));
  }
}
