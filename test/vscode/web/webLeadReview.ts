import * as vscode from 'vscode';
import type { Draft } from '../../../src/core/note/draft';
import type { PromptId } from '../../../src/host/prompts';
import { pause, waitFor } from '../helpers';

/**
 * Lead Review's test API as the Node host sees an extension in the web worker host: through the
 * `leadReview.test` command, which Lead Review registers under test only.
 */
export const webLeadReview = {
  call: <T>(call: string, argument?: unknown): Thenable<T> => vscode.commands.executeCommand<T>('leadReview.test', call, argument),
  async ready(): Promise<void> {
    await waitFor(async () => (await vscode.commands.getCommands(true)).includes('leadReview.test'), 'Lead Review to start in the web worker host', 60_000);
    await webLeadReview.call('startupWork');
  },
  host: () => webLeadReview.call<{ node: boolean }>('host'),
  draft: () => webLeadReview.call<Draft>('draft'),
  replaceDraft: (draft: Draft) => webLeadReview.call<void>('replaceDraft', draft),
  history: () => webLeadReview.call<{ entries: string[]; skipped: string[] }>('history'),
  shownPrompts: () => webLeadReview.call<PromptId[]>('shownPrompts'),
  /** Reloads the questionnaire, then says which one is in use. */
  questionnaire: () => webLeadReview.call<{ id: string; titles: string[]; notice: string | null }>('questionnaire'),
  /** Waits for the next quick pick with `id`, then answers it as a keyboard user would. */
  async answer(id: PromptId, answer: { downs: number } | 'escape'): Promise<void> {
    const before = (await webLeadReview.shownPrompts()).filter((shown) => shown === id).length;
    await waitFor(async () => (await webLeadReview.shownPrompts()).filter((shown) => shown === id).length > before, `the ${id} prompt`);
    await pause(300);
    if (answer === 'escape') {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return;
    }
    for (let step = 0; step < answer.downs; step++) {
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    }
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  },
};
