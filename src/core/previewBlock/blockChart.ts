/**
 * The two indices as inline SVG for a block in the Markdown preview: the same geometry as the
 * sidebar's and the report's chart, coloured by the preview's theme through classes
 * (media/preview.css), with ids unique to the block so several charts share one page.
 */
import { escapeHtml } from '../util/html';
import { indexChartGeometry, REPORT_CHART, type ChartPoint } from '../report/indexChart';
import type { Translate } from '../util/l10n';

export function blockChartSvg(points: readonly ChartPoint[], idPrefix: string, summary: string, t: Translate): string {
  const geometry = indexChartGeometry(points, REPORT_CHART);
  const { width, height, margin } = geometry.size;
  const parts = [
    `<svg class="lr-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${idPrefix}-title" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${idPrefix}-title">${escapeHtml(summary)}</title>`,
    `<g class="lr-legend" aria-hidden="true">`,
    `<line class="lr-leading lr-line" x1="${margin.left}" y1="20" x2="${margin.left + 28}" y2="20"/>`,
    `<text x="${margin.left + 36}" y="25">${escapeHtml(t('Leading index'))}</text>`,
    `<line class="lr-managing lr-line" x1="${margin.left + 170}" y1="20" x2="${margin.left + 198}" y2="20"/>`,
    `<text x="${margin.left + 206}" y="25">${escapeHtml(t('Managing index'))}</text>`,
    '</g>',
  ];
  for (const line of geometry.grid) {
    parts.push(`<line class="lr-grid" x1="${margin.left}" x2="${width - margin.right}" y1="${line.y}" y2="${line.y}"/>`, `<text x="${line.labelX}" y="${line.y + 5}" text-anchor="end">${line.value}</text>`);
  }
  for (const series of geometry.series) {
    parts.push(`<polyline class="lr-${series.kind} lr-line" points="${series.coordinates.map((point) => `${point.x},${point.y}`).join(' ')}"/>`);
    for (const point of series.coordinates) {
      parts.push(series.kind === 'leading' ? `<circle class="lr-leading" cx="${point.x}" cy="${point.y}" r="4"/>` : `<rect class="lr-managing" x="${point.x - 4}" y="${point.y - 4}" width="8" height="8"/>`);
    }
  }
  for (const label of geometry.xLabels) {
    parts.push(`<text x="${label.x}" y="${label.y}" text-anchor="${label.anchor}">${escapeHtml(label.text)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
