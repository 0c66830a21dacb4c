import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { periodFor } from '../../../src/core/period';
import { localDateOf } from '../../../src/core/localDate';
import type { LeadReviewApi } from '../../../src/extension';
import { activateLeadReview, answerNextPrompt, completeDraft, exists, writeReflection } from '../helpers';

describe('A multi-root workspace', () => {
  let api: LeadReviewApi;
  const period = periodFor(localDateOf(new Date()), 'weekly').id;

  before(async () => {
    api = await activateLeadReview();
  });

  it('asks which folder keeps the notes, then remembers the answer', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((folder) => folder.name), ['alpha', 'beta']);
    const beta = folders[1]!.uri;

    await api.drafts.replace(completeDraft());
    const picked = answerNextPrompt(api, 'workspaceFolder', { downs: 1 });
    const first = await writeReflection();
    await picked;
    assert.equal(first.kind, 'written');
    assert.ok(await exists(vscode.Uri.joinPath(beta, 'reflections', `${period}.md`)));
    assert.equal(await exists(vscode.Uri.joinPath(folders[0]!.uri, 'reflections')), false);

    const prompts: string[] = [];
    const listener = api.onDidShowPrompt((id) => prompts.push(id));
    await api.drafts.replace(completeDraft());
    const second = answerNextPrompt(api, 'existingNote', { downs: 1 });
    const outcome = await writeReflection();
    await second;
    listener.dispose();
    assert.equal(outcome.kind, 'written');
    assert.deepEqual(prompts, ['existingNote']);
    assert.ok(await exists(vscode.Uri.joinPath(beta, 'reflections', `${period}-2.md`)));
  });
});
