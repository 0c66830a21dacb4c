import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateLeadReview, completeDraft, exists, writeReflection } from '../helpers';

/** This suite runs with Workspace Trust on, in a workspace nobody has trusted. */
describe('An untrusted workspace', () => {
  it('ignores the workspace questionnaire and folder setting, says so, and still writes notes', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const api = await activateLeadReview();
    await api.questionnaire.reload();
    assert.equal(api.questionnaire.current().id, 'lead-review/default');
    const notice = api.questionnaire.notice() ?? '';
    assert.match(notice, /This workspace is not trusted/);
    assert.match(notice, /\.lead-review\/questionnaire\.yaml/);
    assert.match(notice, /leadReview\.folder/);

    await api.drafts.replace(completeDraft());
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'written');
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    assert.ok(outcome.kind === 'written' && outcome.note.relativePath.startsWith('reflections/'));
    assert.equal(await exists(vscode.Uri.joinPath(root, 'team-notes')), false);
  });
});
