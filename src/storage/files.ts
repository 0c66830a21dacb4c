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
