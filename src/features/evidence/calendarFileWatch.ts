import * as vscode from 'vscode';

/**
 * Watches the calendar file when it sits outside every workspace folder, such as an export in
 * Downloads or a synced folder: the workspace's own `**` watcher never sees those.
 */
export class CalendarFileWatch implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** The file was written again, or created. */
  readonly onDidChange = this.changed.event;
  private watched: { readonly key: string; readonly watcher: vscode.Disposable } | undefined;

  /** Watches `file` from now on, or nothing when it is `null` or inside the workspace. */
  follow(file: vscode.Uri | null): void {
    const outside = file && !vscode.workspace.getWorkspaceFolder(file) ? file : null;
    if (outside?.toString() === this.watched?.key) {
      return;
    }
    this.watched?.watcher.dispose();
    this.watched = undefined;
    if (outside) {
      const name = outside.path.split('/').pop()!;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(outside, '..'), name));
      const fire = (): void => this.changed.fire();
      this.watched = { key: outside.toString(), watcher: vscode.Disposable.from(watcher, watcher.onDidChange(fire), watcher.onDidCreate(fire)) };
    }
  }

  dispose(): void {
    this.watched?.watcher.dispose();
    this.changed.dispose();
  }
}
