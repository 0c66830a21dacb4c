import * as vscode from 'vscode';
/** The Node-only chunk (entries/nodeFiles.ts): a create that cannot overwrite, by path. */
export interface NodeFilesChunk {
  createNewFile(target: string, bytes: Uint8Array): Promise<'created' | 'exists'>;
}

let nodeFiles: (() => Promise<NodeFilesChunk>) | undefined;

/** The Node extension host hands in its Node-only chunk; the web worker host has none. */
export function useNodeFiles(load: () => Promise<NodeFilesChunk>): void {
  nodeFiles = load;
}

/**
 * Creates a file that must not exist yet. `exists`: something is there, and nothing was written.
 * `workspace.fs.writeFile` always overwrites, and its `rename` without overwrite checks and then
 * moves, so only Node's `link` gives a create that cannot overwrite. Without it (the web worker,
 * virtual file systems) this is best effort: the caller reads back what landed.
 */
export async function createNewFile(target: vscode.Uri, bytes: Uint8Array): Promise<'created' | 'exists'> {
  if (target.scheme === 'file' && nodeFiles) {
    return (await nodeFiles()).createNewFile(target.fsPath, bytes);
  }
  return createByRename(target, bytes);
}

async function createByRename(target: vscode.Uri, bytes: Uint8Array): Promise<'created' | 'exists'> {
  const random = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(6)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const name = target.path.split('/').pop() ?? 'note';
  const temporary = vscode.Uri.joinPath(target, '..', `.${name}.${random}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, bytes);
  try {
    await vscode.workspace.fs.rename(temporary, target, { overwrite: false });
    return 'created';
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    if (error instanceof vscode.FileSystemError && error.code === 'FileExists') {
      return 'exists';
    }
    throw error;
  }
}

/** Whether `target` holds exactly `bytes`: a window says "Saved" only once its own note is on disk. */
export async function holdsBytes(target: vscode.Uri, bytes: Uint8Array): Promise<boolean> {
  const landed = await vscode.workspace.fs.readFile(target);
  return landed.length === bytes.length && landed.every((byte, index) => byte === bytes[index]);
}
