/**
 * Free text that stays the person's own. Encryption uses WebCrypto only, which the desktop
 * extension host, the web worker host and the unit tests all have, so one format serves all.
 *
 * Format version 1, specified byte for byte in docs/private-text.md, and read without this code
 * by scripts/decrypt-note.mjs. A change here that the spec does not describe breaks people's notes.
 */
import { isPlainObject } from '../note/draft';
import type { EncryptedText, PrivateTextRecord, Reflection } from '../note/model';

export type PrivateTextMode = 'off' | 'encrypted' | 'local';
export const PRIVATE_TEXT_MODES: readonly PrivateTextMode[] = ['off', 'encrypted', 'local'];

export const PRIVATE_TEXT_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** A note cannot make the reader spend minutes deriving a key. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

/** A key derived from the passphrase. Only SecretStorage on this machine ever holds it. */
export interface PrivateKey {
  readonly salt: string;
  readonly iterations: number;
  readonly keyCheck: string;
  readonly raw: string;
}

export type OpenedText =
  | { readonly ok: true; readonly notes: Readonly<Record<string, string>> }
  /** `wrongKey`: the passphrase or key is not the one the text was sealed with. `damaged`: it is, and the text was changed. */
  | { readonly ok: false; readonly problem: 'wrongKey' | 'damaged' };

const AAD_PREFIX = 'lead-review/private-text/1\n';
const KEY_CHECK_LABEL = 'lead-review/key-check/1';
const SALT_BYTES = 16;
const IV_BYTES = 12;

/**
 * The key for a passphrase: PBKDF2 over the passphrase in Unicode NFC, as UTF-8, so the same
 * passphrase typed on systems that compose accents differently gives the same key.
 */
export function deriveKey(passphrase: string, salt: string = toBase64(randomBytes(SALT_BYTES)), iterations = PBKDF2_ITERATIONS): Promise<PrivateKey> {
  return deriveFromBytes(utf8(passphrase.normalize('NFC')), salt, iterations);
}

/**
 * The key that opens `text`, from a passphrase typed now: its NFC form first, then exactly as
 * typed, which is how notes written before NFC was specified derived it. `null`: neither opens it.
 */
export async function keyForPassphrase(text: EncryptedText, passphrase: string): Promise<PrivateKey | null> {
  const normalized = await deriveKey(passphrase, text.salt, text.iterations);
  if (isKeyFor(text, normalized)) {
    return normalized;
  }
  if (passphrase.normalize('NFC') === passphrase) {
    // Typed in NFC already: the bytes as typed are the ones just tried.
    return null;
  }
  const asTyped = await deriveFromBytes(utf8(passphrase), text.salt, text.iterations);
  return isKeyFor(text, asTyped) ? asTyped : null;
}

async function deriveFromBytes(passphrase: Uint8Array<ArrayBuffer>, salt: string, iterations: number): Promise<PrivateKey> {
  const material = await subtle().importKey('raw', passphrase, 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations }, material, 256));
  return { salt, iterations, keyCheck: await keyCheckOf(bits), raw: toBase64(bits) };
}

export async function encryptNotes(notes: Readonly<Record<string, string>>, period: string, key: PrivateKey): Promise<EncryptedText> {
  const withText = Object.fromEntries(Object.entries(notes).filter(([, text]) => text.trim() !== ''));
  const iv = randomBytes(IV_BYTES);
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(AAD_PREFIX + period) },
    await aesKey(key),
    utf8(JSON.stringify({ notes: withText })),
  );
  return {
    storage: 'encrypted',
    version: PRIVATE_TEXT_VERSION,
    kdf: 'PBKDF2-SHA256',
    iterations: key.iterations,
    cipher: 'AES-256-GCM',
    salt: key.salt,
    iv: toBase64(iv),
    keyCheck: key.keyCheck,
    prompts: Object.keys(withText),
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
}

/**
 * How a person tells passphrases apart without seeing them: the start of the salt, which is
 * random per passphrase and the same in every note sealed with it.
 */
