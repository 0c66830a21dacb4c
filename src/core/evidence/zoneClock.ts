/**
 * Wall-clock time in a named zone, with offsets from `Intl`: the one clock every evidence figure
 * uses, for the person's days and for event times alike.
 */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const HOUR_MS = 3_600_000;
const formats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  return format;
}

/** The zone's offset from UTC at an instant, in milliseconds. Zones change offset on the hour or half hour, so an hour's answer is cached. */
export function offsetAt(zone: string, epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR_MS);
  const key = `${zone}\u0000${hour}`;
  const cached = offsets.get(key);
  if (cached !== undefined) {
    return cached;
  }
  const instant = hour * HOUR_MS;
  const parts = Object.fromEntries(formatFor(zone).formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute), Number(parts.second));
  const offset = asUtc - instant;
  offsets.set(key, offset);
  return offset;
}

/**
 * The instant a wall-clock time names in a zone. A time in the spring gap moves forward by the
 * gap, as calendars do; a time in the autumn overlap takes the earlier instant.
 */
export function wallToEpoch(zone: string, wall: WallTime): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetAt(zone, asUtc - 12 * HOUR_MS);
  const after = offsetAt(zone, asUtc + 12 * HOUR_MS);
  const first = asUtc - before;
  if (before === after || offsetAt(zone, first) === before) {
    return first;
  }
  const second = asUtc - after;
  // Neither offset fits inside the spring gap: the earlier offset carries the time forward.
  return offsetAt(zone, second) === after ? second : first;
}

/** The zone's canonical name when `Intl` knows it, else `null`. */
export function knownZone(name: string): string | null {
  if (!name || !/^[A-Za-z]/.test(name)) {
    return null;
  }
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
