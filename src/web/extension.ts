import type * as vscode from 'vscode';
import { registerTestCommand } from './testCommand';
import { activateWith, type LeadReviewExports } from '../host/activate';
import { webChunks } from '../platform/chunks/webChunks';

/**
 * The entry point in VS Code's web worker extension host (vscode.dev, github.dev, Codespaces in
 * a browser): the same extension, loading its chunks without Node.
 */
export function activate(context: vscode.ExtensionContext): LeadReviewExports {
  const exports = activateWith(context, webChunks(context.extensionUri));
  if (exports.test) {
    context.subscriptions.push(registerTestCommand(exports.test));
  }
  return exports;
}

export function deactivate(): void {}
