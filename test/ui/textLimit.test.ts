import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseReflection } from '../../src/core/note/parseReflection';
import { NOTE_HARD_CAP, NOTE_LIMIT } from '../../src/core/note/textLimit';
import { RESULTS_DIR } from '../support/paths';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

/** Nothing typed or pasted is ever cut: the box keeps it all and says how far over the limit it is. */
describe('Free text near and over the limit, in a real VS Code', function () {
  this.timeout(240_000);
  let workbench: Workbench;
  const coder = '👩🏽‍💻';

  beforeEach(async () => {
    workbench = await Workbench.open();
  });

  afterEach(async () => {
    await workbench?.close();
  });

  it('keeps typed and pasted text over the limit, says so, and writes nothing until it is shortened', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await fillCompleteForm(form);
    const box = form.locator('#prompt-led');
    const room = form.locator('#prompt-led-room');
    await box.fill('x'.repeat(NOTE_LIMIT - 3));
    await room.getByText('3 characters left.').waitFor();
    await box.press('End');
    await box.pressSequentially('typed');
    await room.getByText('2 characters over the limit of 20,000.', { exact: false }).waitFor();
    await box.evaluate((area) => area.ownerDocument.execCommand('insertText', false, ' and pasted'));
    const expected = `${'x'.repeat(NOTE_LIMIT - 3)}typed and pasted`;
    assert.equal(await box.inputValue(), expected, 'the box keeps every character typed and pasted');
    assert.equal(await box.getAttribute('aria-invalid'), 'true');
    assert.equal(await box.getAttribute('aria-describedby'), 'prompt-led-room');
    await form.locator('#draft-status').getByText('Draft saved.').waitFor({ timeout: 30_000 });
    mkdirSync(RESULTS_DIR, { recursive: true });
    await workbench.screenshotSidebar(path.join(RESULTS_DIR, 'sidebar-text-over-limit.png'));

    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/is 13 characters over the limit of 20,000\. Shorten it, then write again/).waitFor({ timeout: 30_000 });
    assert.deepEqual(notesIn(workbench), [], 'no note is written while a text is over the limit');

    await workbench.reload();
    const reloaded = workbench.sidebar();
    await reloaded.locator('#prompt-led').waitFor({ timeout: 60_000 }).catch(() => workbench.openLeadReviewFromActivityBar());
    assert.equal(await reloaded.locator('#prompt-led').inputValue(), expected, 'the over-long draft is kept whole across a reload');
  });

  it('says a text too long to store at all is not saved, and keeps it in the box', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    const huge = 'y'.repeat(NOTE_HARD_CAP + 1);
    await form.locator('#prompt-differently').fill(huge);
    await form.locator('#draft-status').getByText(/Not saved: a text is too long to store/).waitFor({ timeout: 30_000 });
    assert.equal((await form.locator('#prompt-differently').inputValue()).length, huge.length);
  });

  it('counts emoji as the characters a person sees, and writes a text of them right at the limit whole', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await fillCompleteForm(form);
    const text = coder.repeat(NOTE_LIMIT);
    await form.locator('#prompt-focus').fill(text);
    await form.locator('#prompt-focus-room').getByText('0 characters left.').waitFor();
    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });
    const [note] = notesIn(workbench);
    const parsed = parseReflection(readFileSync(note!, 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.equal(parsed.reflection.notes.focus, text, `all ${NOTE_LIMIT} emoji (${text.length} UTF-16 units) are in the note`);
  });
});

function notesIn(workbench: Workbench): string[] {
  const folder = path.join(workbench.workspace, 'reflections');
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => path.join(folder, name));
  } catch {
    return [];
  }
}
