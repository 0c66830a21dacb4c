import type { LocalDate } from '../time/localDate';
import { readCalendar, type CalendarProblem } from './calendarFile';
import { countCalendar } from './calendarEvidence';
import { DEFAULT_RULES, makeClassifier, type ClassificationRule } from './classify';
import type { CalendarEvidence } from './model';
import { periodWindow } from './periodWindow';

export type PeriodCalendar = { readonly ok: true; readonly evidence: CalendarEvidence } | { readonly ok: false; readonly problem: CalendarProblem };

/** One period of a calendar file's text, counted by the rules given, or by the defaults when `null`. */
export function calendarForPeriod(
  text: string,
  period: { readonly start: LocalDate; readonly end: LocalDate },
  zone: string,
  email: string | null,
  rules: readonly ClassificationRule[] | null,
): PeriodCalendar {
  const read = readCalendar(text);
  return read.ok ? { ok: true, evidence: countCalendar(read.calendar, periodWindow(period, zone, email), makeClassifier(rules ?? DEFAULT_RULES)) } : read;
}
