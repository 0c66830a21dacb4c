import * as vscode from 'vscode';
import type { MarkdownItLike } from '../core/previewBlock/fencePlugin';
import { PreviewBlocks } from '../features/previewBlocks/previewBlocks';
import { ReminderStatus } from '../features/reminder/reminderStatus';
import type { Chunks } from '../platform/chunks/chunks';
import { SettingsEvents } from '../platform/location/settingsEvents';
import { registerCommands } from './commands';
import { createFeatures } from './features';
import { OutcomeMessages } from './outcomeMessages';
import { Prompts } from './prompts';
import { QUESTIONNAIRE_VIEW_ID, QuestionnaireViewProvider } from './sidebar/questionnaireView';
import { testApi, type LeadReviewTestApi } from './testApi';

export type { LeadReviewTestApi } from './testApi';

/** What `activate` gives: the Markdown preview's plugin, and in test mode only the test API. */
export interface LeadReviewExports {
  extendMarkdownIt<T extends MarkdownItLike>(md: T): T;
  readonly test?: LeadReviewTestApi;
}

/**
 * Everything activation does, for either extension host; the entry points (src/extension.ts for
 * Node, src/web/extension.ts for the web worker) only say how their host loads chunks.
 */
export function activateWith(context: vscode.ExtensionContext, chunks: Chunks): LeadReviewExports {
  const log = vscode.window.createOutputChannel('Lead Review', { log: true });
  const prompts = new Prompts();
  const settings = new SettingsEvents();
  context.subscriptions.push(log, prompts, settings);
  const features = createFeatures(context, chunks, prompts, settings, log);
  const { drafts, history, questionnaires } = features;
  const outcomes = new OutcomeMessages(features.commits, prompts, log);
  const view = new QuestionnaireViewProvider(features, outcomes);
  const reminder = new ReminderStatus(history, settings);
  const blocks = new PreviewBlocks(history, features.locator, questionnaires, log, chunks);
  context.subscriptions.push(
    blocks,
    view,
    reminder,
    // Kept alive while hidden: showing it again then costs no new frames (see docs/performance.md).
    vscode.window.registerWebviewViewProvider(QUESTIONNAIRE_VIEW_ID, view, { webviewOptions: { retainContextWhenHidden: true } }),
    settings.on(['folder'], () => history.scheduleRefresh()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => history.scheduleRefresh()),
    ...registerCommands(features, outcomes),
  );
  // Reading files can take a while in a big repo; it must never hold up activation.
  const startupWork = new Promise<void>((resolve) => {
    const afterActivation = setTimeout(
      () => resolve(chunks.prepareYaml().then(() => Promise.all([drafts.restore(), questionnaires.reload(), history.refresh()])).then(() => undefined)),
      0,
    );
    context.subscriptions.push({ dispose: () => clearTimeout(afterActivation) });
  });
  return {
    extendMarkdownIt: (md) => blocks.extendMarkdownIt(md),
    ...(context.extensionMode === vscode.ExtensionMode.Test ? { test: testApi(features, view, reminder, startupWork) } : {}),
  };
}
