import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { requireSystemPackages } from './systemPackages';

/** The newest code-server that runs on Node 20; it bundles VS Code 1.100.3. */
export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const INSTALL_DIR = path.join(PROJECT_ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const ENTRY = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const INSTALLED_MARKER = path.join(INSTALL_DIR, '.installed');

/** Installs code-server into `.vscode-test/` on first use, with the fixes it needs offline and as root. */
export function ensureCodeServer(log: (line: string) => void = console.log): string {
  if (existsSync(INSTALLED_MARKER) && existsSync(ENTRY)) {
    return ENTRY;
  }
  requireSystemPackages('install');
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(PROJECT_ROOT, INSTALL_DIR)} (about a minute, once)…`);
  mkdirSync(INSTALL_DIR, { recursive: true });
  writeFileSync(path.join(INSTALL_DIR, 'package.json'), JSON.stringify({ name: 'code-server-host', private: true }));
  const temp = process.env.TMPDIR ?? tmpdir();
  seedRipgrepCache(temp);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: INSTALL_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      TMPDIR: temp,
      // As root, code-server's postinstall refuses to run without this; npm 11 still passes it on.
      npm_config_unsafe_perm: 'true',
      // node-pty's postinstall runs `npx node-gyp`, which otherwise waits for a "yes".
      npm_config_yes: 'true',
    },
  });
  if (result.status !== 0 || !existsSync(ENTRY)) {
    throw new Error(`Installing code-server failed (npm exited with ${result.status}). See the npm output above.`);
  }
  writeFileSync(INSTALLED_MARKER, new Date().toISOString());
  return ENTRY;
}

/**
 * @vscode/ripgrep's postinstall downloads ripgrep unless its cache already holds the archive.
 * Debian's rg is the same 13.0.0, so we pack it under the expected name.
 */
function seedRipgrepCache(temp: string): void {
  const cacheDir = path.join(temp, `vscode-ripgrep-cache-${RIPGREP_VERSION}`);
  const archive = path.join(cacheDir, RIPGREP_ASSET);
  if (existsSync(archive)) {
    return;
  }
  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(path.join(temp, 'rg-'));
  copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  const tar = spawnSync('tar', ['-czf', archive, '-C', staging, 'rg'], { stdio: 'inherit' });
  rmSync(staging, { recursive: true, force: true });
  if (tar.status !== 0) {
    throw new Error('Packing Debian ripgrep for @vscode/ripgrep failed.');
  }
}

export interface Sandbox {
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * A home, user-data and extensions folder of its own, so a run never touches the real ones.
 * Throw-away by default; `npm start` passes a fixed root so drafts survive a restart.
 */
export function createSandbox(fixedRoot?: string): Sandbox {
  const root = fixedRoot ?? mkdtempSync(path.join(tmpdir(), 'lead-review-run-'));
  const dir = (name: string): string => {
    const full = path.join(root, name);
    mkdirSync(full, { recursive: true });
    return full;
  };
  const home = dir('home');
  return {
    root,
    userDataDir: dir('user-data'),
    extensionsDir: dir('extensions'),
    env: {
      HOME: home,
      XDG_CONFIG_HOME: dir('xdg-config'),
      XDG_DATA_HOME: dir('xdg-data'),
      XDG_CACHE_HOME: dir('xdg-cache'),
      XDG_STATE_HOME: dir('xdg-state'),
      XDG_RUNTIME_DIR: dir('xdg-runtime'),
    },
  };
}

/** Installs a `.vsix` into the sandbox's extensions folder with code-server's own CLI, offline. */
export function installVsix(sandbox: Sandbox, vsix: string): void {
  const result = spawnSync(
    process.execPath,
    [ensureCodeServer(), '--user-data-dir', sandbox.userDataDir, '--extensions-dir', sandbox.extensionsDir, '--install-extension', path.resolve(vsix)],
    { encoding: 'utf8', env: { ...process.env, ...sandbox.env, EXTENSIONS_GALLERY: '{}' } },
  );
  if (result.status !== 0) {
    throw new Error(`Installing ${vsix} into code-server failed:\n${result.stdout}${result.stderr}`);
  }
}

export interface RunningCodeServer {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly sandbox: Sandbox;
  /** Fixed port for `npm start`; tests use 0, a free port. */
  readonly port?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly onOutput?: (text: string) => void;
  readonly extraArgs?: readonly string[];
  /** Off by default, as test-electron does; the untrusted-workspace suite turns it on. */
  readonly workspaceTrust?: boolean;
}

/** Starts code-server on loopback in its own process group, and resolves once it listens. */
export function startCodeServer(options: StartOptions): Promise<RunningCodeServer> {
  const entry = ensureCodeServer();
  const { sandbox } = options;
  const config = path.join(sandbox.root, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const child = spawn(
    process.execPath,
    [
      entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--user-data-dir', sandbox.userDataDir,
      '--extensions-dir', sandbox.extensionsDir,
      '--config', config,
      ...(options.extraArgs ?? []),
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...sandbox.env, EXTENSIONS_GALLERY: '{}', ...options.env },
    },
  );
  const stop = (): Promise<void> => killGroup(child);
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      options.onOutput?.(text);
      seen += text;
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(seen);
      if (match) {
        seen = '';
        resolve({ url: match[1] as string, process: child, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited with ${code} before it listened:\n${seen.slice(-2000)}`)));
  });
}

/** SIGTERM to the whole group, then SIGKILL if it lingers: no stray code-server after a run. */
export function killGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signalGroup(pid, 'SIGKILL');
      resolve();
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      signalGroup(pid, 'SIGKILL');
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

/** For exit handlers, where nothing asynchronous can run. */
export function killGroupNow(child: ChildProcess): void {
  if (child.pid !== undefined) {
    signalGroup(child.pid, 'SIGKILL');
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** `vscode-remote://remote/abs/path`: how the web workbench names files on the code-server host. */
export function remoteUri(absolutePath: string): string {
  return `vscode-remote://remote${path.resolve(absolutePath)}`;
}

export interface WorkbenchTarget {
  /** A folder, a `.code-workspace` file, or nothing for an empty window. */
  readonly workspace?: string;
  /** One extension folder, or several loaded side by side (the benchmark adds its baselines). */
  readonly extensionDevelopmentPath?: string | readonly string[];
  readonly extensionTestsPath?: string;
}

export function workbenchUrl(base: string, target: WorkbenchTarget): string {
  const params = new URLSearchParams();
  if (target.workspace === undefined) {
    params.set('ew', 'true');
  } else if (target.workspace.endsWith('.code-workspace')) {
    params.set('workspace', path.resolve(target.workspace));
  } else {
    params.set('folder', path.resolve(target.workspace));
  }
  const payload: [string, string][] = [['skipWelcome', 'true']];
  for (const folder of [target.extensionDevelopmentPath ?? []].flat()) {
    payload.push(['extensionDevelopmentPath', remoteUri(folder)]);
  }
  if (target.extensionTestsPath) {
    payload.push(['extensionTestsPath', remoteUri(target.extensionTestsPath)]);
  }
  params.set('payload', JSON.stringify(payload));
  return `${base}/?${params.toString()}`;
}
