import * as vscode from 'vscode';
import type { Asker, PromptId } from '../platform/asker';

export type { PromptId } from '../platform/asker';

/**
 * Quick picks and warnings that announce themselves once they are on screen. In-editor tests wait
 * for the announcement, then answer quick picks with the workbench's own quick-input commands.
 */
export class Prompts implements Asker, vscode.Disposable {
  private readonly shown = new vscode.EventEmitter<PromptId>();
  readonly onDidShow = this.shown.event;

  pick<T extends vscode.QuickPickItem>(id: PromptId, items: readonly T[], title: string): Promise<T | undefined> {
    return this.quickPick(id, items, title, false, (quickPick) => quickPick.selectedItems[0] ?? quickPick.activeItems[0]);
  }

  pickMany<T extends vscode.QuickPickItem>(id: PromptId, items: readonly T[], title: string): Promise<readonly T[] | undefined> {
    return this.quickPick(id, items, title, true, (quickPick) => [...quickPick.selectedItems]);
  }

  /** A quick pick that stays open when focus moves away; `accepted` reads the answer, dismissing gives `undefined`. */
  private quickPick<T extends vscode.QuickPickItem, R>(id: PromptId, items: readonly T[], title: string, many: boolean, accepted: (quickPick: vscode.QuickPick<T>) => R): Promise<R | undefined> {
    const quickPick = vscode.window.createQuickPick<T>();
    quickPick.title = title;
    quickPick.items = items;
    quickPick.canSelectMany = many;
    quickPick.ignoreFocusOut = true;
    return new Promise<R | undefined>((resolve) => {
      quickPick.onDidAccept(() => {
        resolve(accepted(quickPick));
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

  text(id: PromptId, title: string, prompt: string, validate: (value: string) => string | undefined): Thenable<string | undefined> {
    const shown = vscode.window.showInputBox({ title, prompt, ignoreFocusOut: true, validateInput: validate });
    this.shown.fire(id);
    return shown;
  }

  /** A warning with actions; resolves to the action chosen, if any. */
  warn(id: PromptId, message: string, ...actions: string[]): Thenable<string | undefined> {
    const shown = vscode.window.showWarningMessage(message, ...actions);
    this.shown.fire(id);
    return shown;
  }

  /** A hidden-text input box; resolves to `undefined` when dismissed. */
  passphrase(id: PromptId, title: string, prompt: string, validate?: (value: string) => string | undefined): Thenable<string | undefined> {
    const shown = vscode.window.showInputBox({ title, prompt, password: true, ignoreFocusOut: true, validateInput: validate });
    this.shown.fire(id);
    return shown;
  }

  dispose(): void {
    this.shown.dispose();
  }
}
