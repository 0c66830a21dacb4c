import * as vscode from 'vscode';
import { isInsideFolder } from '../../core/util/folder';
import { parseReflectionFileName } from '../../core/time/period';
import { fileNameOf } from '../storage/files';
import type { Asker } from '../asker';
import { reflectionsFolderIn } from './reflectionFolder';
import { readSettings, type LeadReviewSettings } from './settings';

const CHOSEN_FOLDER_KEY = 'leadReview.workspaceFolder';

export function noFolderMessage(): string {
  return vscode.l10n.t('Lead Review saves reflections in your workspace, and no folder is open. Open a folder, then try again.');
}

/**
 * Where notes live for one action, resolved once: the workspace folder, that folder's own
 * settings, and the reflections folder inside it. Everything that reads or writes notes, or
 * reads a resource-scoped setting, takes it from here, so nothing mixes two folders' settings.
 */
export interface NoteLocation {
  readonly workspaceFolder: vscode.WorkspaceFolder;
  readonly settings: LeadReviewSettings;
  readonly folder: vscode.Uri;
}

export type Located =
  | { readonly kind: 'found'; readonly location: NoteLocation }
  | { readonly kind: 'noFolder' }
  /** The person dismissed the question of which folder to use. */
  | { readonly kind: 'cancelled' }
  /** `leadReview.folder` names a place Lead Review will not write to. */
  | { readonly kind: 'refused'; readonly message: string; readonly workspaceFolder: vscode.WorkspaceFolder };

/** The workspace folder an action would use, even when its notes folder setting is refused. */
export function workspaceFolderOf(located: Located): vscode.WorkspaceFolder | undefined {
  return located.kind === 'found' ? located.location.workspaceFolder : located.kind === 'refused' ? located.workspaceFolder : undefined;
}

/** Whether `uri` is named like a reflection (`2026-W48.md`, `2026-W48-2.md`). */
export function isNoteFile(uri: vscode.Uri): boolean {
  return parseReflectionFileName(fileNameOf(uri)) !== null;
}

/** The path of `uri` below the location's workspace folder, with `/`, for messages and the sidebar. */
export function relativeToWorkspace(location: Pick<NoteLocation, 'workspaceFolder'>, uri: vscode.Uri): string {
  return uri.path.slice(location.workspaceFolder.uri.path.replace(/\/$/, '').length + 1);
}

export class NoteLocator {
  constructor(
    private readonly state: vscode.Memento,
    private readonly prompts: Asker,
  ) {}

  /**
   * The location for an action. In a multi-root workspace the person is asked once which folder
   * keeps the notes, and asked again if that folder leaves the workspace; with `ask: false`
   * nobody is asked and an unanswered question means `cancelled`.
   */
  async locate(options: { readonly ask: boolean }): Promise<Located> {
    const workspaceFolder = await this.chooseWorkspaceFolder(options.ask);
    if (workspaceFolder === 'none') {
      return { kind: 'noFolder' };
    }
    return workspaceFolder ? this.locateIn(workspaceFolder) : { kind: 'cancelled' };
  }

  /** The note in the active editor, when it is a reflection in its workspace folder's notes folder. */
  noteInEditor(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return active && this.locationOf(active) && isNoteFile(active) ? active : undefined;
  }

  /** The location whose reflections folder holds `uri`, whichever workspace folder that is. */
  locationOf(uri: vscode.Uri): NoteLocation | undefined {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
    if (!workspaceFolder) {
      return undefined;
    }
    const located = this.locateIn(workspaceFolder);
    return located.kind === 'found' && isInsideFolder(located.location.folder.path, uri.path) ? located.location : undefined;
  }

  /** The settings of the folder an action would use now, without asking: the window's when none is known. */
  async currentSettings(): Promise<LeadReviewSettings> {
    return this.settingsOf(await this.locate({ ask: false }));
  }

  /** The settings a location answer stands for: its folder's, or the window's when no folder is known. */
  settingsOf(located: Located): LeadReviewSettings {
    return located.kind === 'found' ? located.location.settings : readSettings(workspaceFolderOf(located) ?? null);
  }

  /** The notes location of one workspace folder, by its own settings. */
  locateIn(workspaceFolder: vscode.WorkspaceFolder): Located {
    const settings = readSettings(workspaceFolder);
    const folder = reflectionsFolderIn(workspaceFolder, settings.folder);
    return folder.ok
      ? { kind: 'found', location: { workspaceFolder, settings, folder: folder.value } }
      : { kind: 'refused', message: folder.error, workspaceFolder };
  }

  private async chooseWorkspaceFolder(ask: boolean): Promise<vscode.WorkspaceFolder | 'none' | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      return 'none';
    }
    if (folders.length === 1) {
      return folders[0];
    }
    const remembered = this.state.get<string>(CHOSEN_FOLDER_KEY);
    const known = folders.find((folder) => folder.uri.toString() === remembered);
    if (known || !ask) {
      return known;
    }
    const picked = await this.prompts.pick(
      'workspaceFolder',
      folders.map((folder) => ({ label: folder.name, description: vscode.workspace.asRelativePath(folder.uri), folder })),
      vscode.l10n.t('Which workspace folder keeps your Lead Review notes?'),
    );
    if (picked) {
      await this.state.update(CHOSEN_FOLDER_KEY, picked.folder.uri.toString());
    }
    return picked?.folder;
  }
}
