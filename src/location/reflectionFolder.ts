import * as vscode from 'vscode';
import type { Checked } from '../core/draft';
import { isInsideFolder, resolveFolderSetting } from '../core/folder';

/** The reflections folder a `leadReview.folder` value names inside `workspaceFolder`, or why it is refused. */
export function reflectionsFolderIn(workspaceFolder: vscode.WorkspaceFolder, folderSetting: string): Checked<vscode.Uri> {
  const segments = resolveFolderSetting(folderSetting);
  if (!segments.ok) {
    return segments;
  }
  const folder = vscode.Uri.joinPath(workspaceFolder.uri, ...segments.value);
  if (!isInsideFolder(workspaceFolder.uri.path, folder.path)) {
    return { ok: false, error: `The reflections folder ${folder.path} is outside the workspace folder.` };
  }
  return { ok: true, value: folder };
}
