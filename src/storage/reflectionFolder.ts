import * as vscode from 'vscode';
import type { Checked } from '../core/draft';
import { isInsideFolder, resolveFolderSetting } from '../core/folder';
import type { Prompts } from '../prompts';
import { readSetting } from '../settings';

const CHOSEN_FOLDER_KEY = 'leadReview.workspaceFolder';

export interface ReflectionsLocation {
  readonly workspaceFolder: vscode.WorkspaceFolder;
  readonly folder: vscode.Uri;
}

export type LocationResult =
  | { readonly kind: 'found'; readonly location: ReflectionsLocation }
  | { readonly kind: 'noFolder' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'refused'; readonly message: string };

export const NO_FOLDER_MESSAGE = 'Lead Review saves reflections in your workspace, and no folder is open. Open a folder, then write again.';

/** Where notes go: the chosen workspace folder (asked once in multi-root) plus `leadReview.folder`. */
export async function locateReflections(state: vscode.Memento, prompts: Prompts): Promise<LocationResult> {
  const workspaceFolder = await chooseWorkspaceFolder(state, prompts);
  if (workspaceFolder === 'none') {
    return { kind: 'noFolder' };
  }
  if (workspaceFolder === undefined) {
    return { kind: 'cancelled' };
  }
  const folder = reflectionsFolderIn(workspaceFolder);
  return folder.ok
    ? { kind: 'found', location: { workspaceFolder, folder: folder.value } }
    : { kind: 'refused', message: folder.error };
}

export function reflectionsFolderIn(workspaceFolder: vscode.WorkspaceFolder): Checked<vscode.Uri> {
  const segments = resolveFolderSetting(readSetting('folder', workspaceFolder));
  if (!segments.ok) {
    return segments;
  }
  const folder = vscode.Uri.joinPath(workspaceFolder.uri, ...segments.value);
  if (!isInsideFolder(workspaceFolder.uri.path, folder.path)) {
    return { ok: false, error: `The reflections folder ${folder.path} is outside the workspace folder.` };
  }
  return { ok: true, value: folder };
}

/** Without asking again, when the answer is known; `undefined` when the person dismissed the pick. */
export async function chooseWorkspaceFolder(
  state: vscode.Memento,
  prompts: Prompts,
  options: { readonly ask: boolean } = { ask: true },
): Promise<vscode.WorkspaceFolder | 'none' | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    return 'none';
  }
  if (folders.length === 1) {
    return folders[0];
  }
  const remembered = state.get<string>(CHOSEN_FOLDER_KEY);
  const known = folders.find((folder) => folder.uri.toString() === remembered);
  if (known || !options.ask) {
    return known;
  }
  const picked = await prompts.pick(
    'workspaceFolder',
    folders.map((folder) => ({ label: folder.name, description: vscode.workspace.asRelativePath(folder.uri), folder })),
    'Which workspace folder keeps your Lead Review notes?',
  );
  if (picked) {
    await state.update(CHOSEN_FOLDER_KEY, picked.folder.uri.toString());
  }
  return picked?.folder;
}
