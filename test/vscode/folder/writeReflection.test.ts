import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { emptyDraft } from '../../../src/core/note/draft';
import { periodFor } from '../../../src/core/time/period';
import { localDateOf } from '../../../src/core/time/localDate';
import { parseReflection } from '../../../src/core/note/parseReflection';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, answerNextPrompt, completeDraft, deleteIfPresent, exists, readText, writeReflection } from '../helpers';

describe('Write Reflection', () => {
  let api: LeadReviewTestApi;
  const root = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;
  const period = periodFor(localDateOf(new Date()), 'weekly').id;
  const noteUri = (name = `${period}.md`): vscode.Uri => vscode.Uri.joinPath(root(), 'reflections', name);

  before(async () => {
    api = await activateLeadReview();
  });

  beforeEach(async () => {
    await deleteIfPresent(vscode.Uri.joinPath(root(), 'reflections'));
  });

  it('writes the period note from the seeded draft, with valid front matter, and clears the draft', async () => {
    const draft = completeDraft();
    await api.drafts.replace(draft);
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'written');
    assert.equal(outcome.kind === 'written' && outcome.note.relativePath, `reflections/${period}.md`);
    const text = await readText(noteUri());
    const frontMatter = parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
    assert.equal(frontMatter.questionnaire, 'lead-review/default@1');
    assert.equal(frontMatter.period, period);
    const parsed = parseReflection(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.deepEqual(parsed.reflection.answers, draft.answers);
    assert.deepEqual(parsed.reflection.notes, draft.notes);
    assert.deepEqual(parsed.reflection.allocation, draft.allocation);
    assert.equal(parsed.reflection.energy, 4);
    assert.equal(parsed.reflection.titleContext, 'lead');
    assert.match(text, new RegExp(`^# Lead review ${period}$`, 'm'));
    assert.deepEqual(api.drafts.get(), emptyDraft());
  });

  it('refuses an incomplete draft, lists what is missing, and writes nothing', async () => {
    const draft = completeDraft({ energy: null, allocation: { people: 50 } });
    await api.drafts.replace(draft);
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'notWritten');
    assert.ok(outcome.kind === 'notWritten' && outcome.missing.includes('Energy'));
    assert.ok(outcome.kind === 'notWritten' && outcome.missing.some((entry) => entry.startsWith('Time allocation')));
    assert.equal(await exists(noteUri()), false);
    assert.deepEqual(api.drafts.get(), draft);
  });

  describe('when the period already has a note', () => {
    const original = 'an earlier note, never to be lost\n';

    beforeEach(async () => {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(root(), 'reflections'));
      await vscode.workspace.fs.writeFile(noteUri(), new TextEncoder().encode(original));
      await api.drafts.replace(completeDraft());
    });

    it('opens the existing note when asked to, and keeps the draft', async () => {
      const answered = answerNextPrompt(api, 'existingNote', { downs: 0 });
      const outcome = await writeReflection();
      await answered;
      assert.equal(outcome.kind, 'openedExisting');
      assert.equal(await readText(noteUri()), original);
      assert.equal(vscode.window.activeTextEditor?.document.uri.path, noteUri().path);
      assert.deepEqual(api.drafts.get(), completeDraft());
    });

    it('saves a second note for the period and leaves the first alone', async () => {
      const answered = answerNextPrompt(api, 'existingNote', { downs: 1 });
      const outcome = await writeReflection();
      await answered;
      assert.equal(outcome.kind, 'written');
      assert.equal(await readText(noteUri()), original);
      assert.ok(parseReflection(await readText(noteUri(`${period}-2.md`))).ok);
    });

    it('replaces the note only when that is chosen', async () => {
      const answered = answerNextPrompt(api, 'existingNote', { downs: 2 });
      const outcome = await writeReflection();
      await answered;
      assert.equal(outcome.kind, 'written');
      assert.ok(parseReflection(await readText(noteUri())).ok);
      assert.equal(await exists(noteUri(`${period}-2.md`)), false);
    });

    it('writes nothing when the question is dismissed', async () => {
      const answered = answerNextPrompt(api, 'existingNote', 'escape');
      const outcome = await writeReflection();
      await answered;
      assert.equal(outcome.kind, 'cancelled');
      assert.equal(await readText(noteUri()), original);
      assert.deepEqual(api.drafts.get(), completeDraft());
    });
  });
});
