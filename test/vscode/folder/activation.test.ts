import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateLeadReview, EXTENSION_ID } from '../helpers';

describe('Activation', () => {
  it('activates without errors and registers every contributed command', async () => {
    const api = await activateLeadReview();
    assert.equal(typeof api.drafts.get, 'function');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension?.isActive);
    const contributed = (extension.packageJSON.contributes.commands as { command: string; category: string }[]);
    assert.ok(contributed.length >= 4);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command, category } of contributed) {
      assert.ok(registered.has(command), `${command} is contributed but not registered`);
      assert.equal(category, 'Lead Review');
    }
  });
});
