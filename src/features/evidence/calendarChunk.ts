import type { calendarForPeriod } from '../../core/evidence/calendarPeriod';

/** What the calendar chunk (platform/chunks/entries/calendar.ts) gives the evidence feature. */
export interface CalendarChunk {
  readonly calendarForPeriod: typeof calendarForPeriod;
}
