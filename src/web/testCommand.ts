import * as vscode from 'vscode';
import type { Draft } from '../core/note/draft';
import type { PromptId } from '../host/prompts';
import type { LeadReviewTestApi } from '../host/activate';

/**
 * The test API over a command, for tests that run in another extension host than Lead Review:
 * the web set-up runs Lead Review in the web worker and its tests in the Node host, and only
 * commands cross between them. Registered under test only, like the API itself.
 */
export function registerTestCommand(api: LeadReviewTestApi): vscode.Disposable {
  const shown: PromptId[] = [];
  const listener = api.onDidShowPrompt((id) => shown.push(id));
  const command = vscode.commands.registerCommand('leadReview.test', async (call: unknown, argument?: unknown) => {
    switch (call) {
      case 'host':
        // `process` is Node's: the web worker host has none.
        return { node: typeof process !== 'undefined' && typeof process.versions?.node === 'string' };
      case 'draft':
        return api.drafts.get();
      case 'replaceDraft':
        return api.drafts.replace(argument as Draft);
      case 'history': {
        const loaded = await api.history.refresh();
        return { entries: loaded?.history.entries.map((entry) => entry.fileName) ?? [], skipped: loaded?.history.skipped.map((file) => file.fileName) ?? [] };
      }
      case 'questionnaire': {
        await api.questionnaire.reload();
        const current = api.questionnaire.current();
        return { id: current.id, titles: current.dimensions.map((dimension) => dimension.title), notice: api.questionnaire.notice() };
      }
      case 'shownPrompts':
        return [...shown];
      case 'startupWork':
        return api.startupWork();
      default:
        throw new Error(`leadReview.test does not know ${JSON.stringify(call)}`);
    }
  });
  return vscode.Disposable.from(listener, command);
}
