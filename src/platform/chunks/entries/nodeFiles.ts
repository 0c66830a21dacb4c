/**
 * Node-only file steps that `workspace.fs` cannot take, bundled on their own as
 * `dist/node-files.js` and loaded only by the Node extension host (src/extension.ts).
 */
import { randomBytes } from 'node:crypto';
import { link, open, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { NodeFilesChunk } from '../../storage/createNew';

/** File systems where hard links do not work; `open(…, 'wx')` is exclusive there too. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Creates `target` holding `bytes` in one step that can never overwrite: the bytes go to a
 * temporary file beside it, which is then hard-linked into place. `link` fails with `EEXIST`
 * when anything is there, so two windows writing the same note both learn which one won, and a
 * reader never sees a half-written note.
 */
async function createNewFile(target: string, bytes: Uint8Array): Promise<'created' | 'exists'> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temporary, bytes, { flag: 'wx' });
  try {
    await link(temporary, target);
    return 'created';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') {
      return 'exists';
    }
    if (NO_LINKS.has(code)) {
      return createWithExclusiveOpen(target, bytes);
    }
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function createWithExclusiveOpen(target: string, bytes: Uint8Array): Promise<'created' | 'exists'> {
  let file;
  try {
    file = await open(target, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return 'exists';
    }
    throw error;
  }
  try {
    await file.writeFile(bytes);
  } finally {
    await file.close();
  }
  return 'created';
}

export const chunk: NodeFilesChunk = { createNewFile };
