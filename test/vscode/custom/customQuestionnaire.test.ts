import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { CustomizeOutcome } from '../../../src/features/questionnaire/customizeQuestionnaire';
import { activateLeadReview, nextWebviewMessage, readText } from '../helpers';

/** This suite's workspace keeps its own questionnaire in .lead-review/questionnaire.yaml. */
describe('A workspace questionnaire', () => {
  let api: LeadReviewTestApi;
  const file = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, '.lead-review', 'questionnaire.yaml');

  before(async () => {
    api = await activateLeadReview();
    await api.questionnaire.reload();
  });

  it('replaces the built-in questions, in the sidebar too', async () => {
    assert.equal(api.questionnaire.current().id, 'acme/leads');
    assert.equal(api.questionnaire.notice(), null);
    const ready = nextWebviewMessage(api, 'webview/ready');
    await vscode.commands.executeCommand('leadReview.openQuestionnaire');
    await ready;
    assert.deepEqual(api.questionnaire.current().dimensions.map((dimension) => dimension.title), ['Direction']);
  });

  it('puts a broken file in the Problems panel on save, keeps the last good set and the draft', async () => {
    const draft = { answers: { 'direction.lead': 3 }, allocation: { people: 60 }, energy: 4, titleContext: 'none' as const, followThrough: null, notes: { focus: 'Keep this' }, checkIn: null };
    await api.drafts.replace(draft);
    const editor = await vscode.window.showTextDocument(file());
    const version = editor.document.getText().split('\n').findIndex((line) => line.startsWith('version:'));
    const diagnosed = new Promise<void>((resolve) => {
      const listener = vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === file().toString()) && vscode.languages.getDiagnostics(file()).length > 0) {
          listener.dispose();
          resolve();
        }
      });
    });
    await editor.edit((edit) => edit.replace(new vscode.Range(version, 0, version, 'version: 2'.length), 'version: zero'));
    await editor.document.save();
    await diagnosed;
    const [problem, ...others] = vscode.languages.getDiagnostics(file());
    assert.equal(others.length, 0);
    assert.match(problem!.message, /The version must be a whole number/);
    assert.equal(problem!.range.start.line, version);
    assert.equal(problem!.range.start.character, 'version: '.length);
    assert.equal(problem!.source, 'Lead Review');
    assert.equal(api.questionnaire.current().id, 'acme/leads', 'the last good set stays in use');
    assert.match(api.questionnaire.notice() ?? '', /has a problem \(see the Problems panel\)\. Until it is fixed, Lead Review uses its last good version/);
    assert.deepEqual(api.drafts.get(), draft);

    await editor.edit((edit) => edit.replace(editor.document.lineAt(version).range, 'version: 3'));
    await editor.document.save();
    await api.questionnaire.reload();
    assert.deepEqual(vscode.languages.getDiagnostics(file()), []);
    assert.equal(api.questionnaire.current().version, 3);
    assert.equal(api.questionnaire.notice(), null);
  });

  it('Customize Questionnaire never overwrites the existing file', async () => {
    const before = await readText(file());
    const outcome = await vscode.commands.executeCommand<CustomizeOutcome>('leadReview.customizeQuestionnaire');
    assert.equal(outcome.kind, 'exists');
    assert.equal(await readText(file()), before);
  });
});
