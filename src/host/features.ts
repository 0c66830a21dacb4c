import * as vscode from 'vscode';
import { NoteCommits } from '../features/commit/commitNote';
import { CalendarSource } from '../features/evidence/calendarSource';
import { Evidence } from '../features/evidence/evidence';
import { Committer } from '../features/commit/committer';
import { HistoryStore } from '../features/history/historyStore';
import { PrivateText } from '../features/privateText/privateText';
import { PrivateTextReader } from '../features/privateText/readPrivateText';
import { QuestionnaireSource } from '../features/questionnaire/questionnaireSource';
import { LastWritten } from '../features/write/lastWritten';
import { NoteOpener } from '../features/write/openNotes';
import { NoteWriter } from '../features/write/writeReflection';
import type { Chunks } from '../platform/chunks/chunks';
import type { IgnoreStatus } from '../platform/git/ignoreStatus';
import { NoteLocator } from '../platform/location/noteLocation';
import type { SettingsEvents } from '../platform/location/settingsEvents';
import { DraftStore } from '../platform/storage/draftStore';
import type { Prompts } from './prompts';

/** Every feature, made once per window; commands and the sidebar call them and show what they return. */
export interface Features {
  readonly locator: NoteLocator;
  readonly questionnaires: QuestionnaireSource;
  readonly drafts: DraftStore;
  readonly history: HistoryStore;
  readonly privateText: PrivateText;
  readonly privateTextReader: PrivateTextReader;
  readonly lastWritten: LastWritten;
  readonly writer: NoteWriter;
  readonly opener: NoteOpener;
  readonly commits: NoteCommits;
  /** Whether git ignores a file, asked of git itself: for sidecars and private packets. */
  readonly gitIgnores: (file: vscode.Uri) => Promise<IgnoreStatus>;
  readonly calendars: CalendarSource;
  readonly evidence: Evidence;
  readonly prompts: Prompts;
  readonly chunks: Chunks;
  readonly settings: SettingsEvents;
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
}

export function createFeatures(context: vscode.ExtensionContext, chunks: Chunks, prompts: Prompts, settings: SettingsEvents, log: vscode.LogOutputChannel): Features {
  const locator = new NoteLocator(context.workspaceState, prompts);
  const questionnaires = new QuestionnaireSource(locator, log, context.extensionUri, settings);
  const history = new HistoryStore(locator, log);
  const committer = new Committer(chunks, prompts, log);
  const privateText = new PrivateText(
    chunks,
    context.secrets,
    prompts,
    (file) => committer.ignoreStatus(file),
    async () => (await locator.currentSettings()).privateText,
  );
  const drafts = new DraftStore(context.workspaceState, () => questionnaires.current, context.storageUri, privateText);
  const lastWritten = new LastWritten(context.workspaceState);
  const calendars = new CalendarSource(context.secrets, context.globalStorageUri, chunks.host);
  const evidence = new Evidence(locator, questionnaires, calendars, chunks, settings);
  const writer = new NoteWriter({ drafts, questionnaires, locator, history, evidence }, { privateText, prompts, committer, lastWritten, log });
  const features: Features = {
    locator,
    questionnaires,
    drafts,
    history,
    privateText,
    privateTextReader: new PrivateTextReader(privateText, history, locator, questionnaires, prompts),
    lastWritten,
    writer,
    opener: new NoteOpener(locator, lastWritten),
    commits: new NoteCommits(locator, committer, lastWritten),
    gitIgnores: (file) => committer.ignoreStatus(file),
    calendars,
    evidence,
    prompts,
    chunks,
    settings,
    extensionUri: context.extensionUri,
    log,
  };
  context.subscriptions.push(
    questionnaires,
    drafts,
    history,
    privateText,
    features.privateTextReader,
    lastWritten,
    evidence,
    calendars,
    committer,
    committer.onDidCommit((outcome) => void lastWritten.markCommitted(outcome.note, outcome.message)),
  );
  return features;
}
