import * as assert from 'node:assert/strict';
import { indexChartGeometry, REPORT_CHART, renderIndexChartSvg, SIDEBAR_CHART, type ChartPoint } from '../../../../src/core/report/indexChart';

const POINTS: ChartPoint[] = [
  { label: '2026-W40', leading: 25, managing: 75 },
  { label: '2026-W41-2', leading: 50, managing: 50 },
  { label: '2026-W47-W48', leading: 100, managing: 0 },
];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16) / 255).map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Rough width of text at 15px: wide enough that a label passing this check is not cut. */
const textWidth = (text: string): number => text.length * 9;

describe('the index chart', () => {
  const svg = renderIndexChartSvg(POINTS, 'Leading and managing index, 2026-Q4');

  it('is a standalone SVG with a title, a description and no script or outside reference', () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 300" width="640" height="300" role="img" aria-labelledby="title desc">/);
    assert.match(svg, /<title id="title">Leading and managing index, 2026-Q4<\/title>/);
    assert.match(svg, /<desc id="desc">3 reflections from 2026-W40 to 2026-W47-W48\. Leading went from 25 to 100; managing from 75 to 0\.<\/desc>/);
    assert.doesNotMatch(svg, /<script|href=|url\(|@import/);
    assert.match(svg, /<\/svg>\n$/);
  });

  it('has a legend, and both series differ by dash and by marker as well as by colour', () => {
    assert.match(svg, /<text [^>]*>Leading index<\/text>/);
    assert.match(svg, /<text [^>]*>Managing index<\/text>/);
    assert.equal((svg.match(/<polyline class="leading line"/g) ?? []).length, 1);
    assert.equal((svg.match(/<polyline class="managing line"/g) ?? []).length, 1);
    assert.match(svg, /\.managing\.line \{ stroke-dasharray: 7 4; \}/);
    assert.equal((svg.match(/<circle class="leading"/g) ?? []).length, POINTS.length + 1, 'a circle per point, and one in the legend');
    assert.equal((svg.match(/<rect class="managing"/g) ?? []).length, POINTS.length + 1, 'a square per point, and one in the legend');
  });

  it('keeps its colours at 3:1 or more on white and on dark backgrounds', () => {
    for (const kind of ['leading', 'managing']) {
      const colour = new RegExp(`\\.${kind} \\{ stroke: (#[0-9a-f]{6});`).exec(svg)![1]!;
      for (const background of ['#ffffff', '#0d1117', '#1e1e1e', '#1f1f1f']) {
        assert.ok(contrast(colour, background) >= 3, `${kind} ${colour} on ${background}: ${contrast(colour, background).toFixed(2)}`);
      }
    }
  });

  it('never cuts a label: every text sits inside the view box, with room for its width', () => {
    for (const size of [SIDEBAR_CHART, REPORT_CHART]) {
      for (const count of [1, 2, 12]) {
        const points = Array.from({ length: count }, (_, index) => ({ ...POINTS[index % 3]!, label: `2026-W${10 + index}-W${11 + index}` }));
        const geometry = indexChartGeometry(points, size);
        for (const label of geometry.xLabels) {
          const width = textWidth(label.text);
          const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
          assert.ok(left >= 0 && left + width <= size.width, `${label.text} at ${label.x} (${label.anchor}) in ${size.width}`);
          assert.ok(label.y > size.height - size.margin.bottom && label.y <= size.height, `${label.text} at y ${label.y}`);
        }
        for (const series of geometry.series) {
          for (const point of series.coordinates) {
            assert.ok(point.x >= size.margin.left && point.x <= size.width - size.margin.right);
            assert.ok(point.y >= size.margin.top && point.y <= size.height - size.margin.bottom);
          }
        }
      }
    }
    for (const [, x, anchor, text] of svg.matchAll(/<text x="([\d.]+)" y="[\d.]+"(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g)) {
      const width = textWidth(text!);
      const left = anchor === 'end' ? Number(x) - width : anchor === 'middle' ? Number(x) - width / 2 : Number(x);
      assert.ok(left >= 0 && left + width <= 640, `"${text}" at x ${x}`);
    }
  });

  it('escapes what it writes as text', () => {
    assert.match(renderIndexChartSvg(POINTS, 'a <b> & "c"'), /<title id="title">a &lt;b&gt; &amp; &quot;c&quot;<\/title>/);
  });
});
