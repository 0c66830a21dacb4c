import type * as vscode from 'vscode';
import { nodeChunks } from './chunks/nodeChunks';
import { activateWith, type LeadReviewTestApi } from './wiring';

export type { LeadReviewTestApi } from './wiring';

/** The entry point on the desktop and in remote (Node) extension hosts. */
export function activate(context: vscode.ExtensionContext): LeadReviewTestApi | undefined {
  return activateWith(context, nodeChunks);
}

export function deactivate(): void {}
