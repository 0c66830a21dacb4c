/**
 * Figures that need the real extension host. The extension is not installed here: each round
 * loads the bundle fresh with `require` and calls `activate`, exactly as the empty baseline is.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

function loadAndActivate(file: string): Loaded {
  delete require.cache[require.resolve(file)];
  const subscriptions: vscode.Disposable[] = [];
  const context = { subscriptions, workspaceState: memoryMemento(), globalState: memoryMemento(), extensionUri: vscode.Uri.file(PROJECT_ROOT), extensionPath: PROJECT_ROOT };
  const module = require(file) as { activate(context: unknown): LeadReviewTestApi | undefined };
  return { api: module.activate(context), subscriptions };
}

function unload(loaded: Loaded): void {
  vscode.Disposable.from(...loaded.subscriptions).dispose();
}

async function activation(): Promise<Figure> {
  const ours: number[] = [];
  const empty: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let loaded: Loaded | undefined;
    empty.push(await timed(() => (loaded = loadAndActivate(EMPTY))));
    unload(loaded!);
    ours.push(await timed(() => (loaded = loadAndActivate(BUNDLE))));
    unload(loaded!);
  }
  return { name: 'Code loading + activate()', value: median(ours), unit: 'ms', baseline: { name: 'an empty extension', value: median(empty) }, target: '< 20 ms' };
}

/** The extension is not installed, so its settings are not registered: everything uses the default `reflections` folder. */
function notesFolder(root: vscode.Uri): string {
  return path.join(root.fsPath, 'reflections');
}

async function writeReflection(root: vscode.Uri): Promise<Figure> {
  const loaded = loadAndActivate(BUNDLE);
  const write: number[] = [];
  const raw: number[] = [];
  try {
    for (let round = 0; round < 9; round++) {
      rmSync(notesFolder(root), { recursive: true, force: true });
      await loaded.api!.drafts.replace(completeDraft());
      let written: vscode.Uri | undefined;
      write.push(await timed(async () => (written = ((await vscode.commands.executeCommand('leadReview.writeReflection')) as { uri?: vscode.Uri }).uri)));
      if (!written) {
        throw new Error('Write Reflection wrote nothing');
      }
      const bytes = await vscode.workspace.fs.readFile(written);
      raw.push(await timed(() => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, `raw-${round}.md`), bytes)));
    }
  } finally {
    unload(loaded);
  }
  return { name: 'Write Reflection, command to file on disk', value: median(write), unit: 'ms', baseline: { name: 'writing the same bytes with workspace.fs', value: median(raw) } };
}

async function history(root: vscode.Uri, count: number): Promise<Figure[]> {
  const cold: number[] = [];
  const cached: number[] = [];
  const raw: number[] = [];
  const notes = weeklyNotes(count, { year: 2026, month: 11, day: 20 });
  const folder = notesFolder(root);
  for (let round = 0; round < 3; round++) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const note of notes) {
      writeFileSync(path.join(folder, note.fileName), note.text);
    }
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
      cached.push(await timed(() => loaded.api!.history.refresh()));
    } finally {
      unload(loaded);
    }
  }
  const baseline = { name: 'reading the same files\u2019 bytes', value: median(raw) };
  return [
    { name: `History, ${count} notes, cold`, value: median(cold), unit: 'ms', baseline, ...(count === 1000 ? { target: '< 300 ms, ≤ 5× the raw read' } : {}) },
    { name: `History, ${count} notes, from the cache`, value: median(cached), unit: 'ms', baseline },
  ];
}

export async function measureInExtensionHost(): Promise<Figure[]> {
  const root = vscode.workspace.workspaceFolders![0]!.uri;
  const figures = [await activation(), await writeReflection(root)];
  for (const count of [100, 1000, 10000]) {
    figures.push(...(await history(root, count)));
  }
  return figures;
}
