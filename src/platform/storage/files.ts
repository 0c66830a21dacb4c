import * as vscode from 'vscode';

/** What is at `uri` (a `FileType` bit set, with `SymbolicLink` for a link), or `undefined` for nothing. */
export async function fileTypeOf(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return undefined;
    }
    throw error;
  }
}

/** The last segment of `uri`'s path: `2026-W48.md`. */
export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? '';
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return (await fileTypeOf(uri)) !== undefined;
}

/** A file-system failure in words a person can act on. */
export function describeFileError(error: unknown): string {
  if (error instanceof vscode.FileSystemError) {
    switch (error.code) {
      case 'NoPermissions':
        return vscode.l10n.t('permission denied (is the folder read-only?)');
      case 'FileIsADirectory':
        return vscode.l10n.t('a folder with that name is in the way');
      case 'FileNotADirectory':
        return vscode.l10n.t('part of the path is a file, not a folder');
      case 'Unavailable':
        return vscode.l10n.t('the file system is unavailable');
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/EACCES|EPERM|EROFS/.test(message)) {
    return vscode.l10n.t('permission denied (is the folder read-only?)');
  }
  if (/ENOSPC/.test(message)) {
    return vscode.l10n.t('the disk is full');
  }
  return message;
}

/** A text file's content, as UTF-8: the one way Lead Review reads its own text files. */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The names of the files (not folders, not links) in `folder`; none when it cannot be read. */
export async function listFileNames(folder: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
  } catch {
    return [];
  }
}
