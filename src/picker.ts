import * as vscode from 'vscode';

/** Names each question the extension asks through a quick pick, so tests can answer the real one. */
export type PromptId = 'existingNote' | 'workspaceFolder' | 'reportRange' | 'existingReport';

/**
 * Quick picks that announce themselves once they are on screen. In-editor tests wait for the
 * announcement, then answer with the workbench's own quick-input commands.
 */
export class Picker implements vscode.Disposable {
  private readonly shown = new vscode.EventEmitter<PromptId>();
  readonly onDidShow = this.shown.event;

  pick<T extends vscode.QuickPickItem>(id: PromptId, items: readonly T[], title: string): Promise<T | undefined> {
    const quickPick = vscode.window.createQuickPick<T>();
    quickPick.title = title;
    quickPick.items = items;
    quickPick.ignoreFocusOut = true;
    return new Promise<T | undefined>((resolve) => {
      quickPick.onDidAccept(() => {
        resolve(quickPick.selectedItems[0] ?? quickPick.activeItems[0]);
        quickPick.hide();
      });
      quickPick.onDidHide(() => {
        resolve(undefined);
        quickPick.dispose();
      });
      quickPick.show();
      this.shown.fire(id);
    });
  }

  dispose(): void {
    this.shown.dispose();
  }
}
