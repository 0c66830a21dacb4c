import { formatLeanBand, roleName } from '../core/scoring/bands';
import { formatSigned } from '../core/util/format';
import type { HistoryPoint } from '../core/report/history';
import { describeIndexChart, indexChartGeometry, SIDEBAR_CHART } from '../core/report/indexChart';
import type { HistoryView } from '../shared/protocol';
import { h, s } from './dom';
import { t } from './l10n';

/**
 * Leading and managing indices over time, drawn from the same geometry as the trend report's SVG.
 * Theme colours come from CSS classes; the two series also differ by line style and marker shape,
 * so they read in high contrast and without colour.
 */
export function indexChart(points: readonly HistoryPoint[]): HTMLElement {
  const chartPoints = points.map((point) => ({ label: label(point), leading: point.scores.leading, managing: point.scores.managing }));
  const geometry = indexChartGeometry(chartPoints, SIDEBAR_CHART);
  const { width, height, margin } = geometry.size;
  const grid = geometry.grid.flatMap((line) => [
    s('line', { class: 'grid', x1: margin.left, x2: width - margin.right, y1: line.y, y2: line.y }),
    s('text', { class: 'axis', x: line.labelX, y: line.y + 4, 'text-anchor': 'end' }, String(line.value)),
  ]);
  const series = geometry.series.flatMap(({ kind, coordinates }) => [
    s('polyline', { class: `line series-${kind}`, points: coordinates.map((point) => `${point.x},${point.y}`).join(' ') }),
    ...coordinates.map((point) => {
      const title = s('title', {}, `${point.label}: ${kind === 'leading' ? t('leading {0}', point.value) : t('managing {0}', point.value)}`);
      return kind === 'leading'
        ? s('circle', { class: `marker series-${kind}`, cx: point.x, cy: point.y, r: 3 }, title)
        : s('rect', { class: `marker series-${kind}`, x: point.x - 3, y: point.y - 3, width: 6, height: 6 }, title);
    }),
  ]);
  const labels = geometry.xLabels.map((entry) => s('text', { class: 'axis', x: entry.x, y: entry.y, 'text-anchor': entry.anchor }, entry.text));
  const chart = s(
    'svg',
    { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc' },
    s('title', { id: 'chart-title' }, t('Leading and managing index over time')),
    s('desc', { id: 'chart-desc' }, describeIndexChart(chartPoints, t)),
    ...grid,
    ...series,
    ...labels,
  );
  const legend = h(
    'p',
    { class: 'legend', 'aria-hidden': 'true' },
    h('span', { class: 'key key-leading' }),
    t('Leading'),
    ' ',
    h('span', { class: 'key key-managing' }),
    t('Managing'),
  );
  return h('figure', { class: 'index-chart', 'data-testid': 'history-chart' }, chart, legend, dataTable(points));
}

/** The chart's figures as a table: the text alternative for screen readers and for copying. */
function dataTable(points: readonly HistoryPoint[]): HTMLElement {
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, t('Show the figures')),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('Period')), h('th', { scope: 'col' }, t('Leading')), h('th', { scope: 'col' }, t('Managing')))),
      h(
        'tbody',
        {},
        ...points.map((point) =>
          h('tr', {}, h('th', { scope: 'row' }, label(point)), h('td', {}, String(point.scores.leading)), h('td', {}, String(point.scores.managing))),
        ),
      ),
    ),
  );
}

/**
 * Each contrast's lean per period: blue-ish towards leading, orange-ish towards managing, the
 * value always written. A dashed outline marks a lean outside the role's band.
 */
export function leanHeatmap(
  points: readonly HistoryPoint[],
  dimensions: readonly { id: string; title: string }[],
  bands: HistoryView['bands'],
): HTMLElement {
  const recent = points.slice(-12);
  const outside = (id: string, lean: number | null): string | null => {
    const band = bands?.lean[id];
    return band && lean !== null && (lean < band[0] || lean > band[1]) ? t('outside the usual {0} band ({1})', roleName(bands!.role, t), formatLeanBand(band, t)) : null;
  };
  return h(
    'div',
    { class: 'heatmap-scroll' },
    h(
      'table',
      { class: 'heatmap', 'aria-label': t('Lean of each contrast per period, from −4 (managing) to +4 (leading)') },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('Contrast')), ...recent.map((point) => h('th', { scope: 'col', title: label(point) }, shortLabel(point))))),
      h(
        'tbody',
        {},
        ...dimensions.map((dimension) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, dimension.title),
            ...recent.map((point) => {
              const lean = point.scores.dimensions[dimension.id]?.lean ?? null;
              const band = outside(dimension.id, lean);
              return h(
                'td',
                {
                  class: `lean ${leanClass(lean)}${band ? ' outside' : ''}`,
                  title: `${dimension.title}, ${label(point)}: ${lean === null ? t('not answered') : formatSigned(lean)}${band ? `, ${band}` : ''}`,
                },
                lean === null ? '·' : formatSigned(Math.round(lean)),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

function leanClass(lean: number | null): string {
  if (lean === null) {
    return 'lean-none';
  }
  if (lean >= 2) {
    return 'lean-l2';
  }
  if (lean >= 1) {
    return 'lean-l1';
  }
  if (lean <= -2) {
    return 'lean-m2';
  }
  return lean <= -1 ? 'lean-m1' : 'lean-0';
}

export function label(point: HistoryPoint): string {
  return point.sequence > 1 ? `${point.period} ${t('(note {0})', point.sequence)}` : point.period;
}

function shortLabel(point: HistoryPoint): string {
  const short = point.period.replace(/^\d{4}-/, '');
  return point.sequence > 1 ? `${short}·${point.sequence}` : short;
}
