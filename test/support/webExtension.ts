import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from './paths';

/**
 * A copy of the built extension as the package holds it (`npm run build` must have run), with
 * `editManifest` applied to its package.json.
 */
export function packagedCopy(into: string, name: string, editManifest: (manifest: Record<string, unknown>) => void = () => undefined): string {
  const target = path.join(into, name);
  mkdirSync(target, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  editManifest(manifest);
  writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const entry of ['dist', 'media', 'l10n', 'questionnaires', 'schemas', 'snippets', 'package.nls.json', 'package.nls.de.json', 'README.md', 'LICENSE']) {
    if (existsSync(path.join(PROJECT_ROOT, entry))) {
      cpSync(path.join(PROJECT_ROOT, entry), path.join(target, entry), { recursive: true, filter: (file) => !file.endsWith('.map') && !file.endsWith(`${path.sep}cli.js`) });
    }
  }
  return target;
}

/**
 * A copy whose manifest has a `browser` entry and no `main`, so VS Code can only run it in the
 * web worker extension host, as vscode.dev and github.dev do.
 */
export function browserOnlyCopy(into: string): string {
  return packagedCopy(into, 'lead-review-web', (manifest) => delete manifest.main);
}
