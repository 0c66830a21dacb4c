import * as vscode from 'vscode';
import { isPrivateSidecarName } from '../../core/private/privateText';
import { isNoteFile, type NoteLocator } from '../../platform/location/noteLocation';
import { exists, fileNameOf } from '../../platform/storage/files';
import { newestNoteIn } from '../write/openNotes';
import type { LastWritten } from '../write/lastWritten';
import type { CommitOutcome } from './commitReflection';
import type { Committer } from './committer';

/** Choosing which note to commit, from every entry, then committing exactly that one. */
export class NoteCommits {
  constructor(
    private readonly locator: NoteLocator,
    private readonly committer: Committer,
    private readonly lastWritten: LastWritten,
  ) {}

  /**
   * `Lead Review: Commit Reflection`. With `named` (the sidebar's Commit, or a note picked in the
   * Explorer) exactly that note; otherwise the reflection open in the editor, the one written
   * last, or the newest in the reflections folder, in that order.
   */
  async commit(named?: vscode.Uri): Promise<CommitOutcome> {
    const note = named ?? (await this.noteToCommit());
    if (note === 'cancelled') {
      return { kind: 'cancelled' };
    }
    if (!note) {
      return { kind: 'notCommitted', note: null, reason: vscode.l10n.t('There is no reflection to commit yet. Write one, or open a note from your reflections folder.') };
    }
    // Named, open in the editor or picked in the Explorer: a sidecar is refused before anything else is asked.
    if (isPrivateSidecarName(fileNameOf(note))) {
      return { kind: 'notCommitted', note, reason: vscode.l10n.t('{0} holds private text, which Lead Review never commits.', vscode.workspace.asRelativePath(note)) };
    }
    const location = this.locator.locationOf(note);
    if (!location || !isNoteFile(note) || !(await exists(note))) {
      return { kind: 'notCommitted', note, reason: vscode.l10n.t('{0} is not a reflection in your notes folder, so Lead Review does not commit it.', vscode.workspace.asRelativePath(note)) };
    }
    return this.committer.commit(note, location);
  }

  /** "Initialize Repository", answered yes: a repository in the note's folder, then the commit. */
  initAndCommit(root: vscode.Uri, note: vscode.Uri): Promise<CommitOutcome> {
    const location = this.locator.locationOf(note);
    return location ? this.committer.initAndCommit(root, note, location) : Promise.resolve({ kind: 'notCommitted', note, reason: vscode.l10n.t('The note is no longer in an open workspace folder.') });
  }

  private async noteToCommit(): Promise<vscode.Uri | 'cancelled' | undefined> {
    const active = this.locator.noteInEditor() ?? sidecarInEditor();
    if (active) {
      return active;
    }
    const last = this.lastWritten.uri();
    if (last && (await exists(last))) {
      return last;
    }
    const located = await this.locator.locate({ ask: true });
    return located.kind === 'found' ? newestNoteIn(located.location) : located.kind === 'cancelled' ? 'cancelled' : undefined;
  }
}

/** A private-text sidecar open in the editor: Commit refuses it rather than committing some other note. */
function sidecarInEditor(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return active && isPrivateSidecarName(fileNameOf(active)) ? active : undefined;
}
