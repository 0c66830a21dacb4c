import { mkdirSync } from 'node:fs';
import * as path from 'node:path';

/** Compiled tests live in `out/test/…`; these point back at the project's own folders. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures');

export function statsFileFor(tier: string): string {
  return path.join(RESULTS_DIR, `${tier}.json`);
}

/** Where a test's screenshot or other result named `name` goes, in `test-results/`. */
export function resultFile(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, name);
}
