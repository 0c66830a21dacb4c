import * as vscode from 'vscode';
import { localDateOf } from './core/localDate';
import { EVERYTHING, quarterRange, renderTrendReport, yearRange, type ReportRange } from './core/report';
import type { HistoryStore } from './history/historyStore';
import type { Prompts } from './prompts';
import type { QuestionnaireSource } from './questionnaire/questionnaireSource';
import { describeFileError, exists, writeText } from './storage/files';
import { NO_FOLDER_MESSAGE } from './storage/reflectionFolder';

const REPORTS_FOLDER = 'reports';

interface RangeChoice extends vscode.QuickPickItem {
  readonly range: ReportRange;
}

/** `Lead Review: Write Trend Report`: a Markdown report for a quarter, a year or everything. */
export async function writeTrendReport(history: HistoryStore, prompts: Prompts, questionnaires: QuestionnaireSource): Promise<vscode.Uri | undefined> {
  const loaded = await history.refresh();
  if (!loaded) {
    void vscode.window.showWarningMessage(vscode.workspace.workspaceFolders?.length ? 'Write a reflection first, so Lead Review knows which folder holds your notes.' : NO_FOLDER_MESSAGE);
    return undefined;
  }
  const range = await pickRange(prompts);
  if (!range) {
    return undefined;
  }
  const target = vscode.Uri.joinPath(loaded.folder, REPORTS_FOLDER, `trend-${range.label === EVERYTHING.label ? 'all' : range.label}.md`);
  if (await exists(target)) {
    const replace = await prompts.pick(
      'existingReport',
      [{ label: '$(replace) Replace the report', replace: true }, { label: '$(close) Keep it and stop', replace: false }],
      `${vscode.workspace.asRelativePath(target)} already exists`,
    );
    if (!replace?.replace) {
      return undefined;
    }
  }
  try {
    await writeText(target, renderTrendReport(loaded.history.entries, range, questionnaires.current));
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not save the trend report: ${describeFileError(error)}.`);
    return undefined;
  }
  await vscode.window.showTextDocument(target);
  return target;
}

function pickRange(prompts: Prompts): Promise<ReportRange | undefined> {
  const today = localDateOf(new Date());
  const quarters = [0, -1, -2, -3].map((offset) => quarterRange(today, offset));
  const choices: RangeChoice[] = [
    ...quarters.map((range, index) => ({ label: range.label, description: index === 0 ? 'This quarter' : undefined, range })),
    { label: String(today.year), description: 'This year', range: yearRange(today.year) },
    { label: String(today.year - 1), description: 'Last year', range: yearRange(today.year - 1) },
    { label: 'Everything', description: 'Every note in the folder', range: EVERYTHING },
  ];
  return prompts.pick('reportRange', choices, 'Trend report for which period?').then((choice) => choice?.range);
}
