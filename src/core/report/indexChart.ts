/**
 * The one chart of the leading and managing indices over time. Its geometry is computed here,
 * once; the sidebar draws it with DOM nodes, and the trend report writes it as a standalone SVG
 * file that VS Code's Markdown preview and GitHub both show as an image.
 */

import { escapeHtml } from '../util/html';
import { english, type Translate } from '../util/l10n';

export type SeriesKind = 'leading' | 'managing';

export interface ChartPoint {
  readonly label: string;
  readonly leading: number;
  readonly managing: number;
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

export interface ChartGeometry {
  readonly size: ChartSize;
  readonly grid: readonly { readonly value: number; readonly y: number; readonly labelX: number }[];
  readonly series: readonly {
    readonly kind: SeriesKind;
    readonly coordinates: readonly { readonly x: number; readonly y: number; readonly value: number; readonly label: string }[];
  }[];
  /** First and last period, anchored inwards so neither is ever cut at the edge. */
  readonly xLabels: readonly { readonly x: number; readonly y: number; readonly text: string; readonly anchor: 'start' | 'middle' | 'end' }[];
}

/** The sidebar's size. */
export const SIDEBAR_CHART: ChartSize = { width: 320, height: 150, margin: { left: 30, right: 10, top: 10, bottom: 26 } };
/** The report's size: room for the legend above the plot. */
export const REPORT_CHART: ChartSize = { width: 640, height: 300, margin: { left: 44, right: 16, top: 44, bottom: 34 } };

/** Managing is drawn first, so the leading line sits on top where they cross. */
export const SERIES_ORDER: readonly SeriesKind[] = ['managing', 'leading'];

export function indexChartGeometry(points: readonly ChartPoint[], size: ChartSize): ChartGeometry {
  const { width, height, margin } = size;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (index: number): number => round(margin.left + (points.length === 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth));
  const y = (value: number): number => round(margin.top + plotHeight - (value / 100) * plotHeight);
  const first = points[0];
  const last = points[points.length - 1];
  const labelY = height - Math.round(margin.bottom / 3);
  return {
    size,
    grid: [0, 50, 100].map((value) => ({ value, y: y(value), labelX: margin.left - 6 })),
    series: SERIES_ORDER.map((kind) => ({
      kind,
      coordinates: points.map((point, index) => ({ x: x(index), y: y(point[kind]), value: point[kind], label: point.label })),
    })),
    xLabels: !first || !last
      ? []
      : points.length === 1
        ? [{ x: x(0), y: labelY, text: first.label, anchor: 'middle' }]
        : [
            { x: margin.left, y: labelY, text: first.label, anchor: 'start' },
            { x: width - margin.right, y: labelY, text: last.label, anchor: 'end' },
          ],
  };
}

/** What the chart shows, in one or two sentences: its text alternative. */
export function describeIndexChart(points: readonly ChartPoint[], t: Translate = english): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return t('No reflections to show.');
  }
  const span = points.length === 1 ? t('1 reflection from {0} to {1}', first.label, last.label) : t('{0} reflections from {1} to {2}', points.length, first.label, last.label);
  return `${span}. ${t('Leading went from {0} to {1}; managing from {2} to {3}.', first.leading, last.leading, first.managing, last.managing)}`;
}

/**
 * The chart as a standalone SVG file. The two lines differ by dash and by marker as well as by
 * colour, and their colours keep at least 3:1 contrast on white and on dark editor backgrounds,
 * so the image reads in any theme and without colour. No script, no external reference.
 */
export function renderIndexChartSvg(points: readonly ChartPoint[], title: string, t: Translate = english): string {
  const geometry = indexChartGeometry(points, REPORT_CHART);
  const { width, height, margin } = geometry.size;
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${escapeHtml(title)}</title>`,
    `<desc id="desc">${escapeHtml(describeIndexChart(points, t))}</desc>`,
    '<style>',
    'text { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; font-size: 15px; fill: #6e6e6e; }',
    '.grid { stroke: #8c8c8c; stroke-opacity: 0.35; stroke-width: 1; }',
    '.leading { stroke: #3b78d8; fill: #3b78d8; }',
    '.managing { stroke: #c2611b; fill: #c2611b; }',
    '.line { fill: none; stroke-width: 2.5; stroke-linejoin: round; }',
    '.managing.line { stroke-dasharray: 7 4; }',
    '@media (prefers-color-scheme: dark) { text { fill: #b8b8b8; } }',
    '</style>',
  ];
  const legendY = 20;
  lines.push(
    `<g class="legend">`,
    `<line class="leading line" x1="${margin.left}" y1="${legendY}" x2="${margin.left + 28}" y2="${legendY}"/>`,
    marker('leading', margin.left + 14, legendY),
    `<text x="${margin.left + 36}" y="${legendY + 5}">${escapeHtml(t('Leading index'))}</text>`,
    `<line class="managing line" x1="${margin.left + 170}" y1="${legendY}" x2="${margin.left + 198}" y2="${legendY}"/>`,
    marker('managing', margin.left + 184, legendY),
    `<text x="${margin.left + 206}" y="${legendY + 5}">${escapeHtml(t('Managing index'))}</text>`,
    `<text x="${width - margin.right}" y="${legendY + 5}" text-anchor="end">0–100</text>`,
    '</g>',
  );
  for (const line of geometry.grid) {
    lines.push(
      `<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${line.y}" y2="${line.y}"/>`,
      `<text x="${line.labelX}" y="${line.y + 5}" text-anchor="end">${line.value}</text>`,
    );
  }
  for (const series of geometry.series) {
    lines.push(`<polyline class="${series.kind} line" points="${series.coordinates.map((point) => `${point.x},${point.y}`).join(' ')}"/>`);
    for (const point of series.coordinates) {
      lines.push(marker(series.kind, point.x, point.y, `${point.label}: ${series.kind === 'leading' ? t('leading {0}', point.value) : t('managing {0}', point.value)}`));
    }
  }
  for (const label of geometry.xLabels) {
    lines.push(`<text x="${label.x}" y="${label.y}" text-anchor="${label.anchor}">${escapeHtml(label.text)}</text>`);
  }
  lines.push('</svg>', '');
  return lines.join('\n');
}

/** A circle for leading, a square for managing. */
function marker(kind: SeriesKind, x: number, y: number, label?: string): string {
  const tooltip = label ? `<title>${escapeHtml(label)}</title>` : '';
  return kind === 'leading'
    ? `<circle class="leading" cx="${x}" cy="${y}" r="4">${tooltip}</circle>`
    : `<rect class="managing" x="${x - 4}" y="${y - 4}" width="8" height="8">${tooltip}</rect>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
