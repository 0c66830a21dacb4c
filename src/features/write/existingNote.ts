import * as vscode from 'vscode';
import { reflectionFileName } from '../../core/time/period';
import type { Asker } from '../../platform/asker';
import { relativeToWorkspace, type NoteLocation } from '../../platform/location/noteLocation';
import { exists } from '../../platform/storage/files';

/** Where a write goes next: a name to create (or replace), the existing note to open, or nowhere. */
export type WriteTarget = { readonly kind: 'write'; readonly uri: vscode.Uri; readonly replace: boolean } | { readonly kind: 'open'; readonly uri: vscode.Uri } | { readonly kind: 'cancelled' };

interface ExistingNoteChoice extends vscode.QuickPickItem {
  readonly action: 'open' | 'replace' | 'second';
}

/** The period's first numbered name that is free now; the exclusive create settles any race for it. */
export async function nextFreeName(location: NoteLocation, periodId: string): Promise<vscode.Uri> {
  let sequence = 2;
  while (await exists(vscode.Uri.joinPath(location.folder, reflectionFileName(periodId, sequence)))) {
    sequence++;
  }
  return vscode.Uri.joinPath(location.folder, reflectionFileName(periodId, sequence));
}

/** The period has a note: the person chooses to open it, save a second one, or replace it. */
export async function chooseTarget(prompts: Asker, location: NoteLocation, periodId: string): Promise<WriteTarget> {
  const first = vscode.Uri.joinPath(location.folder, reflectionFileName(periodId));
  if (!(await exists(first))) {
    return { kind: 'write', uri: first, replace: false };
  }
  const second = await nextFreeName(location, periodId);
  const choices: ExistingNoteChoice[] = [
    { action: 'open', label: `$(go-to-file) ${vscode.l10n.t('Open the existing note')}`, description: relativeToWorkspace(location, first) },
    { action: 'second', label: `$(new-file) ${vscode.l10n.t('Save a second note for this period')}`, description: relativeToWorkspace(location, second) },
    { action: 'replace', label: `$(replace) ${vscode.l10n.t('Replace the existing note')}`, description: vscode.l10n.t('Its current text is lost') },
  ];
  const choice = await prompts.pick('existingNote', choices, vscode.l10n.t('A reflection for {0} already exists', periodId));
  switch (choice?.action) {
    case 'open':
      return { kind: 'open', uri: first };
    case 'second':
      return { kind: 'write', uri: second, replace: false };
    case 'replace':
      return { kind: 'write', uri: first, replace: true };
    case undefined:
      return { kind: 'cancelled' };
  }
}
