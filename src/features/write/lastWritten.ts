import * as vscode from 'vscode';
import type { WrittenNote } from '../../shared/protocol';

const LAST_WRITTEN_KEY = 'leadReview.lastWritten';

type Remembered = WrittenNote & { readonly folder: string };

/** The note written last from this workspace, as the sidebar names it, and whether git holds it. */
export class LastWritten implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WrittenNote>();
  /** The note the sidebar names changed: a new note was written, or git was found to hold it. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get note(): WrittenNote | null {
    return this.state.get<WrittenNote>(LAST_WRITTEN_KEY) ?? null;
  }

  async remember(note: WrittenNote, workspaceFolder: vscode.Uri): Promise<void> {
    await this.state.update(LAST_WRITTEN_KEY, { ...note, folder: workspaceFolder.toString() } satisfies Remembered);
    this.changed.fire(note);
  }

  /** The note written last, while its workspace folder is still open. */
  uri(): vscode.Uri | undefined {
    const last = this.state.get<Remembered>(LAST_WRITTEN_KEY);
    const folder = last && vscode.workspace.workspaceFolders?.find((candidate) => candidate.uri.toString() === last.folder);
    return folder && vscode.Uri.joinPath(folder.uri, ...last.relativePath.split('/'));
  }

  /** `note` was committed with `message`: the sidebar says so, and offers Commit no more. */
  async markCommitted(note: vscode.Uri, message: string): Promise<void> {
    await this.update(note, { committed: message });
  }

  /** Git holds `note`: the sidebar may offer Commit for it. */
  async markCommittable(note: vscode.Uri): Promise<void> {
    await this.update(note, { canCommit: true });
  }

  /** Changes what is known of the note written last, if `note` is still that note. */
  private async update(note: vscode.Uri, change: Partial<WrittenNote>): Promise<void> {
    const last = this.state.get<Remembered>(LAST_WRITTEN_KEY);
    if (last && this.uri()?.toString() === note.toString()) {
      const { folder: _folder, ...written } = last;
      await this.state.update(LAST_WRITTEN_KEY, { ...last, ...change });
      this.changed.fire({ ...written, ...change });
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
