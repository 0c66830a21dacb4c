import type * as vscode from 'vscode';
import { nodeChunks } from './platform/chunks/nodeChunks';
import { useNodeFiles, type NodeFilesChunk } from './platform/storage/createNew';
import { activateWith, type LeadReviewExports } from './host/activate';

export type { LeadReviewExports, LeadReviewTestApi } from './host/activate';

/** The entry point on the desktop and in remote (Node) extension hosts. */
export function activate(context: vscode.ExtensionContext): LeadReviewExports {
  useNodeFiles(() => nodeChunks.load('nodeFiles') as Promise<NodeFilesChunk>);
  return activateWith(context, nodeChunks);
}

export function deactivate(): void {}
