/**
 * Evidence as data: what the calendar and the repository show about a period, beside what the
 * person reports. Only numbers: titles, attendees and commit messages stay on this machine.
 */

/** Bumped when the `evidence` block's shape changes, so old notes can still be read. */
export const EVIDENCE_SCHEMA = 1;

/** Where an event that no rule places is counted. */
export const OTHER_AREA = 'other';

/** Why an event in the period was not counted; every reason is counted, so nothing vanishes silently. */
export const SKIP_REASONS = ['allDay', 'cancelled', 'free', 'declined', 'unknownTimeZone'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One period of a calendar, counted. */
export interface CalendarFigures {
  /** Hours of the counted events that fall inside the period; two events at once both count. */
  readonly scheduledHours: number;
  /** Occurrences counted. */
  readonly events: number;
  /** Hours by allocation area, and under `other` what no rule placed. */
  readonly hours: Readonly<Record<string, number>>;
  readonly skipped: Readonly<Record<SkipReason, number>>;
}

/** What one period of a calendar shows, with what is only ever shown on screen, never stored. */
export interface CalendarEvidence extends CalendarFigures {
  /** Titles of the events counted as `other`, so the rules can be improved. Never written to a note. */
  readonly unclassified: readonly string[];
  /** Time-zone ids that are neither in the file nor known names. */
  readonly unknownZones: readonly string[];
  /** Events the file holds but that could not be read (a malformed line loses only its event). */
  readonly malformed: number;
}

export interface GitFigures {
  /** Commits in the period whose author is the person. */
  readonly commits: number;
  /** Commits in the period that name a co-author: the person's own, and others' naming the person. */
  readonly coAuthored: number;
  /** Changed files of the person's commits, by kind. */
  readonly files: { readonly docs: number; readonly code: number; readonly tests: number };
  /** Docs, ADRs and RFCs as a whole-number share of changed files; `null` without changed files. */
  readonly docsShare: number | null;
}

/** The note's `evidence` block: numbers only, unless the person turned titles on. */
export interface EvidenceRecord {
  readonly version: number;
  /** The time zone the period's days were counted in. */
  readonly timeZone: string;
  readonly calendar?: CalendarFigures & { readonly titles?: readonly string[] };
  readonly git?: GitFigures;
}

/** Hours kept to a tenth of a minute's precision would be noise: a note stores hundredths. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
