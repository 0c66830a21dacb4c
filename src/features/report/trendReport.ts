import * as vscode from 'vscode';
import { localDateOf } from '../../core/time/localDate';
import { EVERYTHING, yearRange, type ReportRange } from '../../core/time/reportRange';
import { reportQuarter } from '../../core/time/fiscal';
import type { HistoryStore } from '../history/historyStore';
import { noFolderMessage, relativeToWorkspace } from '../../platform/location/noteLocation';
import type { Notice } from '../../platform/notice';
import type { Chunks as ChunkLoader } from '../../platform/chunks/chunks';
import type { Asker } from '../../platform/asker';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';
import { writeFileSet } from '../../platform/storage/writeFileSet';
import { hostWords } from '../../platform/l10n/words';
import type { renderTrendChart, renderTrendReport } from '../../core/report/report';

/** What the report chunk (dist/report.js) gives. */
export interface ReportChunk {
  readonly renderTrendChart: typeof renderTrendChart;
  readonly renderTrendReport: typeof renderTrendReport;
}

const REPORTS_FOLDER = 'reports';

interface RangeChoice extends vscode.QuickPickItem {
  readonly range: ReportRange;
}

export type ReportOutcome = { readonly kind: 'written'; readonly uri: vscode.Uri } | { readonly kind: 'notWritten'; readonly notice: Notice } | { readonly kind: 'cancelled' };

/** What writing a report needs. */
export interface ReportParts {
  readonly history: HistoryStore;
  readonly prompts: Asker;
  readonly questionnaires: QuestionnaireSource;
  readonly chunks: ChunkLoader;
}

/** `Lead Review: Write Trend Report`: a Markdown report and its chart for a quarter, a year or everything. */
export async function writeTrendReport({ history, prompts, questionnaires, chunks }: ReportParts): Promise<ReportOutcome> {
  const loaded = await history.refresh();
  if (!loaded) {
    return { kind: 'notWritten', notice: { message: vscode.workspace.workspaceFolders?.length ? vscode.l10n.t('Write a reflection first, so Lead Review knows which folder holds your notes.') : noFolderMessage() } };
  }
  const range = await pickRange(prompts, loaded.location.settings.fiscalYearStart);
  if (!range) {
    return { kind: 'cancelled' };
  }
  const { location } = loaded;
  const { renderTrendChart, renderTrendReport } = (await chunks.load('report')) as ReportChunk;
  const name = `trend-${range.label === EVERYTHING.label ? 'all' : range.label}`;
  const chart = vscode.Uri.joinPath(location.folder, REPORTS_FOLDER, `${name}.svg`);
  const report = vscode.Uri.joinPath(location.folder, REPORTS_FOLDER, `${name}.md`);
  const text = renderTrendReport(loaded.history.entries, range, questionnaires.current, {
    chartFile: `${name}.svg`,
    includeFreeText: location.settings['report.includeFreeText'],
    role: location.settings.role,
    today: localDateOf(new Date()),
    t: hostWords,
  });
  // The chart first, so the report never links to an image that is not there.
  const written = await writeFileSet(
    location.workspaceFolder.uri,
    [
      [chart, renderTrendChart(loaded.history.entries, range, hostWords)],
      [report, text],
    ],
    async () => {
      const choice = await prompts.pick(
        'existingReport',
        [
          { label: `$(replace) ${vscode.l10n.t('Replace the report and its chart')}`, replace: true },
          { label: `$(close) ${vscode.l10n.t('Keep them and stop')}`, replace: false },
        ],
        vscode.l10n.t('{0} or its chart already exists', relativeToWorkspace(location, report)),
      );
      return choice?.replace === true;
    },
  );
  if (written.kind === 'cancelled') {
    return written;
  }
  if (written.kind === 'failed') {
    return { kind: 'notWritten', notice: { message: vscode.l10n.t('Could not save the trend report: {0}', written.reason) } };
  }
  return { kind: 'written', uri: report };
}

/** The last four quarters (fiscal ones, from `leadReview.fiscalYearStart`), the last two years, or everything. */
function pickRange(prompts: Asker, fiscalYearStart: number): Promise<ReportRange | undefined> {
  const today = localDateOf(new Date());
  const quarters = [0, -1, -2, -3].map((offset) => reportQuarter(today, fiscalYearStart, offset));
  const choices: RangeChoice[] = [
    ...quarters.map((range, index) => ({ label: range.label, description: index === 0 ? vscode.l10n.t('This quarter') : undefined, range })),
    { label: String(today.year), description: vscode.l10n.t('This year'), range: yearRange(today.year) },
    { label: String(today.year - 1), description: vscode.l10n.t('Last year'), range: yearRange(today.year - 1) },
    { label: vscode.l10n.t('Everything'), description: vscode.l10n.t('Every note in the folder'), range: EVERYTHING },
  ];
  return prompts.pick('reportRange', choices, vscode.l10n.t('Trend report for which period?')).then((choice) => choice?.range);
}
