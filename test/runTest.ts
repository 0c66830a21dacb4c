/**
 * The in-editor test entry point. With a desktop VS Code at hand (VSCODE_EXECUTABLE, or
 * LEAD_REVIEW_DOWNLOAD_VSCODE=1 when online) `@vscode/test-electron` runs it; otherwise it
 * runs our launcher, which hosts the same tests in code-server and Debian's Chromium.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { FIXTURES_DIR, PROJECT_ROOT } from './support/paths';
import { IN_EDITOR_SUITES, TWO_WINDOWS } from './support/tiers';
import { browserOnlyCopy } from './support/webExtension';

type Suite = (typeof IN_EDITOR_SUITES)[number];

/** Each suite gets a fresh copy of its fixture, because the tests write notes into it. */
function workspaceFor(suite: Suite, scratch: string): string | undefined {
  switch (suite) {
    case 'folder':
    case 'twoWindows':
    case 'noGit':
    case 'packaged':
    case 'web':
      cpSync(path.join(FIXTURES_DIR, 'workspace'), path.join(scratch, 'workspace'), { recursive: true });
      return path.join(scratch, 'workspace');
    case 'multiRoot':
      cpSync(path.join(FIXTURES_DIR, 'multi-root'), path.join(scratch, 'multi-root'), { recursive: true });
      return path.join(scratch, 'multi-root', 'team.code-workspace');
    case 'custom':
    case 'untrusted':
      cpSync(path.join(FIXTURES_DIR, suite), path.join(scratch, suite), { recursive: true });
      return path.join(scratch, suite);
    case 'noFolder':
      return undefined;
  }
}

/**
 * An environment like this one, minus git: every other program is linked into one folder on PATH.
 * The server would otherwise rebuild PATH from a login shell, so SHELL names one that declines.
 */
function environmentWithoutGit(scratch: string): Record<string, string> {
  const bin = path.join(scratch, 'bin-without-git');
  mkdirSync(bin);
  const shell = path.join(scratch, 'no-login-shell');
  writeFileSync(shell, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter((entry) => entry && existsSync(entry))) {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('git') && !existsSync(path.join(bin, name))) {
        symlinkSync(path.join(dir, name), path.join(bin, name));
      }
    }
  }
  return { PATH: bin, SHELL: shell };
}

function suiteEnvironment(suite: Suite, scratch: string): Record<string, string> | undefined {
  switch (suite) {
    case 'noGit':
      return environmentWithoutGit(scratch);
    case 'untrusted':
      return { LEAD_REVIEW_WORKSPACE_TRUST: '1' };
    case 'packaged':
      return { LEAD_REVIEW_VSIX: buildVsix() };
    default:
      return undefined;
  }
}

/** The `.vsix` exactly as `npm run package` makes it, built fresh so the test sees today's code. */
function buildVsix(): string {
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    throw new Error('npm run package failed');
  }
  return path.join(PROJECT_ROOT, 'lead-review.vsix');
}

function executable(): string | undefined {
  if (process.env.VSCODE_EXECUTABLE) {
    return process.env.VSCODE_EXECUTABLE;
  }
  return process.env.LEAD_REVIEW_DOWNLOAD_VSCODE === '1' ? undefined : path.join(PROJECT_ROOT, 'test', 'harness', 'code-launcher');
}

async function main(): Promise<void> {
  const only = process.argv[2] as Suite | undefined;
  let failed = 0;
  for (const suite of IN_EDITOR_SUITES.filter((name) => !only || name === only)) {
    const scratch = mkdtempSync(path.join(tmpdir(), `lead-review-${suite}-`));
    const workspace = workspaceFor(suite, scratch);
    console.log(`\n== In-editor tests: ${suite} ==`);
    const run = (env: Record<string, string> | undefined): Promise<number> =>
      runTests({
        vscodeExecutablePath: executable(),
        // The web suite runs Lead Review in the web worker host, from a browser-only copy; its tests run in the Node host.
        extensionDevelopmentPath: suite === 'web' ? browserOnlyCopy(scratch) : PROJECT_ROOT,
        extensionTestsPath: path.join(PROJECT_ROOT, 'out', 'test', 'vscode', suite, 'index.js'),
        launchArgs: workspace ? [workspace] : [],
        extensionTestsEnv: env,
      });
    try {
      if (suite === 'twoWindows') {
        // Two windows, each with its own extension host, on one workspace folder at the same time.
        const meetingPlace = mkdirSync(path.join(scratch, 'meeting'), { recursive: true })!;
        await Promise.all(TWO_WINDOWS.map((window) => run({ LEAD_REVIEW_WINDOW: window, LEAD_REVIEW_MEETING_DIR: meetingPlace })));
      } else {
        await run(suiteEnvironment(suite, scratch));
      }
    } catch (error) {
      failed++;
      console.error(`In-editor suite "${suite}" failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

void main();
