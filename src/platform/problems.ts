import * as vscode from 'vscode';
import type { QuestionnaireProblem } from '../core/questionnaire/yamlReader';

/** A problem in a team's YAML file, as the Problems panel shows it. */
export function problemDiagnostic(problem: QuestionnaireProblem): vscode.Diagnostic {
  const range = new vscode.Range(problem.line - 1, problem.column - 1, problem.endLine - 1, Math.max(problem.endColumn - 1, 0));
  const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'Lead Review';
  return diagnostic;
}
