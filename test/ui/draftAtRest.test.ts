import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { RESULTS_DIR } from '../support/paths';
import { Workbench } from './workbench';
import { filesHolding } from '../support/files';

const SECRET = 'Told my manager I would leave if nothing changes';

/** With encrypted private text and no passphrase yet, the form says the words are in memory only, and asks. */
describe('An encrypted draft before there is a passphrase, in a real VS Code', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  afterEach(async () => {
    await workbench?.close();
  });

  it('holds the words in memory only and says so, then seals them once the passphrase is set', async () => {
    workbench = await Workbench.open({ settings: { 'leadReview.privateText': 'encrypted' } });
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await form.locator('#prompt-led').fill(SECRET);
    const notice = form.locator('#draft-privacy');
    await notice.getByText(/held in memory only, not stored/).waitFor({ timeout: 30_000 });
    await form.locator('#draft-status').getByText('Answers saved; your own words are not stored yet.').waitFor({ timeout: 30_000 });
    mkdirSync(RESULTS_DIR, { recursive: true });
    await form.locator('#prompt-led').scrollIntoViewIfNeeded();
    await workbench.screenshotSidebar(path.join(RESULTS_DIR, 'sidebar-draft-in-memory.png'));
    assert.deepEqual(filesHolding(workbench.userDataDir, SECRET), [], 'the words are on disk while they should be in memory only');

    await form.locator('#protect-draft').click();
    await workbench.answerInputBox(/choose a passphrase/, 'a long walk on a short pier');
    await workbench.answerInputBox(/type the passphrase again/, 'a long walk on a short pier');
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    await form.locator('#prompt-led').fill(`${SECRET}, again`);
    await form.locator('#draft-status').getByText('Draft saved.').waitFor({ timeout: 30_000 });
    assert.deepEqual(filesHolding(workbench.userDataDir, SECRET), [], 'a stored draft holds the words in the clear');
    assert.ok(filesHolding(workbench.userDataDir, '"sealedNotes"').length > 0, 'the sealed draft is stored');
    assert.equal(await form.locator('#prompt-led').inputValue(), `${SECRET}, again`);
  });
});
