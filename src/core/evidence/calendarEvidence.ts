/**
 * One period of a calendar, counted: which occurrences fall inside it, how many of their hours,
 * in which area, and what was left out and why.
 */
import ICAL from 'ical.js';
import { busyTime, type BusySpan } from './busyTime';
import type { ParsedCalendar } from './calendarFile';
import type { Classifier } from './classify';
import type { CalendarWindow } from './periodWindow';
import { OTHER_AREA, roundHours, SKIP_REASONS, type CalendarEvidence, type SkipReason } from './model';
import { wallToEpoch } from './zoneClock';
import { resolveZoneId } from './zones';

const HOUR_MS = 3_600_000;
/** Far enough either side of the period for any zone's wall time to still fall inside it. */
const MARGIN_MS = 28 * HOUR_MS;
/** A runaway rule (every minute, for ever) stops here rather than hanging the form. */
const MAX_OCCURRENCES = 200_000;

interface Occurrence {
  readonly item: ICAL.Event;
  readonly start: ICAL.Time;
  readonly end: ICAL.Time;
}

export function countCalendar(calendar: ParsedCalendar, window: CalendarWindow, classifier: Classifier): CalendarEvidence {
  const counter = new Counter(window, classifier);
  let malformed = calendar.malformed;
  for (const event of calendar.events) {
    try {
      for (const occurrence of occurrencesNear(event, window)) {
        counter.add(occurrence);
      }
    } catch {
      malformed++;
    }
  }
  return counter.result(malformed);
}

/** The event's occurrences that may touch the window; times are checked exactly when counted. */
function* occurrencesNear(event: ICAL.Event, window: CalendarWindow): Generator<Occurrence> {
  if (!event.isRecurring()) {
    yield { item: event, start: event.startDate, end: event.endDate };
    return;
  }
  const iterator = event.iterator();
  for (let count = 0, next = iterator.next(); next && count < MAX_OCCURRENCES; count++, next = iterator.next()) {
    const roughly = roughEpoch(next);
    if (roughly > window.endMs + MARGIN_MS) {
      return;
    }
    const details = event.getOccurrenceDetails(next);
    yield { item: details.item, start: details.startDate, end: details.endDate };
  }
}

/** A time as if its wall clock were UTC: within a day of the real instant, enough to stop iterating. */
function roughEpoch(time: ICAL.Time): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

class Counter {
  private events = 0;
  private readonly busy: BusySpan[] = [];
  private readonly skipped = Object.fromEntries(SKIP_REASONS.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  private readonly unclassified = new Set<string>();
  private readonly unknownZones = new Set<string>();

  constructor(
    private readonly window: CalendarWindow,
    private readonly classifier: Classifier,
  ) {}

  add({ item, start, end }: Occurrence): void {
    // Wall clocks are within a day of the instant: an event far from the period needs no zone at all.
    if (roughEpoch(start) > this.window.endMs + MARGIN_MS || roughEpoch(end) < this.window.startMs - MARGIN_MS) {
      return;
    }
    // Exchange may write an all-day event as midnight to midnight, marked only by its own property.
    if (start.isDate || String(item.component.getFirstPropertyValue('x-microsoft-cdo-alldayevent') ?? '').toUpperCase() === 'TRUE') {
      this.skipIfInside(this.floating(start), this.floating(end), 'allDay');
      return;
    }
    const startMs = this.epoch(start, item.component.getFirstProperty('dtstart'));
    const endMs = this.epoch(end, item.component.getFirstProperty('dtend') ?? item.component.getFirstProperty('dtstart'));
    if (startMs === null || endMs === null) {
      const zone = String(item.component.getFirstProperty('dtstart')?.getParameter('tzid') ?? '');
      if (this.skipIfInside(this.floating(start), this.floating(end), 'unknownTimeZone')) {
        this.unknownZones.add(zone);
      }
      return;
    }
    const reason = this.exclusion(item.component);
    if (reason) {
      this.skipIfInside(startMs, endMs, reason);
      return;
    }
    if (!this.touches(startMs, endMs)) {
      return;
    }
    const title = String(item.summary ?? '').trim();
    const area = this.classifier.classify(title);
    this.events++;
    this.busy.push({ startMs: Math.max(startMs, this.window.startMs), endMs: Math.min(endMs, this.window.endMs), area });
    if (area === OTHER_AREA && title) {
      this.unclassified.add(title);
    }
  }

  result(malformed: number): CalendarEvidence {
    const { scheduledMs, areaMs } = busyTime(this.busy);
    return {
      scheduledHours: roundHours(scheduledMs / HOUR_MS),
      events: this.events,
      hours: Object.fromEntries([...areaMs].map(([area, ms]) => [area, roundHours(ms / HOUR_MS)])),
      skipped: { ...this.skipped },
      unclassified: [...this.unclassified].sort(),
      unknownZones: [...this.unknownZones].sort(),
      malformed,
    };
  }

  /** Why an occurrence is not the person's busy time, if it is not. */
  private exclusion(component: ICAL.Component): SkipReason | null {
    if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      return 'cancelled';
    }
    const busy = String(component.getFirstPropertyValue('x-microsoft-cdo-busystatus') ?? '').toUpperCase();
    if (String(component.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT' || busy === 'FREE') {
      return 'free';
    }
    return this.declined(component) ? 'declined' : null;
  }

  /** The person's own attendee entry says DECLINED. */
  private declined(component: ICAL.Component): boolean {
    const email = this.window.email?.toLowerCase();
    if (!email) {
      return false;
    }
    return component.getAllProperties('attendee').some((attendee) => {
      const address = String(attendee.getFirstValue() ?? '').replace(/^mailto:/i, '').trim().toLowerCase();
      return address === email && String(attendee.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED';
    });
  }

  private skipIfInside(startMs: number, endMs: number, reason: SkipReason): boolean {
    const touches = this.touches(startMs, endMs);
    if (touches) {
      this.skipped[reason]++;
    }
    return touches;
  }

  /** Whether an occurrence has time inside the period; a zero-length one counts when it starts inside. */
  private touches(startMs: number, endMs: number): boolean {
    return Math.min(endMs, this.window.endMs) > Math.max(startMs, this.window.startMs) || (startMs === endMs && startMs >= this.window.startMs && startMs < this.window.endMs);
  }

  /** A date or floating time, on the person's clock. */
  private floating(time: ICAL.Time): number {
    return wallToEpoch(this.window.zone, time);
  }

  /** The instant a time names; `null` when it names a zone nobody can know. */
  private epoch(time: ICAL.Time, property: ICAL.Property | null): number | null {
    const zone = time.zone;
    if (zone && (zone.tzid === 'UTC' || zone.component)) {
      return time.toUnixTime() * 1000;
    }
    const tzid = property?.getParameter('tzid');
    if (!tzid) {
      return this.floating(time);
    }
    const resolved = resolveZoneId(String(tzid));
    return resolved ? wallToEpoch(resolved, time) : null;
  }
}
