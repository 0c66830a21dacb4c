/**
 * What every reader of a calendar checks first, before any parsing: whether the text is an
 * iCalendar file at all, and whether it is small enough to read. The file, the feed and the CLI
 * share these rules, so they refuse the same things in the same words.
 */

/** Larger calendars are refused with their size; five years of a busy calendar is a few MB. */
export const MAX_CALENDAR_BYTES = 25 * 1024 * 1024;

export type CalendarTextKind = 'calendar' | 'html' | 'notCalendar';

const CALENDAR_START = /^\s*BEGIN:VCALENDAR\s*$/i;
const WEB_PAGE = /^<(?:!doctype|html|head|body|\?xml)/i;

/** An iCalendar file starts with BEGIN:VCALENDAR; a web page there is often a sign-in page. */
export function calendarTextKind(text: string): CalendarTextKind {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (CALENDAR_START.test(head.split(/\r?\n/, 1)[0] ?? '')) {
    return 'calendar';
  }
  return WEB_PAGE.test(head) ? 'html' : 'notCalendar';
}

export function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
