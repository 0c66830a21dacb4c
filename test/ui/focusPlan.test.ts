import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FOCUS_IF_ID, FOCUS_THEN_ID } from '../../src/core/note/focusPlan';
import { parseReflection } from '../../src/core/note/parseReflection';
import { RESULTS_DIR } from '../support/paths';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

describe('The focus as an if-then plan, in a real VS Code', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  afterEach(async () => {
    await workbench?.close();
  });

  it('offers "If / when" and "then I will" beside the free text, and the note keeps both parts', async () => {
    workbench = await Workbench.open();
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await fillCompleteForm(form);
    await form.locator('#prompt-focus-if').fill('the design review slips again');
    await form.locator('#prompt-focus-then').fill('pair with Sam on the RFC first thing');
    await form.locator('#draft-status').getByText('Draft saved.').waitFor({ timeout: 30_000 });
    mkdirSync(RESULTS_DIR, { recursive: true });
    await form.locator('.focus-plan').scrollIntoViewIfNeeded();
    await workbench.screenshotSidebar(path.join(RESULTS_DIR, 'sidebar-focus-plan.png'));
    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });
    const folder = path.join(workbench.workspace, 'reflections');
    const parsed = parseReflection(readFileSync(path.join(folder, readdirSync(folder).find((name) => name.endsWith('.md'))!), 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.equal(parsed.reflection.notes[FOCUS_IF_ID], 'the design review slips again');
    assert.equal(parsed.reflection.notes[FOCUS_THEN_ID], 'pair with Sam on the RFC first thing');
  });
});
