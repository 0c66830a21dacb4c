import * as vscode from 'vscode';
import { writeGuarded } from './guardedWrite';

export type FileSetWritten = { readonly kind: 'written' } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly reason: string };

/**
 * Files that belong together (a report and its chart, a packet and its print version), written
 * in order through the guarded write. When one is already there, `askReplace` is asked once: yes
 * replaces it and the rest, no stops with nothing more written.
 */
export async function writeFileSet(root: vscode.Uri, contents: readonly (readonly [vscode.Uri, string])[], askReplace: () => Promise<boolean>): Promise<FileSetWritten> {
  let replace = false;
  for (const [target, content] of contents) {
    let written = await writeGuarded(root, target, content, { replace });
    if (written.kind === 'exists' && !replace) {
      if (!(await askReplace())) {
        return { kind: 'cancelled' };
      }
      replace = true;
      written = await writeGuarded(root, target, content, { replace });
    }
    if (written.kind !== 'written') {
      return { kind: 'failed', reason: 'reason' in written ? written.reason : vscode.l10n.t('it appeared while you were asked') };
    }
  }
  return { kind: 'written' };
}
