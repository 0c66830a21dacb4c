import { DEFAULT_QUESTIONNAIRE } from './questionnaire';
import type { Draft } from '../../src/core/note/draft';
import { renderReflectionMarkdown } from '../../src/core/note/markdown';
import { periodFor, reflectionFileName, type Cadence } from '../../src/core/time/period';
import { type LocalDate } from '../../src/core/time/localDate';
import { allItems, type Role } from '../../src/core/questionnaire/questionnaire';
import { buildReflection } from '../../src/core/note/reflection';
import { type Reflection } from '../../src/core/note/model';
import { completeDraft } from './drafts';

export interface GeneratedNote {
  readonly fileName: string;
  readonly text: string;
  readonly reflection: Reflection;
}

/** A note as Lead Review would write it on `date`, with every leading item at `lead` and managing at `manage`. */
export function generateNote(
  date: LocalDate,
  lead: number,
  manage: number,
  options: { cadence?: Cadence; sequence?: number; draft?: Partial<Draft>; previous?: Reflection | null; role?: Role } = {},
): GeneratedNote {
  const answers = Object.fromEntries(allItems(DEFAULT_QUESTIONNAIRE).map((item) => [item.id, item.pole === 'leading' ? lead : manage]));
  const period = periodFor(date, options.cadence ?? 'weekly');
  const built = buildReflection(completeDraft({ answers, ...options.draft }), DEFAULT_QUESTIONNAIRE, period, date, options.previous ?? null, options.role ?? null);
  if (!built.ok) {
    throw new Error(built.missing.join('; '));
  }
  return {
    fileName: reflectionFileName(period.id, options.sequence),
    text: renderReflectionMarkdown(built.value, DEFAULT_QUESTIONNAIRE, options.previous ?? null),
    reflection: built.value,
  };
}

export function day(text: string): LocalDate {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
}

/** `count` weekly notes ending at `last`, one per week. */
export function weeklyNotes(count: number, last: LocalDate): GeneratedNote[] {
  const notes: GeneratedNote[] = [];
  const end = Date.UTC(last.year, last.month - 1, last.day);
  for (let index = count - 1; index >= 0; index--) {
    const date = new Date(end - index * 7 * 86_400_000);
    notes.push(generateNote({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, index % 5, (index + 2) % 5));
  }
  return notes;
}
