import * as vscode from 'vscode';
import { describePlan, FOCUS_PROMPT_ID, noteIdsOf, planIn } from '../../core/note/focusPlan';
import { hostWords } from '../../platform/l10n/words';
import { parseReflection } from '../../core/note/parseReflection';
import { markdownInline, markdownQuote } from '../../core/note/markdownText';
import { passphraseId } from '../../core/private/privateText';
import { type PrivateTextRecord } from '../../core/note/model';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import type { HistoryStore } from '../history/historyStore';
import type { NoteLocator } from '../../platform/location/noteLocation';
import type { Asker } from '../../platform/asker';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';
import { fileNameOf, fileTypeOf, readText } from '../../platform/storage/files';
import type { PrivateRead } from './privateNotes';
import type { PrivateText } from './privateText';

/** Opened private text is shown in a read-only document of this scheme, never written to disk. */
export const PRIVATE_TEXT_SCHEME = 'lead-review-private';

export type ReadPrivateOutcome =
  | { readonly kind: 'shown'; readonly document: vscode.Uri }
  | { readonly kind: 'notRead'; readonly reason: string }
  | { readonly kind: 'cancelled' };

interface NoteChoice extends vscode.QuickPickItem {
  readonly uri: vscode.Uri;
}

/**
 * `Lead Review: Read Private Text`, and the sidebar's request to see a private focus. Text is
 * decrypted only here, only when the person asks, and only into memory.
 */
export class PrivateTextReader implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly privateText: PrivateText,
    private readonly history: HistoryStore,
    private readonly locator: NoteLocator,
    private readonly questionnaires: QuestionnaireSource,
    private readonly prompts: Asker,
  ) {
    this.subscriptions = [
      vscode.workspace.registerTextDocumentContentProvider(PRIVATE_TEXT_SCHEME, this),
      // Closing the tab forgets the text.
      vscode.workspace.onDidCloseTextDocument((document) => this.contents.delete(document.uri.toString())),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? vscode.l10n.t('This private text was closed. Run "Lead Review: Read Private Text" to open it again.');
  }

  /** The note given, the note in the editor, or one picked from the notes that keep private text. */
  async readCommand(named?: vscode.Uri): Promise<ReadPrivateOutcome> {
    const note = named ?? this.locator.noteInEditor() ?? (await this.pickNote());
    if (note === 'cancelled') {
      return { kind: 'cancelled' };
    }
    if (!note) {
      return { kind: 'notRead', reason: vscode.l10n.t('None of your notes keeps private text. Private text is written when the "leadReview.privateText" setting is "encrypted" or "local".') };
    }
    const read = await this.readNote(note);
    if (read.kind !== 'read') {
      return read;
    }
    const name = fileNameOf(note);
    const document = vscode.Uri.from({ scheme: PRIVATE_TEXT_SCHEME, path: `/${name}` });
    this.contents.set(document.toString(), renderOpened(name, read, this.questionnaires.current));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(document), { preview: true });
    return { kind: 'shown', document };
  }

  /** One note's free text, decrypted or read from its sidecar on request. */
  async readNote(note: vscode.Uri): Promise<PrivateRead> {
    const name = fileNameOf(note);
    if ((await fileTypeOf(note)) === undefined) {
      return { kind: 'notRead', reason: vscode.l10n.t('{0} is not there any more.', name) };
    }
    const parsed = parseReflection(await readText(note));
    if (!parsed.ok) {
      return { kind: 'notRead', reason: vscode.l10n.t('{0} cannot be read as a Lead Review note: {1} (line {2}).', name, parsed.error, parsed.line) };
    }
    if (!parsed.reflection.privateText) {
      return { kind: 'notRead', reason: vscode.l10n.t('{0} keeps no private text: its free text is in the note itself.', name) };
    }
    return this.privateText.read(note, parsed.reflection);
  }

  private async pickNote(): Promise<vscode.Uri | 'cancelled' | undefined> {
    const loaded = await this.history.get();
    if (!loaded) {
      return undefined;
    }
    const choices: NoteChoice[] = loaded.history.entries
      .filter((entry) => entry.reflection.privateText)
      .reverse()
      .map((entry) => ({
        label: entry.fileName,
        description: describeStorage(entry.reflection.privateText!),
        uri: vscode.Uri.joinPath(loaded.location.folder, entry.fileName),
      }));
    if (choices.length === 0) {
      return undefined;
    }
    const choice = await this.prompts.pick('privateNote', choices, vscode.l10n.t('Read the private text of which note?'));
    return choice?.uri ?? 'cancelled';
  }

  dispose(): void {
    this.contents.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** Where a note keeps its private text, and for encrypted text which passphrase opens it. */
function describeStorage(record: PrivateTextRecord): string {
  return record.storage === 'encrypted' ? vscode.l10n.t('encrypted, passphrase key {0}', passphraseId(record.salt)) : vscode.l10n.t('in {0}, on this machine only', record.file);
}

function renderOpened(name: string, read: Extract<PrivateRead, { kind: 'read' }>, questionnaire: Questionnaire): string {
  const notes = read.notes;
  const lines = [vscode.l10n.t('# Private text of {0}', name), '', vscode.l10n.t('Read-only, and kept in memory only: closing this tab forgets it.'), ''];
  if (read.record) {
    lines.push(vscode.l10n.t('Kept: {0}.', describeStorage(read.record)), '');
  }
  const known = new Set(noteIdsOf(questionnaire));
  const plan = planIn(notes);
  for (const prompt of questionnaire.prompts) {
    const planned = prompt.id === FOCUS_PROMPT_ID && plan ? [markdownQuote(describePlan(plan, hostWords)), ''] : [];
    if (prompt.id in notes || planned.length > 0) {
      lines.push(`## ${markdownInline(prompt.label)}`, '', ...planned, ...(prompt.id in notes ? [markdownQuote(notes[prompt.id] ?? ''), ''] : []));
    }
  }
  // Text for prompts the current questionnaire no longer has is still the person's own.
  for (const [id, text] of Object.entries(notes)) {
    if (!known.has(id)) {
      lines.push(`## ${markdownInline(id)}`, '', markdownQuote(text), '');
    }
  }
  return lines.join('\n');
}
