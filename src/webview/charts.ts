import { formatLeanBand, ROLE_NAMES } from '../core/bands';
import { formatSigned } from '../core/format';
import type { HistoryPoint } from '../core/history';
import type { HistoryView } from '../shared/protocol';
import { h, s } from './dom';

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { left: 30, right: 10, top: 10, bottom: 26 };

/**
 * Leading and managing indices over time. Theme colours come from CSS classes; the two series
 * also differ by line style and marker shape, so they read in high contrast and without colour.
 */
export function indexChart(points: readonly HistoryPoint[]): HTMLElement {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number): number =>
    MARGIN.left + (points.length === 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number): number => MARGIN.top + plotHeight - (value / 100) * plotHeight;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const description =
    `${points.length} reflection${points.length === 1 ? '' : 's'} from ${first.period} to ${last.period}. ` +
    `Leading went from ${first.scores.leading} to ${last.scores.leading}; managing from ${first.scores.managing} to ${last.scores.managing}.`;

  const grid = [0, 50, 100].flatMap((value) => [
    s('line', { class: 'grid', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(value), y2: y(value) }),
    s('text', { class: 'axis', x: MARGIN.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, String(value)),
  ]);
  const series = (kind: 'leading' | 'managing'): SVGElement[] => {
    const coordinates = points.map((point, index) => `${x(index)},${y(point.scores[kind])}`).join(' ');
    const markers = points.map((point, index) => {
      const label = `${point.period}: ${kind} ${point.scores[kind]}`;
      return kind === 'leading'
        ? s('circle', { class: `marker series-${kind}`, cx: x(index), cy: y(point.scores[kind]), r: 3 }, s('title', {}, label))
        : s('rect', { class: `marker series-${kind}`, x: x(index) - 3, y: y(point.scores[kind]) - 3, width: 6, height: 6 }, s('title', {}, label));
    });
    return [s('polyline', { class: `line series-${kind}`, points: coordinates }), ...markers];
  };
  const labels = [
    s('text', { class: 'axis', x: x(0), y: HEIGHT - 8, 'text-anchor': points.length === 1 ? 'middle' : 'start' }, first.period),
    ...(points.length > 1 ? [s('text', { class: 'axis', x: x(points.length - 1), y: HEIGHT - 8, 'text-anchor': 'end' }, last.period)] : []),
  ];
  const chart = s(
    'svg',
    { class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc' },
    s('title', { id: 'chart-title' }, 'Leading and managing index over time'),
    s('desc', { id: 'chart-desc' }, description),
    ...grid,
    ...series('managing'),
    ...series('leading'),
    ...labels,
  );
  const legend = h(
    'p',
    { class: 'legend', 'aria-hidden': 'true' },
    h('span', { class: 'key key-leading' }),
    'Leading ',
    h('span', { class: 'key key-managing' }),
    'Managing',
  );
  return h('figure', { class: 'index-chart', 'data-testid': 'history-chart' }, chart, legend, dataTable(points));
}

/** The chart's figures as a table: the text alternative for screen readers and for copying. */
function dataTable(points: readonly HistoryPoint[]): HTMLElement {
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, 'Show the figures'),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Period'), h('th', { scope: 'col' }, 'Leading'), h('th', { scope: 'col' }, 'Managing'))),
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
    return band && lean !== null && (lean < band[0] || lean > band[1]) ? `outside the usual ${ROLE_NAMES[bands!.role]} band (${formatLeanBand(band)})` : null;
  };
  return h(
    'div',
    { class: 'heatmap-scroll' },
    h(
      'table',
      { class: 'heatmap', 'aria-label': 'Lean of each contrast per period, from −4 (managing) to +4 (leading)' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Contrast'), ...recent.map((point) => h('th', { scope: 'col', title: label(point) }, shortLabel(point))))),
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
                  title: `${dimension.title}, ${label(point)}: ${lean === null ? 'not answered' : formatSigned(lean)}${band ? `, ${band}` : ''}`,
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
  return point.sequence > 1 ? `${point.period} (note ${point.sequence})` : point.period;
}

function shortLabel(point: HistoryPoint): string {
  const short = point.period.replace(/^\d{4}-/, '');
  return point.sequence > 1 ? `${short}·${point.sequence}` : short;
}
