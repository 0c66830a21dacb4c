/**
 * The one place that knows VS Code's DOM. These selectors are workbench internals: a code-server
 * upgrade should only ever need changes here.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { createSandbox, installVsix, startCodeServer, workbenchUrl, type RunningCodeServer, type Sandbox } from '../harness/codeServer';
import { FIXTURES_DIR, PROJECT_ROOT } from '../support/paths';
import { browserOnlyCopy } from '../support/webExtension';

const EXTENSION_ID = 'lead-review.lead-review';

export class Workbench {
  private constructor(
    readonly page: Page,
    readonly workspace: string,
    /** The folder Lead Review is loaded from. */
    readonly extensionPath: string,
    private readonly browser: Browser,
    private readonly server: RunningCodeServer,
    private readonly sandbox: Sandbox,
    private readonly scratch: string,
  ) {}

  /**
   * code-server with Lead Review loaded from this folder, on a fresh copy of a fixture workspace;
   * `withExamples` adds four weeks of notes from `test/fixtures/example-month` (the tests count
   * them; `examples/` holds the year `npm start` shows); `installed` names `.vsix`
   * files to install beside it (the benchmark's baselines: the web payload loads one development folder).
   */
  static async open(
    options: {
      fixture?: string;
      withExamples?: boolean;
      theme?: string;
      gitRepository?: boolean;
      installed?: readonly string[];
      settings?: Record<string, unknown>;
      /** A display language, made available offline by a test language pack (see `useDisplayLanguage`). */
      displayLanguage?: string;
      /** Load Lead Review from this folder instead of the project (a pseudo-localized copy, say). */
      extensionPath?: string;
      /** Run Lead Review in the web worker extension host, from a browser-only copy, as vscode.dev does. */
      webWorker?: boolean;
    } = {},
  ): Promise<Workbench> {
    const scratch = mkdtempSync(path.join(tmpdir(), 'lead-review-ui-'));
    const workspace = path.join(scratch, 'workspace');
    cpSync(path.join(FIXTURES_DIR, options.fixture ?? 'workspace'), workspace, { recursive: true });
    if (options.withExamples) {
      cpSync(path.join(FIXTURES_DIR, 'example-month', 'reflections'), path.join(workspace, 'reflections'), { recursive: true });
    }
    if (options.settings) {
      mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
      writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify(options.settings));
    }
    if (options.gitRepository) {
      for (const args of [['init', '-q'], ['config', 'user.name', 'Test Lead'], ['config', 'user.email', 'lead@example.com']]) {
        execFileSync('git', args, { cwd: workspace });
      }
    }
    const sandbox = createSandbox();
    for (const vsix of options.installed ?? []) {
      installVsix(sandbox, vsix);
    }
    if (options.theme) {
      mkdirSync(path.join(sandbox.userDataDir, 'User'), { recursive: true });
      writeFileSync(path.join(sandbox.userDataDir, 'User', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': options.theme }));
    }
    const server = await startCodeServer({ sandbox, extraArgs: options.displayLanguage ? useDisplayLanguage(sandbox, options.displayLanguage, scratch) : [] });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const extensionPath = options.extensionPath ?? (options.webWorker ? browserOnlyCopy(scratch) : PROJECT_ROOT);
    const workbench = new Workbench(page, workspace, extensionPath, browser, server, sandbox, scratch);
    await page.goto(workbenchUrl(server.url, { workspace, extensionDevelopmentPath: extensionPath }));
    await workbench.waitUntilReady();
    return workbench;
  }

  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  async openLeadReviewFromActivityBar(): Promise<void> {
    await this.page.locator('.part.activitybar .action-item a[aria-label*="Lead Review"]').click();
    // Move away, or the activity bar's hover card covers the top of the sidebar.
    await this.page.mouse.move(700, 600);
  }

  /** Runs a command from the Command Palette by its title, as a person types it. */
  async runCommand(title: string): Promise<void> {
    await this.page.locator('.monaco-workbench').click({ position: { x: 700, y: 500 } });
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Opens a workspace file by name with Quick Open, as a keyboard user would, and waits for its tab. */
  async openFile(name: string): Promise<void> {
    await this.page.locator('.monaco-workbench').click({ position: { x: 700, y: 500 } });
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await this.page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab[aria-label^="${name}"]`).waitFor();
  }

  /** Answers the input box titled `title` (a passphrase, say) by typing, as a person does. */
  async answerInputBox(title: string | RegExp, text: string): Promise<void> {
    await this.page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: 30_000 });
    const input = this.page.locator('.quick-input-widget input');
    await input.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** The sidebar form lives two frames deep: the webview host frame, then its active frame. */
  sidebar(): FrameLocator {
    return this.page.frameLocator(`iframe.webview[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('iframe#active-frame');
  }

  /**
   * The sidebar's document as a Playwright `Frame`, for `frame.evaluate` with a script's source:
   * evaluated through the debugging protocol, it is not bound by the webview's CSP.
   */
  async sidebarFrame(): Promise<Frame> {
    await this.sidebar().locator('body').waitFor();
    const outer = await this.page.locator(`iframe.webview[src*="extensionId=${EXTENSION_ID}"]`).elementHandle();
    const host = await outer?.contentFrame();
    const inner = await host?.locator('iframe#active-frame').elementHandle();
    const frame = await inner?.contentFrame();
    if (!frame) {
      throw new Error('The sidebar webview has no content frame');
    }
    return frame;
  }

  async screenshotSidebar(file: string): Promise<void> {
    await this.page.locator('.part.sidebar').screenshot({ path: file });
  }

  /** code-server's user-data folder for this run: workspace storage, state and logs. */
  get userDataDir(): string {
    return this.sandbox.userDataDir;
  }

  /** Every line of the extension hosts' logs (and the window's) that code-server wrote so far. */
  extensionHostLog(): string[] {
    const logs = path.join(this.sandbox.userDataDir, 'logs');
    const files = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(folder, entry.name)) : entry.name.endsWith('.log') ? [path.join(folder, entry.name)] : []));
    return (existsSync(logs) ? files(logs) : []).flatMap((file) => readFileSync(file, 'utf8').split('\n'));
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    rmSync(this.sandbox.root, { recursive: true, force: true });
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

/**
 * VS Code switches its display language only to one a language pack provides, and the real packs
 * come from the Marketplace, which these machines cannot reach. A test pack that translates
 * nothing (test/fixtures/language-pack-<lang>) is enough: VS Code then runs in that language and
 * loads each extension's own bundle for it. The server reads the pack from `languagepacks.json`.
 */
function useDisplayLanguage(sandbox: Sandbox, language: string, scratch: string): string[] {
  // One fixture pack serves every language: it translates nothing in VS Code itself, only makes the language selectable.
  const pack = path.join(scratch, `language-pack-${language}`);
  cpSync(path.join(FIXTURES_DIR, 'language-pack-de'), pack, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(pack, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
    contributes: { localizations: { languageId: string }[] };
  };
  manifest.name = `test-language-pack-${language}`;
  manifest.contributes.localizations[0]!.languageId = language;
  writeFileSync(path.join(pack, 'package.json'), JSON.stringify(manifest));
  const vsix = path.join(scratch, `language-pack-${language}.vsix`);
  execFileSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--allow-missing-repository', '--skip-license', '-o', vsix], { cwd: pack, stdio: 'ignore' });
  installVsix(sandbox, vsix);
  writeFileSync(
    path.join(sandbox.userDataDir, 'languagepacks.json'),
    JSON.stringify({
      [language]: {
        hash: `test-${manifest.version}`,
        label: language,
        extensions: [{ extensionIdentifier: { id: `${manifest.publisher}.${manifest.name}` }, version: manifest.version }],
        translations: { vscode: path.join(pack, 'translations', 'main.i18n.json') },
      },
    }),
  );
  return ['--locale', language];
}
