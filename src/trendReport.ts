import * as vscode from 'vscode';
import { localDateOf } from './core/localDate';
import { EVERYTHING, quarterRange, renderTrendChart, renderTrendReport, yearRange, type ReportRange } from './core/report';
import type { HistoryStore } from './history/historyStore';
import { NO_FOLDER_MESSAGE, relativeToWorkspace } from './location/noteLocation';
import type { OutcomeMessages } from './outcomeMessages';
import type { Prompts } from './prompts';
import type { QuestionnaireSource } from './questionnaire/questionnaireSource';
import { writeGuarded } from './storage/guardedWrite';

const REPORTS_FOLDER = 'reports';

interface RangeChoice extends vscode.QuickPickItem {
  readonly range: ReportRange;
}

/** `Lead Review: Write Trend Report`: a Markdown report for a quarter, a year or everything. */
export async function writeTrendReport(history: HistoryStore, prompts: Prompts, questionnaires: QuestionnaireSource, outcomes: OutcomeMessages): Promise<vscode.Uri | undefined> {
  const loaded = await history.refresh();
  if (!loaded) {
    outcomes.show({ message: vscode.workspace.workspaceFolders?.length ? 'Write a reflection first, so Lead Review knows which folder holds your notes.' : NO_FOLDER_MESSAGE });
    return undefined;
  }
  const range = await pickRange(prompts);
  if (!range) {
    return undefined;
  }
  const { location } = loaded;
  const name = `trend-${range.label === EVERYTHING.label ? 'all' : range.label}`;
  const chart = vscode.Uri.joinPath(location.folder, REPORTS_FOLDER, `${name}.svg`);
  const report = vscode.Uri.joinPath(location.folder, REPORTS_FOLDER, `${name}.md`);
  const text = renderTrendReport(loaded.history.entries, range, questionnaires.current, {
    chartFile: `${name}.svg`,
    includeFreeText: location.settings['report.includeFreeText'],
    role: location.settings.role,
    today: localDateOf(new Date()),
  });
  // The chart first, so the report never links to an image that is not there.
  let replace = false;
  for (const [target, content] of [
    [chart, renderTrendChart(loaded.history.entries, range)],
    [report, text],
  ] as const) {
    let written = await writeGuarded(location.workspaceFolder.uri, target, content, { replace });
    if (written.kind === 'exists' && !replace) {
      const choice = await prompts.pick(
        'existingReport',
        [{ label: '$(replace) Replace the report and its chart', replace: true }, { label: '$(close) Keep them and stop', replace: false }],
        `${relativeToWorkspace(location, report)} or its chart already exists`,
      );
      if (!choice?.replace) {
        return undefined;
      }
      replace = true;
      written = await writeGuarded(location.workspaceFolder.uri, target, content, { replace });
    }
    if (written.kind !== 'written') {
      outcomes.show({ message: `Could not save the trend report: ${written.kind === 'exists' ? 'it appeared while you were asked' : written.reason}` });
      return undefined;
    }
  }
  await vscode.window.showTextDocument(report);
  return report;
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
