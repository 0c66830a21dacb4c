import * as vscode from 'vscode';
import type { QuickPlan } from '../../core/scoring/checkIn';
import type { Draft } from '../../core/note/draft';
import { previousEntry, type HistoryEntry } from '../../core/report/history';
import type { Reflection } from '../../core/note/model';
import { localDateOf, type LocalDate } from '../../core/time/localDate';
import { periodFor, type Period } from '../../core/time/period';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import { missingForWrite } from '../../core/note/reflection';
import { NOTE_LIMIT, overLongTexts } from '../../core/note/textLimit';
import type { HistoryStore, LoadedHistory } from '../history/historyStore';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';
import { quickPlanOf } from '../checkIn/quickPlan';
import type { NoteLocation, NoteLocator } from '../../platform/location/noteLocation';
import { locationNotice, openQuestionnaireAction, type Notice } from '../../platform/notice';
import type { DraftStore } from '../../platform/storage/draftStore';
import { hostWords } from '../../platform/l10n/words';
import type { EvidenceRecord } from '../../core/evidence/model';
import type { Evidence } from '../evidence/evidence';

/** Everything one write needs, each asked for once, before anything is built or written. */
export interface WritePlan {
  readonly now: Date;
  readonly today: LocalDate;
  readonly draft: Draft;
  readonly questionnaire: Questionnaire;
  /** The folder, with its own scoped settings. */
  readonly location: NoteLocation;
  readonly period: Period;
  /** The notes already in that folder, oldest first. */
  readonly entries: readonly HistoryEntry[];
  readonly previous: Reflection | null;
  readonly quickPlan: QuickPlan | null;
  /** What the calendar and repositories show of the period, as the form showed it. */
  readonly evidence: EvidenceRecord | null;
}

/** Where a plan's facts come from. */
export interface PlanSources {
  readonly drafts: DraftStore;
  readonly questionnaires: QuestionnaireSource;
  readonly locator: NoteLocator;
  readonly history: HistoryStore;
  readonly evidence: Evidence;
}

export type Planned = { readonly kind: 'planned'; readonly plan: WritePlan } | { readonly kind: 'cancelled' } | { readonly kind: 'notWritten'; readonly notice: Notice; readonly missing: readonly string[] };

/**
 * Resolves a write's plan in one pass: the location (asking which folder only when it is not
 * known, and only once the form is complete), its settings, the notes there, the period, the
 * previous note and the quick week's plan.
 */
export async function planWrite(sources: PlanSources, now: Date): Promise<Planned> {
  const draft = sources.drafts.get();
  const questionnaire = sources.questionnaires.current;
  const known = await sources.locator.locate({ ask: false });
  const loaded = await sources.history.get();
  const settings = known.kind === 'found' ? known.location.settings : sources.locator.settingsOf(known);
  const knownEntries = known.kind === 'found' ? entriesIn(loaded, known.location) : (loaded?.history.entries ?? []);
  const knownPlan = quickPlanOf(draft, settings, knownEntries, now, questionnaire);
  // Nobody is asked where to save a form that cannot be saved yet.
  const missing = missingForWrite(draft, questionnaire, knownPlan, hostWords);
  if (missing.length > 0) {
    return notWritten(vscode.l10n.t('The reflection needs a few more answers: {0}.', missing.join('; ')), missing);
  }
  const tooLong = overLongTexts(draft.notes);
  if (tooLong.length > 0) {
    return notWritten(overLongMessage(tooLong, questionnaire), []);
  }
  const located = known.kind === 'cancelled' ? await sources.locator.locate({ ask: true }) : known;
  if (located.kind !== 'found') {
    return located.kind === 'cancelled' ? { kind: 'cancelled' } : { kind: 'notWritten', notice: locationNotice(located), missing: [] };
  }
  const { location } = located;
  const entries = entriesIn(loaded, location);
  const period = periodFor(localDateOf(now), location.settings.cadence);
  // Only a folder chosen just now has settings and notes the plan above did not see.
  const quickPlan = located === known ? knownPlan : quickPlanOf(draft, location.settings, entries, now, questionnaire);
  const previous = previousEntry(entries, period.id)?.reflection ?? null;
  const evidence = await sources.evidence.forWrite(location.workspaceFolder, location.settings, period);
  return { kind: 'planned', plan: { now, today: localDateOf(now), draft, questionnaire, location, period, entries, previous, quickPlan, evidence } };
}

/** The history's notes when they are this location's; another folder's notes say nothing about it. */
function entriesIn(loaded: LoadedHistory | undefined, location: NoteLocation): readonly HistoryEntry[] {
  return loaded?.location.folder.toString() === location.folder.toString() ? loaded.history.entries : [];
}

/** Which answers are too long, by how much, in the display language's numbers. */
function overLongMessage(tooLong: readonly { readonly id: string; readonly over: number }[], questionnaire: Questionnaire): string {
  const each = tooLong.map(({ id, over }) => hostWords('"{0}" is {1} characters over the limit of {2}.', questionnaire.prompts.find((prompt) => prompt.id === id)?.label ?? id, over, NOTE_LIMIT));
  return [...each, vscode.l10n.t('Shorten it, then write again: the whole text is kept in the draft.')].join(' ');
}

function notWritten(message: string, missing: readonly string[]): Planned {
  return { kind: 'notWritten', notice: { message, action: openQuestionnaireAction() }, missing };
}
