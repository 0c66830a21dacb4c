import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderReflectionMarkdown } from '../../../../src/core/note/markdown';
import { parseReflection } from '../../../../src/core/note/parseReflection';
import { parsePrivateSidecar, renderPrivateSidecar, withSidecarIgnoreRule } from '../../../../src/core/private/privateSidecar';
import { decryptNotes, deriveKey, encryptNotes, fromBase64, isPrivateSidecarName, keyForPassphrase, PBKDF2_ITERATIONS, privateSidecarName, sealReflection, toBase64, type PrivateKey } from '../../../../src/core/private/privateText';
import { focusOf, type EncryptedText } from '../../../../src/core/note/model';
import { HOSTILE_TEXTS } from '../../../support/drafts';
import { day, generateNote } from '../../../support/notes';
import { PROJECT_ROOT } from '../../../support/paths';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';

const PASSPHRASE = 'correct horse battery staple';

describe('private text, encrypted', function () {
  // Each key derivation is 600,000 rounds of PBKDF2 by design.
  this.timeout(30_000);
  let key: PrivateKey;
  before(async () => {
    key = await deriveKey(PASSPHRASE);
  });

  it('derives its key with PBKDF2-SHA256 at 600,000 rounds and a fresh 16-byte salt each time', async () => {
    assert.equal(key.iterations, PBKDF2_ITERATIONS);
    assert.ok(PBKDF2_ITERATIONS >= 600_000);
    assert.equal(fromBase64(key.salt).length, 16);
    assert.equal(fromBase64(key.raw).length, 32);
    const again = await deriveKey(PASSPHRASE);
    assert.notEqual(again.salt, key.salt);
    assert.notEqual(again.raw, key.raw);
    assert.deepEqual(await deriveKey(PASSPHRASE, key.salt), key, 'the same passphrase and salt give the same key');
  });

  it('round-trips every hostile text, with a fresh IV each time, and lists only the prompts that hold text', async () => {
    const notes = Object.fromEntries(HOSTILE_TEXTS.map((text, index) => [`prompt${index}`, text]));
    const sealed = await encryptNotes({ ...notes, empty: '  ' }, '2026-W48', key);
    assert.deepEqual(sealed.prompts, Object.keys(notes));
    for (const text of HOSTILE_TEXTS) {
      assert.ok(!sealed.ciphertext.includes(text) && !JSON.stringify(sealed).includes(text.trim() || '\u0000'), 'no plaintext in the sealed record');
    }
    assert.deepEqual(await decryptNotes(sealed, '2026-W48', key), { ok: true, notes });
    const twice = await encryptNotes(notes, '2026-W48', key);
    assert.notEqual(twice.iv, sealed.iv);
    assert.notEqual(twice.ciphertext, sealed.ciphertext);
  });

  it('tells a wrong passphrase apart, without trying to decrypt', async () => {
    const sealed = await encryptNotes({ focus: 'Delegate.' }, '2026-W48', key);
    const wrong = await deriveKey('correct horse battery stapler', sealed.salt);
    assert.deepEqual(await decryptNotes(sealed, '2026-W48', wrong), { ok: false, problem: 'wrongKey' });
  });

  it('detects changed ciphertext, IV or period through AES-GCM, and never returns garbage', async () => {
    const sealed = await encryptNotes({ focus: 'Delegate the release train.' }, '2026-W48', key);
    const bytes = fromBase64(sealed.ciphertext);
    for (const index of [0, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const flipped = new Uint8Array(bytes);
      flipped[index]! ^= 0x01;
      assert.deepEqual(await decryptNotes({ ...sealed, ciphertext: toBase64(flipped) }, '2026-W48', key), { ok: false, problem: 'damaged' }, `byte ${index}`);
    }
    const iv = fromBase64(sealed.iv);
    iv[0]! ^= 0x80;
    assert.deepEqual(await decryptNotes({ ...sealed, iv: toBase64(iv) }, '2026-W48', key), { ok: false, problem: 'damaged' });
    assert.deepEqual(await decryptNotes({ ...sealed, ciphertext: sealed.ciphertext.slice(0, -8) }, '2026-W48', key), { ok: false, problem: 'damaged' });
    assert.deepEqual(await decryptNotes(sealed, '2026-W47', key), { ok: false, problem: 'damaged' }, 'text moved into another period\'s note');
  });

  it('seals a note so its front matter and body hold no free text, and still reads as a note with scores', async () => {
    const previous = generateNote(day('2026-11-20'), 2, 2, { draft: { notes: { focus: 'Delegate the release train.' } } }).reflection;
    const note = generateNote(day('2026-11-27'), 3, 1, { previous, draft: { notes: { led: 'A secret | win', managed: '', differently: 'Be kinder', focus: 'Hire well' } } }).reflection;
    const sealed = sealReflection(note, await encryptNotes(note.notes, note.period, key));
    const text = renderReflectionMarkdown(sealed, DEFAULT_QUESTIONNAIRE, previous);
    for (const secret of ['A secret', 'win', 'Be kinder', 'Hire well']) {
      assert.ok(!text.includes(secret), `"${secret}" is in the note`);
    }
    assert.match(text, /^> Delegate the release train\.$/m, "last period's focus, in the clear in its own note, is quoted as it is");
    assert.doesNotMatch(text, /Private text, in that period's note/, 'a public focus is not called private');
    assert.match(text, /_Private text, encrypted\. \*\*Lead Review: Read Private Text\*\* opens it with your passphrase\._/);
    const parsed = parseReflection(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.deepEqual(parsed.reflection.scores, note.scores);
    assert.deepEqual(parsed.reflection.notes, {});
    assert.deepEqual(focusOf(parsed.reflection), { period: '2026-W48', focus: null, plan: null }, 'next week still asks about the focus, without showing it');
    const record = parsed.reflection.privateText as EncryptedText;
    assert.deepEqual(await decryptNotes(record, parsed.reflection.period, key), { ok: true, notes: { led: 'A secret | win', differently: 'Be kinder', focus: 'Hire well' } });
  });

  it("labels last period's focus private only when it is private in that period's note", async () => {
    const first = generateNote(day('2026-11-20'), 2, 2, { draft: { notes: { focus: 'A private plan' } } }).reflection;
    const privateFirst = sealReflection(first, await encryptNotes(first.notes, first.period, key));
    const next = generateNote(day('2026-11-27'), 3, 1, { previous: privateFirst, draft: { notes: { focus: 'Hire well' } } }).reflection;
    const text = renderReflectionMarkdown(sealReflection(next, await encryptNotes(next.notes, next.period, key)), DEFAULT_QUESTIONNAIRE, privateFirst);
    assert.match(text, /_Private text, in that period's note\._/);
    assert.ok(!text.includes('A private plan'));
  });

  it('reads the format pinned by a note an earlier build wrote (test/fixtures/private/2026-W47.md)', async () => {
    const parsed = parseReflection(readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'private', '2026-W47.md'), 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    const record = parsed.reflection.privateText;
    assert.ok(record?.storage === 'encrypted');
    assert.deepEqual(
      { version: record.version, kdf: record.kdf, iterations: record.iterations, cipher: record.cipher, prompts: record.prompts },
      { version: 1, kdf: 'PBKDF2-SHA256', iterations: 600_000, cipher: 'AES-256-GCM', prompts: ['led', 'differently', 'focus'] },
    );
    const fixtureKey = await deriveKey(PASSPHRASE, record.salt, record.iterations);
    assert.deepEqual(await decryptNotes(record, parsed.reflection.period, fixtureKey), {
      ok: true,
      notes: { led: 'Ran the | incident review\n---\n<script>alert(1)</script> 🚀', differently: 'Say no sooner.', focus: 'Delegate the release train.' },
    });
  });

  describe('passphrases in Unicode', function () {
    this.timeout(20_000);
    const composed = 'Crème brûlée à minuit'.normalize('NFC');
    const decomposed = composed.normalize('NFD');

    it('derives one key from a passphrase however the system composed its accents', async () => {
      assert.notEqual(composed, decomposed);
      const sealed = await encryptNotes({ focus: 'Delegate.' }, '2026-W48', await deriveKey(decomposed));
      const key = await keyForPassphrase(sealed, composed);
      assert.ok(key, 'typed in NFC, it opens a note sealed from the same passphrase typed in NFD');
      assert.deepEqual(await decryptNotes(sealed, '2026-W48', key), { ok: true, notes: { focus: 'Delegate.' } });
    });

    it('still opens a note an earlier build sealed from the passphrase as typed, not in NFC (test/fixtures/private-nfd)', async () => {
      const parsed = parseReflection(readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'private-nfd', '2026-W47.md'), 'utf8'));
      assert.ok(parsed.ok && parsed.reflection.privateText?.storage === 'encrypted');
      const record = parsed.reflection.privateText;
      assert.equal(await keyForPassphrase(record, 'Crème brûlée à midi'), null, 'another passphrase does not open it');
      const key = await keyForPassphrase(record, decomposed);
      assert.ok(key, 'typed as it was then, it opens: NFC is tried first, then the passphrase as typed');
      assert.deepEqual(await decryptNotes(record, parsed.reflection.period, key), { ok: true, notes: { led: 'Gave the café meeting to Zoë', focus: 'Déléguer la release' } });
    });

    it('is read by the standalone decryptor, which knows only the spec and node:crypto', () => {
      const script = path.join(PROJECT_ROOT, 'scripts', 'decrypt-note.mjs');
      const run = (note: string, passphrase: string) =>
        spawnSync(process.execPath, [script, note], { env: { ...process.env, LEAD_REVIEW_PASSPHRASE: passphrase }, encoding: 'utf8' });
      const pinned = run(path.join(PROJECT_ROOT, 'test', 'fixtures', 'private', '2026-W47.md'), PASSPHRASE);
      assert.equal(pinned.status, 0, pinned.stderr);
      assert.deepEqual(JSON.parse(pinned.stdout), { led: 'Ran the | incident review\n---\n<script>alert(1)</script> 🚀', differently: 'Say no sooner.', focus: 'Delegate the release train.' });
      const older = run(path.join(PROJECT_ROOT, 'test', 'fixtures', 'private-nfd', '2026-W47.md'), decomposed);
      assert.equal(older.status, 0, older.stderr);
      assert.equal(JSON.parse(older.stdout).focus, 'Déléguer la release');
      const wrong = run(path.join(PROJECT_ROOT, 'test', 'fixtures', 'private', '2026-W47.md'), 'not the passphrase');
      assert.equal(wrong.status, 1);
      assert.match(wrong.stderr, /does not open this note/);
    });
  });

  it('refuses a note that asks for fewer rounds, a newer format or a broken field, naming the field', async () => {
    const note = generateNote(day('2026-11-27'), 3, 1).reflection;
    const sealed = sealReflection(note, await encryptNotes(note.notes, note.period, key));
    const text = renderReflectionMarkdown(sealed, DEFAULT_QUESTIONNAIRE);
    const cases: [string, string, RegExp][] = [
      ['iterations: 600000', 'iterations: 1000', /privateText\.iterations must be a number from 600000/],
      ['version: 1\n  kdf', 'version: 2\n  kdf', /privateText\.version must be 1; this note was written by a newer Lead Review/],
      ['cipher: "AES-256-GCM"', 'cipher: "ROT13"', /privateText\.cipher must be one of: AES-256-GCM/],
      ['salt: "', 'salt: "not base64!', /privateText\.salt/],
    ];
    for (const [from, to, message] of cases) {
      assert.ok(text.includes(from), from);
      const parsed = parseReflection(text.replace(from, to));
      assert.ok(!parsed.ok && message.test(parsed.error), parsed.ok ? `${to} was accepted` : parsed.error);
    }
  });
});

describe('private text, local', () => {
  it('names the sidecar after the note, and nothing else counts as one', () => {
    assert.equal(privateSidecarName('2026-W48.md'), '2026-W48.private.md');
    assert.equal(privateSidecarName('2026-W48-2.md'), '2026-W48-2.private.md');
    assert.ok(isPrivateSidecarName('2026-W48.private.md'));
    assert.ok(!isPrivateSidecarName('2026-W48.md'));
  });

  it('writes a sidecar that reads back to the same text, hostile text included', () => {
    const notes = { led: HOSTILE_TEXTS.join('\n'), focus: 'Hire well' };
    const text = renderPrivateSidecar('2026-W48', '2026-W48.md', notes, DEFAULT_QUESTIONNAIRE);
    assert.deepEqual(parsePrivateSidecar(text), notes);
    assert.equal(parsePrivateSidecar('# just Markdown'), null);
  });

  it('adds the ignore rule once, keeping what the .gitignore already says', () => {
    assert.equal(withSidecarIgnoreRule(null), '# Lead Review: private text stays on this machine.\n*.private.md\n');
    assert.equal(withSidecarIgnoreRule('node_modules'), 'node_modules\n# Lead Review: private text stays on this machine.\n*.private.md\n');
    assert.equal(withSidecarIgnoreRule('a\r\n*.private.md\r\n'), null);
    assert.equal(withSidecarIgnoreRule(withSidecarIgnoreRule('x\n')), null);
  });

  it('seals a note that names its sidecar, with no free text in it', () => {
    const note = generateNote(day('2026-11-27'), 3, 1, { draft: { notes: { led: 'Quiet win', managed: '', differently: '', focus: 'Hire well' } } }).reflection;
    const sealed = sealReflection(note, { storage: 'local', file: '2026-W48.private.md', prompts: ['led', 'focus'] });
    const text = renderReflectionMarkdown(sealed, DEFAULT_QUESTIONNAIRE);
    assert.ok(!text.includes('Quiet win') && !text.includes('Hire well'));
    assert.match(text, /_Private text, kept on the writer's machine in `2026-W48\.private\.md`, which git ignores\._/);
    const parsed = parseReflection(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reflection.privateText, { storage: 'local', file: '2026-W48.private.md', prompts: ['led', 'focus'] });
    assert.ok(!parseReflection(text.replace('file: "2026-W48.private.md"', 'file: "../../etc/passwd.private.md"')).ok, 'a sidecar is only ever a file beside the note');
  });
});
