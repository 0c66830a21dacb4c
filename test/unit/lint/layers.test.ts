import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { PROJECT_ROOT } from '../../support/paths';

/** The lint rules that keep the layers apart, tried on code that breaks them. */
describe('the layer guards in the ESLint config', () => {
  const eslint = new ESLint({ cwd: PROJECT_ROOT });

  async function restrictedImports(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
    return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
  }

  it('keeps vscode and Node built-ins out of src/core', async function () {
    this.timeout(30_000);
    assert.equal((await restrictedImports('src/core/example.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n")).length, 1);
    assert.equal((await restrictedImports('src/core/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).length, 1);
    assert.equal((await restrictedImports('src/core/example.ts', "import * as path from 'path';\nexport const x = path;\n")).length, 1);
  });

  it('keeps vscode out of the webview and the shared protocol', async function () {
    this.timeout(30_000);
    assert.equal((await restrictedImports('src/webview/example.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n")).length, 1);
    assert.equal((await restrictedImports('src/shared/example.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n")).length, 1);
  });

  it('keeps Node built-ins out of every adapter, which the web bundle includes, but not out of the command line', async function () {
    this.timeout(30_000);
    for (const file of ['src/platform/location/example.ts', 'src/platform/git/example.ts', 'src/host/activate.ts', 'src/features/write/example.ts', 'src/web/example.ts']) {
      assert.equal((await restrictedImports(file, "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).length, 1, file);
    }
    assert.deepEqual(await restrictedImports('src/cli/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"), []);
  });

  it('lets the adapters use vscode', async () => {
    assert.deepEqual(await restrictedImports('src/platform/location/example.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"), []);
  });
});

describe('the 250-line limit in the ESLint config', () => {
  it('refuses a source file of 251 lines', async function () {
    this.timeout(30_000);
    const eslint = new ESLint({ cwd: PROJECT_ROOT });
    const code = Array.from({ length: 251 }, (_, index) => `export const line${index} = ${index};`).join('\n') + '\n';
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, 'src', 'features', 'example.ts') });
    assert.deepEqual(result!.messages.map((message) => message.ruleId), ['max-lines']);
  });
});
