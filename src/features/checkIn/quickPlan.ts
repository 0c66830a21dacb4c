import { quickPlanFor, type QuickPlan } from '../../core/scoring/checkIn';
import type { Draft } from '../../core/note/draft';
import type { HistoryEntry } from '../../core/report/history';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import { currentPeriodId, type LeadReviewSettings } from '../../platform/location/settings';

/**
 * A quick week's plan when this period is a quick one: the draft's own choice for this period,
 * or else the folder's `leadReview.checkIn`. The rotation itself is in core/scoring/checkIn.ts.
 */
export function quickPlanOf(draft: Draft, settings: LeadReviewSettings, entries: readonly HistoryEntry[], now: Date, questionnaire: Questionnaire): QuickPlan | null {
  if ((draft.checkIn ?? settings.checkIn) !== 'quick') {
    return null;
  }
  return quickPlanFor(questionnaire, entries, currentPeriodId(settings, now), settings.role);
}
