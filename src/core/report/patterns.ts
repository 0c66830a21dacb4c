/**
 * Patterns a person might act on, read from their own notes. Each one says how many notes it
 * rests on and stays hidden below its minimum. They are observations of what the numbers are,
 * never grades, and never claims about causes.
 */
import type { FollowThrough } from '../note/draft';
import { addDays, dayNumber, type LocalDate } from '../time/localDate';
import { periodAnchor, periodFor, type Cadence } from '../time/period';
import type { Band } from '../questionnaire/questionnaire';
import { reportCalendarDifferences, type EvidenceNote, type ReportCalendarDifference } from './evidencePattern';

/** What the patterns need of one note. Both a `Reflection` and the sidebar's `HistoryPoint` have it. */
export interface PatternNote extends EvidenceNote {
  readonly period: string;
  readonly cadence: Cadence;
  readonly energy: number;
  readonly allocation: Readonly<Record<string, number>>;
  /** `planned` (or a `plan`) when the focus followed up was an if-then plan. */
  readonly followThrough?: { readonly answer: FollowThrough | null; readonly planned?: boolean; readonly plan?: unknown };
  readonly scores: { readonly dimensions: Readonly<Record<string, { readonly lean: number | null }>> };
}

export const FOLLOW_THROUGH_MINIMUM = 2;
export const PERSISTENT_RUN = 3;
export const ENERGY_SIDE_MINIMUM = 4;
export const SPREAD_MINIMUM = 3;
export const RHYTHM_MINIMUM = 2;

export interface FollowThroughPattern {
  readonly basis: number;
  readonly yes: number;
  readonly partly: number;
  readonly no: number;
  readonly unanswered: number;
  /** Answered follow-through after an if-then plan and after a free-text focus, apart; `null` until there is one of each. */
  readonly byKind: { readonly plans: { readonly basis: number; readonly yes: number }; readonly texts: { readonly basis: number; readonly yes: number } } | null;
}

export interface PersistentLean {
  readonly dimension: string;
  /** Periods outside the band in a row, up to the latest note that rated the contrast. */
  readonly current: number;
  readonly longest: number;
  /** The notes that rated it. */
  readonly basis: number;
}

export interface EnergyBySharePattern {
  readonly area: string;
  readonly median: number;
  readonly above: { readonly notes: number; readonly meanEnergy: number };
  readonly below: { readonly notes: number; readonly meanEnergy: number };
}

export interface LeanSpread {
  readonly dimension: string;
  readonly basis: number;
  readonly min: number;
  readonly max: number;
  readonly deviation: number;
}

export interface RhythmPattern {
  readonly written: number;
  readonly elapsed: number;
  readonly since: string;
  /** Periods in a row with a note, up to this period or the one before; 0 when that run is broken. */
  readonly currentRun: number;
}

export interface Patterns {
  readonly followThrough: FollowThroughPattern | null;
  readonly persistentLeans: readonly PersistentLean[];
  readonly energyByShare: readonly EnergyBySharePattern[];
  readonly spread: { readonly steadiest: LeanSpread; readonly mostChangeable: LeanSpread } | null;
  readonly rhythm: RhythmPattern | null;
  readonly reportVsCalendar: readonly ReportCalendarDifference[];
}

/** `notes` oldest first; `leanBands` the role's bands per contrast, or `null` without bands. */
export function findPatterns(
  notes: readonly PatternNote[],
  dimensions: readonly string[],
  areas: readonly string[],
  leanBands: Readonly<Record<string, Band>> | null,
  today: LocalDate,
): Patterns {
  return {
    followThrough: followThroughOf(notes),
    persistentLeans: leanBands ? persistentLeans(notes, dimensions, leanBands) : [],
    energyByShare: areas.flatMap((area) => energyByShare(notes, area) ?? []),
    spread: spreadOf(notes, dimensions),
    rhythm: rhythmOf(notes, today),
    reportVsCalendar: reportCalendarDifferences(notes, areas),
  };
}

function followThroughOf(notes: readonly PatternNote[]): FollowThroughPattern | null {
  const followed = notes.flatMap((note) => (note.followThrough ? [note.followThrough] : []));
  const records = followed.map((entry) => entry.answer);
  if (records.length < FOLLOW_THROUGH_MINIMUM) {
    return null;
  }
  const count = (answer: FollowThrough | null): number => records.filter((entry) => entry === answer).length;
  const answered = followed.filter((entry) => entry.answer !== null);
  const kind = (planned: boolean): { basis: number; yes: number } => {
    const of = answered.filter((entry) => (entry.planned === true || entry.plan !== undefined) === planned);
    return { basis: of.length, yes: of.filter((entry) => entry.answer === 'yes').length };
  };
  const [plans, texts] = [kind(true), kind(false)];
  return { basis: records.length, yes: count('yes'), partly: count('partly'), no: count('no'), unanswered: count(null), byKind: plans.basis > 0 && texts.basis > 0 ? { plans, texts } : null };
}

