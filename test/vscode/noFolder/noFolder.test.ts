import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { CommitOutcome } from '../../../src/features/commit/commitReflection';
import type { CustomizeOutcome } from '../../../src/features/questionnaire/customizeQuestionnaire';
import type { OpenOutcome } from '../../../src/features/write/openNotes';
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
    const opened = await vscode.commands.executeCommand<OpenOutcome>('leadReview.openLatestReflection');
    assert.equal(opened.kind, 'notOpened');
    assert.match(opened.kind === 'notOpened' ? opened.notice?.message ?? '' : '', /no folder is open/);
    assert.equal(vscode.window.activeTextEditor, undefined);
  });

  it('Customize Questionnaire and Commit Reflection say what is missing, and write nothing', async () => {
    const customized = await vscode.commands.executeCommand<CustomizeOutcome>('leadReview.customizeQuestionnaire');
    assert.equal(customized.kind, 'notCreated');
    assert.match(customized.kind === 'notCreated' ? customized.reason : '', /no folder is open/);
    const committed = await vscode.commands.executeCommand<CommitOutcome>('leadReview.commitReflection');
    assert.equal(committed.kind, 'notCommitted');
    assert.match(committed.kind === 'notCommitted' ? committed.reason : '', /There is no reflection to commit yet/);
  });
});
