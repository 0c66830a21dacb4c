import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, completeDraft, nextWebviewMessage, waitFor } from '../helpers';

describe('The draft', () => {
  let api: LeadReviewTestApi;

  before(async () => {
    api = await activateLeadReview();
  });

  it('survives hiding and showing the sidebar, and the form asks for it again', async () => {
    const draft = completeDraft({ energy: 2 });
    await api.drafts.replace(draft);
    const firstReady = nextWebviewMessage(api, 'webview/ready');
    await vscode.commands.executeCommand('leadReview.openQuestionnaire');
    await firstReady;
    await waitFor(() => api.sidebarVisible(), 'the sidebar to show');

    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor(() => !api.sidebarVisible(), 'the sidebar to be hidden behind the Explorer');
    const readyAgain = nextWebviewMessage(api, 'webview/ready');
    await vscode.commands.executeCommand('leadReview.openQuestionnaire');
    await readyAgain;
    assert.equal(api.sidebarVisible(), true);
    assert.deepEqual(api.drafts.get(), draft);
  });
});
