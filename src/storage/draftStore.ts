import * as vscode from 'vscode';
import { projectDraft, withHiddenEntries, type Draft } from '../core/draft';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';

const DRAFT_KEY = 'leadReview.draft';

/**
 * The draft lives in `workspaceState`, so closing the sidebar, reloading the window or restarting
 * VS Code keeps it. It is only cleared after a note has been written. Answers to questions the
 * current questionnaire lacks stay stored, so switching question sets loses nothing.
 */
export class DraftStore implements vscode.Disposable {
  private readonly replaced = new vscode.EventEmitter<Draft>();
  /** Fires when the host changed the draft, not when the webview reported a change. */
  readonly onDidReplace = this.replaced.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly questionnaires: QuestionnaireSource,
  ) {}

  get(): Draft {
    return projectDraft(this.state.get<unknown>(DRAFT_KEY), this.questionnaires.current);
  }

  /** The webview's own edit: stored, not echoed back. */
  async update(draft: Draft): Promise<void> {
    await this.state.update(DRAFT_KEY, withHiddenEntries(this.state.get<unknown>(DRAFT_KEY), draft, this.questionnaires.current));
  }

  async replace(draft: Draft): Promise<void> {
    await this.state.update(DRAFT_KEY, draft);
    this.replaced.fire(draft);
  }

  dispose(): void {
    this.replaced.dispose();
  }
}
