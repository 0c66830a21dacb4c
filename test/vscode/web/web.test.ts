import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { localDateOf } from '../../../src/core/time/localDate';
import { parseReflection } from '../../../src/core/note/parseReflection';
import { periodFor } from '../../../src/core/time/period';
import type { CommitOutcome } from '../../../src/features/commit/commitReflection';
import type { WriteOutcome } from '../../../src/features/write/writeReflection';
import { day, weeklyNotes } from '../../support/notes';
import { completeDraft, EXTENSION_ID, writeReflection } from '../helpers';
import { webLeadReview } from './webLeadReview';

const PERIOD = periodFor(localDateOf(new Date()), 'weekly').id;

describe('Lead Review in the web worker extension host', () => {
  const root = (): string => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const notes = (): string => path.join(root(), 'reflections');
  const note = (): string => path.join(notes(), `${PERIOD}.md`);

  before(async function () {
    this.timeout(90_000);
    await webLeadReview.ready();
  });

  beforeEach(() => {
    rmSync(notes(), { recursive: true, force: true });
  });

  it('really runs there: no Node, and not in the Node host that runs these tests', async () => {
    assert.deepEqual(await webLeadReview.host(), { node: false });
    assert.equal(typeof process.versions.node, 'string', 'these tests themselves run in Node');
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID), undefined, 'the Node host does not run Lead Review');
    assert.ok((await vscode.commands.getCommands(true)).includes('leadReview.writeReflection'));
  });

  describe('Write Reflection', () => {
    it('writes the note to disk through workspace.fs, and clears the draft', async () => {
      const draft = completeDraft();
      await webLeadReview.replaceDraft(draft);
      const outcome = await writeReflection();
      assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
      const parsed = parseReflection(readFileSync(note(), 'utf8'));
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      assert.deepEqual(parsed.reflection.answers, draft.answers);
      assert.deepEqual(parsed.reflection.notes, draft.notes);
      assert.deepEqual((await webLeadReview.draft()).answers, {});
    });

    it('never overwrites a note without asking, and keeps the draft when the question is dismissed', async () => {
      mkdirSync(notes(), { recursive: true });
      writeFileSync(note(), 'an earlier note, never to be lost\n');
      const draft = completeDraft();
      await webLeadReview.replaceDraft(draft);
      const dismissed = webLeadReview.answer('existingNote', 'escape');
      const outcome = await writeReflection();
      await dismissed;
      assert.equal(outcome.kind, 'cancelled');
      assert.equal(readFileSync(note(), 'utf8'), 'an earlier note, never to be lost\n');
      assert.deepEqual(await webLeadReview.draft(), draft);
    });

    it('refuses an incomplete draft, writes nothing and keeps the draft', async () => {
      const draft = completeDraft({ energy: null });
      await webLeadReview.replaceDraft(draft);
      const outcome: WriteOutcome = await writeReflection();
      assert.equal(outcome.kind, 'notWritten');
      assert.equal(existsSync(note()), false);
      assert.deepEqual(await webLeadReview.draft(), draft);
    });
  });

  describe('History', () => {
    it('reads the notes back, and skips a broken one by name', async () => {
      mkdirSync(notes(), { recursive: true });
      for (const generated of weeklyNotes(3, day('2026-11-20'))) {
        writeFileSync(path.join(notes(), generated.fileName), generated.text);
      }
      writeFileSync(path.join(notes(), '2026-W01.md'), '---\nschema: [\n---\n');
      const history = await webLeadReview.history();
      assert.deepEqual(history.entries, ['2026-W45.md', '2026-W46.md', '2026-W47.md']);
      assert.deepEqual(history.skipped, ['2026-W01.md']);
    });

    it('reads a hand-edited note with the YAML reader it loads in the web worker', async () => {
      mkdirSync(notes(), { recursive: true });
      const [generated] = weeklyNotes(1, day('2026-11-20'));
      writeFileSync(path.join(notes(), generated!.fileName), generated!.text.replace('schema: 1', "schema: 1 # edited by hand\n'extra': yes"));
      const history = await webLeadReview.history();
      assert.deepEqual(history.entries, [generated!.fileName], JSON.stringify(history));
    });
  });

  describe('Customize Questionnaire', () => {
    after(() => {
      rmSync(path.join(root(), '.lead-review'), { recursive: true, force: true });
    });

    it('copies the built-in questionnaire into the workspace, and reads the team\'s edit with the YAML reader it loads there', async () => {
      await vscode.commands.executeCommand('leadReview.customizeQuestionnaire');
      const copy = path.join(root(), '.lead-review', 'questionnaire.yaml');
      assert.ok(existsSync(copy));
      writeFileSync(copy, readFileSync(copy, 'utf8').replace('title: Beyond the title', 'title: Beyond the title, as our team says it').replace('id: lead-review/default', 'id: acme/tech-leads'));
      const questionnaire = await webLeadReview.questionnaire();
      assert.equal(questionnaire.notice, null);
      assert.equal(questionnaire.id, 'acme/tech-leads');
      assert.equal(questionnaire.titles[0], 'Beyond the title, as our team says it');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });

  describe('Commit Reflection', () => {
    it('says in one sentence that this editor commits through its Source Control view, names the note, and offers to open it', async () => {
      await webLeadReview.replaceDraft(completeDraft());
      await writeReflection();
      const outcome = await vscode.commands.executeCommand<CommitOutcome>('leadReview.commitReflection');
      assert.equal(outcome.kind, 'notCommitted');
      assert.ok(outcome.kind === 'notCommitted');
      assert.equal(outcome.reason, `This editor commits through its Source Control view: open it to commit reflections/${PERIOD}.md. Your note is saved.`);
      assert.deepEqual(outcome.action, { title: 'Open Source Control', command: 'workbench.view.scm' });
    });
  });
});
