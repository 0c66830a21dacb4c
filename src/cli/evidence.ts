/**
 * `lead-review evidence <calendar.ics> --period 2026-W10 [--email me@example.com] [--rules file]`:
 * one period of a calendar as JSON, counted as the extension counts it, in the zone `TZ` names.
 */
import { readFileSync, statSync } from 'node:fs';
import { calendarForPeriod } from '../core/evidence/calendarPeriod';
import { formatBytes, MAX_CALENDAR_BYTES } from '../core/evidence/calendarText';
import { loadRules } from '../core/evidence/rulesFile';
import { personZone } from '../core/evidence/periodWindow';
import type { Questionnaire } from '../core/questionnaire/questionnaire';
import { parsePeriodId } from '../core/time/period';


export function calendarEvidenceJson(file: string, values: Record<string, string | boolean | undefined>, questionnaire: Questionnaire, tz: string | undefined): string {
  const periodId = typeof values.period === 'string' ? values.period : '';
  const period = parsePeriodId(periodId);
  if (!period) {
    throw new Error(`give the period with --period, such as 2026-W10, 2026-W09-W10 or 2026-03${periodId ? `; "${periodId}" is none of these` : ''}`);
  }
  const zone = personZone(tz ?? '');
  if (zone.refused) {
    throw new Error(`TZ="${tz}" is not a time zone this Node knows; use an IANA name such as Europe/Berlin`);
  }
  const size = statSync(file).size;
  if (size > MAX_CALENDAR_BYTES) {
    throw new Error(`${file} is ${formatBytes(size)}; calendars up to ${formatBytes(MAX_CALENDAR_BYTES)} are read`);
  }
  const areas = questionnaire.allocation.map((bucket) => bucket.id);
  const rules = typeof values.rules === 'string' ? loadRules(readFileSync(values.rules, 'utf8'), areas) : null;
  if (rules && !rules.ok) {
    throw new Error(`${values.rules as string}: ${rules.problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
  }
  const counted = calendarForPeriod(readFileSync(file, 'utf8'), period, zone.zone, typeof values.email === 'string' ? values.email : null, rules?.rules ?? null);
  if (!counted.ok) {
    throw new Error(counted.problem.kind === 'html' ? `${file} is a web page, not a calendar` : `${file} is not an iCalendar file: it does not start with BEGIN:VCALENDAR`);
  }
  const { evidence } = counted;
  return `${JSON.stringify(
    {
      period: periodId,
      timeZone: zone.zone,
      scheduledHours: evidence.scheduledHours,
      events: evidence.events,
      hours: evidence.hours,
      leftOut: { ...evidence.skipped, malformed: evidence.malformed },
      unknownTimeZones: evidence.unknownZones,
    },
    null,
    2,
  )}\n`;
}
