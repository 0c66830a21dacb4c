import * as vscode from 'vscode';
import { evidenceRecord } from '../../core/evidence/evidenceRecord';
import type { EvidenceRecord } from '../../core/evidence/model';
import { periodWindow, personZone } from '../../core/evidence/periodWindow';
import { calendarShares } from '../../core/evidence/shares';
import { localDateOf } from '../../core/time/localDate';
import { periodFor, type Period } from '../../core/time/period';
import type { Chunks } from '../../platform/chunks/chunks';
import { workspaceFolderOf, type NoteLocator } from '../../platform/location/noteLocation';
import type { LeadReviewSettings } from '../../platform/location/settings';
import type { SettingsEvents } from '../../platform/location/settingsEvents';
import type { CalendarView, EvidenceView, GitView } from '../../shared/protocol';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';
import type { CalendarChunk } from './calendarChunk';
import type { CalendarSource, CalendarText } from './calendarSource';
import { repositoryEvidence } from './repositoryEvidence';
import { authorEmailOf } from '../../platform/git/gitIdentity';
import { EvidenceRules } from './evidenceRules';
import { RepositoryHeads } from './repositoryHeads';
import { accessGit } from '../../platform/git/gitAccess';

interface Gathered {
  readonly key: string;
  readonly period: string;
  readonly view: Promise<EvidenceView>;
  readonly record: Promise<EvidenceRecord | null>;
}

/**
 * What the calendar and the repositories show of the current period, beside the answers. It is
 * gathered off the form's path: the form paints first and this follows. A write uses the same
 * gathering, so the note holds exactly the figures the form showed.
 */
