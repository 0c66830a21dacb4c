import * as vscode from 'vscode';
import { customRange, fiscalQuarter, lastFiscalYear, lastHalfYear, type ReviewRange } from '../../core/time/fiscal';
import { localDateOf, parseLocalDate } from '../../core/time/localDate';
import type { Asker } from '../../platform/asker';

interface RangeChoice extends vscode.QuickPickItem {
  readonly range: ReviewRange | 'custom';
}

/** Last quarter, last half-year, last year (fiscal, from `leadReview.fiscalYearStart`), or two days the person types. */
export async function pickReviewRange(prompts: Asker, fiscalYearStart: number): Promise<ReviewRange | undefined> {
  const today = localDateOf(new Date());
  const quarter = fiscalQuarter(today, fiscalYearStart, -1);
  const half = lastHalfYear(today, fiscalYearStart);
  const year = lastFiscalYear(today, fiscalYearStart);
  const choices: RangeChoice[] = [
    { label: quarter.label, description: vscode.l10n.t('Last quarter'), range: quarter },
    { label: half.label, description: vscode.l10n.t('Last half-year'), range: half },
    { label: year.label, description: vscode.l10n.t('Last year'), range: year },
    { label: vscode.l10n.t('Custom…'), description: vscode.l10n.t('From one day to another'), range: 'custom' },
  ];
  const choice = await prompts.pick('packetRange', choices, vscode.l10n.t('Review packet for which period?'));
  if (choice?.range !== 'custom') {
    return choice?.range;
  }
  const day = (value: string): string | undefined => (parseLocalDate(value.trim()) ? undefined : vscode.l10n.t('A day such as 2026-07-01.'));
  const from = await prompts.text('packetDate', vscode.l10n.t('Review packet: first day'), vscode.l10n.t('The first day, such as 2026-07-01.'), day);
  const to = from === undefined ? undefined : await prompts.text('packetDate', vscode.l10n.t('Review packet: last day'), vscode.l10n.t('The last day, such as 2026-12-31.'), (value) => day(value) ?? (value.trim() < from.trim() ? vscode.l10n.t('The last day comes after the first.') : undefined));
  return from === undefined || to === undefined ? undefined : customRange(parseLocalDate(from.trim())!, parseLocalDate(to.trim())!);
}

/** A moment the person may quote. */
export interface MomentChoice extends vscode.QuickPickItem {
  readonly fileName: string;
  readonly promptId: string;
  readonly text: string;
  readonly private: boolean;
}

/** The moments to quote, from the "moment I led" and "moment I managed well" answers; none is a fine answer. */
export function pickMoments(prompts: Asker, candidates: readonly MomentChoice[]): Promise<readonly MomentChoice[] | undefined> {
  if (candidates.length === 0) {
    return Promise.resolve([]);
  }
  return prompts.pickMany('packetMoments', candidates, vscode.l10n.t('Which moments should the packet quote? Choose any, or none.'));
}

/** A range passed to the command, `{ from: "2026-07-01", to: "2026-09-30" }`, checked as typed days are. */
export function givenRange(value: unknown): ReviewRange | undefined {
  const { from, to } = (typeof value === 'object' && value !== null ? value : {}) as { from?: unknown; to?: unknown };
  const first = typeof from === 'string' ? parseLocalDate(from) : null;
  const last = typeof to === 'string' ? parseLocalDate(to) : null;
  return first && last && from! <= to! ? customRange(first, last) : undefined;
}
