/**
 * Time zones by name, with offsets from `Intl`, because ical.js ships no zone data: a `TZID` the
 * file does not define would otherwise become floating time without a word.
 */
import { findIana } from 'windows-iana';
import { knownZone, offsetAt } from './zoneClock';

const DISPLAY_NAME = /^\((?:UTC|GMT)(?:([+-])(\d{1,2}):(\d{2}))?\)\s*(.+)$/;

/**
 * An IANA zone for a calendar's `TZID`, or `null` when it cannot be known. In order: an IANA
 * name (also at the end of a path such as `/mozilla.org/20050126_1/Europe/Berlin`), a Windows
 * zone id as Outlook and Exchange write them (windows-iana's table), and the display names older
 * Outlook Web Access exports use, `(UTC+01:00) Amsterdam, Berlin, …`, accepted only when the zone
 * found has the offset the name states.
 */
export function resolveZoneId(tzid: string): string | null {
  let resolved = resolvedZones.get(tzid);
  if (resolved === undefined) {
    resolved = resolveUncached(tzid);
    resolvedZones.set(tzid, resolved);
  }
  return resolved;
}

/** A calendar names a handful of zones thousands of times; each is looked up once. */
const resolvedZones = new Map<string, string | null>();

function resolveUncached(tzid: string): string | null {
  const name = tzid.trim().replace(/^"(.*)"$/, '$1');
  const direct = knownZone(name) ?? pathZone(name);
  if (direct) {
    return direct;
  }
  const windows = windowsZone(name);
  if (windows) {
    return windows;
  }
  const display = DISPLAY_NAME.exec(name);
  return display ? displayNameZone(display) : null;
}

function pathZone(name: string): string | null {
  const segments = name.split('/').filter(Boolean);
  for (let take = Math.min(3, segments.length - 1); take >= 2; take--) {
    const zone = knownZone(segments.slice(-take).join('/'));
    if (zone) {
      return zone;
    }
  }
  return null;
}

function windowsZone(name: string): string | null {
  const found = findIana(name)[0];
  return found ? knownZone(found) : null;
}

function displayNameZone(match: RegExpExecArray): string | null {
  const [, sign, hours, minutes, rest] = match as unknown as [string, string | undefined, string | undefined, string | undefined, string];
  const stated = sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
  // "Eastern Time (US & Canada)" is Windows' "Eastern Standard Time"; "Amsterdam, Berlin, …" lists cities.
  const regional = rest.replace(/\s*\(.*\)\s*$/, '').replace(/ Time$/, ' Standard Time');
  const candidates = [windowsZone(regional), ...rest.split(/,\s*/).map(cityZone)];
  return candidates.find((zone): zone is string => zone !== null && hasStandardOffset(zone, stated)) ?? null;
}

let cities: Map<string, string> | undefined;

function cityZone(city: string): string | null {
  cities ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ').toLowerCase(), zone]));
  return cities.get(city.trim().toLowerCase()) ?? null;
}

/** Whether the zone's standard (winter) offset is the one stated: the smaller of January's and July's. */
function hasStandardOffset(zone: string, stated: number): boolean {
  const year = new Date().getUTCFullYear();
  return Math.min(offsetAt(zone, Date.UTC(year, 0, 15)), offsetAt(zone, Date.UTC(year, 6, 15))) === stated;
}
