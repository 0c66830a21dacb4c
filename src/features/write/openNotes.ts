import * as vscode from 'vscode';
import { newestReflectionFileName } from '../../core/time/period';
import type { NoteLocation, NoteLocator } from '../../platform/location/noteLocation';
import { locationNotice, openQuestionnaireAction, type Notice } from '../../platform/notice';
import { exists, listFileNames } from '../../platform/storage/files';
import type { LastWritten } from './lastWritten';

export type OpenOutcome = { readonly kind: 'opened'; readonly uri: vscode.Uri } | { readonly kind: 'notOpened'; readonly notice: Notice | null };

/** The newest note in the reflections folder, by period. */
export async function newestNoteIn(location: NoteLocation): Promise<vscode.Uri | undefined> {
  const newest = newestReflectionFileName(await listFileNames(location.folder));
  return newest ? vscode.Uri.joinPath(location.folder, newest) : undefined;
}

/** Finding notes again: the newest one, or the one written last. Each resolves the location once. */
export class NoteOpener {
  constructor(
    private readonly locator: NoteLocator,
    private readonly lastWritten: LastWritten,
  ) {}

  /** `Open Latest Reflection`: the note of the newest period in the reflections folder. */
  async openLatest(): Promise<OpenOutcome> {
    const located = await this.locator.locate({ ask: true });
    if (located.kind !== 'found') {
      return { kind: 'notOpened', notice: located.kind === 'cancelled' ? null : locationNotice(located) };
    }
    const newest = await newestNoteIn(located.location);
    if (!newest) {
      return { kind: 'notOpened', notice: { message: vscode.l10n.t('No reflections yet. Write one from the Lead Review sidebar.'), action: openQuestionnaireAction() } };
    }
    await vscode.window.showTextDocument(newest);
    return { kind: 'opened', uri: newest };
  }

  /** The sidebar's Open link: the note written last from this workspace, or else the newest one. */
  async openWritten(): Promise<OpenOutcome> {
    const last = this.lastWritten.uri();
    if (last && (await exists(last))) {
      await vscode.window.showTextDocument(last);
      return { kind: 'opened', uri: last };
    }
    return this.openLatest();
  }
}
