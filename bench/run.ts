/**
 * `npm run bench`: every figure is a median over several rounds and is read against a baseline
 * measured in the same run, so the ratio holds on a busy machine. Prints a table, writes
 * bench/results.json, and rewrites the table in docs/performance.md from it. These are measurements, never
 * pass/fail tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { PROJECT_ROOT } from '../test/support/paths';
import { renderReadmeTable, type Results } from './readme';
import { measureCalendar } from './calendar';
import { measurePreviewBlocks } from './previewBlocks';
import { measureSidebar } from './sidebar';
import type { Figure } from './stats';

const LAUNCHER = path.join(PROJECT_ROOT, 'test', 'harness', 'code-launcher');
const PERFORMANCE_DOC = path.join(PROJECT_ROOT, 'docs', 'performance.md');

function sizes(): Figure[] {
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  if (result.status !== 0) {
    throw new Error('npm run package failed');
  }
  const kb = (file: string): number => Math.round((statSync(path.join(PROJECT_ROOT, file)).size / 1024) * 10) / 10;
  return [
    { name: 'Extension host bundle (minified)', value: kb('dist/extension.js'), unit: 'KB', target: '≤ 75 KB' },
    { name: 'Web worker bundle, for vscode.dev and github.dev (minified)', value: kb('dist/web.js'), unit: 'KB', target: '≤ 80 KB' },
    { name: 'YAML parser and questionnaire loader, loaded on first need (minified)', value: kb('dist/yaml.js'), unit: 'KB' },
    { name: 'Trend report chunk, loaded on first report (minified)', value: kb('dist/report.js'), unit: 'KB' },
    { name: 'Git chunk, loaded on first commit (minified)', value: kb('dist/git.js'), unit: 'KB' },
    { name: 'Private-text chunk, loaded on first private note (minified)', value: kb('dist/private.js'), unit: 'KB' },
    { name: 'Calendar chunk (ical.js, Windows zone table), loaded once a calendar is set (minified)', value: kb('dist/calendar.js'), unit: 'KB' },
    { name: 'Webview bundle (minified)', value: kb('dist/webview.js'), unit: 'KB', target: '≤ 30 KB' },
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

/** The table in docs/performance.md sits between two markers; everything else in the file is left alone. */
function updatePerformanceDoc(results: Results): void {
  const text = readFileSync(PERFORMANCE_DOC, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) {
    throw new Error(`docs/performance.md has no ${start} … ${end} block for the table`);
  }
  writeFileSync(PERFORMANCE_DOC, `${text.slice(0, from + start.length)}\n${renderReadmeTable(results)}\n${text.slice(to)}`);
}

async function main(): Promise<void> {
  const figures = [...sizes(), ...(await measureCalendar()), ...(await measurePreviewBlocks()), ...(await hostFigures()), ...(await measureSidebar())];
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
  const results: Results = { machine, date: new Date().toISOString(), figures };
  console.log(`\nLead Review benchmark on ${machine}\n`);
  console.log(renderReadmeTable(results));
  writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  updatePerformanceDoc(results);
  console.log('\nWritten to bench/results.json and docs/performance.md.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
