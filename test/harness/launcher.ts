/**
 * Stands in for a desktop VS Code executable when `@vscode/test-electron` runs offline. It accepts
 * the same flags (`--extensionDevelopmentPath=…`, `--extensionTestsPath=…`, a workspace path) and
 * runs the tests in code-server, with Debian's Chromium driven by Playwright as the window.
 */
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from './browser';
import { createSandbox, installVsix, killGroupNow, PROJECT_ROOT, startCodeServer, workbenchUrl, type RunningCodeServer } from './codeServer';
import { MissingPackagesError } from './systemPackages';

const DEFAULT_TIMEOUT_S = 300;
/** VS Code runs extension tests only in development mode; with a .vsix under test, this empty extension provides it. */
const TEST_HOST_EXTENSION = path.join(PROJECT_ROOT, 'test', 'fixtures', 'test-host-extension');

interface LaunchArgs {
  readonly extensionDevelopmentPath?: string;
  readonly extensionTestsPath?: string;
  readonly workspace?: string;
}

export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  let extensionDevelopmentPath: string | undefined;
  let extensionTestsPath: string | undefined;
  let workspace: string | undefined;
  for (const arg of argv) {
    const [flag, value] = splitFlag(arg);
    if (flag === '--extensionDevelopmentPath') {
      extensionDevelopmentPath = value;
    } else if (flag === '--extensionTestsPath') {
      extensionTestsPath = value;
    } else if (!arg.startsWith('-') && workspace === undefined) {
      workspace = arg;
    }
    // Desktop-only flags (--no-sandbox, --user-data-dir, …) mean nothing here: every run gets its own sandbox.
  }
  return { extensionDevelopmentPath, extensionTestsPath, workspace };
}

function splitFlag(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at === -1 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

async function main(): Promise<number> {
  const args = parseLaunchArgs(process.argv.slice(2));
  if (!args.extensionTestsPath) {
    console.error('launcher: --extensionTestsPath=… is required.');
    return 2;
  }
  const timeoutSeconds = Number(process.env.LEAD_REVIEW_TEST_TIMEOUT ?? DEFAULT_TIMEOUT_S);
  const sandbox = createSandbox();
  let server: RunningCodeServer | undefined = undefined;
  const cleanUpNow = (): void => {
    if (server) {
      killGroupNow(server.process);
    }
    rmSync(sandbox.root, { recursive: true, force: true });
  };
  process.once('exit', cleanUpNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`launcher: ${signal} received, stopping code-server.`);
      process.exit(130);
    });
  }

  // Testing the package: install the .vsix and load nothing from the development folder.
  const vsix = process.env.LEAD_REVIEW_VSIX;
  if (vsix) {
    installVsix(sandbox, vsix);
  }
  server = await startCodeServer({
    sandbox,
    workspaceTrust: process.env.LEAD_REVIEW_WORKSPACE_TRUST === '1',
    onOutput: (text) => process.env.LEAD_REVIEW_SERVER_LOG && process.stderr.write(text),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const finished = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, message: string) => {
      (type === 'error' ? process.stderr : process.stdout).write(`${message}\n`);
    });
    await page.goto(workbenchUrl(server.url, vsix ? { ...args, extensionDevelopmentPath: TEST_HOST_EXTENSION } : args));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(
          `launcher: the in-editor tests did not finish within ${timeoutSeconds}s (LEAD_REVIEW_TEST_TIMEOUT). ` +
            'A test is probably waiting on a prompt or promise that never settles.',
        );
        resolve(1);
      }, timeoutSeconds * 1000);
    });
    const code = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof MissingPackagesError ? error.message : `launcher: ${String(error instanceof Error ? error.stack : error)}`);
      process.exit(1);
    },
  );
}
