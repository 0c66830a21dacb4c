import * as vscode from 'vscode';
import { quickPlanFor } from '../../core/scoring/checkIn';
import { previousEntry, toHistoryPoint } from '../../core/report/history';
import { focusOf } from '../../core/note/model';
import type { LoadedHistory } from '../../features/history/historyStore';
import { currentPeriodId, type LeadReviewSettings } from '../../platform/location/settings';
import type { FormModel, HistoryView } from '../../shared/protocol';
import type { Features } from '../features';

/** Everything the form paints from; the period and bands come from the folder the note will be written to. */
export async function formModel({ locator, questionnaires, drafts, lastWritten }: Features): Promise<FormModel> {
  const settings = await locator.currentSettings();
  return {
    questionnaire: questionnaires.current,
    notice: questionnaires.notice,
    role: settings.role,
    draft: drafts.get(),
    draftPrivacy: drafts.privacy,
    period: currentPeriodId(settings),
    lastWritten: lastWritten.note,
    checkIn: settings.checkIn,
    privateText: settings.privateText,
    strings: vscode.l10n.bundle ?? {},
  };
}

/** The History tab's content, from the notes read and the settings of their folder. */
export function historyView({ questionnaires }: Features, loaded: LoadedHistory | undefined, settings: LeadReviewSettings): HistoryView {
  const questionnaire = questionnaires.current;
  const entries = loaded?.history.entries ?? [];
  const periodId = currentPeriodId(settings);
  const previous = previousEntry(entries, periodId);
  const role = settings.role;
  const leanBands = questionnaire.bands[role]?.lean;
  return {
    folderLabel: loaded?.folderLabel ?? null,
    points: entries.map(toHistoryPoint),
    skipped: loaded?.history.skipped ?? [],
    dimensions: questionnaire.dimensions.map(({ id, title }) => ({ id, title })),
    areas: questionnaire.allocation.map(({ id, label }) => ({ id, label })),
    previousFocus: focusOf(previous?.reflection ?? null),
    quickPlan: quickPlanFor(questionnaire, entries, periodId, role),
    bands: leanBands ? { role, lean: leanBands } : null,
  };
}
