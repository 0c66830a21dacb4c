/**
 * An iCalendar file read with ical.js, one event at a time: a malformed line loses only the event
 * that holds it, never the whole calendar. The file's own VTIMEZONEs are read once and lent to
 * every event.
 */
import ICAL from 'ical.js';
import { calendarTextKind } from './calendarText';

export type CalendarProblem =
  /** The text is a web page: a sign-in or error page where the feed was expected. */
  | { readonly kind: 'html' }
  | { readonly kind: 'notCalendar' };

export type ReadCalendar = { readonly ok: true; readonly calendar: ParsedCalendar } | { readonly ok: false; readonly problem: CalendarProblem };

export interface ParsedCalendar {
  /** Each series with its exceptions related, and every single event. */
  readonly events: readonly ICAL.Event[];
  /** Events that could not be read. */
  readonly malformed: number;
}

export function readCalendar(text: string): ReadCalendar {
  const kind = calendarTextKind(text);
  if (kind !== 'calendar') {
    return { ok: false, problem: { kind } };
  }
  const { skeleton, blocks } = splitEvents(text);
  const root = parseSkeleton(skeleton);
  let malformed = 0;
  const components: ICAL.Component[] = [];
  for (const block of blocks) {
    try {
      const component = new ICAL.Component(ICAL.parse(block) as unknown as unknown[], root);
      // A broken date loses its event here: ical.js would quietly roll 2026-02-30 over to March.
      if (!['dtstart', 'dtend', 'recurrence-id'].every((name) => validTimes(component, name))) {
        throw new Error('invalid date');
      }
      components.push(component);
    } catch {
      malformed++;
    }
  }
  return { ok: true, calendar: { events: relateExceptions(components), malformed } };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)Z?)?$/;

/** Every value of the property, if there is one, is a real day and time. `DTSTART` must be there. */
function validTimes(component: ICAL.Component, name: string): boolean {
  const properties = component.getAllProperties(name);
  if (properties.length === 0) {
    return name !== 'dtstart';
  }
  return properties.every((property) =>
    (property.jCal.slice(3) as unknown[]).every((value) => {
      const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
      if (!match) {
        return false;
      }
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    }),
  );
}

/** The VEVENT blocks, and everything else (the calendar's own lines and its VTIMEZONEs). */
function splitEvents(text: string): { skeleton: string; blocks: string[] } {
  const skeleton: string[] = [];
  const blocks: string[] = [];
  let current: string[] | null = null;
  let depth = 0;
  for (const line of text.split(/\r?\n/)) {
    if (current === null && /^BEGIN:VEVENT\s*$/i.test(line)) {
      current = [line];
      depth = 1;
      continue;
    }
    if (current === null) {
      skeleton.push(line);
      continue;
    }
    current.push(line);
    if (/^BEGIN:/i.test(line)) {
      depth++;
    } else if (/^END:/i.test(line) && --depth === 0) {
      blocks.push(current.join('\r\n'));
      current = null;
    }
  }
  // An event cut off at the end of the file is still an event that could not be read.
  if (current !== null) {
    blocks.push(current.join('\r\n'));
  }
  return { skeleton: skeleton.join('\r\n'), blocks };
}

/** The calendar with its time zones; one broken VTIMEZONE leaves its TZID to be found by name. */
function parseSkeleton(text: string): ICAL.Component {
  try {
    return new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch {
    return new ICAL.Component('vcalendar');
  }
}

/** Exceptions (`RECURRENCE-ID`) joined to their series by `UID`; an exception without its series stands alone. */
function relateExceptions(components: readonly ICAL.Component[]): ICAL.Event[] {
  const series = new Map<string, ICAL.Event>();
  const events: ICAL.Event[] = [];
  const exceptions: ICAL.Component[] = [];
  for (const component of components) {
    if (component.hasProperty('recurrence-id')) {
      exceptions.push(component);
      continue;
    }
    const event = new ICAL.Event(component, { strictExceptions: false });
    events.push(event);
    const uid = String(component.getFirstPropertyValue('uid') ?? '');
    if (uid && event.isRecurring()) {
      series.set(uid, event);
    }
  }
  for (const component of exceptions) {
    const master = series.get(String(component.getFirstPropertyValue('uid') ?? ''));
    try {
      if (master) {
        master.relateException(component);
      } else {
        events.push(new ICAL.Event(component));
      }
    } catch {
      events.push(new ICAL.Event(component));
    }
  }
  return events;
}
