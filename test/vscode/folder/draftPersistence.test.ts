import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadReviewApi } from '../../../src/extension';
import { activateLeadReview, completeDraft, nextWebviewMessage } from '../helpers';

describe('The draft', () => {
  let api: LeadReviewApi;

  before(async () => {
    api = await activateLeadReview();
  });

  it('survives hiding and showing the sidebar, and the form asks for it again', async () => {
    const draft = completeDraft({ energy: 2 });
    await api.drafts.replace(draft);
    const firstReady = nextWebviewMessage(api, 'webview/ready');
    await vscode.commands.executeCommand('leadReview.openQuestionnaire');
    await firstReady;

    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const readyAgain = nextWebviewMessage(api, 'webview/ready');
    await vscode.commands.executeCommand('leadReview.openQuestionnaire');
    await readyAgain;
    assert.deepEqual(api.drafts.get(), draft);
  });
});
