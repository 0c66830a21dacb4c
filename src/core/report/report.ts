import { directionOf, formatSigned } from '../util/format';
import { EVERYTHING, type ReportRange } from '../time/reportRange';

export { EVERYTHING, quarterRange, yearRange, type ReportRange } from '../time/reportRange';
import { english, formatNumber, formatPercent, type Translate } from '../util/l10n';
import { shiftBetween, type HistoryEntry } from './history';
import { dayNumber } from '../time/localDate';
import { renderEvidenceSection } from './evidenceTable';
import { markdownInline } from '../note/markdownText';
import { periodAnchor } from '../time/period';
import { formatLocalDate, type LocalDate } from '../time/localDate';
import { roleName } from '../scoring/bands';
import { describeIndexChart, renderIndexChartSvg, type ChartPoint } from './indexChart';
import { findPatterns } from './patterns';
import { describePatterns } from './patternText';
import type { Questionnaire, Role } from '../questionnaire/questionnaire';
import type { Reflection } from '../note/model';
import { stanceLabel, type Stance } from '../scoring/scoring';

export function entriesWithin(entries: readonly HistoryEntry[], range: ReportRange): HistoryEntry[] {
  return entries.filter((entry) => {
    const anchor = dayNumber(periodAnchor(entry.reflection.period)!);
    return (!range.from || anchor >= dayNumber(range.from)) && (!range.to || anchor <= dayNumber(range.to));
  });
}

export interface TrendReportOptions {
  /** The chart's SVG file, relative to the report; `null` writes the report without the image. */
  readonly chartFile: string | null;
  /** Whether the person chose to share their focus text. Private text is never included. */
  readonly includeFreeText: boolean;
  /** Whose bands the patterns compare with. */
  readonly role: Role | null;
  readonly today: LocalDate;
  /** The reader's language; English by default. */
  readonly t?: Translate;
}

/**
 * A report a tech lead can hand to their manager: a chart that renders everywhere, the table
 * behind it, patterns, averages and shifts. Free text only when they choose it.
 */
export function renderTrendReport(allEntries: readonly HistoryEntry[], range: ReportRange, questionnaire: Questionnaire, options: TrendReportOptions): string {
  const t = options.t ?? english;
  const entries = entriesWithin(allEntries, range);
  const span = range.from && range.to ? ' ' + t('({0} to {1})', formatLocalDate(range.from), formatLocalDate(range.to)) : '';
  const lines = [t('# Lead review trend report: {0}', range === EVERYTHING ? t('all time') : range.label), ''];
  const first = entries[0]?.reflection;
  const last = entries[entries.length - 1]?.reflection;
  if (!first || !last) {
    lines.push(t('No reflections in this range{0}.', span), '');
    return lines.join('\n');
  }
  const reflections = entries.map((entry) => entry.reflection);
  lines.push(
    (entries.length === 1 ? t('1 reflection from {0} to {1}', first.period, last.period) : t('{0} reflections from {1} to {2}', entries.length, first.period, last.period)) + `${span}.`,
    '',
  );
  lines.push(...whatIsShared(reflections, options.includeFreeText, t));
  lines.push(...questionSetChanges(reflections, t));
  lines.push(t('## Leading and managing over time'), '');
  if (options.chartFile) {
    lines.push(`![${markdownInline(describeIndexChart(chartPoints(entries), t))}](${options.chartFile})`, '');
  }
  lines.push(t('Both indices run from 0 to 100. The figures:'), '');
  lines.push(t('| Period | Leading | Managing | Stance | Energy | Answered |'), '| --- | ---: | ---: | --- | ---: | ---: |');
  for (const { reflection, sequence } of entries) {
    const period = `${reflection.period}${sequence > 1 ? ' ' + t('(note {0})', sequence) : ''}${reflection.checkIn ? ' ' + t('(quick)') : ''}`;
    const { scores } = reflection;
    lines.push(`| ${period} | ${scores.leading} | ${scores.managing} | ${stanceLabel(scores.stance, t)} | ${reflection.energy}/5 | ${scores.answered}/${scores.total} |`);
  }
  if (reflections.some((reflection) => reflection.checkIn)) {
    lines.push('', t('"(quick)" marks a quick check-in: it rated only some contrasts, so its indices rest on fewer answers.'));
  }
  lines.push('', ...patternLines(reflections, questionnaire, range, options, t));
  lines.push(...averages(reflections, questionnaire, t), ...renderEvidenceSection(reflections, questionnaire, t), ...biggestShifts(reflections, questionnaire, t));
  if (options.includeFreeText) {
    lines.push(...focusList(reflections, t));
  }
  return lines.join('\n');
}

