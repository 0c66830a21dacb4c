import * as vscode from 'vscode';
import { projectDraft, withHiddenEntries, type Draft } from '../core/draft';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';

const DRAFT_KEY = 'leadReview.draft';
const SAVED_AT_KEY = 'leadReview.draftSavedAt';
const DRAFT_FILE = 'draft.json';

/**
 * The draft lives in `workspaceState`, so closing the sidebar, reloading the window or restarting
 * VS Code keeps it. It is only cleared after a note has been written. Answers to questions the
 * current questionnaire lacks stay stored, so switching question sets loses nothing.
 *
 * `workspaceState` is written to disk a little later than its update resolves, so a reload right
 * after typing could lose the last answers. Each change is therefore also written to a file in the
 * extension's workspace storage, and a change counts as saved only once that file is written.
 */
export class DraftStore implements vscode.Disposable {
  private readonly replaced = new vscode.EventEmitter<Draft>();
  /** Fires when the host changed the draft, not when the webview reported a change. */
  readonly onDidReplace = this.replaced.event;
  /** File writes run one at a time, so an older draft never lands after a newer one. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly state: vscode.Memento,
    private readonly questionnaires: QuestionnaireSource,
    private readonly storage: vscode.Uri | undefined,
  ) {}

  get(): Draft {
    return projectDraft(this.state.get<unknown>(DRAFT_KEY), this.questionnaires.current);
  }

  /** The webview's own edit: stored, not echoed back. Resolves once it is on disk. */
  update(draft: Draft): Promise<void> {
    return this.store(withHiddenEntries(this.state.get<unknown>(DRAFT_KEY), draft, this.questionnaires.current));
  }

  async replace(draft: Draft): Promise<void> {
    await this.store(draft);
    this.replaced.fire(draft);
  }

  /** At start-up: answers that reached the draft file but not `workspaceState` come back. */
  async restore(): Promise<void> {
    const file = this.file();
    if (!file) {
      return;
    }
    let saved: { savedAt?: unknown; draft?: unknown };
    try {
      saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as typeof saved;
    } catch {
      return;
    }
    if (typeof saved.savedAt === 'number' && saved.savedAt > this.state.get<number>(SAVED_AT_KEY, 0)) {
      await Promise.all([this.state.update(DRAFT_KEY, saved.draft), this.state.update(SAVED_AT_KEY, saved.savedAt)]);
      this.replaced.fire(this.get());
    }
  }

  private async store(draft: unknown): Promise<void> {
    const file = this.file();
    const savedAt = Date.now();
    // A storage folder that cannot be written leaves workspaceState as the only copy, as before.
    const written = this.writes.then(async () => {
      if (file) {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ savedAt, draft })));
      }
    }).catch(() => undefined);
    this.writes = written;
    await Promise.all([this.state.update(DRAFT_KEY, draft), this.state.update(SAVED_AT_KEY, savedAt), written]);
  }

  private file(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, DRAFT_FILE);
  }

  dispose(): void {
    this.replaced.dispose();
  }
}
