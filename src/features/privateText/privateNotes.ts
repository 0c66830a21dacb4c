import * as vscode from 'vscode';
import { renderPrivateSidecar, parsePrivateSidecar, withSidecarIgnoreRule } from '../../core/private/privateSidecar';
import { encryptNotes, decryptNotes, privateSidecarName, promptsWithText, sealReflection, type PrivateTextMode } from '../../core/private/privateText';
import type { EncryptedText, PrivateTextRecord, Reflection } from '../../core/note/model';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import { writeGuarded } from '../../platform/storage/guardedWrite';
import { fileNameOf, fileTypeOf, readText } from '../../platform/storage/files';
import { DRAFT_SEAL_PERIOD } from '../../core/note/draftAtRest';
import type { IgnoreStatus } from '../../platform/git/ignoreStatus';
import type { PrivateKeys } from './privateKeys';
import { hostWords } from '../../platform/l10n/words';

/** How a note's free text will be written: in the note, encrypted in it, or in a sidecar beside it. */
export type PrivateWrite =
  | { readonly kind: 'inNote'; readonly reflection: Reflection }
  | { readonly kind: 'encrypted'; readonly reflection: Reflection }
  /** `reflectionFor` names the sidecar after the note's final file name, known only once it is written. */
  | { readonly kind: 'local'; readonly notes: Readonly<Record<string, string>>; readonly reflectionFor: (noteFileName: string) => Reflection }
  | { readonly kind: 'noKey' };

export type PrivateRead =
  /** `record`: where the text was kept, when it was private. */
  | { readonly kind: 'read'; readonly notes: Readonly<Record<string, string>>; readonly record?: PrivateTextRecord }
  | { readonly kind: 'notRead'; readonly reason: string }
  | { readonly kind: 'cancelled' };



/** Sealing free text before a note is written, and opening it again on request. Never on its own. */
export class PrivateNotes {
  constructor(
    private readonly keys: PrivateKeys,
    private readonly gitIgnores: (file: vscode.Uri) => Promise<IgnoreStatus>,
  ) {}

  /**
   * Seals a built reflection's free text under `mode`; asks for a passphrase the first time.
   * `PrivateText` calls it only when there is private text to seal.
   */
  async prepare(reflection: Reflection, mode: Exclude<PrivateTextMode, 'off'>, earlier: EncryptedText | null): Promise<PrivateWrite> {
    const prompts = promptsWithText(reflection.notes);
    if (mode === 'local') {
      return {
        kind: 'local',
        notes: reflection.notes,
        reflectionFor: (noteFileName) => sealReflection(reflection, { storage: 'local', file: privateSidecarName(noteFileName), prompts }),
      };
    }
    const key = (await this.keys.current()) ?? (await this.keys.forHistory(earlier));
    if (!key) {
      return { kind: 'noKey' };
    }
    return { kind: 'encrypted', reflection: sealReflection(reflection, await encryptNotes(reflection.notes, reflection.period, key)) };
  }

  /**
   * Writes a `local` note's sidecar beside it, only once git itself says it ignores it: the rule is
   * added to the notes folder's `.gitignore` if missing, but a later rule may undo it, so git is
   * asked. `undefined` when the sidecar is written, otherwise why not.
   */
  async writeSidecar(root: vscode.Uri, note: vscode.Uri, notes: Readonly<Record<string, string>>, period: string, questionnaire: Questionnaire): Promise<string | undefined> {
    const folder = vscode.Uri.joinPath(note, '..');
    const ignore = vscode.Uri.joinPath(folder, '.gitignore');
    const existing = (await fileTypeOf(ignore)) === undefined ? null : await readText(ignore);
    const ignoreText = withSidecarIgnoreRule(existing);
    if (ignoreText !== null) {
      const written = await writeGuarded(root, ignore, ignoreText, { replace: true });
      if (written.kind !== 'written') {
        return vscode.l10n.t(
          "the notes folder's .gitignore could not be updated ({0}), so the private text was not written where git might pick it up",
          'reason' in written ? written.reason : vscode.l10n.t('it changed'),
        );
      }
    }
    const noteName = fileNameOf(note);
    const sidecar = vscode.Uri.joinPath(folder, privateSidecarName(noteName));
    const ignored = await this.gitIgnores(sidecar);
    if (ignored.kind === 'notIgnored') {
      return vscode.l10n.t('git would pick up {0} (a rule in .gitignore un-ignores it, or it is already tracked), so the private text was not written there', privateSidecarName(noteName));
    }
    if (ignored.kind === 'unknown') {
      return vscode.l10n.t('{0}, so the private text was not written to {1}', ignored.reason, privateSidecarName(noteName));
    }
    const written = await writeGuarded(root, sidecar, renderPrivateSidecar(period, noteName, notes, questionnaire, hostWords), { replace: true });
    return written.kind === 'written'
      ? undefined
      : vscode.l10n.t('{0} could not be written: {1}', privateSidecarName(noteName), 'reason' in written ? written.reason : vscode.l10n.t('it exists'));
  }

  /** A draft's words sealed with this machine's current key; `null` while it has none. */
  async sealDraft(notes: Readonly<Record<string, string>>): Promise<EncryptedText | null> {
    const key = await this.keys.current();
    return key ? encryptNotes(notes, DRAFT_SEAL_PERIOD, key) : null;
  }

  /** A sealed draft's words, opened with this machine's current key; `null` without it. */
  async openDraft(sealed: EncryptedText): Promise<Record<string, string> | null> {
    const key = await this.keys.current();
    const opened = key && (await decryptNotes(sealed, DRAFT_SEAL_PERIOD, key));
    return opened && opened.ok ? { ...opened.notes } : null;
  }

  /** The free text of a private note, after asking for the passphrase if this machine has no key for it. */
  async read(note: vscode.Uri, reflection: Reflection): Promise<PrivateRead> {
    const kept = reflection.privateText;
    const name = fileNameOf(note);
    if (!kept) {
      return { kind: 'read', notes: reflection.notes };
    }
    if (kept.storage === 'local') {
      const sidecar = vscode.Uri.joinPath(note, '..', kept.file);
      if ((await fileTypeOf(sidecar)) === undefined) {
        return { kind: 'notRead', reason: vscode.l10n.t('{0} keeps its private text in {1}, which is not on this machine.', name, kept.file) };
      }
      const notes = parsePrivateSidecar(await readText(sidecar));
      return notes ? { kind: 'read', notes, record: kept } : { kind: 'notRead', reason: vscode.l10n.t('{0} is not a Lead Review private-text file any more, so it cannot be read. Nothing was changed.', kept.file) };
    }
    const found = await this.keys.keyFor(kept, name);
    if (found.kind === 'cancelled') {
      return { kind: 'cancelled' };
    }
    if (found.kind === 'wrong') {
      return { kind: 'notRead', reason: wrongPassphrase(name) };
    }
    const opened = await decryptNotes(kept, reflection.period, found.key);
    if (opened.ok) {
      return { kind: 'read', notes: opened.notes, record: kept };
    }
    return opened.problem === 'damaged'
      ? { kind: 'notRead', reason: vscode.l10n.t('The private text of {0} has been changed or damaged since it was written, so it cannot be read. Nothing was changed.', name) }
      : { kind: 'notRead', reason: wrongPassphrase(name) };
  }
}

function wrongPassphrase(name: string): string {
  return vscode.l10n.t('That passphrase does not open the private text of {0}. Nothing was changed.', name);
}
