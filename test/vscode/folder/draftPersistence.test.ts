import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { WebviewMessage } from '../../../src/shared/protocol';
import { activateLeadReview, completeDraft, nextWebviewMessage, waitFor } from '../helpers';

describe('The draft', () => {
  let api: LeadReviewTestApi;

  before(async () => {
    api = await activateLeadReview();
  });

  it('survives hiding and showing the sidebar, which keeps its page instead of loading it again', async () => {
    const draft = completeDraft({ energy: 2 });
    await api.drafts.replace(draft);
    const firstReady = nextWebviewMessage(api, 'webview/ready');
    await vscode.commands.executeCommand('leadReview.openQuestionnaire');
    await firstReady;
    await waitFor(() => api.sidebarVisible(), 'the sidebar to show');

    const received: WebviewMessage['type'][] = [];
    const listener = api.onDidReceiveWebviewMessage((message) => received.push(message.type));
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor(() => !api.sidebarVisible(), 'the sidebar to be hidden behind the Explorer');
    await vscode.commands.executeCommand('leadReview.openQuestionnaire');
    await waitFor(() => api.sidebarVisible(), 'the sidebar to show again');
    listener.dispose();
    assert.deepEqual(received, [], 'the kept page did not start over');
    assert.deepEqual(api.drafts.get(), draft);
  });
});
