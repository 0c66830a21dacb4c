import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../support/paths';

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

/** Runs dependency-cruiser, with the project's own rules, over a tree of `files` (path → source). */
function violationsIn(files: Readonly<Record<string, string>>): Violation[] {
  const root = mkdtempSync(path.join(tmpdir(), 'lead-review-architecture-'));
  try {
    for (const name of ['.dependency-cruiser.cjs', 'tsconfig.architecture.json', 'tsconfig.base.json']) {
      cpSync(path.join(PROJECT_ROOT, name), path.join(root, name));
    }
    for (const [file, source] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), source);
    }
    // dependency-cruiser is ESM-only: it runs as its own process.
    const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
    return report.summary.violations;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const rulesBroken = (files: Readonly<Record<string, string>>): string[] => [...new Set(violationsIn(files).map((violation) => violation.rule.name))].sort();

/** Each architecture rule, tried on a small tree that breaks it, and on one that keeps it. */
describe('the architecture rules (dependency-cruiser)', function () {
  this.timeout(60_000);

  it('finds no violation in this project', () => {
    const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
    assert.deepEqual(report.summary.violations, []);
    assert.ok(report.summary.totalCruised > 50, 'it read the source tree');
  });

  it('lets arrows run down: host → features → platform → core', () => {
    assert.deepEqual(
      rulesBroken({
        'src/core/a.ts': 'export const a = 1;\n',
        'src/platform/b.ts': "import { a } from '../core/a';\nexport const b = a;\n",
        'src/features/c.ts': "import { b } from '../platform/b';\nexport const c = b;\n",
        'src/host/d.ts': "import { c } from '../features/c';\nexport const d = c;\n",
      }),
      [],
    );
  });

  const cases: [string, Record<string, string>][] = [
    ['no-circular', { 'src/core/a.ts': "import type { B } from './b';\nexport type A = B | 1;\n", 'src/core/b.ts': "import type { A } from './a';\nexport type B = A | 2;\n" }],
    ['core-is-the-bottom', { 'src/core/a.ts': "import { b } from '../platform/b';\nexport const a = b;\n", 'src/platform/b.ts': 'export const b = 1;\n' }],
    ['core-has-no-editor', { 'src/core/a.ts': "import * as vscode from 'vscode';\nexport const a = vscode;\n" }],
    ['core-is-pure', { 'src/core/a.ts': "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n" }],
    ['shared-sees-core-only', { 'src/shared/a.ts': "import type { B } from '../host/b';\nexport type A = B;\n", 'src/host/b.ts': 'export type B = 1;\n' }],
    ['platform-below-features', { 'src/platform/a.ts': "import type { B } from '../features/x/b';\nexport type A = B;\n", 'src/features/x/b.ts': 'export type B = 1;\n' }],
    ['features-below-host', { 'src/features/x/a.ts': "import { b } from '../../host/b';\nexport const a = b;\n", 'src/host/b.ts': 'export const b = 1;\n' }],
    ['host-not-webview', { 'src/host/a.ts': "import { b } from '../webview/b';\nexport const a = b;\n", 'src/webview/b.ts': 'export const b = 1;\n' }],
    ['webview-apart', { 'src/webview/a.ts': "import { b } from '../host/b';\nexport const a = b;\n", 'src/host/b.ts': 'export const b = 1;\n' }],
    ['cli-apart', { 'src/cli/a.ts': "import { b } from '../features/b';\nexport const a = b;\n", 'src/features/b.ts': 'export const b = 1;\n' }],
  ];
  for (const [rule, files] of cases) {
    it(`bites: ${rule}`, () => {
      assert.ok(rulesBroken(files).includes(rule), `${rule} did not fire on ${Object.keys(files).join(', ')}`);
    });
  }
});
