import type * as vscode from 'vscode';
import { nodeChunks } from './chunks/nodeChunks';
import { useNodeFiles } from './storage/createNew';
import { activateWith, type LeadReviewTestApi } from './wiring';

export type { LeadReviewTestApi } from './wiring';

/** The entry point on the desktop and in remote (Node) extension hosts. */
export function activate(context: vscode.ExtensionContext): LeadReviewTestApi | undefined {
  useNodeFiles(nodeChunks.nodeFiles);
  return activateWith(context, nodeChunks);
}

export function deactivate(): void {}
