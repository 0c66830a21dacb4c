import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InsertOutcome } from '../../../src/features/previewBlocks/insertBlock';
import { activateLeadReview, waitFor } from '../helpers';

describe('lead-review blocks in VS Code', () => {
  before(async () => {
    await activateLeadReview();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('are drawn by the Markdown extension\'s own renderer, beside other fences it leaves alone', async () => {
    const render = (): Thenable<string> => vscode.commands.executeCommand<string>('markdown.api.render', '# Agenda\n\n```lead-review\nshow: leans\n```\n\n```js\nlet x;\n```\n');
    // The first rendering may come before the notes and the drawing code are loaded: it says so, and never waits.
    assert.match(await render(), /class="lead-review-block[^"]*"/);
    let html = '';
    await waitFor(async () => !(html = await render()).includes('lr-placeholder'), 'the block drawn from the notes');
    assert.match(html, /<div class="lead-review-block" data-show="leans">/);
    assert.match(html, /<code [^>]*class="code-line language-js"[^>]*><span class="hljs-keyword">let<\/span> x;/);
  });

  it('Insert Chart Block puts the block at the cursor of a Markdown file, and says what to do elsewhere', async () => {
    const markdown = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 1:1\n\n' });
    const editor = await vscode.window.showTextDocument(markdown);
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    assert.deepEqual(await vscode.commands.executeCommand<InsertOutcome>('leadReview.insertChartBlock'), { kind: 'inserted' });
    assert.equal(markdown.getText(), '# 1:1\n\n```lead-review\nshow: chart\nrange: last 12 weeks\n```\n');
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    await vscode.window.showTextDocument(plain);
    const outcome = await vscode.commands.executeCommand<InsertOutcome>('leadReview.insertChartBlock');
    assert.equal(outcome.kind, 'notInserted');
    assert.equal(plain.getText(), '');
  });
});