export function passphraseId(salt: string): string {
  return salt.slice(0, 8);
}

/** The newest note's sealed text, whose passphrase the next note should share. */
export function newestEncrypted(reflections: readonly Pick<Reflection, 'privateText'>[]): EncryptedText | null {
  for (let index = reflections.length - 1; index >= 0; index--) {
    const record = reflections[index]!.privateText;
    if (record?.storage === 'encrypted') {
      return record;
    }
  }
  return null;
}

/** Whether `key` is the one `text` was sealed with, without trying to decrypt. */
export function isKeyFor(text: EncryptedText, key: PrivateKey): boolean {
  return key.salt === text.salt && key.iterations === text.iterations && key.keyCheck === text.keyCheck;
}

export async function decryptNotes(text: EncryptedText, period: string, key: PrivateKey): Promise<OpenedText> {
  if (!isKeyFor(text, key)) {
    return { ok: false, problem: 'wrongKey' };
  }
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt({ name: 'AES-GCM', iv: fromBase64(text.iv), additionalData: utf8(AAD_PREFIX + period) }, await aesKey(key), fromBase64(text.ciphertext));
  } catch {
    // AES-GCM checks its tag: with the right key, a failure can only mean changed bytes.
    return { ok: false, problem: 'damaged' };
  }
  const parsed: unknown = JSON.parse(new TextDecoder().decode(plain));
  const notes = isPlainObject(parsed) && isPlainObject(parsed.notes) ? parsed.notes : null;
  if (!notes || !Object.values(notes).every((value) => typeof value === 'string')) {
    return { ok: false, problem: 'damaged' };
  }
  return { ok: true, notes: notes as Record<string, string> };
}

/**
 * The reflection as it is written when its text is private: none of this period's free text left
 * in it. Last period's focus stays as that note has it: quoted when it is in the clear there,
 * empty (and so labelled private) when it is private there too.
 */
export function sealReflection(reflection: Reflection, record: PrivateTextRecord): Reflection {
  return { ...reflection, notes: {}, privateText: record };
}

/** The prompts that hold text, which is all a private note says about them in the clear. */
export function promptsWithText(notes: Readonly<Record<string, string>>): string[] {
  return Object.entries(notes)
    .filter(([, text]) => text.trim() !== '')
    .map(([id]) => id);
}

/** `2026-W48.md` → `2026-W48.private.md`: the git-ignored file that holds a note's text in `local` mode. */
export function privateSidecarName(noteFileName: string): string {
  return noteFileName.replace(/\.md$/, '.private.md');
}

export const PRIVATE_SIDECAR_PATTERN = '*.private.md';

export function isPrivateSidecarName(fileName: string): boolean {
  return fileName.endsWith('.private.md');
}

export function parsePrivateKey(value: string | undefined): PrivateKey | null {
  if (!value) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(value);
    return isPlainObject(parsed) && ['salt', 'keyCheck', 'raw'].every((field) => typeof parsed[field] === 'string') && typeof parsed.iterations === 'number'
      ? (parsed as unknown as PrivateKey)
      : null;
  } catch {
    return null;
  }
}

/** The WebCrypto types, named without the DOM library, which the host code does not load. */
type Subtle = typeof globalThis.crypto.subtle;
type AesKey = Awaited<ReturnType<Subtle['importKey']>>;

async function aesKey(key: PrivateKey): Promise<AesKey> {
  return subtle().importKey('raw', fromBase64(key.raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function keyCheckOf(raw: Uint8Array<ArrayBuffer>): Promise<string> {
  const label = utf8(KEY_CHECK_LABEL);
  const input = new Uint8Array(label.length + raw.length);
  input.set(label);
  input.set(raw, label.length);
  return toBase64(new Uint8Array(await subtle().digest('SHA-256', input)).slice(0, 16));
}

function subtle(): Subtle {
  return globalThis.crypto.subtle;
}

function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new TextEncoder().encode(text));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes;
}
