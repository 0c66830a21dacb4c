import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReflection } from '../../../src/core/parseReflection';
import { PROJECT_ROOT } from '../../support/paths';
import { activateLeadReview, completeDraft, EXTENSION_ID, readText, writeReflection } from '../helpers';

/** This suite's editor has the built .vsix installed and no development folder loaded. */
describe('The packaged extension', () => {
  it('is the installed .vsix, not the development folder', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the .vsix is installed');
    assert.ok(!extension.extensionPath.startsWith(PROJECT_ROOT + path.sep), `loaded from ${extension.extensionPath}`);
    assert.match(extension.extensionPath, /lead-review\.lead-review-\d+\.\d+\.\d+$/);
  });

  it('writes a reflection from the package', async () => {
    const api = await activateLeadReview();
    await api.drafts.replace(completeDraft());
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'written');
    const parsed = parseReflection(await readText((outcome as Extract<typeof outcome, { kind: 'written' }>).uri));
    assert.ok(parsed.ok);
    assert.equal(parsed.reflection.questionnaire, 'lead-review/default@1');
  });

  it('opens its walkthrough on the Get Started page', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
    const walkthroughs = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.walkthroughs as {
      steps: { description: string; completionEvents: string[]; media: { markdown: string } }[];
    }[];
    assert.equal(walkthroughs[0]!.steps.length, 4);
    for (const step of walkthroughs[0]!.steps) {
      assert.match(step.description, /\]\(command:[\w.]+/);
      assert.ok(step.completionEvents.length > 0);
      const media = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, step.media.markdown);
      assert.ok((await readText(media)).startsWith('## '), `${step.media.markdown} ships in the package`);
    }
  });
});
