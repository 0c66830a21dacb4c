import type * as vscode from 'vscode';
import { registerTestCommand } from './testCommand';
import { activateWith, type LeadReviewTestApi } from '../host/activate';
import { webChunks } from '../platform/chunks/webChunks';

/**
 * The entry point in VS Code's web worker extension host (vscode.dev, github.dev, Codespaces in
 * a browser): the same extension, loading its chunks without Node.
 */
export function activate(context: vscode.ExtensionContext): LeadReviewTestApi | undefined {
  const api = activateWith(context, webChunks(context.extensionUri));
  if (api) {
    context.subscriptions.push(registerTestCommand(api));
  }
  return api;
}

export function deactivate(): void {}