export class Evidence implements vscode.Disposable {
  private gathered: Gathered | undefined;
  /** The gathering started last, which may not have settled on `gathered` yet. */
  private latest: Promise<Gathered> | undefined;
  private readonly changed = new vscode.EventEmitter<EvidenceView>();
  /** Each new view: `loading` first, then what was found. */
  readonly onDidChange = this.changed.event;
  private readonly rules: EvidenceRules;
  private readonly heads = new RepositoryHeads();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly locator: NoteLocator,
    private readonly questionnaires: QuestionnaireSource,
    private readonly source: CalendarSource,
    private readonly chunks: Chunks,
    settings: SettingsEvents,
  ) {
    this.rules = new EvidenceRules(chunks);
    const refresh = (): void => void this.refresh();
    this.subscriptions = [
      this.changed,
      this.rules,
      this.heads,
      this.heads.onDidMove(refresh),
      source.onDidChangeFile(refresh),
      this.rules.onDidChange(refresh),
      source.onDidChange(refresh),
      questionnaires.onDidChange(refresh),
      settings.on(['evidence.calendar', 'evidence.email', 'timeZone', 'cadence', 'folder'], refresh),
    ];
  }

  /** This period's view, after any gathering under way; gathered now if nothing is yet, or if the period has turned since. */
  async current(): Promise<EvidenceView> {
    // A gathering that failed is gathered again below.
    await this.latest?.catch(() => undefined);
    const period = periodFor(localDateOf(new Date()), (await this.locator.currentSettings()).cadence).id;
    return (this.gathered?.period === period ? this.gathered : await this.refresh()).view;
  }

  /** Gathers again, and tells listeners: loading at once, then the result. */
  refresh(now = new Date()): Promise<Gathered> {
    const gathering = this.gatherNow(now);
    this.latest = gathering;
    return gathering;
  }

  private async gatherNow(now: Date): Promise<Gathered> {
    const settings = await this.locator.currentSettings();
    const period = periodFor(localDateOf(now), settings.cadence);
    const folder = workspaceFolderOf(await this.locator.locate({ ask: false })) ?? null;
    const gathered = this.gather(folder, settings, period);
    this.gathered = gathered;
    this.changed.fire({ period: period.id, calendar: { kind: 'loading' }, git: { kind: 'loading' } });
    void gathered.view.then((view) => {
      if (this.gathered === gathered) {
        this.changed.fire(view);
      }
    });
    return gathered;
  }

  /** The `evidence` block for a note of this folder and period: the form's figures when they are for the same. */
  async forWrite(folder: vscode.WorkspaceFolder, settings: LeadReviewSettings, period: Period): Promise<EvidenceRecord | null> {
    await this.latest?.catch(() => undefined);
    const key = keyOf(folder, settings, period);
    return (this.gathered?.key === key ? this.gathered : this.gather(folder, settings, period)).record;
  }

  private gather(folder: vscode.WorkspaceFolder | null, settings: LeadReviewSettings, period: Period): Gathered {
    const zone = personZone(settings.timeZone);
    const areas = this.questionnaires.current.allocation.map((bucket) => bucket.id);
    const window = periodWindow(period, zone.zone, null);
    const git = this.heads.watch().then(() => repositoryEvidence(window, settings['evidence.email'], this.chunks));
    const calendar = this.source.read(folder, settings['evidence.calendar']).then((text) => this.count(text, folder, settings, period, zone, areas));
    const view = Promise.all([calendar, git]).then(([counted, repositories]): EvidenceView => ({ period: period.id, calendar: counted, git: gitView(repositories) }));
    const record = Promise.all([calendar, git]).then(([counted, repositories]) =>
      evidenceRecord(counted.kind === 'ready' ? counted.evidence : null, repositories.kind === 'ready' ? repositories.figures : null, zone.zone, settings['evidence.includeTitles']),
    );
    return { key: keyOf(folder, settings, period), period: period.id, view, record };
  }

  private async count(text: CalendarText, folder: vscode.WorkspaceFolder | null, settings: LeadReviewSettings, period: Period, zone: { zone: string; refused: string | null }, areas: readonly string[]): Promise<CalendarView> {
    if (text.kind !== 'text') {
      return text.kind === 'none' ? { kind: 'off' } : text;
    }
    const [chunk, rules, email] = await Promise.all([this.chunks.load('calendar') as Promise<CalendarChunk>, this.rules.forFolder(folder, areas), this.email(settings)]);
    const counted = chunk.calendarForPeriod(text.text, period, zone.zone, email, rules.rules);
    if (!counted.ok) {
      return {
        kind: 'problem',
        message:
          counted.problem.kind === 'html'
            ? vscode.l10n.t('The calendar address gave a web page, not a calendar: often a sign-in page, or the calendar\'s page rather than its secret iCal address.')
            : vscode.l10n.t('The calendar is not an iCalendar file: it does not start with BEGIN:VCALENDAR.'),
      };
    }
    const refusedZone = zone.refused ? vscode.l10n.t('The time zone "{0}" in leadReview.timeZone is not known, so this machine\'s ({1}) is used.', zone.refused, zone.zone) : null;
    return {
      kind: 'ready',
      evidence: counted.evidence,
      shares: calendarShares(counted.evidence, areas),
      origin: text.origin,
      fetchedAt: text.fetchedAt,
      feedProblem: text.feedProblem,
      notice: [rules.notice, refusedZone].filter((line) => line !== null).join(' ') || null,
    };
  }

  /** For "declined": the setting, else the address git authors with in the first open repository. */
  private async email(settings: LeadReviewSettings): Promise<string | null> {
    if (settings['evidence.email'].trim()) {
      return settings['evidence.email'].trim();
    }
    const git = await accessGit();
    const first = git.ok ? git.api.repositories[0] : undefined;
    return git.ok && first ? authorEmailOf(first, git.api.git.path, this.chunks) : null;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function keyOf(folder: vscode.WorkspaceFolder | null, settings: LeadReviewSettings, period: Period): string {
  return JSON.stringify([folder?.uri.toString() ?? null, period.id, settings['evidence.calendar'], settings['evidence.email'], settings.timeZone, settings['evidence.includeTitles']]);
}

function gitView(evidence: Awaited<ReturnType<typeof repositoryEvidence>>): GitView {
  return evidence.kind === 'ready' ? { kind: 'ready', figures: evidence.figures, repositories: evidence.repositories } : evidence;
}
