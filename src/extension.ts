import type * as vscode from 'vscode';
import { nodeChunks } from './platform/chunks/nodeChunks';
import { useNodeFiles, type NodeFilesChunk } from './platform/storage/createNew';
import { activateWith, type LeadReviewTestApi } from './host/activate';

export type { LeadReviewTestApi } from './host/activate';

/** The entry point on the desktop and in remote (Node) extension hosts. */
export function activate(context: vscode.ExtensionContext): LeadReviewTestApi | undefined {
  useNodeFiles(() => nodeChunks.load('nodeFiles') as Promise<NodeFilesChunk>);
  return activateWith(context, nodeChunks);
}

export function deactivate(): void {}
