export type Cadence = 'weekly' | 'biweekly' | 'monthly';

export const CADENCES: readonly Cadence[] = ['weekly', 'biweekly', 'monthly'];

/** A calendar date with no time zone: the person's local day. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface Period {
  /** `2026-W48`, `2026-W47-W48` or `2026-11`; also the note's base file name. */
  readonly id: string;
  readonly cadence: Cadence;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const DAY_MS = 86_400_000;

export function localDateOf(date: Date): LocalDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function formatLocalDate(date: LocalDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeekOf(date: LocalDate): { year: number; week: number } {
  const time = utc(date);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  const thursday = new Date(time + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week };
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
      const lastDay = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
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
const NOTE_FILE_NAME = /^(\d{4}-(?:W\d{2}(?:-W\d{2})?|\d{2}))(?:-(\d+))?\.md$/;

/** The first day of a period id, for ordering notes written under different cadences. */
export function periodStart(id: string): LocalDate | null {
  const match = PERIOD_ID.exec(id);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  if (match[4] !== undefined) {
    const month = Number(match[4]);
    return month >= 1 && month <= 12 ? { year, month, day: 1 } : null;
  }
  const week = Number(match[2]);
  return week >= 1 && week <= isoWeeksInYear(year) ? isoWeekStart(year, week) : null;
}

/**
 * The day a period counts as "in" when ranges are cut: the Thursday of a week (the ISO rule for
 * which year a week belongs to), the second Thursday of a week pair, the 15th of a month.
 */
export function periodAnchor(id: string): LocalDate | null {
  const start = periodStart(id);
  if (!start) {
    return null;
  }
  const match = PERIOD_ID.exec(id)!;
  if (match[4] !== undefined) {
    return { ...start, day: 15 };
  }
  return fromUtc(utc(start) + (match[3] !== undefined ? 10 : 3) * DAY_MS);
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
      start: utc(periodStart(entry.parsed!.periodId)!),
      sequence: entry.parsed!.sequence,
    }))
    .sort((a, b) => b.start - a.start || b.sequence - a.sequence);
  return ranked[0]?.name ?? null;
}

function isoWeekStart(year: number, week: number): LocalDate {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return fromUtc(jan4 - jan4Weekday * DAY_MS + (week - 1) * 7 * DAY_MS);
}

function isoWeekEnd(year: number, week: number): LocalDate {
  return fromUtc(utc(isoWeekStart(year, week)) + 6 * DAY_MS);
}

function utc(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtc(time: number): LocalDate {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
