import * as vscode from 'vscode';
import type { ClassificationRule } from '../../core/evidence/classify';
import { loadRules } from '../../core/evidence/rulesFile';
import type { Chunks } from '../../platform/chunks/chunks';
import { problemDiagnostic } from '../../platform/problems';
import { readText } from '../../platform/storage/files';

export const EVIDENCE_RULES_PATH = ['.lead-review', 'evidence.yaml'];

/**
 * A team's calendar rules, `.lead-review/evidence.yaml`, checked like the questionnaire: problems
 * go to the Problems panel at their line, and the built-in rules stand in until the file is fixed.
 */
export class EvidenceRules implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('lead-review-evidence');
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${EVIDENCE_RULES_PATH.join('/')}`);
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidChange: vscode.Event<unknown>;

  constructor(private readonly chunks: Chunks) {
    const changed = new vscode.EventEmitter<void>();
    this.onDidChange = changed.event;
    this.subscriptions.push(changed, this.watcher.onDidChange(() => changed.fire()), this.watcher.onDidCreate(() => changed.fire()), this.watcher.onDidDelete(() => changed.fire()));
  }

  /** The rules in force for a folder: `null` for the built-in ones, with why the file's are not used. */
  async forFolder(folder: vscode.WorkspaceFolder | null, areas: readonly string[]): Promise<{ rules: readonly ClassificationRule[] | null; notice: string | null }> {
    if (!folder) {
      return { rules: null, notice: null };
    }
    const uri = vscode.Uri.joinPath(folder.uri, ...EVIDENCE_RULES_PATH);
    let text: string;
    try {
      text = await readText(uri);
    } catch {
      this.diagnostics.delete(uri);
      return { rules: null, notice: null };
    }
    await this.chunks.prepareYaml();
    const loaded = loadRules(text, areas);
    this.diagnostics.set(uri, loaded.ok ? [] : loaded.problems.map(problemDiagnostic));
    return loaded.ok
      ? { rules: loaded.rules, notice: null }
      : { rules: null, notice: vscode.l10n.t('{0} has problems (see the Problems panel), so the built-in calendar rules are used.', vscode.workspace.asRelativePath(uri)) };
  }

  dispose(): void {
    vscode.Disposable.from(this.diagnostics, this.watcher, ...this.subscriptions).dispose();
  }
}
