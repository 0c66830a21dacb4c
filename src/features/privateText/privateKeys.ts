import * as vscode from 'vscode';
import { deriveKey, isKeyFor, keyForPassphrase, MIN_PASSPHRASE_LENGTH, parsePrivateKey, passphraseId, type PrivateKey } from '../../core/private/privateText';
import { type EncryptedText } from '../../core/note/model';
import type { Asker } from '../../platform/asker';

const CURRENT_KEY = 'leadReview.privateText.currentKey';
const keyForSalt = (salt: string): string => `leadReview.privateText.key.${salt}`;

export type KeyLookup = { readonly kind: 'key'; readonly key: PrivateKey } | { readonly kind: 'cancelled' } | { readonly kind: 'wrong' };

/**
 * Keys derived from the person's passphrase. They live in VS Code's SecretStorage on this machine
 * (the OS keychain on the desktop) and nowhere else; the passphrase itself is never stored.
 */
export class PrivateKeys {
  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly prompts: Asker,
    /** Told when new notes' key changes, so a draft held in memory can be sealed and stored. */
    private readonly onCurrentChanged: () => void,
  ) {}

  /** The key new notes are sealed with, if a passphrase was chosen on this machine. */
  async current(): Promise<PrivateKey | undefined> {
    return parsePrivateKey(await this.secrets.get(CURRENT_KEY)) ?? undefined;
  }

  /**
   * The key for the next note when this machine has none yet. Where earlier notes are encrypted,
   * that history's passphrase is asked for and checked against a note's key check, so one history
   * keeps one passphrase; starting a new one is a separate choice, with a warning.
   */
  async forHistory(earlier: EncryptedText | null): Promise<PrivateKey | undefined> {
    if (!earlier) {
      return this.chooseNew();
    }
    const kept = parsePrivateKey(await this.secrets.get(keyForSalt(earlier.salt)));
    if (kept && isKeyFor(earlier, kept)) {
      return this.makeCurrent(kept);
    }
    const choice = await this.prompts.pick(
      'historyPassphrase',
      [
        { label: `$(key) ${vscode.l10n.t('Type the passphrase of your earlier notes')}`, detail: vscode.l10n.t('Recommended: one passphrase opens your whole history.'), fresh: false },
        { label: `$(new-file) ${vscode.l10n.t('Start a new passphrase')}`, detail: vscode.l10n.t('Earlier notes keep their passphrase: you will need both from now on.'), fresh: true },
      ],
      vscode.l10n.t('Your earlier notes are encrypted with a passphrase (key {0})', passphraseId(earlier.salt)),
    );
    if (!choice) {
      return undefined;
    }
    return choice.fresh ? this.chooseNew() : this.askForEarlier(earlier);
  }

  /** Asks until the passphrase opens `earlier`, or the person gives up. */
  private async askForEarlier(earlier: EncryptedText): Promise<PrivateKey | undefined> {
    let prompt = vscode.l10n.t('The passphrase your earlier notes were written with (key {0}).', passphraseId(earlier.salt));
    for (;;) {
      const passphrase = await this.prompts.passphrase('enterPassphrase', vscode.l10n.t('Lead Review: passphrase of your earlier notes'), prompt);
      if (passphrase === undefined) {
        return undefined;
      }
      const key = await withProgress(vscode.l10n.t('Deriving the key from your passphrase…'), () => keyForPassphrase(earlier, passphrase));
      if (key) {
        await this.remember(key);
        return this.makeCurrent(key);
      }
      prompt = vscode.l10n.t('That passphrase does not open your earlier notes (key {0}). Try again, or press Escape.', passphraseId(earlier.salt));
    }
  }

  /** Asks for a new passphrase, twice, and makes its key the one new notes use. */
  async chooseNew(): Promise<PrivateKey | undefined> {
    const passphrase = await this.prompts.passphrase(
      'choosePassphrase',
      vscode.l10n.t('Lead Review: choose a passphrase for your private text'),
      vscode.l10n.t('At least {0} characters. It is never stored; if you forget it, the text it protects is gone.', MIN_PASSPHRASE_LENGTH),
      (value) => (value.length < MIN_PASSPHRASE_LENGTH ? vscode.l10n.t('Use at least {0} characters.', MIN_PASSPHRASE_LENGTH) : undefined),
    );
    if (passphrase === undefined) {
      return undefined;
    }
    const again = await this.prompts.passphrase('confirmPassphrase', vscode.l10n.t('Lead Review: type the passphrase again'), vscode.l10n.t('The same passphrase, to be sure it is the one you meant.'), (value) =>
      value === passphrase ? undefined : vscode.l10n.t('This is not the passphrase you typed first.'),
    );
    return again === passphrase ? this.useNewPassphrase(passphrase) : undefined;
  }

  /** Derives a key from a fresh salt and keeps it as the current one. */
  async useNewPassphrase(passphrase: string): Promise<PrivateKey> {
    const key = await withProgress(vscode.l10n.t('Deriving the key from your passphrase…'), () => deriveKey(passphrase));
    await this.remember(key);
    return this.makeCurrent(key);
  }

  /** Forgets every key on this machine, as a new machine would start. Test mode only. */
  async forgetAll(salts: readonly string[]): Promise<void> {
    await Promise.all([CURRENT_KEY, ...salts.map(keyForSalt)].map((name) => this.secrets.delete(name)));
  }

  private async makeCurrent(key: PrivateKey): Promise<PrivateKey> {
    await this.secrets.store(CURRENT_KEY, JSON.stringify(key));
    this.onCurrentChanged();
    return key;
  }

  /** The key that opens `text`: one kept on this machine, or one derived from the passphrase asked for now. */
  async keyFor(text: EncryptedText, noteName: string): Promise<KeyLookup> {
    const current = await this.current();
    const kept = current && isKeyFor(text, current) ? current : parsePrivateKey(await this.secrets.get(keyForSalt(text.salt)));
    if (kept && isKeyFor(text, kept)) {
      return { kind: 'key', key: kept };
    }
    const passphrase = await this.prompts.passphrase('enterPassphrase', vscode.l10n.t('Lead Review: passphrase for {0}', noteName), vscode.l10n.t("The passphrase this note's private text was written with."));
    if (passphrase === undefined) {
      return { kind: 'cancelled' };
    }
    const key = await withProgress(vscode.l10n.t('Deriving the key from your passphrase…'), () => keyForPassphrase(text, passphrase));
    if (!key) {
      return { kind: 'wrong' };
    }
    await this.remember(key);
    return { kind: 'key', key };
  }

  private remember(key: PrivateKey): Thenable<void> {
    return this.secrets.store(keyForSalt(key.salt), JSON.stringify(key));
  }
}

function withProgress<T>(title: string, task: () => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, task);
}
