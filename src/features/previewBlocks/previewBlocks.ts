import * as vscode from 'vscode';
import { readBlock, type ReadBlock } from '../../core/previewBlock/blockSpec';
import type { renderBlock, BlockData } from '../../core/previewBlock/blockRender';
import { renderBlockError, renderBlockPlaceholder } from '../../core/previewBlock/blockMessages';
import { leadReviewBlocks, type MarkdownItLike } from '../../core/previewBlock/fencePlugin';
import { toHistoryPoint, type HistoryPoint } from '../../core/report/history';
import { roleName } from '../../core/scoring/bands';
import { localDateOf, type LocalDate } from '../../core/time/localDate';
import { BlockCache } from '../../core/previewBlock/blockCache';
import type { Chunks } from '../../platform/chunks/chunks';
import { hostWords } from '../../platform/l10n/words';
import type { NoteLocator } from '../../platform/location/noteLocation';
import { HistoryStore, type LoadedHistory } from '../history/historyStore';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';

/** What the report chunk gives the preview: drawing a block. */
export interface BlockChunk {
  readonly renderBlock: typeof renderBlock;
}

/** Open previews are redrawn at most this often while notes change. */
const REFRESH_DELAY_MS = 400;

/**
 * `lead-review` blocks in VS Code's Markdown preview. The preview renders synchronously, so a
 * block reads the notes' last snapshot, per folder, and never waits on the disk: with no snapshot
 * yet it shows a placeholder and asks for one, and open previews are refreshed when notes change.
 */
export class PreviewBlocks implements vscode.Disposable {
  /** Other workspace folders' notes, read on first use by a block that names the folder. */
  private readonly folders = new Map<string, HistoryStore>();
  private readonly points = new WeakMap<LoadedHistory, HistoryPoint[]>();
  private readonly drawn = new BlockCache<LoadedHistory>();
  private readonly read = new Map<string, ReadBlock>();
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** The drawing code, from the report chunk once the preview first asks for a block. */
  private drawing: BlockChunk | undefined;
  private loadingDrawing: Promise<void> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly history: HistoryStore,
    private readonly locator: NoteLocator,
    private readonly questionnaires: QuestionnaireSource,
    private readonly log: vscode.LogOutputChannel,
    private readonly chunks: Chunks,
  ) {
    this.subscriptions.push(history.onDidChange(() => this.scheduleRefresh()), questionnaires.onDidChange(() => this.scheduleRefresh()));
  }

  /** What `activate` returns for `markdown.markdownItPlugins`. */
  extendMarkdownIt<T extends MarkdownItLike>(md: T): T {
    return leadReviewBlocks(md, (body, index) => this.render(body, index));
  }

  private render(body: string, index: number): string {
    const read = this.readOnce(body);
    if (!read.ok) {
      return renderBlockError(read.error, hostWords);
    }
    const store = read.spec.folder === null ? this.history : this.storeFor(read.spec.folder);
    if (typeof store === 'string') {
      return renderBlockError(store, hostWords);
    }
    const loaded = store.snapshot;
    const drawing = this.drawing;
    if (!loaded || !drawing) {
      // Nothing here waits: the placeholder now, and the preview is drawn again once both are ready.
      void Promise.all([store.get(), this.loadDrawing()]).then(() => this.scheduleRefresh());
      return renderBlockPlaceholder(hostWords);
    }
    const today = localDateOf(new Date());
    // The questionnaire can change under the same notes: it is part of what a block draws from.
    const key = JSON.stringify([body, index, today, loaded.location.settings.fiscalYearStart, this.questionnaires.current.id, this.questionnaires.current.version]);
    return this.drawn.get(loaded, key, () => drawing.renderBlock(read.spec, this.dataOf(loaded, today), `lead-review-${index}`, hostWords));
  }

  /** A block's text is read once: the preview renders the whole note on every keystroke. */
  private readOnce(body: string): ReadBlock {
    let read = this.read.get(body);
    if (!read) {
      read = readBlock(body, hostWords);
      // A note has a handful of blocks; a long editing session must not grow this without end.
      if (this.read.size > 200) {
        this.read.clear();
      }
      this.read.set(body, read);
    }
    return read;
  }

  private loadDrawing(): Promise<void> {
    this.loadingDrawing ??= this.chunks.load('report').then((chunk) => {
      this.drawing = chunk as BlockChunk;
    });
    return this.loadingDrawing;
  }

  private dataOf(loaded: LoadedHistory, today: LocalDate): BlockData {
    const questionnaire = this.questionnaires.current;
    let points = this.points.get(loaded);
    if (!points) {
      points = loaded.history.entries.map(toHistoryPoint);
      this.points.set(loaded, points);
    }
    const role = loaded.location.settings.role;
    return {
      points,
      dimensions: questionnaire.dimensions.map(({ id, title }) => ({ id, title })),
      areas: questionnaire.allocation.map(({ id, label }) => ({ id, label })),
      leanBands: questionnaire.bands[role]?.lean ?? null,
      roleName: questionnaire.bands[role] ? roleName(role, hostWords) : null,
      today,
      fiscalYearStart: loaded.location.settings.fiscalYearStart,
    };
  }

  /** The notes of the workspace folder with this name, read once and then kept current. */
  private storeFor(name: string): HistoryStore | string {
    const folder = vscode.workspace.workspaceFolders?.find((entry) => entry.name === name);
    if (!folder) {
      return hostWords('no workspace folder is named "{0}"', name);
    }
    let store = this.folders.get(folder.uri.toString());
    if (!store) {
      store = new HistoryStore({ locate: async () => this.locator.locateIn(folder) }, this.log);
      this.folders.set(folder.uri.toString(), store);
      this.subscriptions.push(store, store.onDidChange(() => this.scheduleRefresh()));
    }
    return store;
  }

  /** Only when a preview is open: the command would otherwise start the Markdown extension for nothing. */
  private scheduleRefresh(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      const previewOpen = vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview')));
      if (previewOpen) {
        void vscode.commands.executeCommand('markdown.preview.refresh');
      }
    }, REFRESH_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.pending);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
