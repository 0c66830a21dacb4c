import * as vscode from 'vscode';
import { builtinQuestionnaire } from '../../core/questionnaire/builtinQuestionnaire';
import { builtinQuestionnaireIn } from './builtinTranslations';
import { resolveWorkspacePath } from '../../core/util/folder';
import { loadQuestionnaire } from '../../core/questionnaire/loadQuestionnaire';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import { workspaceFolderOf, type NoteLocator } from '../../platform/location/noteLocation';
import { readSettings } from '../../platform/location/settings';
import { exists, readText } from '../../platform/storage/files';
import { hostWords } from '../../platform/l10n/words';
import { problemDiagnostic } from '../../platform/problems';
import type { SettingsEvents } from '../../platform/location/settingsEvents';

export const WORKSPACE_QUESTIONNAIRE_PATH = ['.lead-review', 'questionnaire.yaml'];

/**
 * The question set in use: the workspace's own (`.lead-review/questionnaire.yaml`, or the file
 * `leadReview.questionnaire` names) when it is valid and the workspace is trusted, otherwise the
 * last good one, otherwise the built-in. Problems go to the Problems panel with line and column.
 */
export class QuestionnaireSource implements vscode.Disposable {
  /** Read on first use, not during activation. */
  private questionnaire: Questionnaire | undefined;
  private lastGood = new Map<string, Questionnaire>();
  private currentNotice: string | null = null;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('lead-review');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly locator: NoteLocator,
    private readonly log: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
    settings: SettingsEvents,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_QUESTIONNAIRE_PATH.join('/')}`);
    const reload = (): void => void this.reload();
    this.subscriptions = [
      this.diagnostics,
      this.changed,
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.path.endsWith('.yaml') || document.uri.path.endsWith('.yml')) {
          reload();
        }
      }),
      settings.on(['questionnaire'], reload),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
    ];
  }

  get current(): Questionnaire {
    this.questionnaire ??= builtinQuestionnaire();
    return this.questionnaire;
  }

  /** Why the sidebar is not showing the workspace's own questions, or `null` when it is (or there are none). */
  get notice(): string | null {
    return this.currentNotice;
  }

  async reload(): Promise<void> {
    const before = JSON.stringify([this.current, this.currentNotice]);
    await this.load();
    if (JSON.stringify([this.current, this.currentNotice]) !== before) {
      this.changed.fire();
    }
  }

  /** The workspace's questionnaire file, if one is configured or present. */
  async locate(): Promise<{ uri: vscode.Uri; configured: boolean } | { refused: string } | undefined> {
    const folder = workspaceFolderOf(await this.locator.locate({ ask: false }));
    if (!folder) {
      return undefined;
    }
    const setting = readSettings(folder).questionnaire.trim();
    if (setting !== '') {
      const segments = resolveWorkspacePath(
        setting,
        (why) => vscode.l10n.t('The questionnaire setting "{0}" {1}. Use a path relative to the workspace folder, such as ".lead-review/questionnaire.yaml".', setting, why),
        hostWords,
      );
      return segments.ok ? { uri: vscode.Uri.joinPath(folder.uri, ...segments.value), configured: true } : { refused: segments.error };
    }
    const uri = vscode.Uri.joinPath(folder.uri, ...WORKSPACE_QUESTIONNAIRE_PATH);
    return (await exists(uri)) ? { uri, configured: false } : undefined;
  }

  private async load(): Promise<void> {
    const builtin = await builtinQuestionnaireIn(vscode.env.language, this.extensionUri);
    this.diagnostics.clear();
    if (!vscode.workspace.isTrusted) {
      const ignored = await this.ignoredWhileUntrusted();
      this.use(builtin, ignored.length > 0 ? vscode.l10n.t('This workspace is not trusted, so Lead Review ignores {0} and uses its defaults.', ignored.join(vscode.l10n.t(' and '))) : null);
      return;
    }
    const located = await this.locate();
    if (!located) {
      this.use(builtin, null);
      return;
    }
    if ('refused' in located) {
      this.use(builtin, vscode.l10n.t('{0} Using the built-in questionnaire.', located.refused));
      return;
    }
    const label = vscode.workspace.asRelativePath(located.uri);
    let text: string;
    try {
      text = await readText(located.uri);
    } catch {
      this.use(builtin, located.configured ? vscode.l10n.t('{0} (from the leadReview.questionnaire setting) cannot be read. Using the built-in questionnaire.', label) : null);
      return;
    }
    const loaded = loadQuestionnaire(text);
    const key = located.uri.toString();
    if (loaded.ok) {
      this.lastGood.set(key, loaded.questionnaire);
      this.use(loaded.questionnaire, null);
      return;
    }
    this.diagnostics.set(located.uri, loaded.problems.map(problemDiagnostic));
    const fallback = this.lastGood.get(key);
    const count = loaded.problems.length === 1 ? 'a problem' : `${loaded.problems.length} problems`;
    this.log.warn(`${label} has ${count}; ${loaded.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`).join('; ')}`);
    this.use(fallback ?? builtin, fallback
        ? vscode.l10n.t('{0} has {1} (see the Problems panel). Until it is fixed, Lead Review uses its last good version. Your answers are kept.', label, count)
        : vscode.l10n.t('{0} has {1} (see the Problems panel). Until it is fixed, Lead Review uses the built-in questionnaire. Your answers are kept.', label, count));
  }

  /** What an untrusted workspace asks for that Lead Review leaves alone: its files and its settings. */
  private async ignoredWhileUntrusted(): Promise<string[]> {
    const ignored: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = vscode.Uri.joinPath(folder.uri, ...WORKSPACE_QUESTIONNAIRE_PATH);
      if (await exists(file)) {
        ignored.push(vscode.workspace.asRelativePath(file));
      }
    }
    // VS Code already hides these restricted settings' workspace values; we read the files only to say so.
    const settingsFiles = [
      ...(vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json')),
      ...(vscode.workspace.workspaceFile?.scheme === 'file' ? [vscode.workspace.workspaceFile] : []),
    ];
    const settingsText = (await Promise.all(settingsFiles.map(readIfPresent))).join('\n');
    for (const key of ['folder', 'questionnaire']) {
      if (new RegExp(`"leadReview\\.${key}"\\s*:`).test(settingsText)) {
        ignored.push(vscode.l10n.t('its leadReview.{0} setting', key));
      }
    }
    return ignored;
  }

  private use(questionnaire: Questionnaire, notice: string | null): void {
    this.questionnaire = questionnaire;
    this.currentNotice = notice;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

async function readIfPresent(uri: vscode.Uri): Promise<string> {
  try {
    return await readText(uri);
  } catch {
    return '';
  }
}
