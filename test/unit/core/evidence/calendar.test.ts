import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { calendarForPeriod } from '../../../../src/core/evidence/calendarPeriod';
import type { CalendarEvidence } from '../../../../src/core/evidence/model';
import { parsePeriodId } from '../../../../src/core/time/period';
import { PROJECT_ROOT } from '../../../support/paths';

function fixture(name: string): string {
  return readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'calendars', name), 'utf8');
}

function count(text: string, period: string, zone: string, email: string | null = 'lead@example.com'): CalendarEvidence {
  const counted = calendarForPeriod(text, parsePeriodId(period)!, zone, email, null);
  assert.ok(counted.ok, `the calendar reads: ${JSON.stringify(counted)}`);
  return counted.evidence;
}

describe('calendar evidence', () => {
  describe('a Google Calendar export (Europe/Berlin, with its VTIMEZONE)', () => {
    const google = fixture('google.ics');

    it('counts a week with weekly, fortnightly and monthly series, an EXDATE, a moved and a cancelled occurrence', () => {
      const week = count(google, '2026-W10', 'Europe/Berlin');
      // Stand-ups Mon and Tue (15 min), Wed taken out by EXDATE, Thu moved to 30 min, Fri cancelled.
      assert.deepEqual(week.hours, { process: 1, people: 0.5, direction: 1, technical: 3, other: 3 });
      assert.equal(week.scheduledHours, 8.5);
      assert.equal(week.events, 8);
      assert.deepEqual(week.skipped, { allDay: 1, cancelled: 1, free: 1, declined: 1, unknownTimeZone: 0 });
      assert.deepEqual(week.unclassified, ['Offsite prep', 'Vendor call']);
      assert.equal(week.malformed, 0);
    });

    it('counts only the part of an event inside the period: two of the four hours of a Sunday-night event', () => {
      const next = count(google, '2026-W11', 'Europe/Berlin');
      assert.equal(next.hours.other, 2, 'the other two hours fall on the Monday after');
    });

    it('counts the real length of an event across the spring change in Berlin: 01:00 to 04:00 is two hours', () => {
      const week = count(google, '2026-W13', 'Europe/Berlin');
      assert.deepEqual(week.hours, { process: 1.25, technical: 2 });
    });

    it('counts a week across the year end: the series goes on into 2027, and a Saturday in January belongs to 2026-W53', () => {
      const week = count(google, '2026-W53', 'Europe/Berlin');
      assert.deepEqual(week.hours, { process: 3.25 });
    });

    it('counts the same instants in another zone: from New York the Sunday-night event is all in W10', () => {
      const week = count(google, '2026-W10', 'America/New_York');
      assert.equal(week.hours.other, 1 + 4, 'Berlin 22:00 to 02:00 is 16:00 to 20:00 on Sunday in New York (EDT from that morning)');
    });

    it('does not leave out declined events when it does not know whose calendar it is', () => {
      assert.equal(count(google, '2026-W10', 'Europe/Berlin', null).skipped.declined, 0);
    });
  });

  describe('an Outlook export (Windows zone names, with and without a VTIMEZONE)', () => {
    const outlook = fixture('outlook.ics');
    const week = count(outlook, '2026-W10', 'Europe/Berlin');

    it('reads a Windows zone id without a VTIMEZONE through the windows-iana table, across the US spring change', () => {
      // "Roadmap call", Sunday 18:30 to 19:30 in New York, after clocks went forward: 23:30 to 00:30 in Berlin.
      assert.equal(week.hours.direction, 1 + 0.5);
    });

    it('reads an Outlook Web Access display name, checking the offset it states', () => {
      assert.equal(week.hours.people, 0.5);
    });

    it('lists a zone that is neither in the file nor a known name as unknown, and does not count it as floating time', () => {
      assert.equal(week.skipped.unknownTimeZone, 1);
      assert.deepEqual(week.unknownZones, ['Customized Time Zone']);
      assert.equal(week.hours.other, undefined);
    });

    it('leaves out busy-status FREE and counts monthly and weekly series in the file\'s own zone', () => {
      assert.equal(week.skipped.free, 1);
      assert.equal(week.hours.process, 2);
    });

    it('leaves out an all-day event that Exchange writes as midnight to midnight, marked X-MICROSOFT-CDO-ALLDAYEVENT', () => {
      const allDay = [
        'BEGIN:VEVENT',
        'DTSTART;TZID="W. Europe Standard Time":20260304T000000',
        'DTEND;TZID="W. Europe Standard Time":20260305T000000',
        'SUMMARY;LANGUAGE=en-us:Company holiday',
        'UID:040000008200E00074C5B7101A82E00800000000HOLIDAY',
        'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
        'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
        'END:VEVENT',
      ].join('\r\n');
      const counted = count(outlook.replace('END:VCALENDAR', `${allDay}\r\nEND:VCALENDAR`), '2026-W10', 'Europe/Berlin');
      assert.equal(counted.skipped.allDay, week.skipped.allDay + 1);
      assert.equal(counted.scheduledHours, week.scheduledHours, 'not 24 hours of meetings');
    });
  });

  describe('an Apple Calendar export (America/New_York)', () => {
    const apple = fixture('apple.ics');
    const week = count(apple, '2026-W10', 'America/New_York');

    it('counts a daily series with an RDATE, a monthly series, floating time and a declined invitation', () => {
      assert.equal(week.hours.process, 6 * 0.25, 'five weekdays and the extra Saturday');
      assert.equal(week.hours.people, 1);
      assert.equal(week.skipped.declined, 1);
    });

    it('counts the real length of an event across the US spring change, and floating time on the person\'s clock', () => {
      assert.equal(week.hours.technical, 2 + 1);
    });
  });

  describe('double-booked time', () => {
    const event = (uid: string, start: string, end: string, summary: string): string =>
      `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART:2026${start}Z\r\nDTEND:2026${end}Z\r\nSUMMARY:${summary}\r\nEND:VEVENT\r\n`;
    const calendar = (...events: string[]): string => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${events.join('')}END:VCALENDAR\r\n`;

    it('counts an hour booked twice once, and splits it evenly between the meetings, so the areas add up to the hours scheduled', () => {
      const week = count(
        calendar(
          event('one', '0302T100000', '0302T110000', '1:1 Priya'),
          event('two', '0302T103000', '0302T113000', 'Sprint planning'),
          // The same review twice, as a calendar shows an invitation kept in two calendars.
          event('three', '0303T140000', '0303T150000', 'Design review'),
          event('four', '0303T140000', '0303T150000', 'Design review'),
        ),
        '2026-W10',
        'UTC',
      );
      assert.equal(week.scheduledHours, 1.5 + 1, '10:00 to 11:30, and 14:00 to 15:00');
      assert.deepEqual(week.hours, { people: 0.5 + 0.25, process: 0.25 + 0.5, direction: 1 });
      assert.equal(week.events, 4);
    });

    it('shares an hour between three meetings by thirds, and keeps the areas summing to the scheduled hours', () => {
      const week = count(
        calendar(
          event('a', '0304T090000', '0304T120000', 'Focus time'),
          event('b', '0304T100000', '0304T110000', 'Stand-up'),
          event('c', '0304T100000', '0304T110000', 'Roadmap'),
        ),
        '2026-W10',
        'UTC',
      );
      assert.equal(week.scheduledHours, 3);
      assert.deepEqual(week.hours, { technical: 2.33, process: 0.33, direction: 0.33 });
    });
  });

  describe('bad input', () => {
    it('loses only the event with a malformed line or a date that does not exist, and says how many', () => {
      const broken = fixture('google.ics')
        .replace('SUMMARY:Vendor call', 'SUMMARY Vendor call without a colon')
        .replace('DTSTART;TZID=Europe/Berlin:20260305T130000', 'DTSTART;TZID=Europe/Berlin:20260230T130000');
      const week = count(broken, '2026-W10', 'Europe/Berlin');
      assert.equal(week.malformed, 2);
      assert.deepEqual(week.hours, { process: 1, people: 0.5, direction: 1, other: 2 });
    });

    it('tells a web page from a calendar', () => {
      const page = calendarForPeriod('<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>', parsePeriodId('2026-W10')!, 'UTC', null, null);
      assert.deepEqual(page, { ok: false, problem: { kind: 'html' } });
      const other = calendarForPeriod('{"events": []}', parsePeriodId('2026-W10')!, 'UTC', null, null);
      assert.deepEqual(other, { ok: false, problem: { kind: 'notCalendar' } });
    });

    it('keeps the events of a calendar whose last event is cut off', () => {
      const cut = fixture('google.ics').replace(/BEGIN:VEVENT\r\nDTSTART;TZID=Europe\/Berlin:20270102[\s\S]*$/, 'BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20270102T100000\r\n');
      const week = count(cut, '2026-W10', 'Europe/Berlin');
      assert.equal(week.scheduledHours, 8.5);
      assert.equal(week.malformed, 1);
    });

    it('reads a 5 MB calendar', () => {
      const events = Array.from({ length: 16_000 }, (_, index) => {
        const day = String(1 + (index % 28)).padStart(2, '0');
        const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0');
        return `BEGIN:VEVENT\r\nUID:bulk-${index}@example.com\r\nDTSTART;TZID=Europe/Berlin:2026${month}${day}T100000\r\nDTEND;TZID=Europe/Berlin:2026${month}${day}T103000\r\nSUMMARY:Planning ${index}\r\nDESCRIPTION:${'x'.repeat(200)}\r\nEND:VEVENT\r\n`;
      });
      const big = fixture('google.ics').replace('END:VCALENDAR', `${events.join('')}END:VCALENDAR`);
      assert.ok(big.length > 5_000_000);
      const week = count(big, '2026-W10', 'Europe/Berlin');
      assert.ok((week.hours.process ?? 0) > 1, 'the bulk events of that week are counted');
    });
  });
});
