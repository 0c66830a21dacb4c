import * as vscode from 'vscode';
import type { LeadReviewSettings } from './settings';

type Listener = { readonly keys: readonly (keyof LeadReviewSettings)[]; readonly handler: () => void };

/**
 * The one listener for Lead Review's settings: each part says which keys it follows, and is told
 * once per change that touches any of them.
 */
export class SettingsEvents implements vscode.Disposable {
  private readonly listeners = new Set<Listener>();
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    for (const listener of this.listeners) {
      if (listener.keys.some((key) => event.affectsConfiguration(`leadReview.${key}`))) {
        listener.handler();
      }
    }
  });

  on(keys: readonly (keyof LeadReviewSettings)[], handler: () => void): vscode.Disposable {
    const listener: Listener = { keys, handler };
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  dispose(): void {
    this.listeners.clear();
    this.subscription.dispose();
  }
}
