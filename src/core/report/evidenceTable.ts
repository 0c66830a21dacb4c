/**
 * Reported against calendar, period by period, for the trend report and the History tab: the
 * shares a person gave beside the calendar's shares of its classified time, and git's totals.
 */
import type { Reflection } from '../note/model';
import { markdownInline } from '../note/markdownText';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Translate } from '../util/l10n';
import { reportedAndCalendar, type EvidenceNote } from './evidencePattern';

export interface EvidenceRow {
  readonly period: string;
  readonly reported: Readonly<Record<string, number>>;
  readonly calendar: Readonly<Record<string, number>>;
}

/** The notes, oldest first, that have both reported shares and a calendar. */
export function evidenceRows(notes: readonly EvidenceNote[], areas: readonly string[]): EvidenceRow[] {
  return notes.flatMap((note) => {
    const shares = reportedAndCalendar(note, areas);
    return shares ? [{ period: note.period, ...shares }] : [];
  });
}

/** The report's section; empty when no note in range read a calendar or a repository. */
export function renderEvidenceSection(reflections: readonly Reflection[], questionnaire: Questionnaire, t: Translate): string[] {
  const rows = evidenceRows(reflections, questionnaire.allocation.map((bucket) => bucket.id));
  const withGit = reflections.flatMap((reflection) => (reflection.evidence?.git ? [reflection.evidence.git] : []));
  if (rows.length === 0 && withGit.length === 0) {
    return [];
  }
  const lines = [t('## Reported and calendar'), ''];
  if (rows.length > 0) {
    lines.push(
      t('Each cell is the share you reported, then the calendar\'s share of the time it classified: different bases, shown side by side.'),
      '',
      `| ${t('Period')} | ${questionnaire.allocation.map((bucket) => markdownInline(bucket.label, 'tableCell')).join(' | ')} |`,
      `| --- |${questionnaire.allocation.map(() => ' ---: |').join('')}`,
      ...rows.map((row) => `| ${row.period} | ${questionnaire.allocation.map((bucket) => `${row.reported[bucket.id] ?? 0}% / ${row.calendar[bucket.id] ?? 0}%`).join(' | ')} |`),
      '',
    );
  }
  if (withGit.length > 0) {
    const sum = (pick: (figures: (typeof withGit)[number]) => number): number => withGit.reduce((total, figures) => total + pick(figures), 0);
    lines.push(t('Git, over the {0} notes that counted it: {1} commits, {2} with a co-author.', withGit.length, sum((figures) => figures.commits), sum((figures) => figures.coAuthored)), '');
  }
  return lines;
}
