import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadQuestionnaire } from '../../../src/core/questionnaire/loadQuestionnaire';
import type { CustomizeOutcome } from '../../../src/features/questionnaire/customizeQuestionnaire';
import { activateLeadReview, deleteIfPresent, readText } from '../helpers';

describe('Customize Questionnaire', () => {
  const folder = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, '.lead-review');

  before(async () => {
    await activateLeadReview();
    await deleteIfPresent(folder());
  });

  after(async () => {
    await deleteIfPresent(folder());
  });

  it('writes the built-in questionnaire into .lead-review/questionnaire.yaml, then refuses to overwrite it', async () => {
    const first = await vscode.commands.executeCommand<CustomizeOutcome>('leadReview.customizeQuestionnaire');
    assert.equal(first.kind, 'created');
    const file = vscode.Uri.joinPath(folder(), 'questionnaire.yaml');
    const text = await readText(file);
    const loaded = loadQuestionnaire(text);
    assert.ok(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems));
    assert.equal(loaded.questionnaire.id, 'lead-review/default');
    assert.match(text, /^# Your team's Lead Review questionnaire/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path, file.path);

    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${text}# edited by the team\n`));
    const second = await vscode.commands.executeCommand<CustomizeOutcome>('leadReview.customizeQuestionnaire');
    assert.equal(second.kind, 'exists');
    assert.match(await readText(file), /# edited by the team\n$/);
  });
});
