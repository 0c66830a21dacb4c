import * as vscode from 'vscode';
import type { History } from '../../core/report/history';
import { mapLimited } from '../../core/util/mapLimited';
import { buildHistory, readHistoryFile, SYMLINK_NOTE_REASON, type FileReading } from '../../core/report/readHistory';
import { parseReflectionFileName } from '../../core/time/period';
import type { NoteLocation, NoteLocator } from '../../platform/location/noteLocation';
import { exists, readText } from '../../platform/storage/files';

export interface LoadedHistory {
  /** Where these notes were read from, with that folder's settings. */
  readonly location: NoteLocation;
  /** The folder as the person configured it, for messages: `reflections`. */
  readonly folderLabel: string;
  readonly history: History;
}

const EMPTY: History = { entries: [], skipped: [] };
const REFRESH_DELAY_MS = 250;
/** How many files are read at once: enough to keep the disk busy, few enough not to flood it. */
const READS_IN_FLIGHT = 64;
/** File times can be coarse (2 s on FAT); a file written this close to our read is read again. */
const CLOCK_SLACK_MS = 2_000;

/** A parsed file, with the stat that proves it current once the first refresh after reading has taken it. */
interface CachedReading {
  readonly reading: FileReading;
  /** `Date.now()` just before the file was read. */
  readonly readAt: number;
  readonly mtime?: number;
  readonly size?: number;
}

/**
 * Past notes, read back. Parsed files are cached by modification time and size, so a refresh
 * only parses what changed. A watcher on the folder refreshes after edits, from any source.
 */
export class HistoryStore implements vscode.Disposable {
  private readonly cache = new Map<string, CachedReading>();
  private readonly changed = new vscode.EventEmitter<LoadedHistory | undefined>();
  readonly onDidChange = this.changed.event;
  private latest: LoadedHistory | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private watchedFolder: string | undefined;
  private pendingRefresh: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<LoadedHistory | undefined> | undefined;
  private readonly warned = new Set<string>();

  constructor(
    private readonly locator: Pick<NoteLocator, 'locate'>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The last loaded history, without waiting: for the Markdown preview, which renders synchronously. */
  get snapshot(): LoadedHistory | undefined {
    return this.latest;
  }

  /** The last loaded history, or a fresh load if there is none yet. */
  async get(): Promise<LoadedHistory | undefined> {
    return this.latest ?? this.refresh();
  }

  /** Reads the folder again; concurrent callers share one read. */
  refresh(): Promise<LoadedHistory | undefined> {
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** Coalesces bursts of file events (a git checkout touches many notes) into one refresh. */
  scheduleRefresh(): void {
    clearTimeout(this.pendingRefresh);
    this.pendingRefresh = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async load(): Promise<LoadedHistory | undefined> {
    const located = await this.locator.locate({ ask: false });
    if (located.kind !== 'found') {
      this.latest = undefined;
      this.changed.fire(undefined);
      return undefined;
    }
    const { location } = located;
    this.watch(location.folder);
    const history = await this.readFolder(location.folder);
    const folderLabel = vscode.workspace.asRelativePath(location.folder, false);
    this.latest = { location, folderLabel, history };
    this.reportSkipped(folderLabel, history);
    this.changed.fire(this.latest);
    return this.latest;
  }

  private async readFolder(folder: vscode.Uri): Promise<History> {
    if (!(await exists(folder))) {
      return EMPTY;
    }
    let named: [string, vscode.FileType][];
    try {
      const entries = await vscode.workspace.fs.readDirectory(folder);
      named = entries.filter(([name]) => parseReflectionFileName(name) !== null);
    } catch {
      return EMPTY;
    }
    const readings = await mapLimited(named, READS_IN_FLIGHT, async ([name, type]) => (type === vscode.FileType.File ? this.readOne(vscode.Uri.joinPath(folder, name), name) : notAFile(name, type)));
    const seen = new Set(named.map(([name]) => vscode.Uri.joinPath(folder, name).toString()));
    for (const key of this.cache.keys()) {
      if (!seen.has(key)) {
        this.cache.delete(key);
      }
    }
    return buildHistory(readings.filter((reading): reading is FileReading => reading !== undefined));
  }

  /**
   * `undefined` when the file vanished between listing and reading: it is simply not history any
   * more. A file the cache does not know is read without a stat; the next refresh stats it and
   * keeps the reading only if the file has not been written since it was read.
   */
  private async readOne(uri: vscode.Uri, name: string): Promise<FileReading | undefined> {
    const key = uri.toString();
    try {
      const cached = this.cache.get(key);
      // Taken before the read: a write after it shows up as a newer time on the next refresh.
      const stat = cached && (await vscode.workspace.fs.stat(uri));
      if (cached && stat) {
        const unchanged = cached.mtime === undefined ? stat.mtime < cached.readAt - CLOCK_SLACK_MS : cached.mtime === stat.mtime && cached.size === stat.size;
        if (unchanged) {
          this.cache.set(key, { ...cached, mtime: stat.mtime, size: stat.size });
          return cached.reading;
        }
      }
      const readAt = Date.now();
      const reading = readHistoryFile(name, await readText(uri));
      this.cache.set(key, { readAt, reading, mtime: stat?.mtime, size: stat?.size });
      return reading;
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        return undefined;
      }
      return { fileName: name, reason: vscode.l10n.t('could not be read: {0}', error instanceof Error ? error.message : String(error)), line: 1 };
    }
  }

  private watch(folder: vscode.Uri): void {
    if (this.watchedFolder === folder.toString()) {
      return;
    }
    this.watcher?.dispose();
    this.watchedFolder = folder.toString();
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.md'));
    this.watcher.onDidCreate(() => this.scheduleRefresh());
    this.watcher.onDidChange(() => this.scheduleRefresh());
    this.watcher.onDidDelete(() => this.scheduleRefresh());
  }

  /** Every skipped file goes to the log; the person is told once per broken file, not on every refresh. */
  private reportSkipped(folderLabel: string, history: History): void {
    for (const skipped of history.skipped) {
      this.log.warn(`Skipped ${folderLabel}/${skipped.fileName}:${skipped.line}: ${skipped.reason}`);
    }
    const fresh = history.skipped.filter((skipped) => !this.warned.has(`${folderLabel}/${skipped.fileName}:${skipped.reason}`));
    if (fresh.length === 0) {
      return;
    }
    fresh.forEach((skipped) => this.warned.add(`${folderLabel}/${skipped.fileName}:${skipped.reason}`));
    const names = fresh.map((skipped) => skipped.fileName).join(', ');
    const showDetails = vscode.l10n.t('Show Details');
    void vscode.window
      .showWarningMessage(
        fresh.length === 1
          ? vscode.l10n.t('Lead Review skipped a note it could not read in {0}: {1}. The others loaded.', folderLabel, names)
          : vscode.l10n.t('Lead Review skipped {0} notes it could not read in {1}: {2}. The others loaded.', fresh.length, folderLabel, names),
        showDetails,
      )
      .then((choice) => {
        if (choice === showDetails) {
          this.log.show(true);
        }
      });
  }

  dispose(): void {
    clearTimeout(this.pendingRefresh);
    this.watcher?.dispose();
    this.changed.dispose();
  }
}

/** A link or a folder named like a note: reported with its reason, never read and never dropped silently. */
function notAFile(fileName: string, type: vscode.FileType): FileReading {
  return { fileName, reason: type & vscode.FileType.SymbolicLink ? SYMLINK_NOTE_REASON : 'is not a file', line: 1 };
}
