import * as assert from 'node:assert/strict';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

/** A clean extension-host log: Lead Review gives VS Code nothing to warn about. */
describe("VS Code's logs while Lead Review runs", function () {
  this.timeout(240_000);
  let workbench: Workbench;

  afterEach(async () => {
    await workbench?.close();
  });

  it('hold no warning or error that names Lead Review, through opening the sidebar, answering, writing and the History tab', async () => {
    workbench = await Workbench.open({ withExamples: true, settings: { 'leadReview.reminder': true } });
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await fillCompleteForm(form);
    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });
    await form.locator('[role="tab"]').nth(1).click();
    await form.locator('.patterns, .history').first().waitFor();
    // Logs reach disk a moment after the fact: wait until Lead Review's own line about the note is there.
    const deadline = Date.now() + 30_000;
    while (!workbench.extensionHostLog().some((line) => line.includes('Wrote '))) {
      assert.ok(Date.now() < deadline, "Lead Review's log never said it wrote the note");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const lines = workbench.extensionHostLog();
    const complaints = lines.filter((line) => /\[(warning|error)\]/i.test(line) && /lead-review|leadReview|Lead Review/.test(line));
    assert.deepEqual(complaints, []);
  });
});
