import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { emptyDraft } from '../../../src/core/note/draft';
import { fromBase64, toBase64 } from '../../../src/core/private/privateText';
import { parseReflection } from '../../../src/core/note/parseReflection';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { ReadPrivateOutcome } from '../../../src/features/privateText/readPrivateText';
import { activateLeadReview, answerNextPrompt, completeDraft, waitFor, writeReflection } from '../helpers';
import { commitReflection, configure, filesOfHead, git, initRepository, PERIOD, useNotesFolder, workspaceRoot } from './gitRepositories';
import { filesHolding } from '../../support/files';

/** Words typed into the form that must never reach the workspace in the clear. */
const SECRET_LED = 'Told the VP the launch date was fiction';
const SECRET_FOCUS = 'Ask for the staff promotion';

function privateDraft() {
  return completeDraft({ notes: { led: SECRET_LED, managed: '', differently: 'Speak up | earlier', focus: SECRET_FOCUS } });
}

function readPrivateText(note?: vscode.Uri): Thenable<ReadPrivateOutcome> {
  return vscode.commands.executeCommand<ReadPrivateOutcome>('leadReview.readPrivateText', note);
}

describe('Private free text', () => {
  let api: LeadReviewTestApi;
  const notesFolder = (): string => path.join(workspaceRoot(), 'private-notes');
  const note = (): string => path.join(notesFolder(), `${PERIOD}.md`);

  before(async () => {
    api = await activateLeadReview();
  });

  beforeEach(async () => {
    rmSync(notesFolder(), { recursive: true, force: true });
    await useNotesFolder('private-notes');
  });

  afterEach(async () => {
    await configure('privateText', undefined);
    await configure('folder', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(() => {
    rmSync(notesFolder(), { recursive: true, force: true });
  });

  it('asks for a passphrase the first time; dismissing it writes nothing and keeps the draft', async () => {
    // As on a machine that has no key yet, in a notes folder with no encrypted note.
    await api.forgetKeys([]);
    await configure('privateText', 'encrypted');
    const draft = privateDraft();
    await api.drafts.replace(draft);
    const dismissed = answerNextPrompt(api, 'choosePassphrase', 'escape');
    const outcome = await writeReflection();
    await dismissed;
    assert.equal(outcome.kind, 'notWritten');
    assert.match(outcome.kind === 'notWritten' ? outcome.notice.message : '', /^No passphrase was chosen, so nothing was written\. Your answers are still in the draft\.$/);
    assert.equal(existsSync(note()), false);
    assert.deepEqual(api.drafts.get(), draft);
  });

  describe('encrypted', () => {
    beforeEach(async () => {
      await configure('privateText', 'encrypted');
      await api.usePassphrase('a long walk on a short pier');
    });

    it('writes no typed text anywhere in the workspace, keeps the scores readable, and opens the text on request', async () => {
      await api.drafts.replace(privateDraft());
      const outcome = await writeReflection();
      assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
      for (const secret of [SECRET_LED, SECRET_FOCUS, 'Speak up']) {
        assert.deepEqual(filesHolding(workspaceRoot(), secret), [], `"${secret}" is in the workspace`);
      }
      const parsed = parseReflection(readFileSync(note(), 'utf8'));
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      assert.equal(parsed.reflection.scores.answered, 14, 'the scores stay in the clear');
      assert.deepEqual(parsed.reflection.privateText?.prompts, ['led', 'differently', 'focus']);
      assert.match(readFileSync(note(), 'utf8'), /_Private text, encrypted\./);

      const read = await readPrivateText(vscode.Uri.file(note()));
      assert.equal(read.kind, 'shown', JSON.stringify(read));
      const shown = vscode.window.activeTextEditor?.document;
      assert.equal(shown?.uri.scheme, 'lead-review-private');
      assert.ok(shown?.getText().includes(SECRET_LED) && shown.getText().includes(SECRET_FOCUS));
      assert.equal(shown?.isUntitled, false, 'a read-only view, not a file that could be saved into the workspace');
    });

    it('reports changed ciphertext as damaged, shows nothing, and leaves the note as it was', async () => {
      await api.drafts.replace(privateDraft());
      await writeReflection();
      const original = readFileSync(note(), 'utf8');
      const ciphertext = /ciphertext: "([^"]+)"/.exec(original)![1]!;
      const bytes = fromBase64(ciphertext);
      bytes[5]! ^= 0x01;
      const tampered = original.replace(ciphertext, toBase64(bytes));
      writeFileSync(note(), tampered);
      const read = await readPrivateText(vscode.Uri.file(note()));
      assert.equal(read.kind, 'notRead');
      assert.match(read.kind === 'notRead' ? read.reason : '', /has been changed or damaged since it was written, so it cannot be read\. Nothing was changed\./);
      assert.equal(readFileSync(note(), 'utf8'), tampered);
      assert.notEqual(vscode.window.activeTextEditor?.document.uri.scheme, 'lead-review-private');
    });

    it('seals the next note with the key this machine already holds for the history, without asking for a new passphrase', async () => {
      await api.drafts.replace(privateDraft());
      await writeReflection();
      const salt = /salt: "([^"]+)"/.exec(readFileSync(note(), 'utf8'))![1]!;
      await api.history.refresh();
      // As on a second machine that opened an old note: the history's key is kept, but none is current.
      await api.forgetKeys([]);
      const asked: string[] = [];
      const listening = api.onDidShowPrompt((id) => {
        asked.push(id);
        if (id !== 'existingNote') {
          void vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        }
      });
      const second = answerNextPrompt(api, 'existingNote', { downs: 1 });
      await api.drafts.replace(privateDraft());
      const outcome = await writeReflection();
      await second;
      listening.dispose();
      assert.deepEqual(asked, ['existingNote'], 'no passphrase was asked for');
      assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
      assert.ok(outcome.kind === 'written');
      assert.equal(/salt: "([^"]+)"/.exec(readFileSync(outcome.uri.fsPath, 'utf8'))![1], salt, 'one history, one passphrase');
    });

    it('never rewrites the notes already written when the setting is turned off or on', async () => {
      await api.drafts.replace(privateDraft());
      await writeReflection();
      const before = readFileSync(note(), 'utf8');
      await configure('privateText', 'off');
      await configure('privateText', 'local');
      await configure('privateText', 'encrypted');
      await api.history.refresh();
      assert.equal(readFileSync(note(), 'utf8'), before);
    });
  });

  describe('local', () => {
    beforeEach(async () => {
      await configure('privateText', 'local');
    });

    it('puts the free text in a git-ignored sidecar that the note names, and the commit leaves it out', async () => {
      const root = path.join(workspaceRoot(), 'private-notes');
      initRepository(root);
      await api.drafts.replace(privateDraft());
      const outcome = await writeReflection();
      assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
      const sidecar = path.join(notesFolder(), `${PERIOD}.private.md`);
      assert.ok(existsSync(sidecar));
      assert.ok(readFileSync(sidecar, 'utf8').includes(SECRET_LED));
      const text = readFileSync(note(), 'utf8');
      assert.ok(!text.includes(SECRET_LED) && !text.includes(SECRET_FOCUS));
      assert.ok(text.includes(`\`${PERIOD}.private.md\``), 'the note names its sidecar');
      assert.equal(git(root, 'check-ignore', `${PERIOD}.private.md`), `${PERIOD}.private.md`);

      await waitFor(async () => (await commitReflection(vscode.Uri.file(note()))).kind === 'committed', 'the note to be committed');
      assert.equal(filesOfHead(root), `${PERIOD}.md`);
      assert.equal(git(root, 'log', '--all', '--format=%H', '--', `${PERIOD}.private.md`), '', 'no commit ever held the sidecar');

      const refused = await commitReflection(vscode.Uri.file(sidecar));
      assert.equal(refused.kind, 'notCommitted');

      const read = await readPrivateText(vscode.Uri.file(note()));
      assert.equal(read.kind, 'shown');
      assert.ok(vscode.window.activeTextEditor?.document.getText().includes(SECRET_FOCUS));
    });

    it('says plainly when the sidecar is not on this machine', async () => {
      await api.drafts.replace(privateDraft());
      await writeReflection();
      rmSync(path.join(notesFolder(), `${PERIOD}.private.md`));
      const read = await readPrivateText(vscode.Uri.file(note()));
      assert.deepEqual(read, { kind: 'notRead', reason: `${PERIOD}.md keeps its private text in ${PERIOD}.private.md, which is not on this machine.` });
    });
  });

  it('with private text off, a note keeps its words in the note, as before', async () => {
    await api.drafts.replace(privateDraft());
    await writeReflection();
    assert.ok(readFileSync(note(), 'utf8').includes(SECRET_FOCUS));
    assert.deepEqual(api.drafts.get(), emptyDraft());
  });
});
