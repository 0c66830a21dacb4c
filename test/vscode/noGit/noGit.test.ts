import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseReflection } from '../../../src/core/note/parseReflection';
import type { CommitOutcome } from '../../../src/features/commit/commitReflection';
import { activateLeadReview, completeDraft, readText, writeReflection } from '../helpers';

/** This suite's editor runs with a PATH that holds no git at all. */
describe('Without git on the machine', () => {
  it('still writes notes, and explains why it cannot commit them', async () => {
    const api = await activateLeadReview();
    await api.drafts.replace(completeDraft());
    const written = await writeReflection();
    assert.equal(written.kind, 'written');
    const outcome = await vscode.commands.executeCommand<CommitOutcome>('leadReview.commitReflection');
    assert.equal(outcome.kind, 'notCommitted');
    assert.match(outcome.kind === 'notCommitted' ? outcome.reason : '', /Git was not found\. Install git/);
    assert.ok(written.kind === 'written' && parseReflection(await readText(written.uri)).ok, 'the note is saved');
  });
});
