import { addMonths, dayNumber, type LocalDate } from '../time/localDate';
import { periodStart } from '../time/period';
import type { Cadence } from '../time/period';
import type { FollowThrough } from '../note/draft';
import type { Reflection, StoredScores } from '../note/model';

/** One note that was read back. */
export interface HistoryEntry {
  readonly fileName: string;
  readonly sequence: number;
  readonly reflection: Reflection;
}

/** A file in the reflections folder that could not be read as a note, and why. */
export interface SkippedFile {
  readonly fileName: string;
  readonly reason: string;
  readonly line: number;
}

export interface History {
  /** Oldest first; within a period, in the order the notes were written. */
  readonly entries: readonly HistoryEntry[];
  readonly skipped: readonly SkippedFile[];
}

/** What the sidebar's History tab needs of one note: its stored scores, not its text. */
export interface HistoryPoint {
  readonly fileName: string;
  readonly period: string;
  readonly sequence: number;
  readonly date: string;
  readonly questionnaire: string;
  readonly cadence: Cadence;
  readonly energy: number;
  readonly allocation: Readonly<Record<string, number>>;
  /** Whether this note followed through on the focus before it; the focus text itself stays in the note. */
  readonly followThrough?: { readonly answer: FollowThrough | null; readonly planned: boolean };
  readonly scores: StoredScores;
  /** A quick check-in, which rated only some contrasts. */
  readonly quick: boolean;
  /** Where its free text is, when private; the text itself never reaches the sidebar this way. */
  readonly privateText: 'encrypted' | 'local' | null;
  /** The calendar's hours by area, when the note read a calendar: numbers only. */
  readonly evidence?: { readonly calendar?: { readonly hours: Readonly<Record<string, number>> } };
}

export function toHistoryPoint(entry: HistoryEntry): HistoryPoint {
  const { reflection } = entry;
  return {
    fileName: entry.fileName,
    period: reflection.period,
    sequence: entry.sequence,
    date: reflection.date,
    questionnaire: reflection.questionnaire,
    cadence: reflection.cadence,
    energy: reflection.energy,
    allocation: reflection.allocation,
    ...(reflection.followThrough ? { followThrough: { answer: reflection.followThrough.answer, planned: reflection.followThrough.plan !== undefined } } : {}),
    scores: reflection.scores,
    quick: reflection.checkIn !== undefined,
    privateText: reflection.privateText?.storage ?? null,
    ...(reflection.evidence?.calendar ? { evidence: { calendar: { hours: reflection.evidence.calendar.hours } } } : {}),
  };
}

export type HistoryRange = '3m' | '12m' | 'all';

/** The points whose period starts inside the range, counted back from `today`. */
export function pointsInRange(points: readonly HistoryPoint[], range: HistoryRange, today: LocalDate): HistoryPoint[] {
  if (range === 'all') {
    return [...points];
  }
  const from = dayNumber(addMonths(today, range === '3m' ? -3 : -12));
  return points.filter((point) => dayNumber(periodStart(point.period)!) >= from);
}

/** The newest note from a period before `periodId`: the one "since last time" compares with. */
export function previousEntry(entries: readonly HistoryEntry[], periodId: string): HistoryEntry | null {
  const start = periodStart(periodId);
  if (!start) {
    return null;
  }
  const earlier = entries.filter((entry) => dayNumber(periodStart(entry.reflection.period)!) < dayNumber(start));
  return earlier[earlier.length - 1] ?? null;
}

export interface Shift {
  readonly leading: number;
  readonly managing: number;
  /** The contrast whose lean changed most, if any changed. */
  readonly movedMost: { readonly dimension: string; readonly from: number; readonly to: number } | null;
}

/** How one reflection moved from an earlier one. Contrasts only answered in one of them are left out. */
export function shiftBetween(earlier: { readonly scores: StoredScores }, later: { readonly scores: StoredScores }): Shift {
  let movedMost: Shift['movedMost'] = null;
  for (const [dimension, score] of Object.entries(later.scores.dimensions)) {
    const before = earlier.scores.dimensions[dimension]?.lean;
    const after = score.lean;
    if (before === null || before === undefined || after === null) {
      continue;
    }
    if (after !== before && (!movedMost || Math.abs(after - before) > Math.abs(movedMost.to - movedMost.from))) {
      movedMost = { dimension, from: before, to: after };
    }
  }
  return {
    leading: later.scores.leading - earlier.scores.leading,
    managing: later.scores.managing - earlier.scores.managing,
    movedMost,
  };
}
