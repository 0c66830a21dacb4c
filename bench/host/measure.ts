/**
 * Figures that need the real extension host. The extension is not installed here: each round
 * loads the bundle fresh with `require` and calls `activate`, exactly as the baselines are.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../src/extension';
import { completeDraft } from '../../test/support/drafts';
import { weeklyNotes } from '../../test/support/notes';
import { PROJECT_ROOT } from '../../test/support/paths';
import { median, timed, type Figure } from '../stats';

const ROUNDS = 15;
const BUNDLE = path.join(PROJECT_ROOT, 'dist', 'extension.js');
const EMPTY = path.join(PROJECT_ROOT, 'bench', 'empty-extension', 'extension.js');
const WEBVIEW_VIEW = path.join(PROJECT_ROOT, 'bench', 'webview-view-extension', 'extension.js');

interface Loaded {
  readonly api: LeadReviewTestApi | undefined;
  readonly subscriptions: vscode.Disposable[];
}

/** A Memento kept in memory: the benchmark needs storage, not persistence. */
function memoryMemento(): vscode.Memento {
  const values = new Map<string, unknown>();
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => {
      values.set(key, value);
    },
  } as vscode.Memento;
}

/** Secret storage that forgets everything when the round ends, as the memento above does. */
function memorySecrets(): vscode.SecretStorage {
  const values = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.SecretStorageChangeEvent>();
  return {
    get: async (key: string) => values.get(key),
    store: async (key: string, value: string) => {
      values.set(key, value);
      changed.fire({ key });
    },
    delete: async (key: string) => {
      values.delete(key);
      changed.fire({ key });
    },
    onDidChange: changed.event,
  } as vscode.SecretStorage;
}

function loadAndActivate(file: string): Loaded {
  delete require.cache[require.resolve(file)];
  const subscriptions: vscode.Disposable[] = [];
  const storage = vscode.Uri.file(mkdtempSync(path.join(tmpdir(), 'lead-review-bench-storage-')));
  const context = {
    subscriptions,
    workspaceState: memoryMemento(),
    globalState: memoryMemento(),
    extensionUri: vscode.Uri.file(PROJECT_ROOT),
    extensionPath: PROJECT_ROOT,
    extensionMode: vscode.ExtensionMode.Test,
    storageUri: storage,
    globalStorageUri: storage,
    secrets: memorySecrets(),
  };
  const module = require(file) as { activate(context: unknown): { readonly test?: LeadReviewTestApi } | undefined };
  subscriptions.push({ dispose: () => rmSync(storage.fsPath, { recursive: true, force: true }) });
  return { api: module.activate(context)?.test, subscriptions };
}

function unload(loaded: Loaded): void {
  vscode.Disposable.from(...loaded.subscriptions).dispose();
}

/** Loading plus `activate()`, for ours and both baselines in turn, round after round. */
async function activation(): Promise<Figure[]> {
  const times: Record<'ours' | 'empty' | 'webviewView', number[]> = { ours: [], empty: [], webviewView: [] };
  const startup: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [kind, file] of [['empty', EMPTY], ['webviewView', WEBVIEW_VIEW], ['ours', BUNDLE]] as const) {
      let loaded: Loaded | undefined;
      times[kind].push(await timed(() => (loaded = loadAndActivate(file))));
      unload(loaded!);
    }
    let loaded: Loaded | undefined;
    startup.push(
      await timed(async () => {
        loaded = loadAndActivate(BUNDLE);
        await loaded.api!.startupWork();
      }),
    );
    unload(loaded!);
  }
  const empty = { name: 'an empty extension', value: median(times.empty) };
  const webviewView = { name: 'one webview view and seven commands, nothing else', value: median(times.webviewView) };
  return [
    { name: 'Activation (load + activate())', value: median(times.ours), unit: 'ms', baseline: webviewView, target: '≤ 10× the baseline' },
    { name: 'Activation (load + activate())', value: median(times.ours), unit: 'ms', baseline: empty },
    { name: 'Startup work in the host (activation and what it schedules, empty notes folder)', value: median(startup), unit: 'ms', target: '≤ 10 ms' },
  ];
}

