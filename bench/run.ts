/**
 * `npm run bench`: every figure is a median over several rounds and is read against a baseline
 * measured in the same run, so the ratio holds on a busy machine. Prints a table and writes
 * bench/results.json. These are measurements, never pass/fail tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { PROJECT_ROOT } from '../test/support/paths';
import { measureFirstPaint } from './firstPaint';
import type { Figure } from './stats';

const LAUNCHER = path.join(PROJECT_ROOT, 'test', 'harness', 'code-launcher');

function sizes(): Figure[] {
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  if (result.status !== 0) {
    throw new Error('npm run package failed');
  }
  const kb = (file: string): number => Math.round((statSync(path.join(PROJECT_ROOT, file)).size / 1024) * 10) / 10;
  return [
    { name: 'Extension host bundle (minified)', value: kb('dist/extension.js'), unit: 'KB', target: '< 150 KB' },
    { name: 'Webview bundle (minified)', value: kb('dist/webview.js'), unit: 'KB', target: '< 60 KB' },
    { name: '.vsix package', value: kb('lead-review.vsix'), unit: 'KB' },
  ];
}

async function hostFigures(): Promise<Figure[]> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'lead-review-bench-'));
  const out = path.join(workspace, '..', `${path.basename(workspace)}.json`);
  try {
    await runTests({
      vscodeExecutablePath: LAUNCHER,
      // An empty development extension: the benchmark loads the real bundle itself.
      extensionDevelopmentPath: path.join(PROJECT_ROOT, 'test', 'fixtures', 'test-host-extension'),
      extensionTestsPath: path.join(PROJECT_ROOT, 'out', 'bench', 'host', 'index.js'),
      launchArgs: [workspace],
      extensionTestsEnv: { LEAD_REVIEW_BENCH_OUT: out, LEAD_REVIEW_TEST_TIMEOUT: '900' },
    });
    return JSON.parse(readFileSync(out, 'utf8')) as Figure[];
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
}

function format(value: number, unit: string): string {
  return unit === 'KB' ? `${value.toFixed(1)} KB` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function table(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    figure.name,
    format(figure.value, figure.unit),
    figure.baseline ? `${format(figure.baseline.value, figure.unit)} (${figure.baseline.name})` : '',
    figure.baseline && figure.baseline.value > 0 ? `${(figure.value / figure.baseline.value).toFixed(2)}×` : '',
    figure.target ?? '',
  ]);
  const header = ['Figure', 'Median', 'Baseline', 'Ratio', 'Target'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const figures = [...sizes(), ...(await hostFigures()), await measureFirstPaint()];
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
  console.log(`\nLead Review benchmark on ${machine}\n`);
  console.log(table(figures));
  writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), figures }, null, 2)}\n`);
  console.log('\nWritten to bench/results.json.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
