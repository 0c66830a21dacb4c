import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFAULT_QUESTIONNAIRE } from '../../support/questionnaire';
import { activateLeadReview, EXTENSION_ID } from '../helpers';

/** Runs first in its suite: nothing has needed a YAML parse yet. */
describe('Activation', () => {
  it('activates without errors and registers every contributed command', async () => {
    const api = await activateLeadReview();
    assert.equal(typeof api.drafts.get, 'function');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension?.isActive);
    const contributed = extension.packageJSON.contributes.commands as { command: string; category: string }[];
    assert.ok(contributed.length >= 4);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command, category } of contributed) {
      assert.ok(registered.has(command), `${command} is contributed but not registered`);
      assert.equal(category, 'Lead Review');
    }
  });

  it('bundles the built-in questionnaire exactly as the loader reads questionnaires/default.yaml', async () => {
    const api = await activateLeadReview();
    assert.deepEqual(api.questionnaire.current(), DEFAULT_QUESTIONNAIRE);
  });

  it('starts, and reads the built-in questionnaire and its own notes, without loading the YAML parser or any other chunk', async () => {
    const api = await activateLeadReview();
    await api.history.refresh();
    api.questionnaire.current();
    const loaded = Object.keys(require.cache).filter((file) => /[\\/]dist[\\/](yaml|report|git|private)\.js$/.test(file));
    assert.deepEqual(loaded, []);
  });
});