/** The extension is not installed, so its settings are not registered: everything uses the default `reflections` folder. */
function notesFolder(root: vscode.Uri): string {
  return path.join(root.fsPath, 'reflections');
}

function seedNotes(folder: string, count: number): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  // A year before today, so this period's note is still free to write.
  for (const note of weeklyNotes(count, { year: 2025, month: 11, day: 20 })) {
    writeFileSync(path.join(folder, note.fileName), note.text);
  }
}

/** From the command to the note on disk, with `count` notes in the folder, as a person would see it after a while. */
async function writeReflection(root: vscode.Uri, count: number): Promise<Figure> {
  const write: number[] = [];
  const raw: number[] = [];
  const folder = notesFolder(root);
  seedNotes(folder, count);
  const loaded = loadAndActivate(BUNDLE);
  try {
    await loaded.api!.startupWork();
    for (let round = 0; round < 9; round++) {
      await loaded.api!.drafts.replace(completeDraft());
      let written: vscode.Uri | undefined;
      write.push(await timed(async () => (written = ((await vscode.commands.executeCommand('leadReview.writeReflection')) as { uri?: vscode.Uri }).uri)));
      if (!written) {
        throw new Error('Write Reflection wrote nothing');
      }
      const bytes = await vscode.workspace.fs.readFile(written);
      raw.push(await timed(() => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, `raw-${round}.md`), bytes)));
      rmSync(written.fsPath);
      await loaded.api!.history.refresh();
    }
  } finally {
    unload(loaded);
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    name: `Write Reflection, ${count} notes in the folder`,
    value: median(write),
    unit: 'ms',
    baseline: { name: 'writing the same bytes with workspace.fs', value: median(raw) },
    ...(count === 0 || count === 1000 ? { target: '≤ 3×' } : {}),
  };
}

async function history(root: vscode.Uri, count: number): Promise<Figure[]> {
  const cold: number[] = [];
  const cached: number[] = [];
  const raw: number[] = [];
  const folder = notesFolder(root);
  for (let round = 0; round < 3; round++) {
    seedNotes(folder, count);
    const uri = vscode.Uri.file(folder);
    raw.push(
      await timed(async () => {
        const entries = await vscode.workspace.fs.readDirectory(uri);
        await Promise.all(entries.map(([name]) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(uri, name))));
      }),
    );
    // A fresh instance has an empty cache; its refresh starts before activation's own timer can.
    const loaded = loadAndActivate(BUNDLE);
    try {
      let loadedCount = 0;
      cold.push(await timed(async () => (loadedCount = (await loaded.api!.history.refresh())?.history.entries.length ?? 0)));
      if (loadedCount !== count) {
        throw new Error(`history loaded ${loadedCount} of ${count} notes`);
      }
      await loaded.api!.history.refresh();
      cached.push(await timed(() => loaded.api!.history.refresh()));
    } finally {
      unload(loaded);
    }
  }
  rmSync(folder, { recursive: true, force: true });
  const baseline = { name: 'reading the same files\u2019 bytes', value: median(raw) };
  return [
    { name: `History, ${count} notes, cold`, value: median(cold), unit: 'ms', baseline, target: '≤ 1.5×' },
    { name: `History, ${count} notes, from the cache`, value: median(cached), unit: 'ms', baseline, target: '≤ 0.5×' },
  ];
}

export async function measureInExtensionHost(): Promise<Figure[]> {
  const root = vscode.workspace.workspaceFolders![0]!.uri;
  const figures = await activation();
  for (const count of [0, 100, 1000]) {
    figures.push(await writeReflection(root, count));
  }
  for (const count of [100, 1000, 10000]) {
    figures.push(...(await history(root, count)));
  }
  return figures;
}
