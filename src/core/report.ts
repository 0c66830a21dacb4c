import { directionOf, formatSigned } from './format';
import { shiftBetween, type HistoryEntry } from './history';
import { dayNumber } from './localDate';
import { markdownInline } from './markdownText';
import { periodAnchor } from './period';
import { formatLocalDate, type LocalDate } from './localDate';
import { ROLE_NAMES } from './bands';
import { describeIndexChart, renderIndexChartSvg, type ChartPoint } from './indexChart';
import { describePatterns, findPatterns } from './patterns';
import type { Questionnaire, Role } from './questionnaire';
import type { Reflection } from './reflection';

/** A span of time a report covers; open ends mean "from the first note" or "to the last". */
export interface ReportRange {
  readonly label: string;
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
}

export const EVERYTHING: ReportRange = { label: 'all time', from: null, to: null };

/** `offset` 0 is the quarter holding `date`, −1 the one before, and so on. */
export function quarterRange(date: LocalDate, offset = 0): ReportRange {
  const index = date.year * 4 + Math.floor((date.month - 1) / 3) + offset;
  const year = Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  return { label: `${year}-Q${quarter}`, from: { year, month: firstMonth, day: 1 }, to: { year, month: firstMonth + 2, day: lastDay } };
}

export function yearRange(year: number): ReportRange {
  return { label: String(year), from: { year, month: 1, day: 1 }, to: { year, month: 12, day: 31 } };
}

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
}

/**
 * A report a tech lead can hand to their manager: a chart that renders everywhere, the table
 * behind it, patterns, averages and shifts. Free text only when they choose it.
 */
export function renderTrendReport(allEntries: readonly HistoryEntry[], range: ReportRange, questionnaire: Questionnaire, options: TrendReportOptions): string {
  const entries = entriesWithin(allEntries, range);
  const span = range.from && range.to ? ` (${formatLocalDate(range.from)} to ${formatLocalDate(range.to)})` : '';
  const lines = [`# Lead review trend report: ${range.label}`, ''];
  const first = entries[0]?.reflection;
  const last = entries[entries.length - 1]?.reflection;
  if (!first || !last) {
    lines.push(`No reflections in this range${span}.`, '');
    return lines.join('\n');
  }
  const reflections = entries.map((entry) => entry.reflection);
  lines.push(`${entries.length} reflection${entries.length === 1 ? '' : 's'} from ${first.period} to ${last.period}${span}.`, '');
  lines.push(...whatIsShared(reflections, options.includeFreeText));
  lines.push(...questionSetChanges(reflections));
  lines.push('## Leading and managing over time', '');
  if (options.chartFile) {
    lines.push(`![${markdownInline(describeIndexChart(chartPoints(entries)))}](${options.chartFile})`, '');
  }
  lines.push('Both indices run from 0 to 100. The figures:', '');
  lines.push('| Period | Leading | Managing | Stance | Energy | Answered |', '| --- | ---: | ---: | --- | ---: | ---: |');
  for (const { reflection, sequence } of entries) {
    const period = `${reflection.period}${sequence > 1 ? ` (note ${sequence})` : ''}${reflection.checkIn ? ' (quick)' : ''}`;
    const { scores } = reflection;
    lines.push(`| ${period} | ${scores.leading} | ${scores.managing} | ${scores.stance} | ${reflection.energy}/5 | ${scores.answered}/${scores.total} |`);
  }
  if (reflections.some((reflection) => reflection.checkIn)) {
    lines.push('', '"(quick)" marks a quick check-in: it rated only some contrasts, so its indices rest on fewer answers.');
  }
  lines.push('', ...patternLines(reflections, questionnaire, range, options));
  lines.push(...averages(reflections, questionnaire), ...biggestShifts(reflections, questionnaire));
  if (options.includeFreeText) {
    lines.push(...focusList(reflections));
  }
  return lines.join('\n');
}

/** The report's chart as an SVG file, for the same range as the report. */
export function renderTrendChart(allEntries: readonly HistoryEntry[], range: ReportRange): string {
  return renderIndexChartSvg(chartPoints(entriesWithin(allEntries, range)), `Leading and managing index, ${range.label}`);
}

function chartPoints(entries: readonly HistoryEntry[]): ChartPoint[] {
  return entries.map(({ reflection, sequence }) => ({
    label: sequence > 1 ? `${reflection.period}-${sequence}` : reflection.period,
    leading: reflection.scores.leading,
    managing: reflection.scores.managing,
  }));
}

/** The header that says what the person chose to share, and what was left out. */
function whatIsShared(reflections: readonly Reflection[], includeFreeText: boolean): string[] {
  const privateCount = reflections.filter((reflection) => reflection.privateText).length;
  const privateNote = privateCount > 0 ? ` ${privateCount} note${privateCount === 1 ? ' keeps its' : 's keep their'} free text private; a report never includes it.` : '';
  return includeFreeText
    ? [`> **Shared:** scores, patterns and the focus you set each period. Left out: the rest of your free text.${privateNote}`, '']
    : [`> **Shared:** scores and patterns only. Left out: all free text (your moments, what you would do differently, your focus).${privateNote}`, ''];
}

