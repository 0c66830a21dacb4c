import * as vscode from 'vscode';
import { localDateOf } from '../../core/time/localDate';
import { reminderFor } from '../../core/report/reminder';
import type { HistoryStore, LoadedHistory } from '../history/historyStore';
import { readSettings } from '../../platform/location/settings';
import { hostWords } from '../../platform/l10n/words';
import { COMMANDS } from '../../platform/commandIds';
import type { SettingsEvents } from '../../platform/location/settingsEvents';

const HOUR_MS = 3_600_000;

/** "Lead review 3 days ago", or "due": read from the notes, never writing one. */
export class ReminderStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('leadReview.reminder', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private latest: LoadedHistory | undefined;
  private visible = false;

  constructor(history: HistoryStore, settings: SettingsEvents) {
    this.item.name = vscode.l10n.t('Lead Review Reminder');
    this.item.command = COMMANDS.openQuestionnaire;
    const timer = setInterval(() => this.render(), HOUR_MS);
    this.subscriptions = [
      this.item,
      history.onDidChange((loaded) => {
        this.latest = loaded;
        this.render();
      }),
      settings.on(['reminder', 'cadence'], () => this.render()),
      { dispose: () => clearInterval(timer) },
    ];
  }

  /** What the status bar shows now, or `undefined` while hidden. */
  get shownText(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private render(): void {
    // Read at render time, from the notes' own folder: the setting may have changed since the notes were read.
    const settings = this.latest && readSettings(this.latest.location.workspaceFolder);
    if (!this.latest || !settings?.reminder) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const entries = this.latest.history.entries;
    const reminder = reminderFor(entries[entries.length - 1]?.reflection ?? null, localDateOf(new Date()), settings.cadence, hostWords);
    this.item.text = `$(${reminder.due ? 'bell-dot' : 'checklist'}) ${reminder.text}`;
    this.item.tooltip = reminder.tooltip;
    this.item.backgroundColor = reminder.due ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: `${reminder.text}. ${reminder.tooltip}` };
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
