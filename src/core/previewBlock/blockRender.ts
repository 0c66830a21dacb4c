/**
 * A block's HTML for VS Code's Markdown preview. Numbers, ids and the questionnaire's own labels
 * only: free text never appears, private text is never opened, and every text (the block's own
 * YAML included) is escaped, because the preview inserts what a plugin returns as it is.
 */
import { evidenceRows } from '../report/evidenceTable';
import { type HistoryPoint } from '../report/history';
import { describeIndexChart } from '../report/indexChart';
import { findPatterns } from '../report/patterns';
import { describePatterns } from '../report/patternText';
import { escapeHtml } from '../util/html';
import type { Band } from '../questionnaire/questionnaire';
import { addDays, dayNumber, type LocalDate } from '../time/localDate';
import { periodStart, parsePeriodId } from '../time/period';
import { fiscalQuarter, namedFiscalQuarter, type ReviewRange } from '../time/fiscal';
import { formatSigned } from '../util/format';
import type { Translate } from '../util/l10n';
import { blockChartSvg } from './blockChart';
import type { BlockSpec, RangeSpec } from './blockSpec';

export interface BlockData {
  /** Oldest first. */
  readonly points: readonly HistoryPoint[];
  readonly dimensions: readonly { readonly id: string; readonly title: string }[];
  readonly areas: readonly { readonly id: string; readonly label: string }[];
  readonly leanBands: Readonly<Record<string, Band>> | null;
  readonly roleName: string | null;
  readonly today: LocalDate;
  /** The fiscal year's first month (1–12): `this quarter` and `FY…-Q…` follow it. */
  readonly fiscalYearStart: number;
}

const wrap = (show: string, ...inner: string[]): string => `<div class="lead-review-block" data-show="${escapeHtml(show)}">${inner.join('')}</div>\n`;

export function renderBlock(spec: BlockSpec, data: BlockData, idPrefix: string, t: Translate): string {
  const points = within(data.points, spec.range, data);
  if (points.length === 0) {
    return wrap(spec.show, `<p class="lr-note">${escapeHtml(t('Lead Review: no notes in this range.'))}</p>`);
  }
  switch (spec.show) {
    case 'chart': {
      const chart = points.map((point) => ({ label: point.sequence > 1 ? `${point.period}-${point.sequence}` : point.period, leading: point.scores.leading, managing: point.scores.managing }));
      const summary = describeIndexChart(chart, t);
      return wrap(spec.show, `<figure>${blockChartSvg(chart, idPrefix, summary, t)}<figcaption>${escapeHtml(summary)}</figcaption></figure>`);
    }
    case 'leans':
      return wrap(spec.show, leansTable(points.slice(-12), data, t));
    case 'patterns':
      return wrap(spec.show, patternList(points, data, t, () => true));
    case 'follow-through':
      return wrap(spec.show, patternList(points, data, t, (title) => title === t('Follow-through') || title === t('Follow-through by kind of focus'), t('Lead Review: fewer than two periods in this range looked back at a focus.')));
    case 'evidence':
      return wrap(spec.show, evidenceTable(points, data, t));
  }
}


function within(points: readonly HistoryPoint[], range: RangeSpec, data: BlockData): HistoryPoint[] {
  const [from, to] = bounds(range, data);
  return points.filter((point) => {
    const start = dayNumber(periodStart(point.period)!);
    return start >= from && start <= to;
  });
}

function bounds(range: RangeSpec, { today, fiscalYearStart }: BlockData): [number, number] {
  switch (range.kind) {
    case 'lastWeeks':
      return [dayNumber(addDays(today, -7 * range.weeks)), dayNumber(today)];
    case 'thisQuarter':
      return days(fiscalQuarter(today, fiscalYearStart, 0));
    case 'quarter':
      // A calendar quarter is a quarter of a fiscal year that starts in January.
      return days(namedFiscalQuarter(range.year, range.quarter, range.fiscal ? fiscalYearStart : 1));
    case 'periods':
      return [range.from ? dayNumber(parsePeriodId(range.from)!.start) : -Infinity, range.to ? dayNumber(parsePeriodId(range.to)!.start) : Infinity];
  }
}

const days = (range: ReviewRange): [number, number] => [dayNumber(range.from), dayNumber(range.to)];

function leansTable(points: readonly HistoryPoint[], data: BlockData, t: Translate): string {
  const head = `<tr><th scope="col">${escapeHtml(t('Contrast'))}</th>${points.map((point) => `<th scope="col">${escapeHtml(point.period)}</th>`).join('')}</tr>`;
  const rows = data.dimensions.map((dimension) => {
    const cells = points.map((point) => {
      const lean = point.scores.dimensions[dimension.id]?.lean ?? null;
      return `<td>${lean === null ? '–' : escapeHtml(formatSigned(lean))}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(dimension.title)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="lr-table"><caption>${escapeHtml(t('Lean by contrast: leading minus managing, from −4 to +4; – where a period did not rate it.'))}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function patternList(points: readonly HistoryPoint[], data: BlockData, t: Translate, keep: (title: string) => boolean, none = t('Lead Review: not enough notes in this range to show a pattern.')): string {
  const titles = new Map([...data.dimensions.map((entry): [string, string] => [entry.id, entry.title]), ...data.areas.map((entry): [string, string] => [entry.id, entry.label])]);
  const patterns = findPatterns(points, data.dimensions.map((entry) => entry.id), data.areas.map((entry) => entry.id), data.leanBands, data.today);
  const lines = describePatterns(patterns, (id) => titles.get(id) ?? id, data.roleName, t).filter((line) => keep(line.title));
  return lines.length === 0 ? `<p class="lr-note">${escapeHtml(none)}</p>` : `<ul class="lr-patterns">${lines.map((line) => `<li><strong>${escapeHtml(line.title)}.</strong> ${escapeHtml(line.text)}</li>`).join('')}</ul>`;
}

function evidenceTable(points: readonly HistoryPoint[], data: BlockData, t: Translate): string {
  const rows = evidenceRows(points, data.areas.map((area) => area.id));
  if (rows.length === 0) {
    return `<p class="lr-note">${escapeHtml(t('Lead Review: no note in this range read a calendar.'))}</p>`;
  }
  const head = `<tr><th scope="col">${escapeHtml(t('Period'))}</th>${data.areas.map((area) => `<th scope="col">${escapeHtml(area.label)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr><th scope="row">${escapeHtml(row.period)}</th>${data.areas.map((area) => `<td>${escapeHtml(t('{0}% / {1}%', row.reported[area.id] ?? 0, row.calendar[area.id] ?? 0))}</td>`).join('')}</tr>`);
  return `<table class="lr-table"><caption>${escapeHtml(t('Each cell is the share you reported, then the calendar\'s share of the time it classified: different bases, shown side by side.'))}</caption><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}
