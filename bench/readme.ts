import type { Figure } from './stats';

export interface Results {
  readonly machine: string;
  readonly date: string;
  readonly figures: readonly Figure[];
}

function format(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'KB':
    case 'MB':
      return `${value.toFixed(1)} ${unit}`;
    case 'count':
      return String(Math.round(value));
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  }
}

/** The table `npm run bench` prints and puts in docs/performance.md, from `bench/results.json`. */
export function renderReadmeTable(results: Results): string {
  const rows = results.figures.map((figure) => [
    figure.name,
    format(figure.value, figure.unit),
    figure.baseline ? `${format(figure.baseline.value, figure.unit)} (${figure.baseline.name})` : '',
    figure.baseline && figure.baseline.value > 0 && figure.unit !== 'count' ? `${(figure.value / figure.baseline.value).toFixed(2)}×` : '',
    figure.target ?? '',
  ]);
  const header = ['Figure', 'Median', 'Baseline, same run', 'Ratio', 'Target'];
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [
    `Measured on ${results.machine}, ${results.date.slice(0, 10)}:`,
    '',
    line(header),
    line(['---', '---:', '---', '---:', '---']),
    ...rows.map(line),
  ].join('\n');
}
