import * as vscode from 'vscode';
import { isInsideFolder } from '../../core/util/folder';
import { createNewFile, holdsBytes } from './createNew';
import { describeFileError, fileTypeOf } from './files';

export type GuardedWrite =
  | { readonly kind: 'written' }
  /** The file is there and `replace` was not asked for: nothing was written. */
  | { readonly kind: 'exists' }
  /**
   * Only where no exclusive create exists (the web worker host): another window's file landed on
   * the same name at the same moment and holds other bytes. Write this one under another name.
   */
  | { readonly kind: 'displaced' }
  /** Nothing was written; `reason` says why, in words a person can act on. */
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * The one way Lead Review writes a file: notes, reports, questionnaire copies, anything later.
 * The target must lie inside `root` (the workspace folder), no existing folder on the way and
 * not the file itself may be a symbolic link (it could point anywhere), and an existing file is
 * only replaced when the caller asked for that. One stat per path segment, the target's included,
 * tells all three. A new file is created in a step that cannot overwrite one that appeared since,
 * and read back, so `written` means these bytes are on disk under that name.
 */
export async function writeGuarded(root: vscode.Uri, target: vscode.Uri, text: string, options: { readonly replace: boolean }): Promise<GuardedWrite> {
  const base = root.path.replace(/\/$/, '');
  if (target.scheme !== root.scheme || target.authority !== root.authority || !isInsideFolder(base, target.path) || target.path === base) {
    return { kind: 'refused', reason: vscode.l10n.t('{0} is outside the workspace folder {1}.', target.path, base) };
  }
  const segments = target.path.slice(base.length + 1).split('/');
  let current = root;
  for (const [index, segment] of segments.entries()) {
    current = vscode.Uri.joinPath(current, segment);
    let type: vscode.FileType | undefined;
    try {
      type = await fileTypeOf(current);
    } catch (error) {
      return { kind: 'failed', reason: describeFileError(error) };
    }
    if (type === undefined) {
      break;
    }
    const relative = segments.slice(0, index + 1).join('/');
    if (type & vscode.FileType.SymbolicLink) {
      return { kind: 'refused', reason: vscode.l10n.t('{0} is a symbolic link, which could point outside the workspace. Lead Review only writes into real folders inside the workspace folder.', relative) };
    }
    const last = index === segments.length - 1;
    if (!last && !(type & vscode.FileType.Directory)) {
      return { kind: 'refused', reason: vscode.l10n.t('{0} is a file, where Lead Review needs a folder.', relative) };
    }
    if (last && type & vscode.FileType.Directory) {
      return { kind: 'refused', reason: vscode.l10n.t('{0} is a folder, where Lead Review needs to write a file.', relative) };
    }
    if (last && !options.replace) {
      return { kind: 'exists' };
    }
  }
  try {
    const bytes = new TextEncoder().encode(text);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    if (options.replace) {
      await vscode.workspace.fs.writeFile(target, bytes);
      return { kind: 'written' };
    }
    if ((await createNewFile(target, bytes)) === 'exists') {
      return { kind: 'exists' };
    }
    return (await holdsBytes(target, bytes)) ? { kind: 'written' } : { kind: 'displaced' };
  } catch (error) {
    return { kind: 'failed', reason: describeFileError(error) };
  }
}
