import { addDays, type LocalDate } from '../time/localDate';
import { knownZone, wallToEpoch } from './zoneClock';

/** The period's instants on the person's clock, and whose calendar it is. */
export interface CalendarWindow {
  readonly startMs: number;
  readonly endMs: number;
  /** The person's zone: where floating times are, and where the period's days start. */
  readonly zone: string;
  /** The person's address, to find the events they declined; `null` when unknown. */
  readonly email: string | null;
}

/** From the period's first midnight to the midnight after its last day. */
export function periodWindow(period: { readonly start: LocalDate; readonly end: LocalDate }, zone: string, email: string | null): CalendarWindow {
  const midnight = (date: LocalDate): number => wallToEpoch(zone, { ...date, hour: 0, minute: 0, second: 0 });
  return { startMs: midnight(period.start), endMs: midnight(addDays(period.end, 1)), zone, email };
}

/** The person's zone: the one they set, else this machine's. A name `Intl` does not know is refused, not guessed. */
export function personZone(setting: string): { readonly zone: string; readonly refused: string | null } {
  const host = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!setting.trim()) {
    return { zone: host, refused: null };
  }
  const zone = knownZone(setting.trim());
  return zone ? { zone, refused: null } : { zone: host, refused: setting };
}