function patternLines(reflections: readonly Reflection[], questionnaire: Questionnaire, range: ReportRange, options: TrendReportOptions): string[] {
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
  const described = describePatterns(patterns, (id) => titles.get(id) ?? id, leanBands && options.role ? ROLE_NAMES[options.role] : null);
  if (described.length === 0) {
    return [];
  }
  return [
    '## Patterns',
    '',
    'Observations from these notes, not grades. Each says how many notes it rests on.',
    '',
    ...described.map((pattern) => `- **${pattern.title}.** ${markdownInline(pattern.text)}`),
    '',
  ];
}

function averages(reflections: readonly Reflection[], questionnaire: Questionnaire): string[] {
  const mean = (values: number[]): string => String(Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10);
  const stances = new Map<string, number>();
  for (const reflection of reflections) {
    stances.set(reflection.scores.stance, (stances.get(reflection.scores.stance) ?? 0) + 1);
  }
  const lines = [
    '## Averages',
    '',
    '| Leading | Managing | Energy |',
    '| ---: | ---: | ---: |',
    `| ${mean(reflections.map((entry) => entry.scores.leading))} | ${mean(reflections.map((entry) => entry.scores.managing))} | ${mean(reflections.map((entry) => entry.energy))}/5 |`,
    '',
    ...timeAverages(reflections, questionnaire, mean),
    'Stances: ' + [...stances].map(([stance, count]) => `${stance} ×${count}`).join(', ') + '.',
    '',
  ];
  return lines;
}

/** Only the notes that recorded time allocation count: a quick week that did not ask is not 0%. */
function timeAverages(reflections: readonly Reflection[], questionnaire: Questionnaire, mean: (values: number[]) => string): string[] {
  const recorded = reflections.filter((reflection) => Object.keys(reflection.allocation).length > 0);
  if (recorded.length === 0) {
    return [];
  }
  const shares = questionnaire.allocation.map((bucket) => `${markdownInline(bucket.label.toLowerCase())} ${mean(recorded.map((entry) => entry.allocation[bucket.id] ?? 0))}%`);
  const basis = recorded.length === reflections.length ? '' : ` (over the ${recorded.length} notes that recorded it)`;
  return [`Time, on average${basis}: ${shares.join(', ')}.`, ''];
}

/** Each contrast from the first to the last note that rated it, so quick weeks never stand in for a missing rating. */
function biggestShifts(reflections: readonly Reflection[], questionnaire: Questionnaire): string[] {
  const first = reflections[0]!;
  const last = reflections[reflections.length - 1]!;
  if (first === last) {
    return [];
  }
  const shift = shiftBetween(first, last);
  const lines = ['## Biggest shifts', '', `From ${first.period} to ${last.period}: leading ${formatSigned(shift.leading)}, managing ${formatSigned(shift.managing)}.`, ''];
  const leansOf = (dimension: string): number[] =>
    reflections.map((reflection) => reflection.scores.dimensions[dimension]?.lean ?? null).filter((lean): lean is number => lean !== null);
  const moves = questionnaire.dimensions
    .map(({ id }) => ({ dimension: id, leans: leansOf(id) }))
    .map(({ dimension, leans }) => ({ dimension, from: leans[0] ?? null, to: leans.length > 1 ? leans[leans.length - 1]! : null }))
    .filter((move): move is { dimension: string; from: number; to: number } => move.from !== null && move.to !== null && move.from !== move.to)
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from))
    .slice(0, 3);
  if (moves.length > 0) {
    lines.push('| Contrast | Lean then | Lean now | Change |', '| --- | ---: | ---: | --- |');
    for (const move of moves) {
      const title = questionnaire.dimensions.find((dimension) => dimension.id === move.dimension)?.title ?? move.dimension;
      lines.push(`| ${markdownInline(title, 'tableCell')} | ${formatSigned(move.from)} | ${formatSigned(move.to)} | ${formatSigned(move.to - move.from)} ${directionOf(move.from, move.to)} |`);
    }
    lines.push('');
  }
  return lines;
}

function focusList(reflections: readonly Reflection[]): string[] {
  const focused = reflections.filter((reflection) => (reflection.notes.focus ?? '').trim() !== '');
  if (focused.length === 0) {
    return [];
  }
  return [
    '## Focus, period by period',
    '',
    ...focused.map((reflection) => {
      const followed = reflection.followThrough?.answer ? ` Followed through on the one before: ${reflection.followThrough.answer}.` : '';
      return `- **${reflection.period}**: ${markdownInline((reflection.notes.focus ?? '').trim())}${followed}`;
    }),
    '',
  ];
}

function questionSetChanges(reflections: readonly Reflection[]): string[] {
  const lines: string[] = [];
  reflections.forEach((reflection, index) => {
    const before = reflections[index - 1];
    if (before && before.questionnaire !== reflection.questionnaire) {
      lines.push(`The question set changed at ${reflection.period}: ${markdownInline(before.questionnaire)} → ${markdownInline(reflection.questionnaire)}. Each note keeps the scores it was written with.`, '');
    }
  });
  return lines;
}