function persistentLeans(notes: readonly PatternNote[], dimensions: readonly string[], bands: Readonly<Record<string, Band>>): PersistentLean[] {
  return dimensions.flatMap((dimension) => {
    const band = bands[dimension];
    const leans = leansOf(notes, dimension);
    if (!band || leans.length < PERSISTENT_RUN) {
      return [];
    }
    let run = 0;
    let longest = 0;
    for (const lean of leans) {
      run = lean < band[0] || lean > band[1] ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest >= PERSISTENT_RUN ? [{ dimension, current: run, longest, basis: leans.length }] : [];
  });
}

/**
 * Mean energy in periods with more than the median share of `area`, against periods with less.
 * Periods exactly at the median belong to neither side.
 */
function energyByShare(notes: readonly PatternNote[], area: string): EnergyBySharePattern | null {
  const recorded = notes.filter((note) => note.allocation[area] !== undefined);
  const shares = recorded.map((note) => note.allocation[area]!).sort((a, b) => a - b);
  if (shares.length < ENERGY_SIDE_MINIMUM * 2) {
    return null;
  }
  const middle = Math.floor(shares.length / 2);
  const median = shares.length % 2 === 1 ? shares[middle]! : (shares[middle - 1]! + shares[middle]!) / 2;
  const above = recorded.filter((note) => note.allocation[area]! > median).map((note) => note.energy);
  const below = recorded.filter((note) => note.allocation[area]! < median).map((note) => note.energy);
  if (above.length < ENERGY_SIDE_MINIMUM || below.length < ENERGY_SIDE_MINIMUM) {
    return null;
  }
  return { area, median, above: { notes: above.length, meanEnergy: roundTo1(mean(above)) }, below: { notes: below.length, meanEnergy: roundTo1(mean(below)) } };
}

function spreadOf(notes: readonly PatternNote[], dimensions: readonly string[]): Patterns['spread'] {
  const spreads = dimensions.flatMap((dimension): LeanSpread[] => {
    const leans = leansOf(notes, dimension);
    if (leans.length < SPREAD_MINIMUM) {
      return [];
    }
    const average = mean(leans);
    const deviation = Math.sqrt(mean(leans.map((lean) => (lean - average) ** 2)));
    return [{ dimension, basis: leans.length, min: Math.min(...leans), max: Math.max(...leans), deviation: roundTo2(deviation) }];
  });
  if (spreads.length < 2) {
    return null;
  }
  // Ties go to the contrast that comes first in the questionnaire, both ways.
  const steadiest = spreads.reduce((best, entry) => (entry.deviation < best.deviation ? entry : best));
  const mostChangeable = spreads.reduce((best, entry) => (entry.deviation > best.deviation ? entry : best));
  return steadiest.deviation === mostChangeable.deviation ? null : { steadiest, mostChangeable };
}

/** Notes written against periods elapsed, in the cadence of the latest note, from the first note to today's period. */
function rhythmOf(notes: readonly PatternNote[], today: LocalDate): RhythmPattern | null {
  const last = notes[notes.length - 1];
  if (!last || notes.length < RHYTHM_MINIMUM) {
    return null;
  }
  const cadence = last.cadence;
  const covered = new Set(notes.map((note) => periodFor(periodAnchor(note.period)!, cadence).id));
  const first = periodFor(periodAnchor(notes[0]!.period)!, cadence);
  const current = periodFor(today, cadence);
  const periods: string[] = [];
  for (let period = first; dayNumber(period.start) <= dayNumber(current.start); period = periodFor(addDays(period.end, 1), cadence)) {
    periods.push(period.id);
  }
  // This period may still be ahead of its note: a run counts up to last period then.
  const ending = covered.has(current.id) ? periods.length : periods.length - 1;
  let currentRun = 0;
  for (let index = ending - 1; index >= 0 && covered.has(periods[index]!); index--) {
    currentRun++;
  }
  return { written: covered.size, elapsed: periods.length, since: first.id, currentRun };
}

function leansOf(notes: readonly PatternNote[], dimension: string): number[] {
  return notes.map((note) => note.scores.dimensions[dimension]?.lean ?? null).filter((lean): lean is number => lean !== null);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function roundTo1(value: number): number {
  return Math.round(value * 10) / 10;
}

function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}
