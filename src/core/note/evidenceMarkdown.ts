import { calendarShares, classifiedHours } from '../evidence/shares';
import { describeSkipped } from '../evidence/skipWords';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Translate } from '../util/l10n';
import { formatNumber } from '../util/l10n';
import type { Reflection } from './model';
import { markdownInline } from './markdownText';

/** The note's "Evidence" section: the calendar's shares beside the reported ones, and git's counts. Numbers only. */
export function renderEvidence(reflection: Reflection, questionnaire: Questionnaire, t: Translate): string[] {
  const evidence = reflection.evidence;
  if (!evidence) {
    return [];
  }
  const lines = [t('## Evidence'), ''];
  const calendar = evidence.calendar;
  if (calendar) {
    const areas = questionnaire.allocation.map((bucket) => bucket.id);
    const shares = calendarShares(calendar, areas);
    if (shares) {
      lines.push(t('| Area | You reported | Calendar |'), '| --- | ---: | ---: |');
      for (const bucket of questionnaire.allocation) {
        const reported = reflection.allocation[bucket.id];
        lines.push(`| ${markdownInline(bucket.label, 'tableCell')} | ${reported === undefined ? '–' : `${reported}%`} | ${shares[bucket.id] ?? 0}% |`);
      }
      lines.push('', t('The calendar\'s shares are of the time it classified; yours are of all your time.'), '');
    }
    const hours = (value: number): string => formatNumber(Math.round(value * 10) / 10, t.locale);
    const left = describeSkipped(calendar.skipped, t);
    lines.push(
      t('Calendar: {0} h scheduled in {1} events, {2} h not classified, counted in {3}.', hours(calendar.scheduledHours), calendar.events, hours(calendar.scheduledHours - classifiedHours(calendar, areas)), markdownInline(evidence.timeZone)) +
        (left ? ' ' + t('Left out: {0}.', left) : ''),
      '',
    );
  }
  const git = evidence.git;
  if (git) {
    lines.push(
      t('Git: {0} commits, {1} with a co-author.', git.commits, git.coAuthored) + (git.docsShare === null ? '' : ' ' + t('Docs, ADRs and RFCs: {0}% of the files you changed.', git.docsShare)),
      '',
    );
  }
  return lines;
}
