import type { LocalDate } from './localDate';

/** A span of time a report covers; open ends mean "from the first note" or "to the last". */
export interface ReportRange {
  readonly label: string;
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
}

export const EVERYTHING: ReportRange = { label: 'all time', from: null, to: null };

/** `offset` 0 is the quarter holding `date`, −1 the one before, and so on. */
export function quarterRange(date: LocalDate, offset = 0): ReportRange {
  const index = date.year * 4 + Math.floor((date.month - 1) / 3) + offset;
  const year = Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  return { label: `${year}-Q${quarter}`, from: { year, month: firstMonth, day: 1 }, to: { year, month: firstMonth + 2, day: lastDay } };
}

export function yearRange(year: number): ReportRange {
  return { label: String(year), from: { year, month: 1, day: 1 }, to: { year, month: 12, day: 31 } };
}
