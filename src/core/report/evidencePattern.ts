/**
 * "Where your report and your calendar differ": an area whose reported share and whose share of
 * the calendar's classified time are far apart, period after period. An observation, with the
 * periods it rests on; the two shares have different bases, and the sentence says so.
 */
import { calendarShares } from '../evidence/shares';

/** Points apart, and periods in a row, before the pattern shows. */
export const DIFFERENCE_POINTS = 15;
export const DIFFERENCE_RUN = 3;

/** What the pattern needs of a note: its reported shares and, where read, the calendar's hours. */
export interface EvidenceNote {
  readonly period: string;
  readonly allocation: Readonly<Record<string, number>>;
  readonly evidence?: { readonly calendar?: { readonly hours: Readonly<Record<string, number>> } };
}

export interface ReportCalendarDifference {
  readonly area: string;
  /** The periods of the longest run, oldest first. */
  readonly periods: readonly string[];
  /** Means over those periods, in whole points. */
  readonly reported: number;
  readonly calendar: number;
}

/** Shares per note: reported, and the calendar's over the same areas; `null` where either is missing. */
export function reportedAndCalendar(note: EvidenceNote, areas: readonly string[]): { reported: Readonly<Record<string, number>>; calendar: Readonly<Record<string, number>> } | null {
  const hours = note.evidence?.calendar?.hours;
  const calendar = hours ? calendarShares({ hours }, areas) : null;
  return calendar && Object.keys(note.allocation).length > 0 ? { reported: note.allocation, calendar } : null;
}

/** `notes` oldest first. A note without a calendar or without shares breaks a run. */
export function reportCalendarDifferences(notes: readonly EvidenceNote[], areas: readonly string[]): ReportCalendarDifference[] {
  const pairs = notes.map((note) => ({ period: note.period, shares: reportedAndCalendar(note, areas) }));
  return areas.flatMap((area) => {
    let run: { period: string; reported: number; calendar: number }[] = [];
    let longest: typeof run = [];
    for (const { period, shares } of pairs) {
      const reported = shares?.reported[area];
      const calendar = shares?.calendar[area];
      if (reported === undefined || calendar === undefined || Math.abs(reported - calendar) < DIFFERENCE_POINTS) {
        run = [];
        continue;
      }
      run = [...run, { period, reported, calendar }];
      if (run.length >= longest.length) {
        longest = run;
      }
    }
    if (longest.length < DIFFERENCE_RUN) {
      return [];
    }
    const mean = (values: readonly number[]): number => Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
    return [{ area, periods: longest.map((entry) => entry.period), reported: mean(longest.map((entry) => entry.reported)), calendar: mean(longest.map((entry) => entry.calendar)) }];
  });
}
