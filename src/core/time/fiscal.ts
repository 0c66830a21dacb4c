/**
 * Fiscal quarters, half-years and years, for review packets. A fiscal year starts on the first
 * day of `startMonth` and is named by the calendar year it ends in: with a start in October,
 * FY2027 runs from 1 October 2026 to 30 September 2027, and its Q1 is October to December 2026.
 * With a start in January, FY2026 is the calendar year. A note belongs to the quarter that holds
 * its period's first day.
 */
import { dayNumber, formatLocalDate, type LocalDate } from './localDate';
import { quarterRange, type ReportRange } from './reportRange';

/** A span a review covers, with the id its packet's file is named by (`FY2026-Q3`). */
export interface ReviewRange extends ReportRange {
  readonly id: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** Which fiscal year and quarter (1–4) a day falls in. */
export function fiscalQuarterOf(date: LocalDate, startMonth: number): { readonly year: number; readonly quarter: number } {
  const monthsIn = (date.month - startMonth + 12) % 12;
  const year = startMonth === 1 || date.month < startMonth ? date.year : date.year + 1;
  return { year, quarter: Math.floor(monthsIn / 3) + 1 };
}

/** The first and last day of `count` fiscal quarters starting with quarter `quarter` of fiscal year `year`. */
function quartersSpan(year: number, quarter: number, count: number, startMonth: number): { from: LocalDate; to: LocalDate } {
  // Month index (years × 12 + month − 1) of the fiscal year's first month.
  const yearStart = (startMonth === 1 ? year : year - 1) * 12 + (startMonth - 1);
  const first = yearStart + (quarter - 1) * 3;
  const last = first + count * 3 - 1;
  const month = (index: number): { year: number; month: number } => ({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  const end = month(last);
  return { from: { ...month(first), day: 1 }, to: { ...end, day: new Date(Date.UTC(end.year, end.month, 0)).getUTCDate() } };
}

/** The quarter `offset` quarters from the one holding `today` (−1: the last complete quarter). */
export function fiscalQuarter(today: LocalDate, startMonth: number, offset: number): ReviewRange {
  const { year, quarter } = fiscalQuarterOf(today, startMonth);
  const index = year * 4 + (quarter - 1) + offset;
  return namedFiscalQuarter(Math.floor(index / 4), (index % 4) + 1, startMonth);
}

/** Quarter `quarter` (1–4) of fiscal year `year`. */
export function namedFiscalQuarter(year: number, quarter: number, startMonth: number): ReviewRange {
  return { id: `FY${year}-Q${quarter}`, label: `FY${year} Q${quarter}`, ...quartersSpan(year, quarter, 1, startMonth) };
}

/**
 * A quarter for the trend report, `offset` quarters from the one holding `today`: a calendar
 * quarter (`2026-Q4`) with a January start, as reports were always named; otherwise the fiscal
 * quarter, named as review packets name it (`FY2027-Q1`).
 */
export function reportQuarter(today: LocalDate, startMonth: number, offset: number): ReportRange {
  if (startMonth === 1) {
    return quarterRange(today, offset);
  }
  const { id, from, to } = fiscalQuarter(today, startMonth, offset);
  return { label: id, from, to };
}

/** The last two complete quarters. */
export function lastHalfYear(today: LocalDate, startMonth: number): ReviewRange {
  const first = fiscalQuarter(today, startMonth, -2);
  const second = fiscalQuarter(today, startMonth, -1);
  const id = first.id.slice(0, 6) === second.id.slice(0, 6) ? `${first.id}-${second.id.slice(-2)}` : `${first.id}-${second.id}`;
  return { id, label: `${first.label} – ${second.label}`, from: first.from, to: second.to };
}

/** The last complete fiscal year. */
export function lastFiscalYear(today: LocalDate, startMonth: number): ReviewRange {
  const year = fiscalQuarterOf(today, startMonth).year - 1;
  return { id: `FY${year}`, label: `FY${year}`, ...quartersSpan(year, 1, 4, startMonth) };
}

export function customRange(from: LocalDate, to: LocalDate): ReviewRange {
  const id = `${formatLocalDate(from)}_${formatLocalDate(to)}`;
  return { id, label: `${formatLocalDate(from)} – ${formatLocalDate(to)}`, from, to };
}

/** Whether a period whose first day is `start` belongs to the range. */
export function startsWithin(start: LocalDate, range: Pick<ReviewRange, 'from' | 'to'>): boolean {
  const day = dayNumber(start);
  return day >= dayNumber(range.from) && day <= dayNumber(range.to);
}
