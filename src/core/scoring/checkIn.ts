import { evaluateBands } from './bands';
import { FOCUS_PROMPT_ID, type AskedItems, type Reflection } from '../note/model';
import { addDays, addMonths, dayNumber, type LocalDate } from '../time/localDate';
import { parsePeriodId, periodStart } from '../time/period';
import type { HistoryEntry } from '../report/history';
import type { Dimension, Questionnaire, Role, TitleContext } from '../questionnaire/questionnaire';
import type { Draft } from '../note/draft';
import type { Translate } from '../util/l10n';

/** How many contrasts a quick week asks about. */
export const QUICK_CONTRASTS = 2;
/** Every contrast is rated at least once in this many notes in a row, and "not rated lately" means this many periods. */
export const ROTATION_WINDOW = 4;

export type QuickReason =
  | { readonly kind: 'neverRated' }
  | { readonly kind: 'notRatedLately'; readonly since: string }
  | { readonly kind: 'outsideBand' }
  | { readonly kind: 'movedMost'; readonly from: number; readonly to: number }
  | { readonly kind: 'leastRecent'; readonly since: string };

export interface QuickPick {
  readonly dimension: string;
  readonly reason: QuickReason;
}

/** What a quick week asks, decided before the form is shown so it stays the same all week. */
export interface QuickPlan {
  /** In questionnaire order. */
  readonly contrasts: readonly QuickPick[];
  /** The title context of the last note, used unless the person changes it; `null` asks for it. */
  readonly titleContext: { readonly value: TitleContext; readonly period: string } | null;
}

interface ContrastHistory {
  readonly dimension: Dimension;
  readonly order: number;
  /** Index in the earlier notes of the last note that rated it, or -1. */
  readonly lastIndex: number;
  readonly reason: QuickReason;
  /** Lower is asked first. */
  readonly rule: number;
  /** Within a rule: larger is asked first. */
  readonly weight: number;
  /** The latest quick week by which it must be rated to keep the rotation's promise (1 = this week). */
  readonly deadline: number;
}

/**
 * Chooses this quick week's contrasts. `earlier` are the notes of periods before `periodId`,
 * oldest first. The order of preference: contrasts not rated in the last four periods, those
 * outside the role's band last time, the one that moved most, then the least recently rated.
 * Above those rules sits one promise: in any four notes in a row, every contrast is rated.
 */
export function planQuickCheckIn(questionnaire: Questionnaire, earlier: readonly Reflection[], periodId: string, role: Role | null): QuickPlan {
  const contrasts = contrastHistories(questionnaire, earlier, periodId, role);
  const byPreference = [...contrasts].sort((a, b) => a.rule - b.rule || b.weight - a.weight || a.lastIndex - b.lastIndex || a.order - b.order);
  const chosen = new Set<ContrastHistory>();
  // Earliest deadline first, for as many as the promise needs; preference fills what is left.
  const byDeadline = [...byPreference].sort((a, b) => a.deadline - b.deadline);
  for (const contrast of byDeadline.slice(0, contrastsDueNow(contrasts))) {
    chosen.add(contrast);
  }
  for (const contrast of byPreference) {
    if (chosen.size >= Math.min(QUICK_CONTRASTS, contrasts.length)) {
      break;
    }
    chosen.add(contrast);
  }
  const last = earlier[earlier.length - 1];
  return {
    contrasts: [...chosen].sort((a, b) => a.order - b.order).map((contrast) => ({ dimension: contrast.dimension.id, reason: contrast.reason })),
    titleContext: last ? { value: last.titleContext, period: last.period } : null,
  };
}

/** The plan for `periodId` from the notes read back: only notes of earlier periods count, so it holds all period long. */
export function quickPlanFor(questionnaire: Questionnaire, entries: readonly HistoryEntry[], periodId: string, role: Role | null): QuickPlan {
  const start = dayNumber(periodStart(periodId)!);
  const earlier = entries.map((entry) => entry.reflection).filter((reflection) => dayNumber(periodStart(reflection.period)!) < start);
  return planQuickCheckIn(questionnaire, earlier, periodId, role);
}

/**
 * How many contrasts must be asked now so that each can still be rated by its deadline, with
 * `QUICK_CONTRASTS` a week: the tightest count over every horizon.
 */
function contrastsDueNow(contrasts: readonly ContrastHistory[]): number {
  let due = 0;
  for (let horizon = 1; horizon <= ROTATION_WINDOW; horizon++) {
    const within = contrasts.filter((contrast) => contrast.deadline <= horizon).length;
    due = Math.max(due, within - QUICK_CONTRASTS * (horizon - 1));
  }
  return Math.min(due, QUICK_CONTRASTS);
}

