import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Every regular file below `folder` (`.git` and storage folders included) whose bytes hold
 * `text`, in UTF-8 or UTF-16: where typed words rest on disk.
 */
export function filesHolding(folder: string, text: string): string[] {
  if (!existsSync(folder)) {
    return [];
  }
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    const stat = statSync(file);
    if (stat.isDirectory()) {
      return filesHolding(file, text);
    }
    if (!stat.isFile()) {
      // Sockets and pipes hold no stored text.
      return [];
    }
    const bytes = readFileSync(file);
    return bytes.includes(text) || bytes.includes(Buffer.from(text, 'utf16le')) ? [file] : [];
  });
}
