import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, completeDraft, writeReflection } from '../helpers';
import { commitReflection, configure, git, initRepository, PERIOD, reasonOf, useNotesFolder, workspaceRoot } from './gitRepositories';

const SECRET = 'Told the VP the launch date was fiction';

/** The `local` sidecar's rules, as git itself applies them. */
describe('Private text in a git-ignored sidecar', () => {
  let api: LeadReviewTestApi;
  const root = (): string => path.join(workspaceRoot(), 'sidecar-notes');
  const sidecar = (): string => path.join(root(), `${PERIOD}.private.md`);
  const note = (): string => path.join(root(), `${PERIOD}.md`);

  before(async () => {
    api = await activateLeadReview();
  });

  beforeEach(async () => {
    rmSync(root(), { recursive: true, force: true });
    initRepository(root());
    await useNotesFolder('sidecar-notes');
    await configure('privateText', 'local');
  });

  afterEach(async () => {
    await configure('privateText', undefined);
    await configure('folder', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(() => {
    rmSync(root(), { recursive: true, force: true });
  });

  it('asks git, not the .gitignore text: a later rule that un-ignores the sidecar stops it being written, and the draft keeps the text', async () => {
    writeFileSync(path.join(root(), '.gitignore'), `*.private.md\n!${PERIOD}.private.md\n`);
    const draft = completeDraft({ notes: { led: SECRET } });
    await api.drafts.replace(draft);
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'notWritten', JSON.stringify(outcome));
    assert.match(outcome.kind === 'notWritten' ? outcome.notice.message : '', /git would pick up .*\.private\.md \(a rule in \.gitignore un-ignores it, or it is already tracked\)/);
    assert.equal(existsSync(sidecar()), false, 'no sidecar where git would commit it');
    assert.ok(!readFileSync(note(), 'utf8').includes(SECRET), 'the note itself holds no private text');
    assert.deepEqual(api.drafts.get(), draft, 'the words are still in the draft');
  });

  describe('once a sidecar is written', () => {
    beforeEach(async () => {
      await api.drafts.replace(completeDraft({ notes: { led: SECRET } }));
      assert.equal((await writeReflection()).kind, 'written');
      assert.ok(existsSync(sidecar()));
    });

    it('refuses to commit with a hand-staged sidecar, and never advises staging it', async () => {
      git(root(), 'add', '-f', path.basename(sidecar()));
      const outcome = await commitReflection(vscode.Uri.file(note()));
      assert.equal(outcome.kind, 'notCommitted');
      assert.match(reasonOf(outcome), /holds private text and is staged, so Lead Review commits nothing until it is unstaged \(git restore --staged <file>\)/);
      assert.doesNotMatch(reasonOf(outcome), /git add|stage (it|them) again/);
      assert.equal(git(root(), 'log', '--all', '--format=%H'), '', 'nothing was committed');
    });

    it('refuses the sidecar from the palette when it is open in the editor, rather than committing another note', async () => {
      await vscode.window.showTextDocument(vscode.Uri.file(sidecar()));
      const outcome = await commitReflection();
      assert.equal(outcome.kind, 'notCommitted');
      assert.match(reasonOf(outcome), /\.private\.md holds private text, which Lead Review never commits/);
      assert.equal(git(root(), 'log', '--all', '--format=%H'), '');
    });

    it('refuses the sidecar when it is named, as the Explorer and the sidebar name a file', async () => {
      const outcome = await commitReflection(vscode.Uri.file(sidecar()));
      assert.match(reasonOf(outcome), /holds private text, which Lead Review never commits/);
    });
  });
});
