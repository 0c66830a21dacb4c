import * as vscode from 'vscode';

/**
 * Watches the one calendar file the setting names, inside the workspace or outside it (an export
 * in Downloads, a synced folder), so a new export is counted without a restart.
 */
export class CalendarFileWatch implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** The file was written again, or created. */
  readonly onDidChange = this.changed.event;
  private watched: { readonly key: string; readonly watcher: vscode.Disposable } | undefined;

  /** Watches `file` from now on, or nothing when it is `null`. */
  follow(file: vscode.Uri | null): void {
    if (file?.toString() === this.watched?.key) {
      return;
    }
    this.watched?.watcher.dispose();
    this.watched = undefined;
    if (file) {
      const name = file.path.split('/').pop()!;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), name));
      const fire = (): void => this.changed.fire();
      this.watched = { key: file.toString(), watcher: vscode.Disposable.from(watcher, watcher.onDidChange(fire), watcher.onDidCreate(fire)) };
    }
  }

  dispose(): void {
    this.watched?.watcher.dispose();
    this.changed.dispose();
  }
}
