import * as vscode from 'vscode';
import type { Checked } from '../../core/note/draft';
import { isInsideFolder, resolveFolderSetting } from '../../core/util/folder';
import { hostWords } from '../l10n/words';

/** The reflections folder a `leadReview.folder` value names inside `workspaceFolder`, or why it is refused. */
export function reflectionsFolderIn(workspaceFolder: vscode.WorkspaceFolder, folderSetting: string): Checked<vscode.Uri> {
  const segments = resolveFolderSetting(folderSetting, hostWords);
  if (!segments.ok) {
    return segments;
  }
  const folder = vscode.Uri.joinPath(workspaceFolder.uri, ...segments.value);
  if (!isInsideFolder(workspaceFolder.uri.path, folder.path)) {
    return { ok: false, error: vscode.l10n.t('The reflections folder {0} is outside the workspace folder.', folder.path) };
  }
  return { ok: true, value: folder };
}
