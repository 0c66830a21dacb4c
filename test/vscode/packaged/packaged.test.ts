import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WriteOutcome } from '../../../src/features/write/writeReflection';
import { PROJECT_ROOT } from '../../support/paths';
import { EXTENSION_ID, readText } from '../helpers';

/** This suite's editor has the built .vsix installed and no development folder loaded. */
describe('The packaged extension', () => {
  const extension = (): vscode.Extension<unknown> => {
    const installed = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(installed, 'the .vsix is installed');
    return installed;
  };

  it('is the installed .vsix, not the development folder', () => {
    assert.ok(!extension().extensionPath.startsWith(PROJECT_ROOT + path.sep), `loaded from ${extension().extensionPath}`);
    assert.match(extension().extensionPath, /lead-review\.lead-review-\d+\.\d+\.\d+$/);
  });

  it('gives other extensions no test hooks, only the Markdown preview\'s plugin', async () => {
    const exports = (await extension().activate()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(exports), ['extendMarkdownIt']);
    assert.equal(typeof exports.extendMarkdownIt, 'function');
  });

  it('runs Write Reflection from the package, with the built-in questionnaire bundled', async () => {
    const outcome = await vscode.commands.executeCommand<WriteOutcome>('leadReview.writeReflection');
    assert.equal(outcome.kind, 'notWritten', 'a fresh install has an empty draft');
    const missing = outcome.kind === 'notWritten' ? outcome.missing : [];
    assert.ok(missing.includes('Title context'));
    assert.ok(missing.includes('Beyond the title: a leading answer'), missing.join('; '));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('ships the web worker bundle, every chunk, the translations and the German questionnaire', async () => {
    const root = extension().extensionUri;
    for (const file of ['dist/web.js', 'dist/yaml.js', 'dist/report.js', 'dist/git.js', 'dist/private.js', 'dist/calendar.js', 'media/preview.css', 'snippets/lead-review.code-snippets', 'dist/node-files.js', 'dist/node-git.js', 'dist/questionnaire.de.json', 'l10n/bundle.l10n.de.json', 'package.nls.de.json', 'questionnaires/default.de.yaml']) {
      assert.ok((await vscode.workspace.fs.stat(vscode.Uri.joinPath(root, ...file.split('/')))).size > 0, `${file} ships in the package`);
    }
    assert.equal(extension().packageJSON.browser, './dist/web.js');
  });

  it('ships the walkthrough pages it names', async () => {
    const root = extension().extensionUri;
    for (const page of ['folder', 'role', 'write', 'commit']) {
      assert.ok((await readText(vscode.Uri.joinPath(root, 'media', 'walkthrough', `${page}.md`))).startsWith('## '), `${page}.md ships in the package`);
    }
  });
});
