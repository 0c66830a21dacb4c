import { dayNumber } from './localDate';
import { periodFor, periodStart, type Cadence } from './period';
import { type LocalDate } from './localDate';
import type { Reflection } from './reflection';

export interface Reminder {
  readonly due: boolean;
  readonly text: string;
  readonly tooltip: string;
}

/** A reflection is due this close to the end of a period, or once a whole period went by without one. */
export const DUE_DAYS_BEFORE_PERIOD_END = 2;

export function reminderFor(latest: Reflection | null, today: LocalDate, cadence: Cadence): Reminder {
  const current = periodFor(today, cadence);
  if (!latest) {
    return { due: true, text: 'Lead review due', tooltip: 'No reflection yet. Click to open the questionnaire.' };
  }
  const ago = daysAgoText(dayNumber(today) - dayNumber(parseDate(latest.date)));
  const latestStart = dayNumber(periodStart(latest.period) ?? parseDate(latest.date));
  if (latestStart >= dayNumber(current.start)) {
    return { due: false, text: `Lead review ${ago}`, tooltip: `Your reflection for ${latest.period} is written (${ago}).` };
  }
  const previous = periodFor(fromDayNumber(dayNumber(current.start) - 1), cadence);
  const missedAPeriod = latestStart < dayNumber(previous.start);
  const nearEnd = dayNumber(current.end) - dayNumber(today) <= DUE_DAYS_BEFORE_PERIOD_END;
  const tooltip = `Last reflection ${ago}, for ${latest.period}.`;
  return missedAPeriod || nearEnd
    ? { due: true, text: 'Lead review due', tooltip: `${tooltip} One for ${current.id} is due. Click to open the questionnaire.` }
    : { due: false, text: `Lead review ${ago}`, tooltip };
}

function daysAgoText(days: number): string {
  if (days <= 0) {
    return 'today';
  }
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

function parseDate(text: string): LocalDate {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function fromDayNumber(day: number): LocalDate {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
