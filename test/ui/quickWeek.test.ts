import * as assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { localDateOf } from '../../src/core/time/localDate';
import { parseReflection } from '../../src/core/note/parseReflection';
import { periodFor } from '../../src/core/time/period';
import { FIXTURES_DIR, resultFile } from '../support/paths';
import { Workbench } from './workbench';

const FOCUS = 'Pair with Sam on the flaky deploy 🚀 | before Friday';
const PASSPHRASE = 'a long walk on a short pier';

/** Every control a person must answer or can change, as they see it: one per radio group, text box, number box or switch. */
async function visibleInputs(form: FrameLocator): Promise<string[]> {
  return form.locator('form.questionnaire, .check-in, .follow-through-slot').evaluateAll((roots) => {
    const seen = new Set<string>();
    for (const root of roots) {
      for (const input of Array.from(root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))) {
        // checkVisibility, unlike offsetParent, sees the content of a closed <details> as hidden.
        if (input.checkVisibility()) {
          seen.add(input.type === 'radio' ? `radio:${input.name}` : `${input.type}:${input.id}`);
        }
      }
    }
    return [...seen];
  });
}

/** Answers a quick week with the mouse and the keyboard: whatever contrasts the rotation chose. */
async function answerQuickWeek(form: FrameLocator): Promise<string[]> {
  const asked = await form.locator('fieldset.dimension').evaluateAll((sets) => sets.map((set) => (set as HTMLElement).dataset.dimension ?? ''));
  for (const group of await form.locator('fieldset.dimension [role="radiogroup"]').all()) {
    await group.locator('label.choice').nth(2).click();
  }
  await form.locator('label[for="energy-4"]').click();
  if ((await form.locator('label[for="followThrough-partly"]').count()) > 0) {
    await form.locator('label[for="followThrough-partly"]').click();
  }
  await form.locator('#prompt-focus').fill(FOCUS);
  return asked;
}

/** Every file under `folder`, for looking for text where it must not be. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('A quick week in a real VS Code', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  afterEach(async () => {
    await workbench?.close();
  });

  it('asks at most 8 things, says why each contrast is asked, and writes a note with only those answers', async () => {
    workbench = await Workbench.open({ withExamples: true });
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await form.locator('[data-testid="stance"]').waitFor();
    await form.locator('#quick-check-in').check();
    await form.locator('.why-asked').first().waitFor();
    assert.equal(await form.locator('.why-asked').count(), 2);
    const inputs = await visibleInputs(form);
    assert.ok(inputs.length <= 8, `a quick week shows ${inputs.length} inputs: ${inputs.join(', ')}`);
    assert.equal(await form.locator('#allocation-people').isVisible(), false, 'time allocation is folded away');
    assert.match((await form.locator('.carried').textContent()) ?? '', /\(as in 2026-W47\)/);
    await workbench.screenshotSidebar(resultFile('sidebar-quick-week.png'));

    const asked = await answerQuickWeek(form);
    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });

    const period = periodFor(localDateOf(new Date()), 'weekly').id;
    const parsed = parseReflection(readFileSync(path.join(workbench.workspace, 'reflections', `${period}.md`), 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    const { reflection } = parsed;
    assert.equal(reflection.checkIn?.mode, 'quick');
    assert.deepEqual(Object.keys(reflection.scores.dimensions), asked);
    assert.equal(reflection.checkIn?.asked.items.length, 4);
    assert.deepEqual(reflection.allocation, {}, 'time allocation was not opened, so it is left out');
    assert.deepEqual(reflection.notes, { focus: FOCUS });
    assert.equal(reflection.followThrough?.answer, 'partly');
    assert.equal(reflection.energy, 4);
  });

  it('encrypts the free text with a passphrase typed into VS Code, leaves no plaintext in the workspace, and reads it back on request', async () => {
    workbench = await Workbench.open({ withExamples: true, settings: { 'leadReview.checkIn': 'quick', 'leadReview.privateText': 'encrypted' } });
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await form.locator('.why-asked').first().waitFor();
    assert.equal(await form.locator('#quick-check-in').isChecked(), true, 'the setting chose a quick week');
    await answerQuickWeek(form);
    await form.getByRole('button', { name: 'Write reflection' }).click();
    await workbench.answerInputBox(/choose a passphrase/, PASSPHRASE);
    await workbench.answerInputBox(/type the passphrase again/, PASSPHRASE);
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 60_000 });

    const leaks = filesUnder(workbench.workspace).filter((file) => readFileSync(file, 'utf8').includes('flaky deploy'));
    assert.deepEqual(leaks, [], 'the focus is nowhere in plain text');
    const period = periodFor(localDateOf(new Date()), 'weekly').id;
    const parsed = parseReflection(readFileSync(path.join(workbench.workspace, 'reflections', `${period}.md`), 'utf8'));
    assert.ok(parsed.ok && parsed.reflection.privateText?.storage === 'encrypted');

    await workbench.runCommand('Lead Review: Read Private Text');
    await workbench.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Read the private text of which note?' }).waitFor();
    await workbench.page.keyboard.press('Enter');
    const editor = workbench.page.locator('.editor-instance .view-lines');
    await editor.getByText('flaky deploy', { exact: false }).waitFor({ timeout: 30_000 });
    await workbench.page.screenshot({ path: resultFile('private-text-read.png') });
  });

  it('shows last period\'s private focus only when asked: a wrong passphrase says so and changes nothing, the right one shows it', async () => {
    workbench = await Workbench.open({ withExamples: true });
    // A note written on another machine: its focus is encrypted with a passphrase this one has never seen.
    const note = path.join(workbench.workspace, 'reflections', '2026-W47.md');
    copyFileSync(path.join(FIXTURES_DIR, 'private', '2026-W47.md'), note);
    const before = readFileSync(note, 'utf8');
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    const reveal = form.locator('#reveal-focus');
    await reveal.waitFor({ timeout: 30_000 });
    assert.equal(await form.getByText('Delegate the release train.').count(), 0, 'the focus is not shown before it is asked for');

    await reveal.click();
    await workbench.answerInputBox(/passphrase for 2026-W47\.md/, 'not the passphrase');
    await workbench.page.locator('.notifications-toasts').getByText('That passphrase does not open the private text of 2026-W47.md. Nothing was changed.').waitFor({ timeout: 30_000 });
    assert.equal(readFileSync(note, 'utf8'), before);
    assert.equal(await form.getByText('Delegate the release train.').count(), 0);

    await reveal.click();
    await workbench.answerInputBox(/passphrase for 2026-W47\.md/, 'correct horse battery staple');
    await form.locator('#follow-through-focus').getByText('Delegate the release train.').waitFor({ timeout: 30_000 });
    assert.equal(readFileSync(note, 'utf8'), before, 'reading never rewrites the note');
    await workbench.screenshotSidebar(resultFile('sidebar-private-focus.png'));
  });
});
