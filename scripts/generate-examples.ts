/**
 * `npm run examples`: writes `examples/reflections/`, a year of weekly notes for one tech lead,
 * with Lead Review's own code, so the sample format always matches what the extension writes.
 * Every pattern shows: full and quick weeks, follow-through, a persistent lean, an energy split,
 * missed weeks, evidence blocks, and one encrypted note (passphrase: EXAMPLE_PASSPHRASE).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { evidenceRecord } from '../src/core/evidence/evidenceRecord';
import { docsShareOf } from '../src/core/evidence/gitEvidence';
import type { Draft } from '../src/core/note/draft';
import { FOCUS_IF_ID, FOCUS_THEN_ID } from '../src/core/note/focusPlan';
import { renderReflectionMarkdown } from '../src/core/note/markdown';
import type { Reflection } from '../src/core/note/model';
import { buildReflection } from '../src/core/note/reflection';
import { deriveKey, encryptNotes, sealReflection } from '../src/core/private/privateText';
import { quickPlanFor } from '../src/core/scoring/checkIn';
import { addDays, type LocalDate } from '../src/core/time/localDate';
import { periodFor, reflectionFileName } from '../src/core/time/period';
import type { HistoryEntry } from '../src/core/report/history';
import { DEFAULT_QUESTIONNAIRE } from '../test/support/questionnaire';
import { PROJECT_ROOT } from '../test/support/paths';

export const EXAMPLE_PASSPHRASE = 'lead review example';
const FOLDER = path.join(PROJECT_ROOT, 'examples', 'reflections');
const FIRST_FRIDAY: LocalDate = { year: 2025, month: 12, day: 5 };
const WEEKS = 52;
/** Weeks with no note: a holiday and a week of travel. */
const MISSED = new Set([3, 30]);
const QUICK = (week: number): boolean => week % 5 === 4;
const ENCRYPTED_WEEK = 41;
const EVIDENCE_FROM = 40;

const MOMENTS_LED = [
  'Pitched splitting the monolith build into per-service pipelines.',
  'Got two teams to agree on one error-budget policy.',
  'Wrote the RFC for moving auth to the gateway, and people argued with it, which was the point.',
  'Paired with Jo on her first production migration and let her drive.',
  'Said no to the reporting feature until the data model is fixed, and explained why.',
];
const MOMENTS_MANAGED = [
  'Got the Q4 release plan signed off with dates everyone believes.',
  'Cut the stand-up to ten minutes by moving status to the board.',
  'Closed the hiring loop in a week, with written feedback from everyone.',
  'Kept the incident review blameless and on time.',
];
/** Free-text focuses, and if-then plans (written in the plan's two boxes). */
const FOCUSES: readonly (string | { readonly if: string; readonly then: string })[] = [
  { if: 'the design review slips again', then: 'pair with Sam on the RFC first thing Monday' },
  'Hand the release train to Ana.',
  { if: 'a meeting has no agenda by 9:00', then: 'decline it and offer a written update' },
  'Two mornings of focus time for the build work.',
];

/** A small deterministic generator, so running the script twice writes the same numbers. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function draftFor(week: number, next: () => number, previous: Reflection | null): Draft {
  const technical = 20 + Math.round(next() * 6) * 5;
  const people = 20 + Math.round(next() * 3) * 5;
  const direction = 10 + Math.round(next() * 2) * 5;
  const process = 100 - technical - people - direction;
  const answers = Object.fromEntries(
    DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) =>
      dimension.items.map((item) => {
        // "Future vs today" stays on today's side for a long run: a persistent lean outside the tech-lead band.
        const leaning = dimension.id === 'future' && week > 20 && week < 32 ? (item.pole === 'leading' ? 0 : 4) : 1 + Math.round(next() * 3);
        return [item.id, leaning];
      }),
    ),
  );
  return {
    answers,
    allocation: { people, process, technical, direction },
    // More hands-on time, more energy: the split the energy pattern finds.
    energy: Math.min(5, Math.max(1, Math.round(1 + technical / 14 + next()))),
    titleContext: 'lead',
    followThrough: previous ? (['yes', 'partly', 'yes', 'no'] as const)[week % 4]! : null,
    checkIn: QUICK(week) ? 'quick' : 'full',
    notes: {
      led: week % 2 === 0 ? MOMENTS_LED[week % MOMENTS_LED.length]! : '',
      managed: week % 3 === 0 ? MOMENTS_MANAGED[week % MOMENTS_MANAGED.length]! : '',
      differently: week % 4 === 1 ? 'Ask for the decision in writing before the meeting, not after.' : '',
      ...focusNotes(FOCUSES[week % FOCUSES.length]!),
    },
  };
}

function focusNotes(focus: (typeof FOCUSES)[number]): Record<string, string> {
  return typeof focus === 'string' ? { focus } : { focus: '', [FOCUS_IF_ID]: focus.if, [FOCUS_THEN_ID]: focus.then };
}

function evidenceFor(week: number, next: () => number): ReturnType<typeof evidenceRecord> {
  const hours = { people: 4 + Math.round(next() * 4), process: 6 + Math.round(next() * 4), technical: 2 + Math.round(next() * 2), direction: 2, other: 2 };
  const scheduledHours = Object.values(hours).reduce((sum, value) => sum + value, 0);
  const calendar = { scheduledHours, events: 14 + week % 5, hours, skipped: { allDay: 1, cancelled: week % 2, free: 2, declined: 1, unknownTimeZone: 0 }, unclassified: [], unknownZones: [], malformed: 0 };
  const files = { docs: 1 + (week % 3), code: 4 + (week % 4), tests: 2 };
  return evidenceRecord(calendar, { commits: 5 + (week % 4), coAuthored: week % 3, files, docsShare: docsShareOf(files) }, 'Europe/Berlin', false);
}

export async function generateExamples(): Promise<string[]> {
  const next = random(48);
  const entries: HistoryEntry[] = [];
  const written: string[] = [];
  const key = await deriveKey(EXAMPLE_PASSPHRASE);
  let previous: Reflection | null = null;
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(FOLDER, { recursive: true });
  for (let week = 0; week < WEEKS; week++) {
    const date = addDays(FIRST_FRIDAY, week * 7);
    const draft = draftFor(week, next, previous);
    if (MISSED.has(week)) {
      continue;
    }
    const period = periodFor(date, 'weekly');
    const plan = QUICK(week) ? quickPlanFor(DEFAULT_QUESTIONNAIRE, entries, period.id, 'tech-lead') : null;
    const built = buildReflection(draft, DEFAULT_QUESTIONNAIRE, period, date, previous, 'tech-lead', plan);
    if (!built.ok) {
      throw new Error(`${period.id}: ${built.missing.join('; ')}`);
    }
    let reflection: Reflection = week >= EVIDENCE_FROM ? { ...built.value, evidence: evidenceFor(week, next)! } : built.value;
    if (week === ENCRYPTED_WEEK) {
      reflection = sealReflection(reflection, await encryptNotes(reflection.notes, period.id, key));
    }
    const fileName = reflectionFileName(period.id);
    writeFileSync(path.join(FOLDER, fileName), renderReflectionMarkdown(reflection, DEFAULT_QUESTIONNAIRE, previous));
    entries.push({ fileName, sequence: 1, reflection });
    written.push(fileName);
    previous = reflection;
  }
  return written;
}

if (require.main === module) {
  void generateExamples().then((names) => console.log(`Wrote ${names.length} notes to examples/reflections/ (${readdirSync(FOLDER).length} files).`));
}
