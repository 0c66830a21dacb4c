import * as vscode from 'vscode';
import { describeFileError, readText } from '../../platform/storage/files';
import { MAX_CALENDAR_BYTES } from '../../core/evidence/calendarText';
import { CalendarFeed, FEED_SECRET, feedAddress, tooLarge } from './calendarFeed';
import { CalendarFileWatch } from './calendarFileWatch';

export type CalendarText =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly text: string; readonly origin: 'file' | 'feed' | 'cache'; readonly fetchedAt: number | null; readonly feedProblem: string | null }
  | { readonly kind: 'problem'; readonly message: string };

/**
 * Where this period's calendar comes from: the file `leadReview.evidence.calendar` names, or else
 * the feed connected with "Connect a Calendar Feed", whose address lives in SecretStorage only.
 */
export class CalendarSource implements vscode.Disposable {
  private readonly feed: CalendarFeed;
  private readonly file = new CalendarFileWatch();
  /** The calendar file last read was written again. */
  readonly onDidChangeFile = this.file.onDidChange;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    storage: vscode.Uri,
    private readonly host: 'node' | 'web',
  ) {
    this.feed = new CalendarFeed(storage);
  }

  /** Fired when a feed is connected or disconnected, in this window or another. */
  get onDidChange(): vscode.Event<unknown> {
    return (listener, thisArg, disposables) => this.secrets.onDidChange((event) => (event.key === FEED_SECRET ? listener.call(thisArg, event) : undefined), undefined, disposables);
  }

  /** Where the feed's cached copy rests. */
  get cacheFolder(): vscode.Uri {
    return this.feed.storage;
  }

  get canUseFeeds(): boolean {
    return this.host === 'node';
  }

  async read(folder: vscode.WorkspaceFolder | null, setting: string): Promise<CalendarText> {
    if (setting.trim()) {
      const file = calendarFileOf(folder, setting.trim());
      this.file.follow('uri' in file ? file.uri : null);
      return 'uri' in file ? readCalendarFile(file.uri, setting.trim()) : { kind: 'problem', message: file.problem };
    }
    this.file.follow(null);
    const address = await this.secrets.get(FEED_SECRET);
    if (!address) {
      return { kind: 'none' };
    }
    if (!this.canUseFeeds) {
      return { kind: 'problem', message: feedsNeedNode() };
    }
    const read = await this.feed.read(address);
    return read.kind === 'text' ? { kind: 'text', text: read.text, origin: read.origin, fetchedAt: read.fetchedAt, feedProblem: read.problem } : read;
  }

  /** Keeps a checked address; the reason it was refused otherwise. */
  async connect(text: string): Promise<string | null> {
    const checked = feedAddress(text);
    if (!checked.ok) {
      return checked.reason;
    }
    await this.feed.forget();
    await this.secrets.store(FEED_SECRET, checked.address);
    return null;
  }

  async disconnect(): Promise<void> {
    await this.secrets.delete(FEED_SECRET);
    await this.feed.forget();
  }

  async connected(): Promise<boolean> {
    return (await this.secrets.get(FEED_SECRET)) !== undefined;
  }

  dispose(): void {
    this.file.dispose();
  }
}

export function feedsNeedNode(): string {
  return vscode.l10n.t("Calendar feeds are fetched by VS Code's desktop extension host only: calendar servers rarely let a browser fetch them. Here, export your calendar as an .ics file and set leadReview.evidence.calendar to it.");
}

/** The file `leadReview.evidence.calendar` names: an absolute path, or one relative to the workspace folder. */
function calendarFileOf(folder: vscode.WorkspaceFolder | null, setting: string): { readonly uri: vscode.Uri } | { readonly problem: string } {
  if (/^~[\\/]/.test(setting)) {
    return { problem: vscode.l10n.t('The calendar "{0}" starts with ~, which is not expanded: write the full path.', setting) };
  }
  const absolute = /^(?:[a-zA-Z]:[\\/]|[\\/])/.test(setting);
  if (!absolute && !folder) {
    return { problem: vscode.l10n.t('The calendar "{0}" is relative to a workspace folder, and none is open.', setting) };
  }
  return { uri: absolute ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder!.uri, setting) };
}

/** The file the setting names; refused with its size past the limit. */
async function readCalendarFile(uri: vscode.Uri, setting: string): Promise<CalendarText> {
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > MAX_CALENDAR_BYTES) {
      return { kind: 'problem', message: vscode.l10n.t('The calendar {0} was not read: {1}.', setting, tooLarge(size)) };
    }
    return { kind: 'text', text: await readText(uri), origin: 'file', fetchedAt: null, feedProblem: null };
  } catch (error) {
    const missing = error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
    return {
      kind: 'problem',
      message: missing ? vscode.l10n.t('The calendar file {0} was not found. Check leadReview.evidence.calendar.', setting) : vscode.l10n.t('The calendar {0} could not be read: {1}.', setting, describeFileError(error)),
    };
  }
}
