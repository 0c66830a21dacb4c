import * as vscode from 'vscode';
import { emptyDraft } from '../../core/note/draft';
import { renderReflectionMarkdown } from '../../core/note/markdown';
import { newestEncrypted } from '../../core/private/privateText';
import { buildReflection } from '../../core/note/reflection';
import { reflectionFileName } from '../../core/time/period';
import type { CommitOutcome } from '../commit/commitReflection';
import type { Committer } from '../commit/committer';
import type { PrivateText } from '../privateText/privateText';
import type { PrivateWrite } from '../privateText/privateNotes';
import type { Asker } from '../../platform/asker';
import { relativeToWorkspace } from '../../platform/location/noteLocation';
import type { Notice } from '../../platform/notice';
import { fileNameOf } from '../../platform/storage/files';
import { writeGuarded } from '../../platform/storage/guardedWrite';
import { hostWords } from '../../platform/l10n/words';
import type { WrittenNote } from '../../shared/protocol';
import { chooseTarget, nextFreeName, type WriteTarget } from './existingNote';
import type { LastWritten } from './lastWritten';
import { planWrite, type PlanSources, type WritePlan } from './writePlan';

export type WriteOutcome =
  /** `commit` is there when `leadReview.git.commitAfterWrite` asked for one. */
  | { readonly kind: 'written'; readonly uri: vscode.Uri; readonly note: WrittenNote; readonly commit?: CommitOutcome }
  | { readonly kind: 'openedExisting'; readonly uri: vscode.Uri }
  | { readonly kind: 'cancelled' }
  /** Nothing was written; `notice` is what the person is told, `missing` what the form still needs. */
  | { readonly kind: 'notWritten'; readonly notice: Notice; readonly missing: readonly string[] };

/** What writing needs beyond the plan's sources. */
export interface WriterParts {
  readonly privateText: PrivateText;
  readonly prompts: Asker;
  readonly committer: Committer;
  readonly lastWritten: LastWritten;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Write Reflection, as one trip: plan once (writePlan.ts), build the note with pure functions,
 * write it through the guarded write, and return the outcome to whoever asked. It shows nothing
 * but the questions the write itself needs answered.
 */
export class NoteWriter {
  /** Writes run one at a time, so two quick clicks never race for the same file name. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly sources: PlanSources,
    private readonly parts: WriterParts,
  ) {}

  write(now = new Date()): Promise<WriteOutcome> {
    const next = this.queue.then(() => this.writeOnce(now));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async writeOnce(now: Date): Promise<WriteOutcome> {
    const planned = await planWrite(this.sources, now);
    if (planned.kind !== 'planned') {
      return planned;
    }
    const { plan } = planned;
    const { draft, questionnaire, period, today, previous, location, quickPlan } = plan;
    const built = buildReflection(draft, questionnaire, period, today, previous, location.settings.role, quickPlan);
    if (!built.ok) {
      return notWritten(vscode.l10n.t('The reflection needs a few more answers: {0}.', built.missing.join('; ')), built.missing);
    }
    const reflection = plan.evidence ? { ...built.value, evidence: plan.evidence } : built.value;
    const prepared = await this.parts.privateText.prepare(reflection, location.settings.privateText, newestEncrypted(plan.entries.map((entry) => entry.reflection)));
    if (prepared.kind === 'noKey') {
      return notWritten(vscode.l10n.t('No passphrase was chosen, so nothing was written. Your answers are still in the draft.'), []);
    }
    const placed = await this.place(plan, prepared);
    if (placed.kind !== 'placed') {
      return placed.outcome;
    }
    return this.finish(plan, prepared, placed.uri);
  }

  /** The note on disk under a name no other window took; asks only when the period's note exists. */
  private async place(plan: WritePlan, prepared: Exclude<PrivateWrite, { kind: 'noKey' }>): Promise<{ kind: 'placed'; uri: vscode.Uri } | { kind: 'stopped'; outcome: WriteOutcome }> {
    const { location, period, questionnaire, previous } = plan;
    const textFor = (uri: vscode.Uri): string =>
      renderReflectionMarkdown(prepared.kind === 'local' ? prepared.reflectionFor(fileNameOf(uri)) : prepared.reflection, questionnaire, previous, hostWords);
    let target: WriteTarget = { kind: 'write', uri: vscode.Uri.joinPath(location.folder, reflectionFileName(period.id)), replace: false };
    for (;;) {
      if (target.kind !== 'write') {
        return { kind: 'stopped', outcome: target.kind === 'open' ? await openExisting(target.uri) : { kind: 'cancelled' } };
      }
      const result = await writeGuarded(location.workspaceFolder.uri, target.uri, textFor(target.uri), { replace: target.replace });
      switch (result.kind) {
        case 'written':
          return { kind: 'placed', uri: target.uri };
        case 'displaced':
          // Another window's note landed on this name at the same moment: keep both, this one numbered.
          target = { kind: 'write', uri: await nextFreeName(location, period.id), replace: false };
          break;
        case 'exists':
          target = await chooseTarget(this.parts.prompts, location, period.id);
          break;
        case 'refused':
        case 'failed':
          this.parts.log.error(`Writing ${target.uri.fsPath} failed: ${result.reason}`);
          return {
            kind: 'stopped',
            outcome: notWritten(
              result.kind === 'failed'
                ? vscode.l10n.t('Could not save {0}: {1}. Your answers are still in the draft.', relativeToWorkspace(location, target.uri), result.reason)
                : vscode.l10n.t('{0} Your answers are still in the draft.', result.reason),
              [],
            ),
          };
      }
    }
  }

  /** After the note is on disk: its sidecar, the empty draft, the history, and a commit if asked for. */
  private async finish(plan: WritePlan, prepared: Exclude<PrivateWrite, { kind: 'noKey' }>, uri: vscode.Uri): Promise<WriteOutcome> {
    const { location, period, questionnaire } = plan;
    if (prepared.kind === 'local') {
      const problem = await this.parts.privateText.writeSidecar(location.workspaceFolder.uri, uri, prepared.notes, period.id, questionnaire);
      if (problem) {
        this.parts.log.error(`Writing the private text of ${uri.fsPath} failed: ${problem}`);
        return notWritten(vscode.l10n.t('{0} was saved, but {1}. Your answers are still in the draft.', relativeToWorkspace(location, uri), problem), []);
      }
    }
    const note: WrittenNote = { relativePath: relativeToWorkspace(location, uri), period: period.id, canCommit: false };
    await this.parts.lastWritten.remember(note, location.workspaceFolder.uri);
    // Emptied only now that this window's note is read back from disk, so a lost race cannot lose the
    // answers; every reader sees it empty at once, and its copy on disk follows off the write's path.
    void this.sources.drafts.replace(emptyDraft());
    this.parts.log.info(`Wrote ${uri.fsPath}`);
    void this.sources.history.refresh();
    // Off the write's path: whether git holds the note, so the sidebar can offer Commit.
    void this.parts.committer.canCommit(uri).then((committable) => (committable ? this.parts.lastWritten.markCommittable(uri) : undefined));
    if (!location.settings['git.commitAfterWrite']) {
      return { kind: 'written', uri, note };
    }
    return { kind: 'written', uri, note, commit: await this.parts.committer.commit(uri, location) };
  }
}

async function openExisting(uri: vscode.Uri): Promise<WriteOutcome> {
  await vscode.window.showTextDocument(uri);
  return { kind: 'openedExisting', uri };
}

function notWritten(message: string, missing: readonly string[]): WriteOutcome {
  return { kind: 'notWritten', notice: { message }, missing };
}
