import { dayNumber } from '../time/localDate';
import { english, type Translate } from '../util/l10n';
import { periodFor, periodStart, type Cadence } from '../time/period';
import { type LocalDate } from '../time/localDate';
import type { Reflection } from '../note/model';

export interface Reminder {
  readonly due: boolean;
  readonly text: string;
  readonly tooltip: string;
}

/** A reflection is due this close to the end of a period, or once a whole period went by without one. */
export const DUE_DAYS_BEFORE_PERIOD_END = 2;

export function reminderFor(latest: Reflection | null, today: LocalDate, cadence: Cadence, t: Translate = english): Reminder {
  const current = periodFor(today, cadence);
  if (!latest) {
    return { due: true, text: t('Lead review due'), tooltip: t('No reflection yet. Click to open the questionnaire.') };
  }
  const ago = daysAgoText(dayNumber(today) - dayNumber(parseDate(latest.date)), t);
  const latestStart = dayNumber(periodStart(latest.period) ?? parseDate(latest.date));
  if (latestStart >= dayNumber(current.start)) {
    return { due: false, text: t('Lead review {0}', ago), tooltip: t('Your reflection for {0} is written ({1}).', latest.period, ago) };
  }
  const previous = periodFor(fromDayNumber(dayNumber(current.start) - 1), cadence);
  const missedAPeriod = latestStart < dayNumber(previous.start);
  const nearEnd = dayNumber(current.end) - dayNumber(today) <= DUE_DAYS_BEFORE_PERIOD_END;
  const tooltip = t('Last reflection {0}, for {1}.', ago, latest.period);
  return missedAPeriod || nearEnd
    ? { due: true, text: t('Lead review due'), tooltip: `${tooltip} ${t('One for {0} is due. Click to open the questionnaire.', current.id)}` }
    : { due: false, text: t('Lead review {0}', ago), tooltip };
}

function daysAgoText(days: number, t: Translate): string {
  if (days <= 0) {
    return t('today');
  }
  return days === 1 ? t('yesterday') : t('{0} days ago', days);
}

function parseDate(text: string): LocalDate {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function fromDayNumber(day: number): LocalDate {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
