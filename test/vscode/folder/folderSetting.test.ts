import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { periodFor } from '../../../src/core/time/period';
import { localDateOf } from '../../../src/core/time/localDate';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, completeDraft, deleteIfPresent, exists, writeReflection } from '../helpers';

describe('The leadReview.folder setting', () => {
  let api: LeadReviewTestApi;
  const root = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;
  const period = periodFor(localDateOf(new Date()), 'weekly').id;
  const setFolder = (value: string | undefined): Thenable<void> =>
    vscode.workspace.getConfiguration('leadReview').update('folder', value, vscode.ConfigurationTarget.Workspace);

  before(async () => {
    api = await activateLeadReview();
  });

  afterEach(async () => {
    await setFolder(undefined);
  });

  it('writes into the configured folder', async () => {
    await setFolder('docs/leadership');
    await deleteIfPresent(vscode.Uri.joinPath(root(), 'docs'));
    await api.drafts.replace(completeDraft());
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'written');
    assert.ok(await exists(vscode.Uri.joinPath(root(), 'docs', 'leadership', `${period}.md`)));
  });

  for (const unsafe of ['../outside', '/tmp/lead-review-elsewhere', '~/notes', 'notes/../../escape']) {
    it(`refuses "${unsafe}" with a clear message and keeps the draft`, async () => {
      await setFolder(unsafe);
      const draft = completeDraft();
      await api.drafts.replace(draft);
      const outcome = await writeReflection();
      assert.equal(outcome.kind, 'notWritten');
      assert.match(outcome.kind === 'notWritten' ? outcome.notice.message : '', /relative to the workspace folder/);
      assert.equal(await exists(vscode.Uri.joinPath(root(), '..', 'outside')), false);
      assert.equal(await exists(vscode.Uri.file('/tmp/lead-review-elsewhere')), false);
      assert.deepEqual(api.drafts.get(), draft);
    });
  }
});
