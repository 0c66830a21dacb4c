import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadReviewExports, LeadReviewTestApi } from '../../src/extension';
import type { WriteOutcome } from '../../src/features/write/writeReflection';
import type { WebviewMessage } from '../../src/shared/protocol';

export { completeDraft } from '../support/drafts';

export const EXTENSION_ID = 'lead-review.lead-review';

/** Activates the extension and returns its test API, which it only gives in test mode. */
export async function activateLeadReview(): Promise<LeadReviewTestApi> {
  const extension = vscode.extensions.getExtension<LeadReviewExports>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  const api = (await extension.activate()).test;
  assert.ok(api, 'the extension gives its test API only when VS Code runs it in test mode');
  return api;
}

export type { WriteOutcome } from '../../src/features/write/writeReflection';

export function writeReflection(): Thenable<WriteOutcome> {
  return vscode.commands.executeCommand<WriteOutcome>('leadReview.writeReflection');
}

/**
 * Answers the next quick pick the extension shows through the workbench's own quick-input
 * commands, as a keyboard user would: move down `downs` times, then Enter (or Escape).
 */
export function answerNextPrompt(
  api: LeadReviewTestApi,
  expected: string,
  answer: { downs: number } | 'escape',
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // A listener left behind would answer some later test's question.
      listener.dispose();
      reject(new Error(`No "${expected}" prompt appeared`));
    }, 15_000);
    const listener = api.onDidShowPrompt(async (id) => {
      listener.dispose();
      clearTimeout(timer);
      try {
        assert.equal(id, expected);
        await pause(300);
        if (answer === 'escape') {
          await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        } else {
          for (let step = 0; step < answer.downs; step++) {
            await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
          }
          await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        }
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

export function nextWebviewMessage(api: LeadReviewTestApi, type: WebviewMessage['type'], timeoutMs = 20_000): Promise<WebviewMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The sidebar sent no ${type} message`)), timeoutMs);
    const listener = api.onDidReceiveWebviewMessage((message) => {
      if (message.type === type) {
        listener.dispose();
        clearTimeout(timer);
        resolve(message);
      }
    });
  });
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function deleteIfPresent(uri: vscode.Uri): Promise<void> {
  if (await exists(uri)) {
    await vscode.workspace.fs.delete(uri, { recursive: true });
  }
}

/** Polls `condition` until it holds; a test waits for what it needs, never for a fixed time. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await pause(50);
  }
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
