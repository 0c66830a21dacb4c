/**
 * The note's `evidence` block: built from what was counted, and read back with every field
 * checked. Numbers only; titles only when the person turned `leadReview.evidence.includeTitles` on.
 */
import { EVIDENCE_SCHEMA, SKIP_REASONS, type CalendarEvidence, type CalendarFigures, type EvidenceRecord, type GitFigures, type SkipReason } from './model';

const AREA_ID = /^[a-z][a-z0-9-]*$/;
const MAX_TITLES = 200;

export function evidenceRecord(calendar: CalendarEvidence | null, git: GitFigures | null, timeZone: string, includeTitles: boolean): EvidenceRecord | null {
  if (!calendar && !git) {
    return null;
  }
  return {
    version: EVIDENCE_SCHEMA,
    timeZone,
    ...(calendar
      ? {
          calendar: {
            scheduledHours: calendar.scheduledHours,
            events: calendar.events,
            hours: calendar.hours,
            skipped: calendar.skipped,
            ...(includeTitles ? { titles: calendar.unclassified.slice(0, MAX_TITLES) } : {}),
          },
        }
      : {}),
    ...(git ? { git } : {}),
  };
}

export type ReadEvidence = { readonly ok: true; readonly evidence: EvidenceRecord } | { readonly ok: false; readonly error: string };

class EvidenceShape extends Error {}

/** A note's `evidence` block as data, or what is wrong with it. */
export function readEvidence(data: unknown): ReadEvidence {
  try {
    const record = object(data, 'evidence');
    if (record.version !== EVIDENCE_SCHEMA) {
      throw new EvidenceShape(`evidence.version must be ${EVIDENCE_SCHEMA}; this note was written by a newer Lead Review`);
    }
    if (typeof record.timeZone !== 'string' || record.timeZone.length > 64) {
      throw new EvidenceShape('evidence.timeZone must be a time zone name');
    }
    return {
      ok: true,
      evidence: {
        version: EVIDENCE_SCHEMA,
        timeZone: record.timeZone,
        ...(record.calendar === undefined ? {} : { calendar: readCalendar(record.calendar) }),
        ...(record.git === undefined ? {} : { git: readGit(record.git) }),
      },
    };
  } catch (error) {
    if (error instanceof EvidenceShape) {
      return { ok: false, error: error.message };
    }
    throw error;
  }
}

function readCalendar(data: unknown): CalendarFigures & { titles?: string[] } {
  const record = object(data, 'evidence.calendar');
  const hours = object(record.hours, 'evidence.calendar.hours');
  const skipped = object(record.skipped, 'evidence.calendar.skipped');
  const titles = record.titles;
  if (titles !== undefined && !(Array.isArray(titles) && titles.every((title) => typeof title === 'string'))) {
    throw new EvidenceShape('evidence.calendar.titles must be a list of text');
  }
  return {
    scheduledHours: amount(record.scheduledHours, 'evidence.calendar.scheduledHours'),
    events: count(record.events, 'evidence.calendar.events'),
    hours: Object.fromEntries(
      Object.entries(hours).map(([area, value]) => {
        if (!AREA_ID.test(area)) {
          throw new EvidenceShape(`evidence.calendar.hours has an area "${area.slice(0, 40)}" that is not an id`);
        }
        return [area, amount(value, `evidence.calendar.hours.${area}`)];
      }),
    ),
    skipped: Object.fromEntries(SKIP_REASONS.map((reason) => [reason, skipped[reason] === undefined ? 0 : count(skipped[reason], `evidence.calendar.skipped.${reason}`)])) as Record<SkipReason, number>,
    ...(titles === undefined ? {} : { titles: titles as string[] }),
  };
}

function readGit(data: unknown): GitFigures {
  const record = object(data, 'evidence.git');
  const files = object(record.files, 'evidence.git.files');
  const share = record.docsShare;
  if (share !== null && (typeof share !== 'number' || !Number.isInteger(share) || share < 0 || share > 100)) {
    throw new EvidenceShape('evidence.git.docsShare must be a whole number from 0 to 100, or null');
  }
  return {
    commits: count(record.commits, 'evidence.git.commits'),
    coAuthored: count(record.coAuthored, 'evidence.git.coAuthored'),
    files: { docs: count(files.docs, 'evidence.git.files.docs'), code: count(files.code, 'evidence.git.files.code'), tests: count(files.tests, 'evidence.git.files.tests') },
    docsShare: share as number | null,
  };
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EvidenceShape(`${field} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

function count(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new EvidenceShape(`${field} must be a whole number, 0 or more`);
  }
  return value;
}

function amount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new EvidenceShape(`${field} must be a number of hours, 0 or more`);
  }
  return value;
}
