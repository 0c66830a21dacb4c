/**
 * Classifying one period of a five-year calendar, against the library alone: ical.js parsing the
 * same text and expanding the same period, with no zones resolved, nothing classified or counted.
 */
import ICAL from 'ical.js';
import { calendarForPeriod } from '../src/core/evidence/calendarPeriod';
import { parsePeriodId } from '../src/core/time/period';
import { median, timed, type Figure } from './stats';

const ROUNDS = 7;
const PERIOD = '2026-W10';
const TITLES = ['1:1 Sam', 'Sprint planning', 'Focus time', 'Design review', 'Vendor call', 'Team stand-up', 'Roadmap', 'Lunch with Ana'];

/** About 10,000 events over 2022–2026: weekly and monthly series with exceptions, and single events. */
export function fiveYearCalendar(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lead Review bench//EN'];
  const stamp = (year: number, dayOfYear: number, hour: number): string => {
    const date = new Date(Date.UTC(year, 0, 1 + dayOfYear, hour));
    return date.toISOString().replace(/[-:]/g, '').slice(0, 15);
  };
  for (let series = 0; series < 300; series++) {
    const year = 2022 + (series % 5);
    const start = stamp(year, (series * 7) % 300, 8 + (series % 9));
    const until = series % 3 === 0 ? '' : `;UNTIL=${stamp(year + 1 + (series % 2), (series * 11) % 300, 23)}Z`;
    lines.push('BEGIN:VEVENT', `UID:series-${series}`, `DTSTART;TZID=Europe/Berlin:${start}`, 'DURATION:PT45M', `RRULE:FREQ=${series % 4 === 0 ? 'MONTHLY' : 'WEEKLY'}${until}`, `SUMMARY:${TITLES[series % TITLES.length]}`, 'END:VEVENT');
    if (series % 5 === 0) {
      lines.push('BEGIN:VEVENT', `UID:series-${series}`, `RECURRENCE-ID;TZID=Europe/Berlin:${start}`, `DTSTART;TZID=Europe/Berlin:${start}`, 'DURATION:PT30M', 'SUMMARY:Moved', 'END:VEVENT');
    }
  }
  for (let single = 0; single < 9_600; single++) {
    const year = 2022 + (single % 5);
    lines.push('BEGIN:VEVENT', `UID:single-${single}`, `DTSTART;TZID=Europe/Berlin:${stamp(year, single % 365, 9 + (single % 8))}`, 'DURATION:PT1H', `SUMMARY:${TITLES[single % TITLES.length]} ${single}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

/**
 * The library alone: parse, relate each series' exceptions by UID (given to the constructor, as
 * ical.js otherwise scans every sibling event for each event), then each event's occurrences up to
 * the period's end.
 */
function libraryAlone(text: string, startMs: number, endMs: number): number {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  const components = calendar.getAllSubcomponents('vevent');
  const exceptions = new Map<string, ICAL.Component[]>();
  for (const component of components.filter((entry) => entry.hasProperty('recurrence-id'))) {
    const uid = String(component.getFirstPropertyValue('uid'));
    exceptions.set(uid, [...(exceptions.get(uid) ?? []), component]);
  }
  let inside = 0;
  for (const component of components.filter((entry) => !entry.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(component, { exceptions: exceptions.get(String(component.getFirstPropertyValue('uid'))) ?? [] });
    if (!event.isRecurring()) {
      const start = event.startDate.toUnixTime() * 1000;
      inside += start >= startMs && start < endMs ? 1 : 0;
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.toUnixTime() * 1000 < endMs; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      inside += details.startDate.toUnixTime() * 1000 >= startMs ? 1 : 0;
    }
  }
  return inside;
}

export async function measureCalendar(): Promise<Figure[]> {
  const text = fiveYearCalendar();
  const period = parsePeriodId(PERIOD)!;
  const startMs = Date.UTC(2026, 2, 1, 23);
  const endMs = Date.UTC(2026, 2, 8, 23);
  const ours: number[] = [];
  const alone: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    alone.push(await timed(() => libraryAlone(text, startMs, endMs)));
    ours.push(await timed(() => calendarForPeriod(text, period, 'Europe/Berlin', 'lead@example.com', null)));
  }
  const events = (text.match(/BEGIN:VEVENT/g) ?? []).length;
  return [
    {
      name: `Classifying one week of a five-year calendar (${events.toLocaleString('en')} events, ${(text.length / 1048576).toFixed(1)} MB)`,
      value: median(ours),
      unit: 'ms',
      baseline: { name: 'ical.js parsing and expanding the same week alone', value: median(alone) },
      target: '≤ 1.5×',
    },
  ];
}