/** The report's chart as an SVG file, for the same range as the report. */
export function renderTrendChart(allEntries: readonly HistoryEntry[], range: ReportRange, t: Translate = english): string {
  return renderIndexChartSvg(chartPoints(entriesWithin(allEntries, range)), t('Leading and managing index, {0}', range === EVERYTHING ? t('all time') : range.label), t);
}

function chartPoints(entries: readonly HistoryEntry[]): ChartPoint[] {
  return entries.map(({ reflection, sequence }) => ({
    label: sequence > 1 ? `${reflection.period}-${sequence}` : reflection.period,
    leading: reflection.scores.leading,
    managing: reflection.scores.managing,
  }));
}

/** The header that says what the person chose to share, and what was left out. */
function whatIsShared(reflections: readonly Reflection[], includeFreeText: boolean, t: Translate): string[] {
  const privateCount = reflections.filter((reflection) => reflection.privateText).length;
  const privateNote =
    privateCount === 0
      ? ''
      : ' ' + (privateCount === 1 ? t('1 note keeps its free text private; a report never includes it.') : t('{0} notes keep their free text private; a report never includes it.', privateCount));
  return includeFreeText
    ? [t('> **Shared:** scores, patterns and the focus you set each period. Left out: the rest of your free text.') + privateNote, '']
    : [t('> **Shared:** scores and patterns only. Left out: all free text (your moments, what you would do differently, your focus).') + privateNote, ''];
}

function patternLines(reflections: readonly Reflection[], questionnaire: Questionnaire, range: ReportRange, options: TrendReportOptions, t: Translate): string[] {
  const titles = new Map<string, string>([
    ...questionnaire.dimensions.map((dimension): [string, string] => [dimension.id, dimension.title]),
    ...questionnaire.allocation.map((bucket): [string, string] => [bucket.id, bucket.label]),
  ]);
  const leanBands = options.role ? questionnaire.bands[options.role]?.lean ?? null : null;
  const patterns = findPatterns(
    reflections,
    questionnaire.dimensions.map((dimension) => dimension.id),
    questionnaire.allocation.map((bucket) => bucket.id),
    leanBands,
    // A range that ended before today is read as of its last day.
    range.to && dayNumber(range.to) < dayNumber(options.today) ? range.to : options.today,
  );
  const described = describePatterns(patterns, (id) => titles.get(id) ?? id, leanBands && options.role ? roleName(options.role, t) : null, t);
  if (described.length === 0) {
    return [];
  }
  return [
    t('## Patterns'),
    '',
    t('Observations from these notes, not grades. Each says how many notes it rests on.'),
    '',
    ...described.map((pattern) => `- **${pattern.title}.** ${markdownInline(pattern.text)}`),
    '',
  ];
}

function averages(reflections: readonly Reflection[], questionnaire: Questionnaire, t: Translate): string[] {
  const mean = (values: number[]): number => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
  const number = (values: number[]): string => formatNumber(mean(values), t.locale);
  const stances = new Map<string, number>();
  for (const reflection of reflections) {
    stances.set(reflection.scores.stance, (stances.get(reflection.scores.stance) ?? 0) + 1);
  }
  const lines = [
    t('## Averages'),
    '',
    t('| Leading | Managing | Energy |'),
    '| ---: | ---: | ---: |',
    `| ${number(reflections.map((entry) => entry.scores.leading))} | ${number(reflections.map((entry) => entry.scores.managing))} | ${number(reflections.map((entry) => entry.energy))}/5 |`,
    '',
    ...timeAverages(reflections, questionnaire, mean, t),
    t('Stances: {0}.', [...stances].map(([stance, count]) => `${stanceLabel(stance as Stance, t)} ×${count}`).join(', ')),
    '',
  ];
  return lines;
}

