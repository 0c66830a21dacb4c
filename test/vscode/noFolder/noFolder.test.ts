import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, completeDraft, writeReflection } from '../helpers';

describe('With no folder open', () => {
  let api: LeadReviewTestApi;

  before(async () => {
    api = await activateLeadReview();
  });

  it('says a folder is needed, writes nothing and keeps the draft', async () => {
    assert.equal(vscode.workspace.workspaceFolders, undefined);
    const draft = completeDraft();
    await api.drafts.replace(draft);
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'notWritten');
    assert.match(outcome.kind === 'notWritten' ? outcome.notice.message : '', /no folder is open/);
    assert.deepEqual(api.drafts.get(), draft);
  });

  it('Open Latest Reflection says the same and opens nothing', async () => {
    const opened = await vscode.commands.executeCommand('leadReview.openLatestReflection');
    assert.equal(opened, undefined);
    assert.equal(vscode.window.activeTextEditor, undefined);
  });
});
