import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseReflection } from '../../src/core/note/parseReflection';
import { FIXTURES_DIR } from '../support/paths';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

/** The passphrase of test/fixtures/private/2026-W47.md, written on another machine. */
const HISTORY_PASSPHRASE = 'correct horse battery staple';

/** One history, one passphrase: a machine that has never seen it asks for that one, not a new one. */
describe('Encrypted notes on a second machine', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  afterEach(async () => {
    await workbench?.close();
  });

  function saltOf(file: string): string | undefined {
    const parsed = parseReflection(readFileSync(file, 'utf8'));
    return parsed.ok && parsed.reflection.privateText?.storage === 'encrypted' ? parsed.reflection.privateText.salt : undefined;
  }

  it("asks for the history's passphrase, checks it against a note, and seals the next note with the same one", async () => {
    workbench = await Workbench.open({ settings: { 'leadReview.privateText': 'encrypted' } });
    const folder = path.join(workbench.workspace, 'reflections');
    const earlier = path.join(folder, '2026-W47.md');
    mkdirSync(folder, { recursive: true });
    copyFileSync(path.join(FIXTURES_DIR, 'private', '2026-W47.md'), earlier);
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await fillCompleteForm(form);
    await form.locator('#prompt-focus').fill('Hand the release train to Ana');
    await form.getByRole('button', { name: 'Write reflection' }).click();

    const title = workbench.page.locator('.quick-input-widget .quick-input-title', { hasText: /Your earlier notes are encrypted with a passphrase \(key .{8}\)/ });
    await title.waitFor({ timeout: 30_000 });
    assert.equal(await workbench.page.locator('.quick-input-widget').getByText(/choose a passphrase/).count(), 0, 'no new passphrase is offered first');
    await workbench.page.keyboard.press('Enter');
    await workbench.answerInputBox(/passphrase of your earlier notes/, 'not the passphrase at all');
    await workbench.page.locator('.quick-input-widget').getByText(/That passphrase does not open your earlier notes/).waitFor({ timeout: 30_000 });
    await workbench.answerInputBox(/passphrase of your earlier notes/, HISTORY_PASSPHRASE);
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 60_000 });

    const written = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== '2026-W47.md');
    assert.equal(written.length, 1);
    assert.equal(saltOf(path.join(folder, written[0]!)), saltOf(earlier), 'the new note shares the passphrase of the history');
  });
});
