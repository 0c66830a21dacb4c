/**
 * `npm start`: a real VS Code (code-server, on 127.0.0.1 only) with Lead Review loaded from this
 * folder, on a copy of `examples/`. `--desktop` uses a desktop `code` from PATH instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createSandbox, PROJECT_ROOT, startCodeServer, workbenchUrl } from './codeServer';

const STATE_DIR = path.join(PROJECT_ROOT, '.vscode-test');
const SAMPLE_WORKSPACE = path.join(STATE_DIR, 'sample-workspace');

function prepareSampleWorkspace(fresh: boolean): void {
  if (fresh) {
    rmSync(SAMPLE_WORKSPACE, { recursive: true, force: true });
  }
  if (!existsSync(SAMPLE_WORKSPACE)) {
    cpSync(path.join(PROJECT_ROOT, 'examples'), SAMPLE_WORKSPACE, { recursive: true });
  }
}

function runDesktop(): void {
  const code = spawnSync('code', ['--version'], { stdio: 'ignore' });
  if (code.status !== 0) {
    console.error('--desktop needs the `code` command on PATH.');
    process.exit(1);
  }
  spawn('code', [`--extensionDevelopmentPath=${PROJECT_ROOT}`, SAMPLE_WORKSPACE], { stdio: 'inherit' }).on('exit', (status) =>
    process.exit(status ?? 0),
  );
}

/** The sample lives inside this project's checkout, whose repository the Git extension would offer to open. */
function quietParentRepository(userDataDir: string): void {
  const settings = path.join(userDataDir, 'User', 'settings.json');
  if (!existsSync(settings)) {
    mkdirSync(path.dirname(settings), { recursive: true });
    writeFileSync(settings, `${JSON.stringify({ 'git.openRepositoryInParentFolders': 'never' }, null, 2)}\n`);
  }
}

async function runCodeServer(port: number): Promise<void> {
  const sandbox = createSandbox(path.join(STATE_DIR, 'start-profile'));
  quietParentRepository(sandbox.userDataDir);
  const server = await startCodeServer({ sandbox, port });
  const url = workbenchUrl(server.url, { workspace: SAMPLE_WORKSPACE, extensionDevelopmentPath: PROJECT_ROOT });
  console.log('\nLead Review is running in VS Code (code-server, loopback only). Open:\n');
  console.log(`  ${url}\n`);
  console.log(`Sample workspace: ${path.relative(PROJECT_ROOT, SAMPLE_WORKSPACE)} (npm start -- --fresh resets it). Ctrl-C stops.`);
  const stop = async (): Promise<void> => {
    console.log('\nStopping code-server…');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  server.process.once('exit', (code) => {
    console.error(`code-server exited (${code}).`);
    process.exit(code ?? 1);
  });
}

const args = process.argv.slice(2);
prepareSampleWorkspace(args.includes('--fresh'));
if (args.includes('--desktop')) {
  runDesktop();
} else {
  const portArg = args.find((arg) => arg.startsWith('--port='));
  void runCodeServer(Number(portArg?.slice('--port='.length) ?? process.env.PORT ?? 8080)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
