import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localDateOf } from '../../../src/core/time/localDate';
import { parseReflection } from '../../../src/core/note/parseReflection';
import { periodFor } from '../../../src/core/time/period';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { CommitOutcome } from '../../../src/features/commit/commitReflection';
import type { HostMessage } from '../../../src/shared/protocol';
import { activateLeadReview, answerNextPrompt, completeDraft, exists, readText, writeReflection } from '../helpers';

/**
 * A workspace of three folders, alpha, beta and gamma. The tests run in file order: the first
 * one needs a workspace where nobody has been asked yet which folder keeps the notes.
 */
describe('A multi-root workspace', () => {
  let api: LeadReviewTestApi;
  const today = localDateOf(new Date());
  const folder = (name: string): vscode.WorkspaceFolder => vscode.workspace.workspaceFolders!.find((candidate) => candidate.name === name)!;
  const shownPrompts = (): { ids: string[]; stop(): void } => {
    const ids: string[] = [];
    const listener = api.onDidShowPrompt((id) => ids.push(id));
    return { ids, stop: () => listener.dispose() };
  };

  before(async () => {
    api = await activateLeadReview();
  });

  it('checks the form before it asks which folder to use', async () => {
    await api.drafts.replace(completeDraft({ energy: null }));
    const prompts = shownPrompts();
    const outcome = await writeReflection();
    prompts.stop();
    assert.equal(outcome.kind, 'notWritten');
    assert.deepEqual(outcome.kind === 'notWritten' && outcome.missing, ['Energy']);
    assert.deepEqual(prompts.ids, []);
  });

  it('asks which folder keeps the notes, then remembers the answer', async () => {
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((candidate) => candidate.name), ['alpha', 'beta', 'gamma']);
    const period = periodFor(today, 'weekly').id;
    await api.drafts.replace(completeDraft());
    const picked = answerNextPrompt(api, 'workspaceFolder', { downs: 1 });
    const first = await writeReflection();
    await picked;
    assert.equal(first.kind, 'written');
    assert.ok(await exists(vscode.Uri.joinPath(folder('beta').uri, 'reflections', `${period}.md`)));
    assert.equal(await exists(vscode.Uri.joinPath(folder('alpha').uri, 'reflections')), false);

    const prompts = shownPrompts();
    await api.drafts.replace(completeDraft());
    const second = answerNextPrompt(api, 'existingNote', { downs: 1 });
    const outcome = await writeReflection();
    await second;
    prompts.stop();
    assert.equal(outcome.kind, 'written');
    assert.deepEqual(prompts.ids, ['existingNote']);
    assert.ok(await exists(vscode.Uri.joinPath(folder('beta').uri, 'reflections', `${period}-2.md`)));
  });

  it('reads cadence and role from the chosen folder, for the note and for the sidebar', async () => {
    const beta = vscode.workspace.getConfiguration('leadReview', folder('beta'));
    await beta.update('cadence', 'monthly', vscode.ConfigurationTarget.WorkspaceFolder);
    await beta.update('role', 'engineering-manager', vscode.ConfigurationTarget.WorkspaceFolder);
    await vscode.workspace.getConfiguration('leadReview', folder('alpha')).update('cadence', 'biweekly', vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      const month = periodFor(today, 'monthly').id;
      const init = nextPosted(api, 'state/init');
      await vscode.commands.executeCommand('leadReview.openQuestionnaire');
      const model = await init;
      assert.deepEqual(model.type === 'state/init' && [model.period, model.role], [month, 'engineering-manager']);

      await api.drafts.replace(completeDraft());
      const outcome = await writeReflection();
      assert.equal(outcome.kind, 'written');
      assert.equal(outcome.kind === 'written' && outcome.note.relativePath, `reflections/${month}.md`);
      const note = parseReflection(await readText(vscode.Uri.joinPath(folder('beta').uri, 'reflections', `${month}.md`)));
      assert.ok(note.ok);
      assert.equal(note.reflection.cadence, 'monthly');
      assert.equal(note.reflection.bands?.role, 'engineering-manager');
    } finally {
      await beta.update('cadence', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await beta.update('role', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace.getConfiguration('leadReview', folder('alpha')).update('cadence', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('asks again when the remembered folder leaves the workspace', async () => {
    const betaUri = folder('beta').uri;
    await changeFolders(() => vscode.workspace.updateWorkspaceFolders(1, 1));
    try {
      assert.deepEqual(vscode.workspace.workspaceFolders?.map((candidate) => candidate.name), ['alpha', 'gamma']);
      const asked = answerNextPrompt(api, 'workspaceFolder', 'escape');
      const commit = await vscode.commands.executeCommand<CommitOutcome>('leadReview.commitReflection');
      await asked;
      assert.equal(commit.kind, 'cancelled', 'the note written last left with its folder, so Commit asks which folder to use');
      await api.drafts.replace(completeDraft());
      const picked = answerNextPrompt(api, 'workspaceFolder', { downs: 1 });
      const outcome = await writeReflection();
      await picked;
      assert.equal(outcome.kind, 'written');
      assert.ok(await exists(vscode.Uri.joinPath(folder('gamma').uri, 'reflections', `${periodFor(today, 'weekly').id}.md`)));
    } finally {
      await changeFolders(() => vscode.workspace.updateWorkspaceFolders(1, 0, { uri: betaUri, name: 'beta' }));
    }
  });
});

function nextPosted(api: LeadReviewTestApi, type: HostMessage['type']): Promise<HostMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host posted no ${type}`)), 20_000);
    const listener = api.onDidPostWebviewMessage((message) => {
      if (message.type === type) {
        clearTimeout(timer);
        listener.dispose();
        resolve(message);
      }
    });
  });
}

async function changeFolders(change: () => boolean): Promise<void> {
  const changed = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
      listener.dispose();
      resolve();
    });
  });
  assert.ok(change(), 'VS Code accepted the change of workspace folders');
  await changed;
}
