import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return false;
    }
    throw error;
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** A file-system failure in words a person can act on. */
export function describeFileError(error: unknown): string {
  if (error instanceof vscode.FileSystemError) {
    switch (error.code) {
      case 'NoPermissions':
        return 'permission denied (is the folder read-only?)';
      case 'FileIsADirectory':
        return 'a folder with that name is in the way';
      case 'FileNotADirectory':
        return 'part of the path is a file, not a folder';
      case 'Unavailable':
        return 'the file system is unavailable';
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/EACCES|EPERM|EROFS/.test(message)) {
    return 'permission denied (is the folder read-only?)';
  }
  if (/ENOSPC/.test(message)) {
    return 'the disk is full';
  }
  return message;
}

/**
 * The first existing path from just below `root` down to `target` that is a symbolic link. Writing
 * through one could land anywhere, so callers refuse it instead of following it.
 */
export async function firstSymlinkBelow(root: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = root.path.replace(/\/$/, '');
  const segments = target.path.slice(base.length + 1).split('/').filter(Boolean);
  let current = root;
  for (const segment of segments) {
    current = vscode.Uri.joinPath(current, segment);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(current);
    } catch {
      return undefined;
    }
    if (stat.type & vscode.FileType.SymbolicLink) {
      return current;
    }
  }
  return undefined;
}