/** Only the notes that recorded time allocation count: a quick week that did not ask is not 0%. */
function timeAverages(reflections: readonly Reflection[], questionnaire: Questionnaire, mean: (values: number[]) => number, t: Translate): string[] {
  const recorded = reflections.filter((reflection) => Object.keys(reflection.allocation).length > 0);
  if (recorded.length === 0) {
    return [];
  }
  // Labels as the question set writes them: lower-casing would be wrong for German nouns.
  const shares = questionnaire.allocation.map((bucket) => `${markdownInline(bucket.label)} ${formatPercent(mean(recorded.map((entry) => entry.allocation[bucket.id] ?? 0)), t.locale)}`);
  return [
    recorded.length === reflections.length
      ? t('Time, on average: {0}.', shares.join(', '))
      : t('Time, on average (over the {0} notes that recorded it): {1}.', recorded.length, shares.join(', ')),
    '',
  ];
}

/** Each contrast from the first to the last note that rated it, so quick weeks never stand in for a missing rating. */
function biggestShifts(reflections: readonly Reflection[], questionnaire: Questionnaire, t: Translate): string[] {
  const first = reflections[0]!;
  const last = reflections[reflections.length - 1]!;
  if (first === last) {
    return [];
  }
  const shift = shiftBetween(first, last);
  const lines = [t('## Biggest shifts'), '', t('From {0} to {1}: leading {2}, managing {3}.', first.period, last.period, formatSigned(shift.leading), formatSigned(shift.managing)), ''];
  const leansOf = (dimension: string): number[] =>
    reflections.map((reflection) => reflection.scores.dimensions[dimension]?.lean ?? null).filter((lean): lean is number => lean !== null);
  const moves = questionnaire.dimensions
    .map(({ id }) => ({ dimension: id, leans: leansOf(id) }))
    .map(({ dimension, leans }) => ({ dimension, from: leans[0] ?? null, to: leans.length > 1 ? leans[leans.length - 1]! : null }))
    .filter((move): move is { dimension: string; from: number; to: number } => move.from !== null && move.to !== null && move.from !== move.to)
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from))
    .slice(0, 3);
  if (moves.length > 0) {
    lines.push(t('| Contrast | Lean then | Lean now | Change |'), '| --- | ---: | ---: | --- |');
    for (const move of moves) {
      const title = questionnaire.dimensions.find((dimension) => dimension.id === move.dimension)?.title ?? move.dimension;
      lines.push(`| ${markdownInline(title, 'tableCell')} | ${formatSigned(move.from)} | ${formatSigned(move.to)} | ${formatSigned(move.to - move.from)} ${directionOf(move.from, move.to, t)} |`);
    }
    lines.push('');
  }
  return lines;
}

function focusList(reflections: readonly Reflection[], t: Translate): string[] {
  const focused = reflections.filter((reflection) => (reflection.notes.focus ?? '').trim() !== '');
  if (focused.length === 0) {
    return [];
  }
  return [
    t('## Focus, period by period'),
    '',
    ...focused.map((reflection) => {
      const answer = reflection.followThrough?.answer;
      const followed = answer ? ' ' + t('Followed through on the one before: {0}.', answer === 'yes' ? t('yes') : answer === 'partly' ? t('partly') : t('no')) : '';
      return `- **${reflection.period}**: ${markdownInline((reflection.notes.focus ?? '').trim())}${followed}`;
    }),
    '',
  ];
}

function questionSetChanges(reflections: readonly Reflection[], t: Translate): string[] {
  const lines: string[] = [];
  reflections.forEach((reflection, index) => {
    const before = reflections[index - 1];
    if (before && before.questionnaire !== reflection.questionnaire) {
      lines.push(t('The question set changed at {0}: {1} → {2}. Each note keeps the scores it was written with.', reflection.period, markdownInline(before.questionnaire), markdownInline(reflection.questionnaire)), '');
    }
  });
  return lines;
}
