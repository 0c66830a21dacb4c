import { addDays, dayNumber, daysInMonth, pad, weekdayOf, type LocalDate } from './localDate';

export type Cadence = 'weekly' | 'biweekly' | 'monthly';

export const CADENCES: readonly Cadence[] = ['weekly', 'biweekly', 'monthly'];

export interface Period {
  /** `2026-W48`, `2026-W47-W48` or `2026-11`; also the note's base file name. */
  readonly id: string;
  readonly cadence: Cadence;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeekOf(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(date, 3 - weekdayOf(date));
  const week = 1 + Math.floor((dayNumber(thursday) - dayNumber({ year: thursday.year, month: 1, day: 1 })) / 7);
  return { year: thursday.year, week };
}

export function isoWeeksInYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).week;
}

export function periodFor(date: LocalDate, cadence: Cadence): Period {
  switch (cadence) {
    case 'weekly': {
      const { year, week } = isoWeekOf(date);
      return { id: `${year}-W${pad(week)}`, cadence, start: isoWeekStart(year, week), end: isoWeekEnd(year, week) };
    }
    case 'biweekly': {
      const { year, week } = isoWeekOf(date);
      const first = week % 2 === 1 ? week : week - 1;
      // A 53rd week has no partner in its own year, so it stands alone.
      const last = Math.min(first + 1, isoWeeksInYear(year));
      const id = first === last ? `${year}-W${pad(first)}` : `${year}-W${pad(first)}-W${pad(last)}`;
      return { id, cadence, start: isoWeekStart(year, first), end: isoWeekEnd(year, last) };
    }
    case 'monthly': {
      const lastDay = daysInMonth(date.year, date.month);
      return {
        id: `${date.year}-${pad(date.month)}`,
        cadence,
        start: { year: date.year, month: date.month, day: 1 },
        end: { year: date.year, month: date.month, day: lastDay },
      };
    }
  }
}

const PERIOD_ID = /^(\d{4})-(?:W(\d{2})(?:-W(\d{2}))?|(\d{2}))$/;
const NOTE_FILE_NAME = /^(\d{4}-(?:W\d{2}(?:-W\d{2})?|\d{2}))(?:-([1-9]\d{0,3}))?\.md$/;

/**
 * The days a period id covers, or `null` when the id names no period Lead Review writes:
 * `2026-W48` (a real ISO week), `2026-W47-W48` (an odd week and the one after it, as
 * `periodFor` pairs them), `2026-11` (a month). `2026-W10-W40` and `2026-13` are not periods.
 */
export function parsePeriodId(id: string): { readonly start: LocalDate; readonly end: LocalDate } | null {
  const match = PERIOD_ID.exec(id);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  if (match[4] !== undefined) {
    const month = Number(match[4]);
    return month >= 1 && month <= 12 ? { start: { year, month, day: 1 }, end: { year, month, day: daysInMonth(year, month) } } : null;
  }
  const first = Number(match[2]);
  const last = match[3] === undefined ? first : Number(match[3]);
  const pairs = match[3] === undefined || (first % 2 === 1 && last === first + 1);
  if (first < 1 || last > isoWeeksInYear(year) || !pairs) {
    return null;
  }
  return { start: isoWeekStart(year, first), end: isoWeekEnd(year, last) };
}

/** The first day of a period id, for ordering notes written under different cadences. */
export function periodStart(id: string): LocalDate | null {
  return parsePeriodId(id)?.start ?? null;
}

/**
 * The day a period counts as "in" when ranges are cut: the Thursday of a week (the ISO rule for
 * which year a week belongs to), the second Thursday of a week pair, the 15th of a month.
 */
export function periodAnchor(id: string): LocalDate | null {
  const period = parsePeriodId(id);
  if (!period) {
    return null;
  }
  const weeks = (dayNumber(period.end) - dayNumber(period.start) + 1) / 7;
  if (!Number.isInteger(weeks)) {
    return { ...period.start, day: 15 };
  }
  return addDays(period.start, weeks === 2 ? 10 : 3);
}

/** `2026-W48.md` for the first note of a period, `2026-W48-2.md` for the second. */
export function reflectionFileName(periodId: string, sequence = 1): string {
  return sequence <= 1 ? `${periodId}.md` : `${periodId}-${sequence}.md`;
}

export function parseReflectionFileName(name: string): { periodId: string; sequence: number } | null {
  const match = NOTE_FILE_NAME.exec(name);
  if (!match || periodStart(match[1] as string) === null) {
    return null;
  }
  return { periodId: match[1] as string, sequence: match[2] === undefined ? 1 : Number(match[2]) };
}

/** Newest period first, then the later note of the same period. Names that are not notes are dropped. */
export function newestReflectionFileName(names: readonly string[]): string | null {
  const ranked = names
    .map((name) => ({ name, parsed: parseReflectionFileName(name) }))
    .filter((entry) => entry.parsed !== null)
    .map((entry) => ({
      name: entry.name,
      start: dayNumber(periodStart(entry.parsed!.periodId)!),
      sequence: entry.parsed!.sequence,
    }))
    .sort((a, b) => b.start - a.start || b.sequence - a.sequence);
  return ranked[0]?.name ?? null;
}

function isoWeekStart(year: number, week: number): LocalDate {
  const jan4: LocalDate = { year, month: 1, day: 4 };
  return addDays(jan4, (week - 1) * 7 - weekdayOf(jan4));
}

function isoWeekEnd(year: number, week: number): LocalDate {
  return addDays(isoWeekStart(year, week), 6);
}