function contrastHistories(questionnaire: Questionnaire, earlier: readonly Reflection[], periodId: string, role: Role | null): ContrastHistory[] {
  const last = earlier[earlier.length - 1];
  const outside = last && role ? outsideLastTime(questionnaire, last, role) : new Map<string, number>();
  const moves = questionnaire.dimensions.map((dimension) => lastMove(earlier, dimension.id));
  const biggestMove = Math.max(0, ...moves.map((move) => (move ? Math.abs(move.to - move.from) : 0)));
  const lately = dayNumber(periodsBefore(periodId, ROTATION_WINDOW));
  return questionnaire.dimensions.map((dimension, order) => {
    const lastIndex = findLastIndex(earlier, (reflection) => rated(reflection, dimension.id));
    const since = lastIndex < 0 ? null : earlier[lastIndex]!.period;
    const notesSince = lastIndex < 0 ? Infinity : earlier.length - 1 - lastIndex;
    const deadline = Math.max(1, ROTATION_WINDOW - notesSince);
    const move = moves[order];
    const base = { dimension, order, lastIndex, deadline };
    if (since === null) {
      return { ...base, rule: 1, weight: 0, reason: { kind: 'neverRated' } };
    }
    if (dayNumber(periodStart(since)!) < lately) {
      return { ...base, rule: 1, weight: 0, reason: { kind: 'notRatedLately', since } };
    }
    const distance = outside.get(dimension.id);
    if (distance !== undefined) {
      return { ...base, rule: 2, weight: distance, reason: { kind: 'outsideBand' } };
    }
    if (move && biggestMove > 0 && Math.abs(move.to - move.from) === biggestMove) {
      return { ...base, rule: 3, weight: 0, reason: { kind: 'movedMost', from: move.from, to: move.to } };
    }
    return { ...base, rule: 4, weight: 0, reason: { kind: 'leastRecent', since } };
  });
}

/** Contrasts of the last note outside the role's band, with how far outside. */
function outsideLastTime(questionnaire: Questionnaire, last: Reflection, role: Role): Map<string, number> {
  const leans = Object.fromEntries(Object.entries(last.scores.dimensions).map(([id, score]) => [id, score.lean]));
  const report = evaluateBands(questionnaire, role, leans, {});
  return new Map(
    (report?.lean ?? [])
      .filter((check) => check.position !== 'inside')
      .map((check) => [check.id, check.position === 'below' ? check.band[0] - check.value : check.value - check.band[1]]),
  );
}

/** The lean's change between the last two notes that rated the contrast on both sides. */
function lastMove(earlier: readonly Reflection[], dimension: string): { from: number; to: number } | null {
  const leans = earlier.map((reflection) => reflection.scores.dimensions[dimension]?.lean ?? null).filter((lean): lean is number => lean !== null);
  return leans.length < 2 ? null : { from: leans[leans.length - 2]!, to: leans[leans.length - 1]! };
}

export function rated(reflection: Reflection, dimension: string): boolean {
  const score = reflection.scores.dimensions[dimension];
  return score !== undefined && (score.leading !== null || score.managing !== null);
}

/** The first day of the period `count` periods before `periodId`, in its own cadence. */
function periodsBefore(periodId: string, count: number): LocalDate {
  const period = parsePeriodId(periodId);
  if (!period) {
    throw new Error(`Not a period: ${periodId}`);
  }
  if (/^\d{4}-\d{2}$/.test(periodId)) {
    return addMonths(period.start, -count);
  }
  const length = dayNumber(period.end) - dayNumber(period.start) + 1;
  return addDays(period.start, -count * length);
}

function findLastIndex<T>(values: readonly T[], test: (value: T) => boolean): number {
  for (let index = values.length - 1; index >= 0; index--) {
    if (test(values[index]!)) {
      return index;
    }
  }
  return -1;
}

/**
 * What a quick week asks, given the draft: the planned contrasts, the focus, and anything the
 * person has already answered, so nothing they typed is dropped from the note.
 */
export function askedInQuickWeek(questionnaire: Questionnaire, plan: QuickPlan, draft: Draft): AskedItems {
  const planned = new Set(plan.contrasts.map((pick) => pick.dimension));
  const dimensions = questionnaire.dimensions.filter(
    (dimension) => planned.has(dimension.id) || dimension.items.some((item) => item.id in draft.answers),
  );
  return {
    items: dimensions.flatMap((dimension) => dimension.items.map((item) => item.id)),
    allocation: Object.keys(draft.allocation).length > 0,
    prompts: questionnaire.prompts
      .filter((prompt) => prompt.id === FOCUS_PROMPT_ID || (draft.notes[prompt.id] ?? '').trim() !== '')
      .map((prompt) => prompt.id),
    titleContext: plan.titleContext === null || draft.titleContext !== null,
  };
}

/** The questionnaire as a quick week asked it: the other contrasts, areas and prompts left out. */
export function restrictToAsked(questionnaire: Questionnaire, asked: AskedItems): Questionnaire {
  const items = new Set(asked.items);
  return {
    ...questionnaire,
    dimensions: questionnaire.dimensions
      .map((dimension) => ({ ...dimension, items: dimension.items.filter((item) => items.has(item.id)) }))
      .filter((dimension) => dimension.items.length > 0),
    allocation: asked.allocation ? questionnaire.allocation : [],
    prompts: questionnaire.prompts.filter((prompt) => asked.prompts.includes(prompt.id)),
  };
}

/** A reason in a few words, for the form. */
export function describeQuickReason(reason: QuickReason, t: Translate): string {
  switch (reason.kind) {
    case 'neverRated':
      return t('not rated yet');
    case 'notRatedLately':
      return t('not rated since {0}', reason.since);
    case 'outsideBand':
      return t('outside your band last time');
    case 'movedMost':
      return t('moved most last time');
    case 'leastRecent':
      return t('last rated {0}, longest ago', reason.since);
  }
}
