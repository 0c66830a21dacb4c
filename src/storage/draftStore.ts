import * as vscode from 'vscode';
import { checkDraft, emptyDraft, type Draft } from '../core/draft';
import type { Questionnaire } from '../core/questionnaire';

const DRAFT_KEY = 'leadReview.draft';

/**
 * The draft lives in `workspaceState`, so closing the sidebar, reloading the window or restarting
 * VS Code keeps it. It is only cleared after a note has been written.
 */
export class DraftStore implements vscode.Disposable {
  private readonly replaced = new vscode.EventEmitter<Draft>();
  /** Fires when the host changed the draft, not when the webview reported a change. */
  readonly onDidReplace = this.replaced.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly questionnaire: Questionnaire,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get(): Draft {
    const stored = this.state.get<unknown>(DRAFT_KEY);
    if (stored === undefined) {
      return emptyDraft();
    }
    const checked = checkDraft(stored, this.questionnaire);
    if (!checked.ok) {
      this.log.warn(`The stored draft does not fit the questionnaire (${checked.error}); starting from an empty form.`);
      return emptyDraft();
    }
    return checked.value;
  }

  /** The webview's own edit: stored, not echoed back. */
  async update(draft: Draft): Promise<void> {
    await this.state.update(DRAFT_KEY, draft);
  }

  async replace(draft: Draft): Promise<void> {
    await this.state.update(DRAFT_KEY, draft);
    this.replaced.fire(draft);
  }

  dispose(): void {
    this.replaced.dispose();
  }
}
